-- Written by hand from `prisma migrate diff`'s output: it redefined Task (copy, drop, rename), which would
-- drop the hand-made claim-queue index and triggers on Task; SQLite adds these columns in place.
-- AlterTable
ALTER TABLE "Task" ADD COLUMN "plan" TEXT;
ALTER TABLE "Task" ADD COLUMN "planTaskId" TEXT REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Task_planTaskId_idx" ON "Task"("planTaskId");

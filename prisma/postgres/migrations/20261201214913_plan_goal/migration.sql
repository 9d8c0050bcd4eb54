-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "plan" TEXT,
ADD COLUMN     "planTaskId" TEXT;

-- CreateIndex
CREATE INDEX "Task_planTaskId_idx" ON "Task"("planTaskId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planTaskId_fkey" FOREIGN KEY ("planTaskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;


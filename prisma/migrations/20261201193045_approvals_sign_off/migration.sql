-- Written by hand from `prisma migrate diff`'s output: it redefined Project and Task (copy, drop, rename),
-- which would drop the hand-made claim-queue index and triggers on Task; SQLite adds these columns in place.
-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "taskId" TEXT,
    "runId" TEXT,
    "agentId" TEXT,
    "tool" TEXT,
    "input" TEXT,
    "updatedInput" TEXT,
    "message" TEXT,
    "decidedBy" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    CONSTRAINT "Approval_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

ALTER TABLE "ApiKey" ADD COLUMN "runId" TEXT;
ALTER TABLE "Project" ADD COLUMN "requiresSignOff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Task" ADD COLUMN "requiresSignOff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Task" ADD COLUMN "signOff" TEXT NOT NULL DEFAULT 'NONE';

-- CreateIndex
CREATE INDEX "Approval_status_createdAt_idx" ON "Approval"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Approval_taskId_idx" ON "Approval"("taskId");


-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "runId" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "requiresSignOff" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "requiresSignOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "signOff" TEXT NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL,
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
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Approval_status_createdAt_idx" ON "Approval"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Approval_taskId_idx" ON "Approval"("taskId");

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;


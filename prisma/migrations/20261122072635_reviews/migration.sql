-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "feedback" TEXT NOT NULL DEFAULT '',
    "reviewerAgentId" TEXT,
    "reviewerKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'INBOX',
    "priority" TEXT NOT NULL DEFAULT 'MEDIUM',
    "dueAt" DATETIME,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "requiredSpecialties" TEXT NOT NULL DEFAULT '[]',
    "requiresReview" BOOLEAN NOT NULL DEFAULT false,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "command" TEXT,
    "result" TEXT,
    "error" TEXT,
    "statusNote" TEXT,
    "outputSeq" INTEGER NOT NULL DEFAULT 0,
    "reviewCycles" INTEGER NOT NULL DEFAULT 0,
    "claimKey" TEXT NOT NULL DEFAULT '',
    "claimedById" TEXT,
    "claimedAt" DATETIME,
    "leaseExpiresAt" DATETIME,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "projectId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Agent" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("attempts", "claimKey", "claimedAt", "claimedById", "command", "completedAt", "createdAt", "description", "dueAt", "error", "id", "leaseExpiresAt", "maxAttempts", "outputSeq", "priority", "projectId", "requiredSpecialties", "requiresReview", "result", "startedAt", "status", "statusNote", "tags", "title", "updatedAt") SELECT "attempts", "claimKey", "claimedAt", "claimedById", "command", "completedAt", "createdAt", "description", "dueAt", "error", "id", "leaseExpiresAt", "maxAttempts", "outputSeq", "priority", "projectId", "requiredSpecialties", "requiresReview", "result", "startedAt", "status", "statusNote", "tags", "title", "updatedAt" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE INDEX "Task_status_priority_createdAt_idx" ON "Task"("status", "priority", "createdAt");
CREATE INDEX "Task_projectId_idx" ON "Task"("projectId");
CREATE INDEX "Task_claimedById_status_idx" ON "Task"("claimedById", "status");
CREATE INDEX "Task_leaseExpiresAt_idx" ON "Task"("leaseExpiresAt");
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Review_taskId_createdAt_idx" ON "Review"("taskId", "createdAt");


-- The table redefinition above dropped the claim-queue index, which Prisma's schema cannot express
-- (a partial index, see the claim_queue migration): recreate it.
CREATE INDEX "Task_claim_queue_idx" ON "Task"("claimKey") WHERE "status" IN ('INBOX', 'ASSIGNED') AND "claimedById" IS NULL;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "dailyBudgetUsd" REAL;
ALTER TABLE "Project" ADD COLUMN "monthlyBudgetUsd" REAL;
ALTER TABLE "Project" ADD COLUMN "reviewerAgentId" TEXT;

-- AlterTable
ALTER TABLE "Agent" ADD COLUMN "budgetExceededAt" DATETIME;
ALTER TABLE "Agent" ADD COLUMN "dailyBudgetUsd" REAL;
ALTER TABLE "Agent" ADD COLUMN "monthlyBudgetUsd" REAL;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "authorKeyId" TEXT;

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "authorAgentId" TEXT,
    "authorKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("documentId", "version"),
    CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "authorAgentId" TEXT,
    "authorKeyId" TEXT,
    "authorName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "replyToId" TEXT,
    "mentions" TEXT NOT NULL DEFAULT '[]',
    "unresolvedMentions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Message" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "taskId" TEXT,
    "messageId" TEXT,
    "questionId" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agentId" TEXT NOT NULL,
    "taskId" TEXT,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answeredById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME
);

-- CreateTable
CREATE TABLE "TaskRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'WORK',
    "backend" TEXT NOT NULL,
    "model" TEXT,
    "tier" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "error" TEXT,
    "exitCode" INTEGER,
    "instanceId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "TaskRun_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CronJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "taskTemplate" TEXT NOT NULL,
    "catchUp" TEXT NOT NULL DEFAULT 'SKIP',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "lastRunAt" DATETIME,
    "nextRunAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CronRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "occurrence" DATETIME NOT NULL,
    "taskId" TEXT,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CronRun_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "CronJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "events" TEXT NOT NULL DEFAULT '[]',
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webhookId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "WebhookDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Message_taskId_createdAt_idx" ON "Message"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_agentId_readAt_idx" ON "Notification"("agentId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_agentId_createdAt_idx" ON "Notification"("agentId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_status_createdAt_idx" ON "Question"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Question_agentId_idx" ON "Question"("agentId");

-- CreateIndex
CREATE INDEX "TaskRun_taskId_startedAt_idx" ON "TaskRun"("taskId", "startedAt");

-- CreateIndex
CREATE INDEX "TaskRun_status_idx" ON "TaskRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CronJob_name_key" ON "CronJob"("name");

-- CreateIndex
CREATE INDEX "CronJob_paused_nextRunAt_idx" ON "CronJob"("paused", "nextRunAt");

-- CreateIndex
CREATE UNIQUE INDEX "CronRun_jobId_occurrence_key" ON "CronRun"("jobId", "occurrence");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_createdAt_idx" ON "WebhookDelivery"("webhookId", "createdAt");


-- Every existing document becomes version 1 of its history (hand-written).
INSERT INTO "DocumentVersion" ("documentId", "version", "title", "content", "authorAgentId", "createdAt")
SELECT "id", "version", "title", "content", "authorAgentId", "updatedAt" FROM "Document";

-- Full-text search over documents (hand-written: Prisma does not model FTS5). A standalone FTS5 table
-- keyed by the document id, kept in step by triggers, so search needs no rowid that VACUUM could move.
CREATE VIRTUAL TABLE "DocumentSearch" USING fts5("documentId" UNINDEXED, "title", "content", tokenize = 'porter unicode61');
INSERT INTO "DocumentSearch" ("documentId", "title", "content") SELECT "id", "title", "content" FROM "Document";
CREATE TRIGGER "Document_search_insert" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "DocumentSearch" ("documentId", "title", "content") VALUES (new."id", new."title", new."content");
END;
CREATE TRIGGER "Document_search_update" AFTER UPDATE OF "title", "content" ON "Document" BEGIN
  DELETE FROM "DocumentSearch" WHERE "documentId" = old."id";
  INSERT INTO "DocumentSearch" ("documentId", "title", "content") VALUES (new."id", new."title", new."content");
END;
CREATE TRIGGER "Document_search_delete" AFTER DELETE ON "Document" BEGIN
  DELETE FROM "DocumentSearch" WHERE "documentId" = old."id";
END;

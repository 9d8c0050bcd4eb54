-- AlterTable
ALTER TABLE "Agent" ADD COLUMN "host" TEXT;
ALTER TABLE "Agent" ADD COLUMN "hostReportedAt" DATETIME;


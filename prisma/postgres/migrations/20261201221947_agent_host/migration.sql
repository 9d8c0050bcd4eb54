-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "host" TEXT,
ADD COLUMN     "hostReportedAt" TIMESTAMP(3);


-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "claimKey" TEXT NOT NULL DEFAULT '';


-- Backfill the claim sort key (src/domain/claim.ts) and index the claimable queue in that order.
UPDATE "Task" SET "claimKey" =
  (CASE "priority" WHEN 'CRITICAL' THEN '0' WHEN 'HIGH' THEN '1' WHEN 'MEDIUM' THEN '2' ELSE '3' END)
  || (CASE WHEN "dueAt" IS NULL THEN 'b' ELSE 'a' || to_char("dueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END)
  || to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || "id";
CREATE INDEX "Task_claim_queue_idx" ON "Task"("claimKey") WHERE "status" IN ('INBOX', 'ASSIGNED') AND "claimedById" IS NULL;

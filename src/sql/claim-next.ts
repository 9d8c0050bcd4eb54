/**
 * The claim: one conditional UPDATE whose subquery picks the agent's next task in claim order; on
 * PostgreSQL the subquery locks with FOR UPDATE SKIP LOCKED, so concurrent claimers take different rows,
 * and the outer WHERE re-checks that the row is still free and the agent is under capacity.
 */
import type { Task } from "../generated/prisma/client.js";
import { CLAIM_ORDER, claimableWhere, claimQueue } from "./claimable.js";
import type { Queryable } from "./driver.js";
import { decodeTaskWithAssignees } from "./rows.js";
import { empty, join, raw, sql } from "./sql.js";
import { CLAIMABLE, TS } from "./vocabulary.js";

export interface ClaimNextInput {
  agentId: string;
  specialties: readonly string[];
  capacity: number;
  now: Date;
  leaseExpiresAt: Date;
  /** Only this task (runTask). */
  taskId?: string | null;
  /** Projects whose budget is used up: their tasks are not handed out. */
  excludeProjectIds?: readonly string[];
}

/** The claimed task and how many assignees it has (to tell ASSIGNED from INBOX), or null. */
export async function claimNext(
  q: Queryable,
  input: ClaimNextInput,
): Promise<{ task: Task; assignees: number } | null> {
  const { agentId, now } = input;
  const only = input.taskId ? sql` AND t."id" = ${input.taskId}` : empty;
  const budget = input.excludeProjectIds?.length
    ? sql` AND (t."projectId" IS NULL OR t."projectId" NOT IN (${join(input.excludeProjectIds)}))`
    : empty;
  const lock = q.provider === "postgresql" ? raw("FOR UPDATE OF t SKIP LOCKED") : empty;
  const rows = await q.query<Record<string, unknown>>(sql`
    UPDATE "Task" SET "status" = ${TS.IN_PROGRESS}, "claimedById" = ${agentId}, "claimedAt" = ${now},
      "leaseExpiresAt" = ${input.leaseExpiresAt}, "attempts" = "attempts" + 1, "startedAt" = COALESCE("startedAt", ${now}),
      "statusNote" = NULL, "updatedAt" = ${now}
    WHERE "id" = (
      SELECT t."id" FROM ${claimQueue(q.provider)}
      WHERE ${claimableWhere(agentId, input.specialties)}${only}${budget}
      ORDER BY ${CLAIM_ORDER}
      LIMIT 1 ${lock}
    ) AND "status" IN ${CLAIMABLE} AND "claimedById" IS NULL
      AND (SELECT COUNT(*) FROM "Task" h WHERE h."claimedById" = ${agentId} AND h."status" = ${TS.IN_PROGRESS}) < ${input.capacity}
    RETURNING *, (SELECT COUNT(*) FROM "TaskAssignment" a WHERE a."taskId" = "Task"."id") AS "assigneeCount"`);
  const row = rows[0];
  if (!row) return null;
  return decodeTaskWithAssignees(row);
}

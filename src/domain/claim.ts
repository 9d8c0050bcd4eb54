/**
 * Claim policy as SQL fragments shared by `claimTask`, `readyTasks` and the heartbeat's `pendingTasks`,
 * so "what this agent may take next, in which order" is written once. Portable between SQLite and
 * PostgreSQL: only CASE, EXISTS, REPLACE and LIKE.
 */
import { Prisma } from "../db/client.js";

/**
 * Tasks `agentId` may claim now (alias `t`): assigned to it (ASSIGNED) or unassigned in the INBOX, not
 * held by anyone, every dependency DONE or SKIPPED, and every required specialty among `specialties`.
 */
export function claimableWhere(agentId: string, specialties: readonly string[]): Prisma.Sql {
  // requiredSpecialties is a JSON list of quoted labels; removing each of the agent's quoted labels
  // leaves no quote exactly when the agent has them all. Labels cannot contain quotes (validate.ts).
  let remaining = Prisma.sql`t."requiredSpecialties"`;
  for (const s of specialties) remaining = Prisma.sql`REPLACE(${remaining}, ${JSON.stringify(s)}, '')`;
  return Prisma.sql`t."claimedById" IS NULL
    AND (
      (t."status" = 'ASSIGNED' AND EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t."id" AND a."agentId" = ${agentId}))
      OR (t."status" = 'INBOX' AND NOT EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t."id"))
    )
    AND NOT EXISTS (
      SELECT 1 FROM "TaskDependency" d JOIN "Task" dt ON dt."id" = d."dependsOnId"
      WHERE d."taskId" = t."id" AND dt."status" NOT IN ('DONE', 'SKIPPED')
    )
    AND ${remaining} NOT LIKE '%"%'`;
}

/** Claim order: priority, then due date (none last), then age. */
export const CLAIM_ORDER = Prisma.sql`CASE t."priority" WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END,
  (CASE WHEN t."dueAt" IS NULL THEN 1 ELSE 0 END), t."dueAt", t."createdAt", t."id"`;

/** Tasks anyone could claim now (alias `t`), ignoring who: the `readyTasks` view without an agent. */
export const READY_WHERE = Prisma.sql`t."claimedById" IS NULL AND t."status" IN ('INBOX', 'ASSIGNED')
    AND NOT EXISTS (
      SELECT 1 FROM "TaskDependency" d JOIN "Task" dt ON dt."id" = d."dependsOnId"
      WHERE d."taskId" = t."id" AND dt."status" NOT IN ('DONE', 'SKIPPED')
    )`;

/** Lease extension: every task an agent holds (heartbeat), or one of them (a server-side run). */
import type { Queryable } from "./driver.js";
import { empty, sql } from "./sql.js";
import { TS } from "./vocabulary.js";

/** @returns how many leases were extended */
export function extendLeases(
  q: Queryable,
  l: { agentId: string; leaseExpiresAt: Date; taskId?: string | null },
): Promise<number> {
  const only = l.taskId ? sql` AND "id" = ${l.taskId}` : empty;
  return q.execute(sql`UPDATE "Task" SET "leaseExpiresAt" = ${l.leaseExpiresAt}
    WHERE "claimedById" = ${l.agentId} AND "status" = ${TS.IN_PROGRESS}${only}`);
}

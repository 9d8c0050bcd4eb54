/** The queue read without taking anything: `readyTasks` and the heartbeat's `pendingTasks`. */
import { CLAIM_ORDER, claimableWhere, claimQueue, READY_WHERE } from "./claimable.js";
import type { Queryable } from "./driver.js";
import { count } from "./rows.js";
import { sql } from "./sql.js";

/** Ids `agent` (or, without one, anybody) could claim now, in claim order. */
export async function claimableIds(
  q: Queryable,
  agent: { id: string; specialties: readonly string[] } | null,
  limit: number,
): Promise<string[]> {
  const where = agent ? claimableWhere(agent.id, agent.specialties) : READY_WHERE;
  const rows = await q.query<{ id: string }>(
    sql`SELECT t."id" FROM ${claimQueue(q.provider)} WHERE ${where} ORDER BY ${CLAIM_ORDER} LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

/** How many tasks `agent` could claim now. */
export async function claimableCount(
  q: Queryable,
  agent: { id: string; specialties: readonly string[] },
): Promise<number> {
  const rows = await q.query<{ n: unknown }>(
    sql`SELECT COUNT(*) AS n FROM ${claimQueue(q.provider)} WHERE ${claimableWhere(agent.id, agent.specialties)}`,
  );
  return count(rows[0]?.n);
}

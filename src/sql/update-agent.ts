/** An agent's status (and heartbeat time, and its host's latest report), by id. */
import type { Agent } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeAgent } from "./rows.js";
import { empty, sql } from "./sql.js";
import { AS, TS } from "./vocabulary.js";

export async function updateAgentStatus(
  q: Queryable,
  a: { id: string; status: string; lastHeartbeatAt?: Date; now: Date; host?: string | null },
): Promise<Agent | null> {
  const beat = a.lastHeartbeatAt ? sql`, "lastHeartbeatAt" = ${a.lastHeartbeatAt}` : empty;
  const host = a.host ? sql`, "host" = ${a.host}, "hostReportedAt" = ${a.now}` : empty;
  const rows = await q.query<Record<string, unknown>>(
    sql`UPDATE "Agent" SET "status" = ${a.status}, "updatedAt" = ${a.now}${beat}${host} WHERE "id" = ${a.id} RETURNING *`,
  );
  return rows[0] ? decodeAgent(rows[0]) : null;
}

/**
 * An ACTIVE agent becomes IDLE when it holds no task IN_PROGRESS any more: the check and the change in
 * one statement (a count, then an update, were two round trips on every completion). True when it
 * changed.
 */
export async function idleIfHoldingNothing(q: Queryable, a: { id: string; now: Date }): Promise<boolean> {
  const rows = await q.query(
    sql`UPDATE "Agent" SET "status" = ${AS.IDLE}, "updatedAt" = ${a.now} WHERE "id" = ${a.id} AND "status" = ${AS.ACTIVE}
      AND NOT EXISTS (SELECT 1 FROM "Task" t WHERE t."claimedById" = ${a.id} AND t."status" = ${TS.IN_PROGRESS}) RETURNING "id"`,
  );
  return rows.length > 0;
}

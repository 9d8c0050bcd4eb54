/** An agent's status (and heartbeat time, and its host's latest report), by id. */
import type { Agent } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeAgent } from "./rows.js";
import { empty, sql } from "./sql.js";

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

/** An agent's status (and heartbeat time), conditional on the status it was read with. */
import type { Agent } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeAgent } from "./rows.js";
import { empty, sql } from "./sql.js";

export async function updateAgentStatus(
  q: Queryable,
  a: { id: string; status: string; lastHeartbeatAt?: Date; now: Date },
): Promise<Agent | null> {
  const beat = a.lastHeartbeatAt ? sql`, "lastHeartbeatAt" = ${a.lastHeartbeatAt}` : empty;
  const rows = await q.query<Record<string, unknown>>(
    sql`UPDATE "Agent" SET "status" = ${a.status}, "updatedAt" = ${a.now}${beat} WHERE "id" = ${a.id} RETURNING *`,
  );
  return rows[0] ? decodeAgent(rows[0]) : null;
}

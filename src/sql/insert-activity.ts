/** One activity entry (the audit trail) and its webhook deliveries (enqueue-deliveries.ts), in one transaction. */
import type { ActivityPayload } from "../realtime/events.js";
import type { Queryable } from "./driver.js";
import { type Deliveries, deliveriesInsert } from "./enqueue-deliveries.js";
import { type Sql, sql } from "./sql.js";

/** The row of an activity entry: its event payload, with the time as a Date. */
export type ActivityRow = Omit<ActivityPayload, "createdAt"> & { createdAt: Date };

function activityInsert(r: ActivityRow): Sql {
  return sql`INSERT INTO "Activity" ("id", "type", "actorType", "actorId", "agentId", "taskId", "projectId", "summary", "before", "after", "createdAt")
    VALUES (${r.id}, ${r.type}, ${r.actorType}, ${r.actorId}, ${r.agentId}, ${r.taskId}, ${r.projectId}, ${r.summary}, ${r.before}, ${r.after}, ${r.createdAt})`;
}

/**
 * The activity row and its webhook deliveries (enqueue-deliveries.ts). On PostgreSQL one statement (the
 * insert as a data-modifying CTE, which runs whether or not the outer statement reads it): every
 * mutation records activity, and a round trip there costs more CPU than either insert. SQLite has no
 * data-modifying CTE, and a statement there is a call into the same process: two.
 */
export async function insertActivityWithDeliveries(q: Queryable, r: ActivityRow, d: Deliveries): Promise<void> {
  if (q.provider === "postgresql") {
    await q.execute(sql`WITH "inserted" AS (${activityInsert(r)}) ${deliveriesInsert(d)}`);
    return;
  }
  await q.execute(activityInsert(r));
  await q.execute(deliveriesInsert(d));
}

/** One activity entry (the audit trail); its webhook deliveries are queued by enqueue-deliveries.ts. */
import type { ActivityPayload } from "../realtime/events.js";
import type { Queryable } from "./driver.js";
import { sql } from "./sql.js";

/** The row of an activity entry: its event payload, with the time as a Date. */
export type ActivityRow = Omit<ActivityPayload, "createdAt"> & { createdAt: Date };

export function insertActivity(q: Queryable, r: ActivityRow): Promise<number> {
  return q.execute(sql`INSERT INTO "Activity" ("id", "type", "actorType", "actorId", "agentId", "taskId", "projectId", "summary", "before", "after", "createdAt")
    VALUES (${r.id}, ${r.type}, ${r.actorType}, ${r.actorId}, ${r.agentId}, ${r.taskId}, ${r.projectId}, ${r.summary}, ${r.before}, ${r.after}, ${r.createdAt})`);
}

/** One activity entry (the audit trail); its webhook deliveries are queued by enqueue-deliveries.ts. */
import type { Queryable } from "./driver.js";
import { sql } from "./sql.js";

export interface ActivityRow {
  id: string;
  type: string;
  actorType: string;
  actorId: string | null;
  agentId: string | null;
  taskId: string | null;
  projectId: string | null;
  summary: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

export function insertActivity(q: Queryable, r: ActivityRow): Promise<number> {
  return q.execute(sql`INSERT INTO "Activity" ("id", "type", "actorType", "actorId", "agentId", "taskId", "projectId", "summary", "before", "after", "createdAt")
    VALUES (${r.id}, ${r.type}, ${r.actorType}, ${r.actorId}, ${r.agentId}, ${r.taskId}, ${r.projectId}, ${r.summary}, ${r.before}, ${r.after}, ${r.createdAt})`);
}

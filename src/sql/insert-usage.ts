/** Token usage records, priced by the caller. */
import type { Queryable } from "./driver.js";
import { join, sql } from "./sql.js";

export interface UsageRow {
  id: string;
  agentId: string | null;
  taskId: string | null;
  projectId: string | null;
  model: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  createdAt: Date;
}

export function insertUsage(q: Queryable, rows: readonly UsageRow[]): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  const values = rows.map(
    (r) =>
      sql`(${r.id}, ${r.agentId}, ${r.taskId}, ${r.projectId}, ${r.model}, ${r.inputTokens}, ${r.outputTokens}, ${r.costUsd}, ${r.createdAt})`,
  );
  return q.execute(sql`INSERT INTO "UsageRecord" ("id", "agentId", "taskId", "projectId", "model", "inputTokens", "outputTokens", "costUsd", "createdAt")
    VALUES ${join(values)}`);
}

/** Stored output of a task after a sequence number (and before another), oldest first: replay reads. */
import type { Queryable } from "./driver.js";
import { decodeOutput } from "./rows.js";
import { empty, sql } from "./sql.js";

export async function outputPage(q: Queryable, p: { taskId: string; after: number; before?: number; limit: number }) {
  const upper = p.before !== undefined && Number.isFinite(p.before) ? sql` AND "seq" < ${p.before}` : empty;
  const rows = await q.query<Record<string, unknown>>(
    sql`SELECT * FROM "TaskOutput" WHERE "taskId" = ${p.taskId} AND "seq" > ${p.after}${upper} ORDER BY "seq" LIMIT ${p.limit}`,
  );
  return rows.map(decodeOutput);
}

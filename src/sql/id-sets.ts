/**
 * Which of a list of ids exist (or match a condition), in statements of a bounded size: the existence
 * checks of services that take ids of other rows, and the lookups of a createTasks batch.
 */
import type { Queryable } from "./driver.js";
import { tableOf } from "./rows.js";
import { empty, join, type Sql, sql } from "./sql.js";

/** Ids per statement: under both databases' parameter limits. */
const CHUNK = 5_000;

/** The ids among `ids` of rows of `model` that exist and satisfy `where` (a fragment on alias-free columns). */
export async function idsWhere(
  q: Queryable,
  model: "Agent" | "Project" | "Task",
  ids: readonly string[],
  where: Sql = empty,
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = await q.query<{ id: string }>(
      sql`SELECT "id" FROM ${tableOf(model)} WHERE "id" IN (${join(part)})${where}`,
    );
    for (const r of rows) found.add(r.id);
  }
  return found;
}

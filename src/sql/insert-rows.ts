/**
 * Bulk inserts on the driver path (a createTasks batch: tasks, assignments, edges, activity), in
 * multi-row statements of a bounded size. The ORM compiled one query plan per batch in WebAssembly,
 * whose memory only grows; this keeps large batches from inflating the process for good.
 *
 * Column names come from the Prisma datamodel (anything else is refused). `createdAt` and `updatedAt`
 * are filled with the time of the insert when a row lacks them, as Prisma's `@default(now())` and
 * `@updatedAt` would (the databases' own defaults write a different text format on SQLite).
 */
import type { Queryable, Row } from "./driver.js";
import { decodeRow, modelShape, tableOf } from "./rows.js";
import { join, raw, type Sql, sql } from "./sql.js";

/** Parameters per statement: under SQLite's and PostgreSQL's limits with room to spare. */
const MAX_PARAMS = 20_000;

export async function insertRows<T = Row>(
  q: Queryable,
  model: string,
  rows: readonly Record<string, unknown>[],
  options: { returning?: boolean } = {},
): Promise<T[]> {
  if (rows.length === 0) return [];
  const columns = modelShape(model).columns;
  const now = new Date();
  // Rows with the same columns go in one statement (a multi-row VALUES needs every column in every row).
  const groups = new Map<string, { names: string[]; rows: Record<string, unknown>[] }>();
  for (const input of rows) {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) if (v !== undefined) row[k] = v;
    if (columns.has("createdAt") && row.createdAt === undefined) row.createdAt = now;
    if (columns.has("updatedAt") && row.updatedAt === undefined) row.updatedAt = row.createdAt ?? now;
    const names = Object.keys(row).sort();
    for (const n of names) if (!columns.has(n)) throw new Error(`insertRows: ${model} has no column ${n}`);
    const key = names.join(",");
    let group = groups.get(key);
    if (!group) {
      group = { names, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  const out: T[] = [];
  const table = tableOf(model);
  for (const { names, rows: groupRows } of groups.values()) {
    const columnList = raw(names.map((n) => `"${n}"`).join(", "));
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
    for (let i = 0; i < groupRows.length; i += perStatement) {
      const values: Sql[] = groupRows.slice(i, i + perStatement).map((r) => sql`(${join(names.map((n) => r[n]))})`);
      const statement = sql`INSERT INTO ${table} (${columnList}) VALUES ${join(values)}`;
      if (options.returning) {
        const returned = await q.query<Record<string, unknown>>(sql`${statement} RETURNING *`);
        for (const r of returned) out.push(decodeRow<T>(model, r));
      } else {
        await q.execute(statement);
      }
    }
  }
  return out;
}

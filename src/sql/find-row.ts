/** One row by id, decoded to its Prisma shape; on PostgreSQL optionally locked for the transaction. */
import type { Agent, Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeRow, tableOf } from "./rows.js";
import { empty, raw, sql } from "./sql.js";

export async function findRow<M extends "Task" | "Agent">(
  q: Queryable,
  model: M,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<(M extends "Task" ? Task : Agent) | null> {
  const lock = options.forUpdate && q.provider === "postgresql" ? raw(" FOR UPDATE") : empty;
  const rows = await q.query<Record<string, unknown>>(sql`SELECT * FROM ${tableOf(model)} WHERE "id" = ${id}${lock}`);
  return rows[0] ? decodeRow(model, rows[0]) : null;
}

/** One row by id, decoded to its Prisma shape; on PostgreSQL optionally locked for the transaction. */
import type { Agent, Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeRow } from "./rows.js";
import { empty, raw, sql } from "./sql.js";

const TABLES = { Task: raw(`"Task"`), Agent: raw(`"Agent"`) } as const;

export async function findRow<M extends keyof typeof TABLES>(
  q: Queryable,
  model: M,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<(M extends "Task" ? Task : Agent) | null> {
  const lock = options.forUpdate && q.provider === "postgresql" ? raw(" FOR UPDATE") : empty;
  const rows = await q.query<Record<string, unknown>>(sql`SELECT * FROM ${TABLES[model]} WHERE "id" = ${id}${lock}`);
  return rows[0] ? decodeRow(model, rows[0]) : null;
}

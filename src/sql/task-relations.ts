/**
 * A task's relations for a batch of tasks, one statement each (the list's DataLoaders call these once
 * per request, whatever the page size). Rows come back decoded to their Prisma shape with the key of
 * the task they belong to in `_key`.
 */
import type { Agent, Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { columnList, decodeRow, tableOf } from "./rows.js";
import { join, raw, sql } from "./sql.js";

type Keyed<T> = T & { _key: string };

async function keyed<T>(q: Queryable, model: string, statement: ReturnType<typeof sql>): Promise<Keyed<T>[]> {
  const rows = await q.query<Record<string, unknown>>(statement);
  return rows.map((r) => decodeRow<Keyed<T>>(model, r));
}

export async function rowsByIds<T extends { id: string }>(
  q: Queryable,
  model: "Agent" | "Project" | "Task",
  ids: readonly string[],
  columns: readonly string[] | null = null,
): Promise<T[]> {
  // Each id once: a page of 100 tasks of one project asks for that project once, in a statement of
  // one parameter (and one prepared statement), not of 100.
  const unique = [...new Set(ids)];
  const rows = await q.query<Record<string, unknown>>(
    sql`SELECT ${raw(columnList("r", columns))} FROM ${tableOf(model)} r WHERE r."id" IN (${join(unique)})`,
  );
  return rows.map((r) => decodeRow<T>(model, r));
}

/** Assignees of each task, in assignment order. */
export const assigneesOf = (q: Queryable, taskIds: readonly string[], columns: readonly string[] | null = null) =>
  keyed<Agent>(
    q,
    "Agent",
    sql`SELECT ${raw(columnList("ag", columns))}, x."taskId" AS "_key" FROM "TaskAssignment" x JOIN "Agent" ag ON ag."id" = x."agentId"
      WHERE x."taskId" IN (${join(taskIds)}) ORDER BY x."createdAt", x."agentId"`,
  );

/** The tasks each task waits on. */
export const dependenciesOf = (q: Queryable, taskIds: readonly string[], columns: readonly string[] | null = null) =>
  keyed<Task>(
    q,
    "Task",
    sql`SELECT ${raw(columnList("t", columns))}, d."taskId" AS "_key" FROM "TaskDependency" d JOIN "Task" t ON t."id" = d."dependsOnId"
      WHERE d."taskId" IN (${join(taskIds)}) ORDER BY d."taskId", d."dependsOnId"`,
  );

/** The tasks that wait on each task. */
export const dependentsOf = (q: Queryable, taskIds: readonly string[], columns: readonly string[] | null = null) =>
  keyed<Task>(
    q,
    "Task",
    sql`SELECT ${raw(columnList("t", columns))}, d."dependsOnId" AS "_key" FROM "TaskDependency" d JOIN "Task" t ON t."id" = d."taskId"
      WHERE d."dependsOnId" IN (${join(taskIds)}) ORDER BY d."dependsOnId", d."taskId"`,
  );

/**
 * A task's columns changed by id, returning the new row. Column names come from the Prisma datamodel
 * (anything else is refused), so the SET list can be built from a plain object safely.
 */
import type { Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeTask, modelShape } from "./rows.js";
import { join, raw, sql } from "./sql.js";

export type TaskColumns = Partial<Omit<Task, "id">>;

export async function updateTask(q: Queryable, id: string, data: TaskColumns, where = sql``): Promise<Task | null> {
  const columns = modelShape("Task").columns;
  const sets = Object.entries({ ...data, updatedAt: data.updatedAt ?? new Date() })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!columns.has(k) || k === "id") throw new Error(`updateTask: no column ${k}`);
      return sql`${raw(`"${k}"`)} = ${v}`;
    });
  const rows = await q.query<Record<string, unknown>>(
    sql`UPDATE "Task" SET ${join(sets)} WHERE "id" = ${id}${where} RETURNING *`,
  );
  return rows[0] ? decodeTask(rows[0]) : null;
}

/**
 * The `tasks` list on the driver path: one statement for a page (newest first, keyset on id), one for
 * the total. Filters mean what `taskWhere` meant on the ORM path: status (one or a list), an assignee,
 * a project, a tag, and a substring of the title or description (LIKE, wildcards escaped).
 */
import type { TaskStatus } from "../domain/task-status.js";
import type { Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { columnList, count, decodeTask } from "./rows.js";
import { join, raw, type Sql, sql } from "./sql.js";

export interface TaskListFilter {
  status?: TaskStatus | TaskStatus[] | null;
  assigneeId?: string | null;
  projectId?: string | null;
  tag?: string | null;
  search?: string | null;
}

/** A LIKE pattern matching `text` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereOf(filter: TaskListFilter | null | undefined): Sql[] {
  const where: Sql[] = [];
  if (!filter) return where;
  if (filter.status) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    where.push(statuses.length ? sql`t."status" IN (${join(statuses)})` : raw("1 = 0"));
  }
  if (filter.assigneeId)
    where.push(
      sql`EXISTS (SELECT 1 FROM "TaskAssignment" a WHERE a."taskId" = t."id" AND a."agentId" = ${filter.assigneeId})`,
    );
  if (filter.projectId) where.push(sql`t."projectId" = ${filter.projectId}`);
  if (filter.tag)
    where.push(sql`t."tags" LIKE ${containsPattern(JSON.stringify(filter.tag.trim().toLowerCase()))} ESCAPE '\\'`);
  const q = filter.search?.trim();
  if (q) {
    const p = containsPattern(q);
    where.push(sql`(t."title" LIKE ${p} ESCAPE '\\' OR t."description" LIKE ${p} ESCAPE '\\')`);
  }
  return where;
}

const whereClause = (parts: Sql[]) => (parts.length ? sql`WHERE ${join(parts, " AND ")}` : raw(""));

/** A page, and the filter's total when it was asked for and could come with the page. */
export interface TaskPage {
  tasks: Task[];
  /** The number of tasks the filter matches (every page), or null: ask `taskTotal`. */
  total: number | null;
}

/**
 * A page newest first, as Prisma's `findMany({ cursor, take, skip, orderBy: { id: "desc" } })` gives it
 * (the Prisma plugin's connection arguments): `take` rows after the cursor, or with a negative `take`
 * the rows just before it, still newest first; `skip: 1` leaves the cursor's own row out.
 */
export async function taskPage(
  q: Queryable,
  filter: TaskListFilter | null | undefined,
  page: { cursorId?: string | null; take: number; skip?: number },
  /** The columns to read (from the GraphQL selection; see selectedColumns). @default every column */
  columns: readonly string[] | null = null,
  /**
   * Also count what the filter matches, in the same statement (an uncorrelated subquery, evaluated
   * once): a first page with `totalCount` is one round trip, not two. Only without a cursor, since the
   * cursor narrows the page's WHERE and not the total.
   */
  withTotal = false,
): Promise<TaskPage> {
  const filterOnly = whereOf(filter);
  const where = [...filterOnly];
  const backwards = page.take < 0;
  if (page.cursorId != null) {
    const op = raw(backwards ? (page.skip ? ">" : ">=") : page.skip ? "<" : "<=");
    where.push(sql`t."id" ${op} ${page.cursorId}`);
  }
  const order = raw(backwards ? `t."id" ASC` : `t."id" DESC`);
  const counted = withTotal && page.cursorId == null;
  const total = counted ? sql`, (SELECT COUNT(*) FROM "Task" t ${whereClause(filterOnly)}) AS "_total"` : raw("");
  const rows = await q.query<Record<string, unknown>>(
    sql`SELECT ${raw(columnList("t", columns))}${total} FROM "Task" t ${whereClause(where)} ORDER BY ${order} LIMIT ${Math.abs(page.take)}`,
  );
  let found: number | null = null;
  // `_total` stays on the rows (deleting it would turn each into a slow dictionary-mode object); no
  // resolver reads it.
  if (counted && rows[0]) found = count(rows[0]._total);
  const tasks = rows.map(decodeTask);
  return { tasks: backwards ? tasks.reverse() : tasks, total: found };
}

export async function taskTotal(q: Queryable, filter: TaskListFilter | null | undefined): Promise<number> {
  const rows = await q.query<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM "Task" t ${whereClause(whereOf(filter))}`);
  return count(rows[0]?.n);
}

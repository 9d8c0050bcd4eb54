/**
 * BLOCKED tasks that no longer wait on anything: the dependents of a task that just finished, or the
 * given tasks (an edge removed, a dependency deleted). One query, with each task's assignee count.
 */
import type { Task } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { decodeTaskWithAssignees } from "./rows.js";
import { join, type Sql, sql } from "./sql.js";
import { FINISHED, TS } from "./vocabulary.js";

export type ReadyScope = { dependentsOf: string } | { ids: readonly string[] };

export async function readyBlockedTasks(q: Queryable, scope: ReadyScope): Promise<{ task: Task; assignees: number }[]> {
  let which: Sql;
  if ("dependentsOf" in scope) {
    which = sql`t."id" IN (SELECT e."taskId" FROM "TaskDependency" e WHERE e."dependsOnId" = ${scope.dependentsOf})`;
  } else {
    if (scope.ids.length === 0) return [];
    which = sql`t."id" IN (${join(scope.ids)})`;
  }
  const rows = await q.query<Record<string, unknown>>(sql`
    SELECT t.*, (SELECT COUNT(*) FROM "TaskAssignment" a WHERE a."taskId" = t."id") AS "assigneeCount"
    FROM "Task" t
    WHERE ${which} AND t."status" = ${TS.BLOCKED}
      AND NOT EXISTS (SELECT 1 FROM "TaskDependency" d JOIN "Task" dt ON dt."id" = d."dependsOnId"
        WHERE d."taskId" = t."id" AND dt."status" NOT IN ${FINISHED})
    ORDER BY t."id"`);
  return rows.map(decodeTaskWithAssignees);
}

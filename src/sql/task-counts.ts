/** Small counts the protocol reads inside its transactions. */
import type { Queryable } from "./driver.js";
import { count } from "./rows.js";
import { sql } from "./sql.js";
import { FINISHED, TS } from "./vocabulary.js";

const one = async (q: Queryable, statement: ReturnType<typeof sql>) =>
  count((await q.query<{ n: unknown }>(statement))[0]?.n);

/** Tasks `agentId` holds IN_PROGRESS. */
export const heldCount = (q: Queryable, agentId: string) =>
  one(q, sql`SELECT COUNT(*) AS n FROM "Task" WHERE "claimedById" = ${agentId} AND "status" = ${TS.IN_PROGRESS}`);

/** Assignees of a task (a task given back goes to ASSIGNED when it has any, else INBOX). */
export const assigneeCount = (q: Queryable, taskId: string) =>
  one(q, sql`SELECT COUNT(*) AS n FROM "TaskAssignment" WHERE "taskId" = ${taskId}`);

/** Dependencies of `taskId` not yet DONE or SKIPPED. */
export const unfinishedDependencyCount = (q: Queryable, taskId: string) =>
  one(
    q,
    sql`SELECT COUNT(*) AS n FROM "TaskDependency" d JOIN "Task" dt ON dt."id" = d."dependsOnId"
      WHERE d."taskId" = ${taskId} AND dt."status" NOT IN ${FINISHED}`,
  );

/** Unread notifications of an agent. */
export const unreadCount = (q: Queryable, agentId: string) =>
  one(q, sql`SELECT COUNT(*) AS n FROM "Notification" WHERE "agentId" = ${agentId} AND "readAt" IS NULL`);

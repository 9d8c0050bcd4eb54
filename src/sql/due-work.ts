/**
 * Whether a background job has anything to do: one indexed `EXISTS` each, on the driver path. The jobs
 * tick every second or two on the leader (src/scheduler/jobs/) and find nothing almost every time; each
 * pass went through the ORM, whose query compiler planned the same statements again on every tick
 * (~20 ms of CPU a second on an idle server, and the compiler's memory loaded by an idle process). A
 * job asks here first and reads through its ORM query only when this says yes. Each condition is
 * that query's own `where`, or wider: a "no" here is a "no" there. (The lease sweep, which needs only
 * ids, reads them here outright.)
 */
import { AgentBackend } from "../domain/enums.js";
import type { Queryable } from "./driver.js";
import { type Sql, sql } from "./sql.js";
import { AS, SO, TS } from "./vocabulary.js";

async function exists(q: Queryable, condition: Sql): Promise<boolean> {
  return (await q.query(sql`SELECT 1 AS "due" WHERE EXISTS (${condition})`)).length > 0;
}

/** An unpaused cron job whose next run is due. */
export const cronJobsDue = (q: Queryable, now: Date) =>
  exists(q, sql`SELECT 1 FROM "CronJob" WHERE "paused" = ${false} AND "nextRunAt" <= ${now}`);

/** A webhook delivery waiting to be attempted. */
export const deliveriesDue = (q: Queryable, now: Date) =>
  exists(q, sql`SELECT 1 FROM "WebhookDelivery" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}`);

/**
 * Tasks IN_PROGRESS whose lease ran out, the longest expired first: the lease sweep's whole read (it
 * needs only the ids), so it has no ORM query to guard.
 */
export async function expiredLeaseIds(q: Queryable, now: Date, limit: number): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    sql`SELECT "id" FROM "Task" WHERE "status" = ${TS.IN_PROGRESS} AND "leaseExpiresAt" < ${now}
      ORDER BY "leaseExpiresAt" LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

/** An agent not OFFLINE that has been silent since `cutoff` (or never spoke and was created before it). */
export const agentsSilent = (q: Queryable, cutoff: Date) =>
  exists(
    q,
    sql`SELECT 1 FROM "Agent" WHERE "status" <> ${AS.OFFLINE}
      AND ("lastHeartbeatAt" < ${cutoff} OR ("lastHeartbeatAt" IS NULL AND "createdAt" < ${cutoff}))`,
  );

/** An unclaimed ASSIGNED task, not waiting for sign-off, with an assignee the server runs. */
export const dispatchableTasks = (q: Queryable) =>
  exists(
    q,
    sql`SELECT 1 FROM "Task" t WHERE t."status" = ${TS.ASSIGNED} AND t."claimedById" IS NULL
      AND t."signOff" <> ${SO.PENDING}
      AND EXISTS (SELECT 1 FROM "TaskAssignment" a JOIN "Agent" g ON g."id" = a."agentId"
        WHERE a."taskId" = t."id" AND g."backend" <> ${AgentBackend.EXTERNAL})`,
  );

/** A task waiting in REVIEW. */
export const tasksInReview = (q: Queryable) => exists(q, sql`SELECT 1 FROM "Task" WHERE "status" = ${TS.REVIEW}`);

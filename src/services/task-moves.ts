/**
 * The one place a task's status changes inside a transaction: checks the state machine, clears the claim
 * when the task leaves IN_PROGRESS, records the activity, queues the event and, when the task finished,
 * releases the dependents that were waiting only on it. Driver statements, so the same code serves the
 * agent protocol's driver transactions and the ORM transactions of every other mutation.
 */
import type { TaskEventType } from "../domain/enums.js";
import { assertTransition, isFinished, isTerminal, queuedStatus, type TaskStatus } from "../domain/task-status.js";
import { NotFoundError } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { findRow } from "../sql/find-row.js";
import { type ReadyScope, readyBlockedTasks } from "../sql/ready-dependents.js";
import { decodeTask } from "../sql/rows.js";
import { sql } from "../sql/sql.js";
import { assigneeCount, heldCount, unfinishedDependencyCount } from "../sql/task-counts.js";
import { type TaskColumns, updateTask } from "../sql/update-task.js";
import { UNSTARTED } from "../sql/vocabulary.js";
import { type Actor, recordActivity, type SqlUnit, taskEvent } from "./context.js";

export async function loadTask(unit: SqlUnit, id: string, options: { forUpdate?: boolean } = {}): Promise<Task> {
  const task = await findRow(unit.sql, "Task", id, options);
  if (!task) throw new NotFoundError("Task", id);
  return task;
}

export interface MoveOptions {
  /** Activity type. @default "task.status_changed" */
  activityType?: string;
  /** Event type on `taskEvents`. @default "status_changed" */
  eventType?: TaskEventType;
  note?: string | null;
  summary?: string;
  /** Extra columns written with the status. */
  data?: TaskColumns;
  /** Skip the state-machine check (the caller has already decided, e.g. a reclaim after expiry). */
  trusted?: boolean;
}

export async function moveTask(
  unit: SqlUnit,
  actor: Actor,
  task: Task,
  to: TaskStatus,
  options: MoveOptions = {},
): Promise<Task> {
  const from = task.status as TaskStatus;
  if (!options.trusted) assertTransition(from, to);
  const now = new Date();
  const data: TaskColumns = { status: to, statusNote: options.note ?? null, ...options.data, updatedAt: now };
  if (from === "IN_PROGRESS" && to !== "IN_PROGRESS") data.leaseExpiresAt = null;
  if (to === "INBOX" || to === "ASSIGNED" || to === "BLOCKED") {
    data.claimedById = null;
    data.claimedAt = null;
  }
  if (isTerminal(to)) data.completedAt = now;
  const updated = await updateTask(unit.sql, task.id, data);
  if (!updated) throw new NotFoundError("Task", task.id);
  await recordActivity(unit, {
    type: options.activityType ?? "task.status_changed",
    actor,
    taskId: task.id,
    projectId: task.projectId,
    summary: options.summary ?? `moved "${task.title}" from ${from} to ${to}${options.note ? `: ${options.note}` : ""}`,
    before: { status: from },
    after: { status: to, ...(options.note ? { note: options.note } : {}) },
  });
  unit.emit(taskEvent(options.eventType ?? "status_changed", updated, from));
  if (isFinished(to)) await releaseDependents(unit, actor, task.id);
  else if (task.plan !== null && discardsDrafts(from, to)) await discardDrafts(unit, actor, task, to);
  return updated;
}

/**
 * A planning task whose plan is not going ahead: rejected in review (the planner plans again), failed
 * or cancelled. Its drafts (the tasks it created that have not started) would otherwise wait forever.
 */
function discardsDrafts(from: TaskStatus, to: TaskStatus): boolean {
  return to === "FAILED" || to === "CANCELLED" || (from === "REVIEW" && (to === "INBOX" || to === "ASSIGNED"));
}

/** Deletes the unstarted tasks of planning task `plan`'s draft (see `discardsDrafts`), in one statement. */
async function discardDrafts(unit: SqlUnit, actor: Actor, plan: Task, to: TaskStatus): Promise<void> {
  const rows = await unit.sql.query<Record<string, unknown>>(
    sql`DELETE FROM "Task" WHERE "planTaskId" = ${plan.id} AND "attempts" = 0 AND "status" IN ${UNSTARTED} RETURNING *`,
  );
  if (rows.length === 0) return;
  const drafts = rows.map(decodeTask);
  await recordActivity(unit, {
    type: "plan.discarded",
    actor,
    taskId: plan.id,
    projectId: plan.projectId,
    summary: `discarded the ${drafts.length} unstarted task(s) of the plan "${plan.title}": it went to ${to}`,
    before: { taskIds: drafts.map((d) => d.id) },
  });
  for (const d of drafts) unit.emit(taskEvent("deleted", d, d.status));
}

/** Where a task goes when it is given back (fail with retries, release, expiry, rejection). */
export async function requeueTarget(unit: SqlUnit, taskId: string): Promise<TaskStatus> {
  return queuedStatus((await assigneeCount(unit.sql, taskId)) > 0);
}

/** How many tasks `agentId` holds IN_PROGRESS. */
export function heldBy(unit: SqlUnit, agentId: string): Promise<number> {
  return heldCount(unit.sql, agentId);
}

/** Whether any dependency of `taskId` is not yet DONE or SKIPPED. */
export async function hasUnfinishedDependencies(unit: SqlUnit, taskId: string): Promise<boolean> {
  return (await unfinishedDependencyCount(unit.sql, taskId)) > 0;
}

/** Moves the BLOCKED tasks in `scope` that no longer wait on anything to ASSIGNED or INBOX. */
async function release(unit: SqlUnit, actor: Actor, scope: ReadyScope, why: string): Promise<void> {
  for (const { task, assignees } of await readyBlockedTasks(unit.sql, scope)) {
    await moveTask(unit, actor, task, queuedStatus(assignees > 0), {
      activityType: "task.unblocked",
      eventType: "unblocked",
      summary: `"${task.title}" is unblocked: ${why}`,
    });
  }
}

/**
 * Every BLOCKED dependent of `taskId` whose dependencies are now all finished moves to ASSIGNED (when it
 * has assignees) or INBOX, in the caller's transaction. One query finds them.
 */
export function releaseDependents(unit: SqlUnit, actor: Actor, taskId: string): Promise<void> {
  return release(unit, actor, { dependentsOf: taskId }, "all its dependencies are finished");
}

/** Re-checks tasks that may have lost their last unfinished dependency (edge removed or task deleted). */
export async function releaseIfReady(unit: SqlUnit, actor: Actor, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length > 0) await release(unit, actor, { ids: taskIds }, "it no longer waits on unfinished work");
}

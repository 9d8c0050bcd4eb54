/**
 * The one place a task's status changes inside a transaction: checks the state machine, clears the claim
 * when the task leaves IN_PROGRESS, records the activity, queues the event and, when the task finished,
 * releases the dependents that were waiting only on it.
 */
import {
  assertTransition,
  FINISHED_STATUSES,
  isFinished,
  isTerminal,
  queuedStatus,
  type TaskStatus,
} from "../domain/task-status.js";
import { NotFoundError } from "../errors.js";
import type { Prisma, Task } from "../generated/prisma/client.js";
import { type Actor, recordActivity, taskEvent, type Unit } from "./context.js";

export async function loadTask(unit: Unit, id: string): Promise<Task> {
  const task = await unit.tx.task.findUnique({ where: { id } });
  if (!task) throw new NotFoundError("Task", id);
  return task;
}

export interface MoveOptions {
  /** Activity type. @default "task.status_changed" */
  activityType?: string;
  /** Event type on `taskEvents`. @default "status_changed" */
  eventType?: string;
  note?: string | null;
  summary?: string;
  /** Extra columns written with the status. */
  data?: Prisma.TaskUncheckedUpdateInput;
  /** Skip the state-machine check (the caller has already decided, e.g. a reclaim after expiry). */
  trusted?: boolean;
}

export async function moveTask(
  unit: Unit,
  actor: Actor,
  task: Task,
  to: TaskStatus,
  options: MoveOptions = {},
): Promise<Task> {
  const from = task.status as TaskStatus;
  if (!options.trusted) assertTransition(from, to);
  const now = new Date();
  const data: Prisma.TaskUncheckedUpdateInput = { status: to, statusNote: options.note ?? null, ...options.data };
  if (from === "IN_PROGRESS" && to !== "IN_PROGRESS") data.leaseExpiresAt = null;
  if (to === "INBOX" || to === "ASSIGNED" || to === "BLOCKED") {
    data.claimedById = null;
    data.claimedAt = null;
  }
  if (isTerminal(to)) data.completedAt = now;
  const updated = await unit.tx.task.update({ where: { id: task.id }, data });
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
  return updated;
}

/** Where a task goes when it is given back (fail with retries, release, expiry, rejection). */
export async function requeueTarget(unit: Unit, taskId: string): Promise<TaskStatus> {
  return queuedStatus((await unit.tx.taskAssignment.count({ where: { taskId } })) > 0);
}

/** How many tasks `agentId` holds IN_PROGRESS. */
export function heldBy(unit: Unit, agentId: string): Promise<number> {
  return unit.tx.task.count({ where: { claimedById: agentId, status: "IN_PROGRESS" } });
}

/** Whether any dependency of `taskId` is not yet DONE or SKIPPED. */
export async function hasUnfinishedDependencies(unit: Unit, taskId: string): Promise<boolean> {
  const count = await unit.tx.taskDependency.count({
    where: { taskId, dependsOn: { status: { notIn: [...FINISHED_STATUSES] } } },
  });
  return count > 0;
}

const NOT_WAITING: Prisma.TaskWhereInput = {
  NOT: { dependencyEdges: { some: { dependsOn: { status: { notIn: [...FINISHED_STATUSES] } } } } },
};

/** Moves the BLOCKED tasks matching `where` that no longer wait on anything to ASSIGNED or INBOX. */
async function release(unit: Unit, actor: Actor, where: Prisma.TaskWhereInput, why: string): Promise<void> {
  const ready = await unit.tx.task.findMany({
    where: { ...where, status: "BLOCKED", ...NOT_WAITING },
    include: { _count: { select: { assignments: true } } },
  });
  for (const { _count, ...task } of ready) {
    await moveTask(unit, actor, task, queuedStatus(_count.assignments > 0), {
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
export function releaseDependents(unit: Unit, actor: Actor, taskId: string): Promise<void> {
  return release(
    unit,
    actor,
    { dependencyEdges: { some: { dependsOnId: taskId } } },
    "all its dependencies are finished",
  );
}

/** Re-checks tasks that may have lost their last unfinished dependency (edge removed or task deleted). */
export async function releaseIfReady(unit: Unit, actor: Actor, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length > 0)
    await release(unit, actor, { id: { in: [...taskIds] } }, "it no longer waits on unfinished work");
}

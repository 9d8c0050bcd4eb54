import { Prisma } from "../db/client.js";
import { findPath } from "../domain/graph.js";
import { isFinished, type TaskStatus, TRANSITIONS } from "../domain/task-status.js";
import { DependencyCycleError, InvalidTransitionError, NotFoundError } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import { type Actor, recordActivity, type ServiceDeps, taskEvent, transact, type Unit } from "./context.js";
import { loadTask, moveTask, releaseIfReady } from "./task-moves.js";

/** Arbitrary constant naming the advisory lock that serialises graph edits on PostgreSQL. */
const GRAPH_LOCK_KEY = 724_113_902;

/** Statuses a task may have when a new unfinished dependency makes it BLOCKED. */
const BLOCKABLE: readonly TaskStatus[] = ["INBOX", "ASSIGNED", "IN_PROGRESS", "BLOCKED"];

export function createDependencyService(deps: ServiceDeps) {
  /**
   * Two concurrent edits (A->B and B->A) could each pass the cycle check. SQLite runs one transaction
   * at a time; on PostgreSQL a transaction-scoped advisory lock makes graph edits take turns.
   */
  async function lockGraph(unit: Unit) {
    if (deps.provider === "postgresql") await unit.tx.$queryRaw`SELECT pg_advisory_xact_lock(${GRAPH_LOCK_KEY})::text`;
  }

  /** The dependency chain from `start` down to `target` if `start` (transitively) depends on it. */
  async function dependencyPath(unit: Unit, start: string, target: string): Promise<string[] | null> {
    const hit = await unit.tx.$queryRaw<{ hit: number }[]>(Prisma.sql`
      WITH RECURSIVE reach(id) AS (
        SELECT CAST(${start} AS TEXT)
        UNION
        SELECT d."dependsOnId" FROM "TaskDependency" d JOIN reach r ON d."taskId" = r.id
      )
      SELECT 1 AS hit FROM reach WHERE id = ${target} LIMIT 1`);
    if (hit.length === 0) return null;
    // Rare path: load the edges reachable from `start` to name the cycle.
    const edges = await unit.tx.$queryRaw<{ taskId: string; dependsOnId: string }[]>(Prisma.sql`
      WITH RECURSIVE reach(id) AS (
        SELECT CAST(${start} AS TEXT)
        UNION
        SELECT d."dependsOnId" FROM "TaskDependency" d JOIN reach r ON d."taskId" = r.id
      )
      SELECT d."taskId" AS "taskId", d."dependsOnId" AS "dependsOnId" FROM "TaskDependency" d JOIN reach r ON d."taskId" = r.id`);
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.taskId, [...(next.get(e.taskId) ?? []), e.dependsOnId]);
    return findPath(start, target, (n) => next.get(n) ?? []);
  }

  async function add(actor: Actor, taskId: string, dependsOnId: string): Promise<Task> {
    return transact(deps, async (unit) => {
      await lockGraph(unit);
      const task = await loadTask(unit, taskId);
      const dep = await unit.tx.task.findUnique({ where: { id: dependsOnId } });
      if (!dep) throw new NotFoundError("Task", dependsOnId);
      if (taskId === dependsOnId) throw new DependencyCycleError([taskId, taskId]);
      const existing = await unit.tx.taskDependency.findUnique({
        where: { taskId_dependsOnId: { taskId, dependsOnId } },
      });
      if (existing) return task;
      const path = await dependencyPath(unit, dependsOnId, taskId);
      if (path) throw new DependencyCycleError([taskId, ...path]);
      const status = task.status as TaskStatus;
      const blocks = !isFinished(dep.status as TaskStatus);
      if (blocks && !BLOCKABLE.includes(status)) {
        throw new InvalidTransitionError(
          status,
          "BLOCKED",
          TRANSITIONS[status],
          "an unfinished dependency cannot be added to a task in review or finished",
        );
      }
      await unit.tx.taskDependency.create({ data: { taskId, dependsOnId } });
      await recordActivity(unit, {
        type: "task.dependency_added",
        actor,
        taskId,
        projectId: task.projectId,
        summary: `"${task.title}" now depends on "${dep.title}" (${dep.status})`,
        after: { dependsOnId, dependsOnStatus: dep.status },
      });
      if (blocks && status !== "BLOCKED") {
        return moveTask(unit, actor, task, "BLOCKED", {
          eventType: "blocked",
          summary: `"${task.title}" is blocked: it waits on "${dep.title}"`,
          data: status === "IN_PROGRESS" ? { claimedById: null, claimedAt: null } : {},
        });
      }
      const touched = await unit.tx.task.update({ where: { id: taskId }, data: { updatedAt: new Date() } });
      unit.emit(taskEvent("dependency_added", touched, status));
      return touched;
    });
  }

  async function remove(actor: Actor, taskId: string, dependsOnId: string): Promise<Task> {
    return transact(deps, async (unit) => {
      await lockGraph(unit);
      const task = await loadTask(unit, taskId);
      const deleted = await unit.tx.taskDependency.deleteMany({ where: { taskId, dependsOnId } });
      if (deleted.count === 0) {
        throw new NotFoundError("TaskDependency", `${taskId} -> ${dependsOnId}`);
      }
      await recordActivity(unit, {
        type: "task.dependency_removed",
        actor,
        taskId,
        projectId: task.projectId,
        summary: `"${task.title}" no longer depends on ${dependsOnId}`,
        before: { dependsOnId },
      });
      await releaseIfReady(unit, actor, [taskId]);
      const updated = await loadTask(unit, taskId);
      if (updated.status === task.status) unit.emit(taskEvent("dependency_removed", updated, task.status));
      return updated;
    });
  }

  return { add, remove };
}

export type DependencyService = ReturnType<typeof createDependencyService>;

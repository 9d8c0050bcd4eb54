import { claimKey } from "../domain/claim.js";
import type { TaskPriority } from "../domain/enums.js";
import { topologicalOrder } from "../domain/graph.js";
import { needsSignOff } from "../domain/sign-off.js";
import {
  FINISHED_STATUSES,
  isTerminal,
  MANUAL_TARGETS,
  queuedStatus,
  type TaskStatus,
  TRANSITIONS,
} from "../domain/task-status.js";
import {
  LIMITS,
  normalizeLabels,
  optionalText,
  parseList,
  requireIntInRange,
  requireText,
} from "../domain/validate.js";
import { BadInputError, DependencyCycleError, InvalidTransitionError } from "../errors.js";
import type { Prisma, Task } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { idsWhere } from "../sql/id-sets.js";
import { insertRows } from "../sql/insert-rows.js";
import { sql } from "../sql/sql.js";
import { FINISHED } from "../sql/vocabulary.js";
import { requestSignOffs, signOffIfNeeded } from "./approvals.js";
import {
  type Actor,
  recordActivity,
  requireIds,
  type ServiceDeps,
  type SqlUnit,
  sqlTransact,
  taskEvent,
  transact,
  type Unit,
} from "./context.js";
import { hasUnfinishedDependencies, loadTask, moveTask, releaseIfReady } from "./task-moves.js";

export interface TaskFields {
  title: string;
  description?: string | null;
  priority?: TaskPriority | null;
  dueAt?: Date | null;
  tags?: string[] | null;
  requiredSpecialties?: string[] | null;
  projectId?: string | null;
  requiresReview?: boolean | null;
  requiresSignOff?: boolean | null;
  maxAttempts?: number | null;
  command?: string[] | null;
}

export interface CreateTaskInput extends TaskFields {
  assigneeIds?: string[] | null;
  dependsOn?: string[] | null;
  /** A planning task's request (planGoal; services/plans.ts); not settable through createTask. */
  plan?: string | null;
}

export interface TaskGraphItem extends CreateTaskInput {
  ref: string;
  dependsOnRefs?: string[] | null;
  /** The planning task whose plan this item comes from (planGoal); not settable through createTasks. */
  planTaskId?: string | null;
}

export type UpdateTaskInput = { [K in keyof TaskFields]?: TaskFields[K] | null };

export interface TaskFilter {
  status?: TaskStatus[] | TaskStatus | null;
  assigneeId?: string | null;
  tag?: string | null;
  projectId?: string | null;
  search?: string | null;
}

function checkCommand(command: string[] | null | undefined): string | null | undefined {
  if (command === undefined) return undefined;
  if (command === null) return null;
  if (command.length === 0 || command.length > 256 || command.some((a) => a.length > 10_000)) {
    throw new BadInputError("command must be an argv array of 1-256 arguments (the executable first)", {
      field: "command",
    });
  }
  return JSON.stringify(command);
}

/** Validated column values for the scalar task fields present in `input`. */
function taskColumns(input: UpdateTaskInput, defaults: { maxAttempts: number } | null) {
  const data: Prisma.TaskUncheckedUpdateInput & Record<string, unknown> = {};
  if (input.title !== undefined) {
    if (input.title === null) throw new BadInputError("title must not be empty", { field: "title" });
    data.title = requireText("title", input.title, LIMITS.title);
  }
  if (input.description !== undefined)
    data.description = optionalText("description", input.description, LIMITS.description) ?? "";
  if (input.priority != null) data.priority = input.priority;
  if (input.dueAt !== undefined) data.dueAt = input.dueAt;
  if (input.tags !== undefined) data.tags = JSON.stringify(normalizeLabels("tags", input.tags));
  if (input.requiredSpecialties !== undefined) {
    data.requiredSpecialties = JSON.stringify(normalizeLabels("requiredSpecialties", input.requiredSpecialties));
  }
  if (input.requiresReview != null) data.requiresReview = input.requiresReview;
  if (input.requiresSignOff != null) data.requiresSignOff = input.requiresSignOff;
  if (input.maxAttempts != null) data.maxAttempts = requireIntInRange("maxAttempts", input.maxAttempts, 1, 100);
  else if (defaults) data.maxAttempts = defaults.maxAttempts;
  const command = checkCommand(input.command);
  if (command !== undefined) data.command = command;
  if (input.projectId !== undefined) data.projectId = input.projectId;
  return data;
}

export function taskWhere(filter: TaskFilter | null | undefined): Prisma.TaskWhereInput {
  if (!filter) return {};
  const where: Prisma.TaskWhereInput = {};
  if (filter.status) where.status = Array.isArray(filter.status) ? { in: filter.status } : filter.status;
  if (filter.assigneeId) where.assignments = { some: { agentId: filter.assigneeId } };
  if (filter.projectId) where.projectId = filter.projectId;
  if (filter.tag) where.tags = { contains: JSON.stringify(filter.tag.trim().toLowerCase()) };
  if (filter.search) {
    const q = filter.search.trim();
    if (q) where.OR = [{ title: { contains: q } }, { description: { contains: q } }];
  }
  return where;
}

export function createTaskService(deps: ServiceDeps) {
  const defaults = () => ({ maxAttempts: deps.config.defaultMaxAttempts });

  function create(actor: Actor, input: CreateTaskInput): Promise<Task> {
    return transact(deps, (unit) => createIn(unit, actor, input));
  }

  /** `create` inside a caller's transaction (cron creates the task and its occurrence record together). */
  async function createIn(unit: Unit, actor: Actor, input: CreateTaskInput): Promise<Task> {
    const columns = taskColumns(input, defaults());
    const assigneeIds = [...new Set(input.assigneeIds ?? [])];
    const dependsOn = [...new Set(input.dependsOn ?? [])];
    {
      if (input.projectId) await requireIds(unit, "Project", [input.projectId]);
      await requireIds(unit, "Agent", assigneeIds);
      await requireIds(unit, "Task", dependsOn);
      const waiting = dependsOn.length
        ? await unit.tx.task.count({ where: { id: { in: dependsOn }, status: { notIn: [...FINISHED_STATUSES] } } })
        : 0;
      const status: TaskStatus = waiting > 0 ? "BLOCKED" : queuedStatus(assigneeIds.length > 0);
      const id = newId("Task");
      const createdAt = new Date();
      const key = claimKey(
        (columns.priority as TaskPriority) ?? "MEDIUM",
        (columns.dueAt as Date) ?? null,
        createdAt,
        id,
      );
      const inserted = await unit.tx.task.create({
        data: {
          ...(columns as Prisma.TaskUncheckedCreateInput),
          id,
          status,
          createdAt,
          claimKey: key,
          plan: input.plan ?? null,
        },
      });
      if (assigneeIds.length) {
        await unit.tx.taskAssignment.createMany({
          data: assigneeIds.map((agentId) => ({ taskId: inserted.id, agentId })),
        });
      }
      if (dependsOn.length) {
        await unit.tx.taskDependency.createMany({
          data: dependsOn.map((d) => ({ taskId: inserted.id, dependsOnId: d })),
        });
      }
      const task = await signOffIfNeeded(unit, deps, actor, inserted);
      await recordActivity(unit, {
        type: "task.created",
        actor,
        taskId: task.id,
        projectId: task.projectId,
        summary: `created task "${task.title}" (${status})`,
        after: { title: task.title, status, priority: task.priority, assigneeIds, dependsOn },
      });
      unit.emit(taskEvent("created", task, null));
      return task;
    }
  }

  /**
   * Creates a whole DAG in one transaction. Items name each other by `ref`; an unknown or duplicate ref,
   * or a cycle, rejects the batch before anything is written.
   */
  function createMany(actor: Actor, items: readonly TaskGraphItem[]): Promise<Task[]> {
    if (items.length === 0) return Promise.resolve([]);
    return sqlTransact(deps, (unit) => insertTaskGraph(unit, deps, actor, items));
  }

  async function update(actor: Actor, id: string, input: UpdateTaskInput): Promise<Task> {
    const columns = taskColumns(input, null);
    return transact(deps, async (unit) => {
      const before = await loadTask(unit, id);
      if (typeof columns.projectId === "string") await requireIds(unit, "Project", [columns.projectId]);
      if (columns.priority !== undefined || columns.dueAt !== undefined) {
        const priority = (columns.priority ?? before.priority) as TaskPriority;
        const dueAt = columns.dueAt !== undefined ? (columns.dueAt as Date | null) : before.dueAt;
        columns.claimKey = claimKey(priority, dueAt, before.createdAt, id);
      }
      const written = await unit.tx.task.update({ where: { id }, data: columns });
      const task =
        columns.requiresSignOff === true || typeof columns.projectId === "string"
          ? await signOffIfNeeded(unit, deps, actor, written)
          : written;
      const changed = Object.keys(columns).filter(
        (k) =>
          k !== "claimKey" &&
          JSON.stringify((before as Record<string, unknown>)[k]) !==
            JSON.stringify((task as Record<string, unknown>)[k]),
      );
      if (changed.length === 0) return task;
      await recordActivity(unit, {
        type: "task.updated",
        actor,
        taskId: id,
        projectId: task.projectId,
        summary: `updated ${changed.join(", ")} of "${task.title}"`,
        before: Object.fromEntries(changed.map((k) => [k, (before as Record<string, unknown>)[k]])),
        after: Object.fromEntries(changed.map((k) => [k, (task as Record<string, unknown>)[k]])),
      });
      unit.emit(taskEvent("updated", task, before.status));
      return task;
    });
  }

  async function remove(actor: Actor, id: string): Promise<string> {
    return transact(deps, async (unit) => {
      const task = await loadTask(unit, id);
      const dependents = await unit.tx.taskDependency.findMany({
        where: { dependsOnId: id },
        select: { taskId: true },
      });
      await unit.tx.task.delete({ where: { id } });
      await recordActivity(unit, {
        type: "task.deleted",
        actor,
        taskId: id,
        projectId: task.projectId,
        summary: `deleted task "${task.title}" (${task.status})`,
        before: { title: task.title, status: task.status },
      });
      unit.emit(taskEvent("deleted", task, task.status));
      await releaseIfReady(
        unit,
        actor,
        dependents.map((d) => d.taskId),
      );
      return id;
    });
  }

  /** Sets the assignees to exactly `agentIds` (an empty list unassigns). */
  async function assign(actor: Actor, taskId: string, agentIds: readonly string[]): Promise<Task> {
    const ids = [...new Set(agentIds)];
    return transact(deps, async (unit) => {
      const task = await loadTask(unit, taskId);
      const status = task.status as TaskStatus;
      if (isTerminal(status)) {
        throw new InvalidTransitionError(status, status, TRANSITIONS[status], "a finished task cannot be reassigned");
      }
      await requireIds(unit, "Agent", ids);
      const before = (await unit.tx.taskAssignment.findMany({ where: { taskId }, select: { agentId: true } })).map(
        (a) => a.agentId,
      );
      await unit.tx.taskAssignment.deleteMany({ where: { taskId } });
      if (ids.length) await unit.tx.taskAssignment.createMany({ data: ids.map((agentId) => ({ taskId, agentId })) });
      let updated = task;
      if (status === "INBOX" || status === "ASSIGNED") {
        const next = queuedStatus(ids.length > 0);
        updated = await unit.tx.task.update({ where: { id: taskId }, data: { status: next, updatedAt: new Date() } });
      } else {
        updated = await unit.tx.task.update({ where: { id: taskId }, data: { updatedAt: new Date() } });
      }
      updated = await signOffIfNeeded(unit, deps, actor, updated);
      await recordActivity(unit, {
        type: "task.assigned",
        actor,
        taskId,
        projectId: task.projectId,
        summary: ids.length ? `assigned "${task.title}" to ${ids.length} agent(s)` : `unassigned "${task.title}"`,
        before: { assigneeIds: before, status },
        after: { assigneeIds: ids, status: updated.status },
      });
      unit.emit(taskEvent("assigned", updated, status));
      return updated;
    });
  }

  /** An operator's move, checked against the state machine; `note` is kept on the task and in the activity. */
  async function setStatus(actor: Actor, taskId: string, to: TaskStatus, note?: string | null): Promise<Task> {
    const cleanNote = optionalText("note", note, LIMITS.note);
    return transact(deps, async (unit) => {
      const task = await loadTask(unit, taskId);
      const from = task.status as TaskStatus;
      if (from === to) return task;
      if (!MANUAL_TARGETS.includes(to)) {
        const reason =
          to === "IN_PROGRESS"
            ? "a task enters IN_PROGRESS only through claimTask or runTask"
            : "BLOCKED follows the dependency graph; use addDependency";
        throw new InvalidTransitionError(
          from,
          to,
          TRANSITIONS[from].filter((s) => MANUAL_TARGETS.includes(s)),
          reason,
        );
      }
      if ((to === "INBOX" || to === "ASSIGNED") && (await hasUnfinishedDependencies(unit, taskId))) {
        throw new InvalidTransitionError(from, to, TRANSITIONS[from], "it still waits on unfinished dependencies");
      }
      if (to === "INBOX" || to === "ASSIGNED") {
        const assignees = await unit.tx.taskAssignment.count({ where: { taskId } });
        if (to === "ASSIGNED" && assignees === 0) {
          throw new BadInputError("the task has no assignees; assign agents with assignTask first");
        }
        if (to === "INBOX" && assignees > 0) {
          throw new BadInputError(
            "the task has assignees; unassign them with assignTask(agentIds: []) to return it to the inbox",
          );
        }
      }
      const moved = await moveTask(unit, actor, task, to, { note: cleanNote });
      // A task back in its queue whose sign-off was denied asks again (a retry after a denial).
      return to === "INBOX" || to === "ASSIGNED" ? signOffIfNeeded(unit, deps, actor, moved) : moved;
    });
  }

  /**
   * Runs a FAILED or CANCELLED task again, as a new task: those states are terminal, and the record of
   * what failed stays as it is. The copy has the original's fields, assignees and dependencies, and the
   * tasks that waited on the original wait on the copy instead, so the rest of its graph goes on.
   */
  async function retry(actor: Actor, taskId: string): Promise<Task> {
    return transact(deps, async (unit) => {
      const original = await loadTask(unit, taskId);
      const status = original.status as TaskStatus;
      if (status !== "FAILED" && status !== "CANCELLED") {
        throw new InvalidTransitionError(
          status,
          "ASSIGNED",
          TRANSITIONS[status],
          "only a FAILED or CANCELLED task is retried (as a new task); a queued task runs with runTask, a running one is stopped with stopTask",
        );
      }
      const [assignees, dependencies] = await Promise.all([
        unit.tx.taskAssignment.findMany({
          where: { taskId },
          select: { agentId: true },
          orderBy: { createdAt: "asc" },
        }),
        unit.tx.taskDependency.findMany({ where: { taskId }, select: { dependsOnId: true } }),
      ]);
      const plan = original.plan ? JSON.stringify({ ...JSON.parse(original.plan), accepted: null }) : null;
      const copy = await createIn(unit, actor, {
        title: original.title,
        description: original.description,
        priority: original.priority as TaskPriority,
        dueAt: original.dueAt,
        tags: parseList(original.tags),
        requiredSpecialties: parseList(original.requiredSpecialties),
        projectId: original.projectId,
        requiresReview: original.requiresReview,
        requiresSignOff: original.requiresSignOff,
        maxAttempts: original.maxAttempts,
        command: original.command ? (JSON.parse(original.command) as string[]) : null,
        assigneeIds: assignees.map((a) => a.agentId),
        dependsOn: dependencies.map((d) => d.dependsOnId),
        plan,
      });
      const moved = await unit.sql.execute(
        sql`UPDATE "TaskDependency" SET "dependsOnId" = ${copy.id} WHERE "dependsOnId" = ${taskId}`,
      );
      const noted = await unit.tx.task.update({
        where: { id: copy.id },
        data: {
          statusNote: `a retry of ${taskId} (${status}${original.error ? `: ${original.error.slice(0, 500)}` : ""})`,
        },
      });
      await recordActivity(unit, {
        type: "task.retried",
        actor,
        taskId,
        projectId: original.projectId,
        summary: `retried "${original.title}" (${status}) as a new task${moved ? `; ${moved} dependent(s) wait on it now` : ""}`,
        after: { retryTaskId: copy.id, dependentsMoved: moved },
      });
      return noted;
    });
  }

  return { create, createIn, createMany, update, remove, assign, setStatus, retry };
}

export type TaskService = ReturnType<typeof createTaskService>;

export async function insertTaskGraph(
  unit: SqlUnit,
  deps: ServiceDeps,
  actor: Actor,
  items: readonly TaskGraphItem[],
): Promise<Task[]> {
  if (items.length === 0) return [];
  if (items.length > 20_000) throw new BadInputError("createTasks accepts at most 20,000 items at once");
  const idByRef = new Map<string, string>();
  for (const [i, item] of items.entries()) {
    const ref = item.ref?.trim();
    if (!ref) throw new BadInputError(`item ${i} has an empty ref; every item needs a unique ref`, { index: i });
    if (idByRef.has(ref)) throw new BadInputError(`ref "${ref}" is used by more than one item`, { ref, index: i });
    idByRef.set(ref, newId("Task"));
  }
  const refs = [...idByRef.keys()];
  const edges: { from: string; to: string }[] = [];
  for (const item of items) {
    for (const dep of new Set(item.dependsOnRefs ?? [])) {
      if (!idByRef.has(dep)) {
        throw new BadInputError(`item "${item.ref}" depends on unknown ref "${dep}"`, {
          ref: item.ref,
          unknownRef: dep,
        });
      }
      edges.push({ from: dep, to: item.ref.trim() });
    }
  }
  const sorted = topologicalOrder(refs, edges);
  if (sorted.cycle) throw new DependencyCycleError(sorted.cycle);
  const createdAt = new Date();
  const rows = items.map((item) => {
    const columns = taskColumns(item, { maxAttempts: deps.config.defaultMaxAttempts }) as Prisma.TaskCreateManyInput;
    const id = idByRef.get(item.ref.trim())!;
    const key = claimKey(
      (columns.priority as TaskPriority) ?? "MEDIUM",
      (columns.dueAt as Date) ?? null,
      createdAt,
      id,
    );
    return { ...columns, id, createdAt, claimKey: key, planTaskId: item.planTaskId ?? undefined };
  });
  const existingDeps = [...new Set(items.flatMap((i) => i.dependsOn ?? []))];
  const agentIds = [...new Set(items.flatMap((i) => i.assigneeIds ?? []))];
  const projectIds = [...new Set(items.flatMap((i) => (i.projectId ? [i.projectId] : [])))];

  await requireIds(unit, "Project", projectIds);
  await requireIds(unit, "Agent", agentIds);
  await requireIds(unit, "Task", existingDeps);
  const unfinished = await idsWhere(unit.sql, "Task", existingDeps, sql` AND "status" NOT IN ${FINISHED}`);
  for (const [i, item] of items.entries()) {
    const waits = (item.dependsOnRefs?.length ?? 0) > 0 || (item.dependsOn ?? []).some((d) => unfinished.has(d));
    rows[i]!.status = waits ? "BLOCKED" : queuedStatus((item.assigneeIds?.length ?? 0) > 0);
  }
  // Driver statements: a batch compiled as one ORM plan grew the WebAssembly heap for good.
  const inserted = await insertRows<Task>(unit.sql, "Task", rows, { returning: true });
  const assignments = items.flatMap((item) =>
    [...new Set(item.assigneeIds ?? [])].map((agentId) => ({ taskId: idByRef.get(item.ref.trim())!, agentId })),
  );
  await insertRows(unit.sql, "TaskAssignment", assignments);
  const edgeRows = [
    ...edges.map((e) => ({ taskId: idByRef.get(e.to)!, dependsOnId: idByRef.get(e.from)! })),
    ...items.flatMap((item) =>
      [...new Set(item.dependsOn ?? [])].map((d) => ({ taskId: idByRef.get(item.ref.trim())!, dependsOnId: d })),
    ),
  ];
  await insertRows(unit.sql, "TaskDependency", edgeRows);
  const assigneesOf = new Map(
    items.map((item) => [idByRef.get(item.ref.trim())!, [...new Set(item.assigneeIds ?? [])]]),
  );
  const created = await batchSignOffs(unit, deps, actor, assigneesOf, inserted);
  const now = new Date();
  const activityRows = created.map((t) => ({
    id: newId("Activity"),
    type: "task.created",
    actorType: actor.type,
    actorId: actor.id,
    agentId: actor.type === "agent" ? actor.id : null,
    taskId: t.id,
    projectId: t.projectId,
    summary: `created task "${t.title}" (${t.status}) in a batch of ${created.length}`,
    before: null,
    after: JSON.stringify({ title: t.title, status: t.status, priority: t.priority }),
    createdAt: now,
  }));
  await insertRows(unit.sql, "Activity", activityRows);
  for (const a of activityRows) unit.emit({ topic: "activity", payload: { ...a, createdAt: now.toISOString() } });
  for (const t of created) unit.emit(taskEvent("created", t, null));
  const byId = new Map(created.map((t) => [t.id, t]));
  return rows.map((r) => byId.get(r.id)!);
}

/** The batch's sign-offs (domain/sign-off.ts), decided in memory from its projects and assignees. */
async function batchSignOffs(
  unit: SqlUnit,
  deps: ServiceDeps,
  actor: Actor,
  assigneesOf: ReadonlyMap<string, readonly string[]>,
  created: Task[],
): Promise<Task[]> {
  const projectIds = [...new Set(created.flatMap((t) => (t.projectId ? [t.projectId] : [])))];
  const agentIds = [...new Set([...assigneesOf.values()].flat())];
  const signedProjects = await idsWhere(unit.sql, "Project", projectIds, sql` AND "requiresSignOff" = ${true}`);
  const levels = new Map<string, string>();
  if (deps.config.signOffLevels.length) {
    for (const level of deps.config.signOffLevels) {
      for (const id of await idsWhere(unit.sql, "Agent", agentIds, sql` AND "level" = ${level}`)) levels.set(id, level);
    }
  }
  const candidates = created.flatMap((t) => {
    const assignees = assigneesOf.get(t.id) ?? [];
    const needed = needsSignOff({
      task: t.requiresSignOff,
      project: t.projectId !== null && signedProjects.has(t.projectId),
      assigneeLevels: assignees.flatMap((a) => (levels.has(a) ? [levels.get(a)!] : [])),
      levels: deps.config.signOffLevels,
    });
    return needed ? [{ ...t, agentId: assignees[0] ?? null }] : [];
  });
  if (candidates.length === 0) return created;
  const asked = await requestSignOffs(unit, actor, candidates);
  return created.map((t) => (asked.has(t.id) ? { ...t, signOff: "PENDING" } : t));
}

import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { AppContext } from "../context.js";
import type { TaskPriority } from "../domain/enums.js";
import { FINISHED_STATUSES, type TaskStatus } from "../domain/task-status.js";
import { LIMITS, parseList } from "../domain/validate.js";
import type { Task } from "../generated/prisma/client.js";
import { asOwnAgent, rules } from "../security/roles.js";
import { taskWhere } from "../services/tasks.js";
import { selectedColumns } from "../sql/rows.js";
import { taskPage, taskTotal } from "../sql/task-page.js";
import { AgentRef } from "./agent.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { TaskPriorityEnum, TaskStatusEnum } from "./enums.js";
import { expectId, expectIds } from "./ids.js";
import { intRange, labels, optionalText, text } from "./input-shapes.js";
import { onlyScalars, type PlannedQuery, plannedQuery, rowFor, rowsFor } from "./loaded.js";
import { fromPage, loadPageRelations, NOT_LOADED, type RowDerived, type RowRelation } from "./page-relations.js";
import { ProjectRef } from "./project.js";
import { taskLoader } from "./task-loaders.js";

/**
 * The columns every task selection reads (the type's own `select`, below). The readiness fields load a
 * task's dependencies with exactly these, so `isReady` and `blockedReason` share one statement with
 * `dependencies` and `blockedBy` selected with the usual fields (the loader is keyed by its columns).
 */
const TASK_COLUMNS = {
  id: true,
  title: true,
  status: true,
  priority: true,
  claimedById: true,
  projectId: true,
} as const;
/** What a dependency needs for the readiness fields (id, title, status), as one statement with the rest. */
const WAIT_COLUMNS = TASK_COLUMNS;

const unfinished = (tasks: Task[]) => tasks.filter((d) => !FINISHED_STATUSES.includes(d.status as TaskStatus));

/**
 * Fields computed from a task's dependencies (loaded with the readiness columns), per row: what their
 * resolvers return, and what a page of tasks loads for all its rows first (page-relations.ts).
 */
const TASK_DERIVED = {
  blockedReason: async (ctx: AppContext, task: Task): Promise<string | null> => {
    const waits = unfinished(await taskLoader(ctx, "dependencies", WAIT_COLUMNS).load(task.id));
    if (waits.length === 0) return null;
    const stuck = waits.filter((d) => d.status === "FAILED" || d.status === "CANCELLED");
    const list = waits.map((d) => `"${d.title}" (${d.status})`).join(", ");
    return stuck.length
      ? `waits on ${list}; ${stuck.length} of them will not finish on their own: skip, retry elsewhere or remove the dependency`
      : `waits on ${list}`;
  },
  isReady: async (ctx: AppContext, task: Task): Promise<boolean> =>
    (task.status === "INBOX" || task.status === "ASSIGNED") &&
    !task.claimedById &&
    unfinished(await taskLoader(ctx, "dependencies", WAIT_COLUMNS).load(task.id)).length === 0,
} satisfies Record<string, RowDerived<Task, unknown>>;

/** The field's resolver: the value its page loaded, else its own load. */
function derived<K extends keyof typeof TASK_DERIVED>(name: K) {
  return (task: object, _args: unknown, ctx: AppContext, info: GraphQLResolveInfo) => {
    const loaded = fromPage(ctx, info, (task as Task).id);
    if (loaded !== NOT_LOADED) return loaded as Awaited<ReturnType<(typeof TASK_DERIVED)[K]>>;
    return TASK_DERIVED[name](ctx, task as Task) as ReturnType<(typeof TASK_DERIVED)[K]>;
  };
}

export const TaskRef = builder.prismaNode("Task", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  // Select mode: every query reads the columns nearly every selection shows (their fields resolve off
  // the row with no per-row lookup, see direct-fields.ts) and those cheap derived fields need; any
  // other is read when a field asks for it (each costs a lookup per row then, but wide rows cost more:
  // 14 columns instead of 3 tripled the SQL of a nested list).
  select: TASK_COLUMNS,
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.field({ type: TaskStatusEnum, select: { status: true }, resolve: (task) => task.status as TaskStatus }),
    statusNote: t.exposeString("statusNote", {
      nullable: true,
      description: "Why the task last changed status (operator note, release reason, lease expiry).",
    }),
    priority: t.field({
      type: TaskPriorityEnum,
      select: { priority: true },
      resolve: (task) => task.priority as TaskPriority,
    }),
    dueAt: t.expose("dueAt", { type: "DateTime", nullable: true }),
    tags: t.stringList({ select: { tags: true }, resolve: (task) => parseList(task.tags) }),
    requiredSpecialties: t.stringList({
      description: "A claiming agent must have every one of these specialties.",
      select: { requiredSpecialties: true },
      resolve: (task) => parseList(task.requiredSpecialties),
    }),
    requiresReview: t.exposeBoolean("requiresReview"),
    requiresSignOff: t.exposeBoolean("requiresSignOff", {
      description:
        "The task itself asks for an operator's sign-off before it runs (its project or its assignees' level may too; see signOff).",
    }),
    maxAttempts: t.exposeInt("maxAttempts"),
    attempts: t.exposeInt("attempts", { description: "Claims so far that were not given back with releaseTask." }),
    command: t.stringList({
      nullable: true,
      description: "argv for the shell backend (never run through a shell).",
      select: { command: true },
      resolve: (task) => (task.command ? parseList(task.command) : null),
    }),
    result: t.exposeString("result", { nullable: true }),
    error: t.exposeString("error", { nullable: true, description: "The last failure reported for this task." }),
    lastOutputSeq: t.exposeInt("outputSeq", { description: "Sequence number of the newest output chunk (0: none)." }),
    claimedAt: t.expose("claimedAt", { type: "DateTime", nullable: true }),
    leaseExpiresAt: t.expose("leaseExpiresAt", { type: "DateTime", nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    blockedReason: t.string({
      nullable: true,
      description: "Why the task cannot run yet, in words; null when nothing holds it.",
      resolve: derived("blockedReason"),
    }),
    isReady: t.boolean({
      description: "Claimable now: INBOX or ASSIGNED, unclaimed, every dependency DONE or SKIPPED.",
      select: { status: true, claimedById: true },
      resolve: derived("isReady"),
    }),
    output: t.relation("output", {
      description:
        "Stored output chunks after `fromSeq` (default 0), oldest first, at most `limit` (default 500, max 5000).",
      args: { fromSeq: t.arg.int(), limit: t.arg.int() },
      query: ({ fromSeq, limit }) => ({
        where: { seq: { gt: fromSeq ?? 0 } },
        orderBy: { seq: "asc" },
        take: Math.min(Math.max(limit ?? 500, 1), 5000),
      }),
    }),
    documents: t.relation("documents", { query: { orderBy: { createdAt: "asc" } } }),
  }),
});

/**
 * Each relation's value for one task, given its field's planned query: what the field's resolver
 * returns, and what a page of tasks loads for all its rows at once before they are walked
 * (page-relations.ts), so that their fields are answered with values, not promises.
 */
const TASK_RELATIONS = {
  project: async (ctx: AppContext, query: PlannedQuery, task: Task) => {
    if (!task.projectId) return null;
    const row = await taskLoader(ctx, "project", query.select).load(task.projectId);
    return row && rowFor(ctx, "Project", query, row);
  },
  claimedBy: async (ctx: AppContext, query: PlannedQuery, task: Task) => {
    if (!task.claimedById) return null;
    const row = await taskLoader(ctx, "agent", query.select).load(task.claimedById);
    return row && rowFor(ctx, "Agent", query, row);
  },
  assignees: async (ctx: AppContext, query: PlannedQuery, task: Task) =>
    rowsFor(ctx, query, await taskLoader(ctx, "assignees", query.select).load(task.id), "Agent"),
  dependencies: async (ctx: AppContext, query: PlannedQuery, task: Task) =>
    rowsFor(ctx, query, await taskLoader(ctx, "dependencies", query.select).load(task.id)),
  dependents: async (ctx: AppContext, query: PlannedQuery, task: Task) =>
    rowsFor(ctx, query, await taskLoader(ctx, "dependents", query.select).load(task.id)),
  blockedBy: async (ctx: AppContext, query: PlannedQuery, task: Task) =>
    rowsFor(
      ctx,
      query,
      unfinished(await taskLoader(ctx, "dependencies", query.select, ["id", "status"]).load(task.id)),
    ),
} satisfies Record<string, RowRelation<Task, unknown>>;

type RelationValue<K extends keyof typeof TASK_RELATIONS> = Awaited<ReturnType<(typeof TASK_RELATIONS)[K]>>;

/** The field's resolver: the value its page loaded, else the query planned for it and its loader. */
function relation<K extends keyof typeof TASK_RELATIONS>(name: K) {
  return (task: object, _args: unknown, ctx: AppContext, info: GraphQLResolveInfo) => {
    const row = task as Task;
    const loaded = fromPage(ctx, info, row.id);
    if (loaded !== NOT_LOADED) return loaded as RelationValue<K>;
    return plannedQuery(ctx, info).then((query) => TASK_RELATIONS[name](ctx, query, row) as Promise<RelationValue<K>>);
  };
}

// Fields that name Task or Agent themselves are added once both refs exist (no circular inference).
// The relations load on the driver path through per-request loaders (one statement per relation per
// request): the ORM's nested selection cost more than the sum of its parts (docs/benchmarks.md).
builder.prismaObjectFields(TaskRef, (t) => ({
  // Relations as plain fields over plannedQuery (the query a prismaField would get, planned once per
  // field rather than per row when it can be): the rows handed back count as loaded with that query,
  // and a selection that reaches into further relations is loaded by the ORM in one query (rowsFor).
  project: t.field({
    type: ProjectRef,
    nullable: true,
    select: { projectId: true },
    resolve: relation("project"),
  }),
  claimedBy: t.field({
    type: AgentRef,
    nullable: true,
    description: "The agent holding (or, once finished, that held) the claim.",
    select: { claimedById: true },
    resolve: relation("claimedBy"),
  }),
  assignees: t.field({ type: [AgentRef], resolve: relation("assignees") }),
  dependencies: t.field({
    type: [TaskRef],
    description: "Tasks this one waits on.",
    resolve: relation("dependencies"),
  }),
  dependents: t.field({
    type: [TaskRef],
    description: "Tasks that wait on this one.",
    resolve: relation("dependents"),
  }),
  blockedBy: t.field({
    type: [TaskRef],
    description:
      "Dependencies not yet DONE or SKIPPED. A FAILED or CANCELLED one keeps this task BLOCKED until an operator acts.",
    resolve: relation("blockedBy"),
  }),
}));

builder.prismaObjectFields(AgentRef, (t) => ({
  assignedTasks: t.field({
    type: [TaskRef],
    description: "Tasks assigned to this agent that are not finished.",
    select: (_args, _ctx, nested) => ({
      assignments: {
        where: { task: { status: { notIn: ["DONE", "FAILED", "CANCELLED", "SKIPPED"] } } },
        select: { task: nested(true) },
      },
    }),
    resolve: (a) => a.assignments.map((x) => x.task),
  }),
}));

/** The total a tasks page counted with it, by the connection's args object (see `tasks`). */
const pageTotals = new WeakMap<object, Promise<number | null>>();

/** Whether the field's own selection (fragments included) asks for `name`. */
function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === name;
      if (sel.kind === Kind.INLINE_FRAGMENT) return within(sel.selectionSet);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return within(info.fragments[sel.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

const TaskFilter = builder.inputType("TaskFilter", {
  fields: (t) => ({
    status: t.field({ type: [TaskStatusEnum], description: "One status or a list." }),
    assigneeId: t.id(),
    tag: t.string(),
    projectId: t.id(),
    search: t.string({ description: "Substring of the title or description." }),
  }),
});

const CreateTaskInput = builder.inputType("CreateTaskInput", {
  fields: (t) => ({
    title: t.string({ required: true, validate: text(LIMITS.title) }),
    description: t.string({ validate: optionalText(LIMITS.description) }),
    priority: t.field({ type: TaskPriorityEnum, description: "Default MEDIUM." }),
    dueAt: t.field({ type: "DateTime" }),
    tags: t.stringList({ validate: labels() }),
    requiredSpecialties: t.stringList({ validate: labels() }),
    projectId: t.id(),
    assigneeIds: t.idList(),
    dependsOn: t.idList({ description: "Existing tasks this one waits on." }),
    requiresReview: t.boolean(),
    requiresSignOff: t.boolean({
      description: "Wait for an operator's sign-off (an Approval of kind RUN) before running.",
    }),
    maxAttempts: t.int({ description: "Claims allowed before the task FAILS. Default 5.", validate: intRange(1, 100) }),
    command: t.stringList({ description: "argv for the shell backend." }),
  }),
});

const TaskGraphInput = builder.inputType("TaskGraphInput", {
  description: "One task of a createTasks batch.",
  fields: (t) => ({
    ref: t.string({ required: true, description: "Client-side name, unique in the batch." }),
    dependsOnRefs: t.stringList({ description: "Refs of other items in the batch this one waits on." }),
    title: t.string({ required: true, validate: text(LIMITS.title) }),
    description: t.string({ validate: optionalText(LIMITS.description) }),
    priority: t.field({ type: TaskPriorityEnum }),
    dueAt: t.field({ type: "DateTime" }),
    tags: t.stringList({ validate: labels() }),
    requiredSpecialties: t.stringList({ validate: labels() }),
    projectId: t.id(),
    assigneeIds: t.idList(),
    dependsOn: t.idList({ description: "Existing tasks this one waits on." }),
    requiresReview: t.boolean(),
    requiresSignOff: t.boolean(),
    maxAttempts: t.int({ validate: intRange(1, 100) }),
    command: t.stringList(),
  }),
});

const UpdateTaskInput = builder.inputType("UpdateTaskInput", {
  fields: (t) => ({
    title: t.string({ validate: text(LIMITS.title).nullish() }),
    description: t.string({ validate: optionalText(LIMITS.description) }),
    priority: t.field({ type: TaskPriorityEnum }),
    dueAt: t.field({ type: "DateTime" }),
    tags: t.stringList({ validate: labels() }),
    requiredSpecialties: t.stringList({ validate: labels() }),
    projectId: t.id(),
    requiresReview: t.boolean(),
    requiresSignOff: t.boolean({ description: "true asks for a sign-off now if the task has not started." }),
    maxAttempts: t.int({ validate: intRange(1, 100) }),
    command: t.stringList(),
  }),
});

function checkTaskRefs<
  T extends { projectId?: string | null; assigneeIds?: string[] | null; dependsOn?: string[] | null },
>(input: T): T {
  if (input.projectId) expectId("Project", input.projectId, "projectId");
  expectIds("Agent", input.assigneeIds, "assigneeIds");
  expectIds("Task", input.dependsOn, "dependsOn");
  return input;
}

/** Every list of tasks (Query.tasks, Project.tasks) is this one type. TaskEdge is the dependency graph's. */
export const TaskConnection = nodeConnection(TaskRef, "Task");

builder.prismaObjectField(ProjectRef, "tasks", (t) =>
  t.relatedConnection(
    "tasks",
    { cursor: "id", totalCount: true, query: () => ({ orderBy: { id: "desc" } }) },
    TaskConnection,
  ),
);

builder.queryFields((t) => ({
  task: t.prismaField({
    authScopes: rules.readAndAgent,
    type: "Task",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => ctx.db.task.findUnique({ ...query, where: { id: expectId("Task", id) } }),
  }),
  tasks: t.prismaConnection(
    {
      authScopes: rules.readAndAgent,
      type: "Task",
      cursor: "id",
      defaultSize: 50,
      maxSize: 500,
      description: "Tasks, newest first.",
      args: { filter: t.arg({ type: TaskFilter }) },
      resolve: (query, _r, args, ctx, info) => {
        const { filter } = args;
        if (filter?.assigneeId) expectId("Agent", filter.assigneeId, "filter.assigneeId");
        if (filter?.projectId) expectId("Project", filter.projectId, "filter.projectId");
        // Scalars only (relations come from loaders): the page is one driver statement, and with
        // totalCount on a first page the total comes with it.
        if (onlyScalars(query)) {
          const page = taskPage(
            ctx.deps.sql,
            filter,
            { cursorId: (query.cursor as { id?: string } | undefined)?.id ?? null, take: query.take, skip: query.skip },
            selectedColumns("Task", (query as { select?: Record<string, unknown> }).select),
            selectsField(info, "totalCount"),
          );
          // A failed page is reported by the page; its total then falls back to a count of its own.
          pageTotals.set(
            args,
            page.then(
              (p) => p.total,
              () => null,
            ),
          );
          return page.then(async (p) => {
            await loadPageRelations(ctx, info, p.tasks, TASK_RELATIONS, TASK_DERIVED);
            return p.tasks;
          });
        }
        return ctx.db.task.findMany({ ...query, where: taskWhere(filter), orderBy: { id: "desc" } });
      },
      // The same args object reaches both callbacks of one connection.
      totalCount: async (_conn, args, ctx) => (await pageTotals.get(args)) ?? taskTotal(ctx.deps.sql, args.filter),
    },
    TaskConnection,
  ),
  readyTasks: t.prismaField({
    authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
    type: [TaskRef],
    description: "Tasks claimable now (by `agentId`, or by anyone), in claim order.",
    args: { agentId: t.arg.id(), limit: t.arg.int({ description: "Default 100, max 500." }) },
    resolve: async (query, _r, { agentId, limit }, ctx) => {
      const ids = await ctx.services.claims.readyIds(
        agentId ? expectId("Agent", agentId) : null,
        Math.min(Math.max(limit ?? 100, 1), 500),
      );
      const rows = await ctx.db.task.findMany({ ...query, where: { id: { in: ids } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }),
  runningTasks: t.prismaField({
    authScopes: rules.read,
    type: [TaskRef],
    description: "Tasks IN_PROGRESS, oldest claim first.",
    resolve: (query, _r, _a, ctx) =>
      ctx.db.task.findMany({ ...query, where: { status: "IN_PROGRESS" }, orderBy: { claimedAt: "asc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    args: { input: t.arg({ type: CreateTaskInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) =>
      rowFor(ctx, "Task", query, await ctx.services.tasks.create(ctx.actor, checkTaskRefs(input))),
  }),
  createTasks: t.prismaField({
    authScopes: rules.manage,
    type: ["Task"],
    description: "A whole DAG in one transaction; items refer to each other by `ref`. Returned in input order.",
    args: { input: t.arg({ type: [TaskGraphInput], required: true }) },
    resolve: async (query, _r, { input }, ctx) =>
      rowsFor(ctx, query, await ctx.services.tasks.createMany(ctx.actor, input.map(checkTaskRefs))),
  }),
  updateTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateTaskInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.tasks.update(ctx.actor, expectId("Task", id), checkTaskRefs(input)),
      ),
  }),
  deleteTask: t.id({
    authScopes: rules.manage,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.services.tasks.remove(ctx.actor, expectId("Task", id)),
  }),
  assignTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description: "Sets the assignees to exactly `agentIds`; an empty list returns the task to the inbox.",
    args: { taskId: t.arg.id({ required: true }), agentIds: t.arg.idList({ required: true }) },
    resolve: async (query, _r, { taskId, agentIds }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.tasks.assign(ctx.actor, expectId("Task", taskId), expectIds("Agent", agentIds, "agentIds")),
      ),
  }),
  setTaskStatus: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    args: {
      taskId: t.arg.id({ required: true }),
      status: t.arg({ type: TaskStatusEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: async (query, _r, { taskId, status, note }, ctx) =>
      rowFor(ctx, "Task", query, await ctx.services.tasks.setStatus(ctx.actor, expectId("Task", taskId), status, note)),
  }),
  retryTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description:
      "Runs a FAILED or CANCELLED task again as a new task (those states are terminal): the same fields, assignees and dependencies, and the tasks that waited on the original wait on the new one. Returns the new task; INVALID_TRANSITION for any other status.",
    args: { taskId: t.arg.id({ required: true }) },
    resolve: async (query, _r, { taskId }, ctx) =>
      rowFor(ctx, "Task", query, await ctx.services.tasks.retry(ctx.actor, expectId("Task", taskId, "taskId"))),
  }),
  addDependency: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description: "`taskId` will wait on `dependsOnId`. DEPENDENCY_CYCLE (with the path) if that closes a cycle.",
    args: { taskId: t.arg.id({ required: true }), dependsOnId: t.arg.id({ required: true }) },
    resolve: async (query, _r, { taskId, dependsOnId }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.dependencies.add(
          ctx.actor,
          expectId("Task", taskId, "taskId"),
          expectId("Task", dependsOnId, "dependsOnId"),
        ),
      ),
  }),
  removeDependency: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    args: { taskId: t.arg.id({ required: true }), dependsOnId: t.arg.id({ required: true }) },
    resolve: async (query, _r, { taskId, dependsOnId }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.dependencies.remove(
          ctx.actor,
          expectId("Task", taskId, "taskId"),
          expectId("Task", dependsOnId, "dependsOnId"),
        ),
      ),
  }),
}));

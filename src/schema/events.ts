import type { AgentStatus } from "../domain/enums.js";
import type { TaskStatus } from "../domain/task-status.js";
import type { Task } from "../generated/prisma/client.js";
import type { AgentEventPayload, TaskEventPayload } from "../realtime/events.js";
import { filtered } from "../realtime/pubsub.js";
import { rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { AgentStatusEnum, TaskEventTypeEnum, TaskStatusEnum } from "./enums.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";

const DATE_FIELDS = ["dueAt", "claimedAt", "leaseExpiresAt", "startedAt", "completedAt", "createdAt", "updatedAt"];

/** The task as it was when the event was published (dates revived). */
function reviveTask(task: TaskEventPayload["task"]) {
  const out: Record<string, unknown> = { ...task };
  for (const k of DATE_FIELDS) if (typeof out[k] === "string") out[k] = new Date(out[k] as string);
  return out as unknown as Task;
}

const TaskEventRef = builder.objectRef<TaskEventPayload>("TaskEvent").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    type: t.expose("type", { type: TaskEventTypeEnum }),
    task: t.prismaField({
      type: "Task",
      description: "The task as the event left it (relations are read when the event is delivered).",
      resolve: (query, e, _a, ctx) => rowFor(ctx, "Task", query, reviveTask(e.task)),
    }),
    previousStatus: t.field({
      type: TaskStatusEnum,
      nullable: true,
      resolve: (e) => e.previousStatus as TaskStatus | null,
    }),
  }),
});

const AgentEventRef = builder.objectRef<AgentEventPayload>("AgentEvent").implement({
  authScopes: rules.read,
  fields: (t) => ({
    type: t.exposeString("type", { description: "created, status, heartbeat, offline, deleted" }),
    agentId: t.exposeID("agentId"),
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      resolve: (query, e, _a, ctx) => ctx.db.agent.findUnique({ ...query, where: { id: e.agentId } }),
    }),
    status: t.field({ type: AgentStatusEnum, resolve: (e) => e.status as AgentStatus }),
    previousStatus: t.field({
      type: AgentStatusEnum,
      nullable: true,
      resolve: (e) => e.previousStatus as AgentStatus | null,
    }),
  }),
});

builder.subscriptionFields((t) => ({
  taskEvents: t.field({
    authScopes: rules.readAndAgent,
    type: TaskEventRef,
    description: "Task changes as their transactions commit, for one task, one project, or all.",
    args: { taskId: t.arg.id(), projectId: t.arg.id() },
    subscribe: (_r, { taskId, projectId }, ctx) => {
      const task = taskId ? expectId("Task", taskId, "taskId") : null;
      const project = projectId ? expectId("Project", projectId, "projectId") : null;
      return filtered(
        ctx.pubsub.subscribe("task:event")[Symbol.asyncIterator](),
        (e: TaskEventPayload) => (!task || e.task.id === task) && (!project || e.task.projectId === project),
      );
    },
    resolve: (e: TaskEventPayload) => e,
  }),
  agentEvents: t.field({
    authScopes: rules.read,
    type: AgentEventRef,
    description: "Agent status changes (including heartbeats that change state).",
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("agent:event"),
    resolve: (e: AgentEventPayload) => e,
  }),
}));

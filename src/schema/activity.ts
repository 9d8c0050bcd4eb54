import type { ActivityPayload } from "../realtime/events.js";
import { filtered } from "../realtime/pubsub.js";
import { rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";

const parseJson = (s: string | null) => (s === null ? null : (JSON.parse(s) as unknown));

export const ActivityRef = builder.prismaNode("Activity", {
  authScopes: rules.read,
  id: { field: "id" },
  // Select mode: a query loads only the columns its GraphQL fields need.
  select: { id: true },
  fields: (t) => ({
    type: t.exposeString("type", { description: "e.g. task.created, task.status_changed, task.claimed" }),
    actorType: t.exposeString("actorType", { description: "operator | agent | system" }),
    actorId: t.exposeString("actorId", { nullable: true }),
    agentId: t.exposeString("agentId", { nullable: true }),
    taskId: t.exposeString("taskId", { nullable: true }),
    projectId: t.exposeString("projectId", { nullable: true }),
    summary: t.exposeString("summary"),
    before: t.field({ type: "JSON", nullable: true, select: { before: true }, resolve: (a) => parseJson(a.before) }),
    after: t.field({ type: "JSON", nullable: true, select: { after: true }, resolve: (a) => parseJson(a.after) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function activityWhere(agentId?: string | null, taskId?: string | null) {
  return {
    ...(agentId ? { agentId: expectId("Agent", agentId, "agentId") } : {}),
    ...(taskId ? { taskId: expectId("Task", taskId, "taskId") } : {}),
  };
}

const ActivityConnection = nodeConnection(ActivityRef, "Activity");

builder.queryField("activity", (t) =>
  t.prismaConnection(
    {
      authScopes: rules.read,
      type: "Activity",
      cursor: "id",
      defaultSize: 50,
      maxSize: 500,
      description: "The audit trail, newest first.",
      args: { agentId: t.arg.id(), taskId: t.arg.id() },
      resolve: (query, _r, { agentId, taskId }, ctx) =>
        ctx.db.activity.findMany({ ...query, where: activityWhere(agentId, taskId), orderBy: { id: "desc" } }),
      totalCount: (_c, { agentId, taskId }, ctx) => ctx.db.activity.count({ where: activityWhere(agentId, taskId) }),
    },
    ActivityConnection,
  ),
);

builder.subscriptionField("activity", (t) =>
  t.prismaField({
    authScopes: rules.read,
    type: "Activity",
    description: "New activity entries as their transactions commit, filtered on the server.",
    args: { agentId: t.arg.id(), taskId: t.arg.id() },
    subscribe: (_r, { agentId, taskId }, ctx) => {
      const where = activityWhere(agentId, taskId);
      return filtered(
        ctx.pubsub.subscribe("activity")[Symbol.asyncIterator](),

        (a: ActivityPayload) =>
          (!where.agentId || a.agentId === where.agentId) && (!where.taskId || a.taskId === where.taskId),
      );
    },
    // The payload is the whole row: it answers any selection without a query per subscriber.
    resolve: (query, a: ActivityPayload, _args, ctx) =>
      rowFor(ctx, "Activity", query, { ...a, createdAt: new Date(a.createdAt) }),
  }),
);

import type { Notification } from "../generated/prisma/client.js";
import type { NotificationPayload } from "../realtime/events.js";
import { filtered } from "../realtime/pubsub.js";
import { asOwnAgent, readByOwner, rules } from "../security/roles.js";
import { NotificationKind } from "../services/notifications.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { expectId, expectIds } from "./ids.js";
import { rowFor } from "./loaded.js";

const NotificationKindEnum = builder.enumType("NotificationKind", { values: Object.values(NotificationKind) });

const NotificationRef = builder.prismaNode("Notification", {
  authScopes: readByOwner((n) => n.agentId),
  id: { field: "id" },
  // What the type's rule reads: always selected.
  select: { id: true, agentId: true },
  fields: (t) => ({
    kind: t.field({ type: NotificationKindEnum, select: { kind: true }, resolve: (n) => n.kind as NotificationKind }),
    content: t.exposeString("content"),
    agent: t.relation("agent"),
    agentId: t.exposeID("agentId"),
    task: t.prismaField({
      type: "Task",
      nullable: true,
      select: { taskId: true },
      resolve: (query, n, _a, ctx) => (n.taskId ? ctx.db.task.findUnique({ ...query, where: { id: n.taskId } }) : null),
    }),
    message: t.prismaField({
      type: "Message",
      nullable: true,
      select: { messageId: true },
      resolve: (query, n, _a, ctx) =>
        n.messageId ? ctx.db.message.findUnique({ ...query, where: { id: n.messageId } }) : null,
    }),
    question: t.prismaField({
      type: "Question",
      nullable: true,
      select: { questionId: true },
      resolve: (query, n, _a, ctx) =>
        n.questionId ? ctx.db.question.findUnique({ ...query, where: { id: n.questionId } }) : null,
    }),
    read: t.boolean({ select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** The row a notification event describes (dates revived). */
function revive(n: NotificationPayload): Notification {
  return { ...n, readAt: n.readAt ? new Date(n.readAt) : null, createdAt: new Date(n.createdAt) };
}

const notificationWhere = (agentId: string, unreadOnly?: boolean | null) => ({
  agentId: expectId("Agent", agentId, "agentId"),
  ...(unreadOnly ? { readAt: null } : {}),
});

builder.queryField("notifications", (t) =>
  t.prismaField({
    authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
    type: ["Notification"],
    description: "An agent's notifications, newest first (at most 500).",
    deprecationReason: "Use notificationsConnection, which pages past 500.",
    args: { agentId: t.arg.id({ required: true }), unreadOnly: t.arg.boolean() },
    resolve: (query, _r, { agentId, unreadOnly }, ctx) =>
      ctx.db.notification.findMany({
        ...query,
        where: notificationWhere(agentId, unreadOnly),
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
  }),
);

builder.queryField("notificationsConnection", (t) =>
  t.prismaConnection(
    {
      authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
      type: "Notification",
      cursor: "id",
      defaultSize: 50,
      maxSize: 500,
      description: "An agent's notifications, newest first, a page at a time.",
      args: { agentId: t.arg.id({ required: true }), unreadOnly: t.arg.boolean() },
      resolve: (query, _r, { agentId, unreadOnly }, ctx) =>
        ctx.db.notification.findMany({
          ...query,
          where: notificationWhere(agentId, unreadOnly),
          orderBy: { id: "desc" },
        }),
      totalCount: (_c, { agentId, unreadOnly }, ctx) =>
        ctx.db.notification.count({ where: notificationWhere(agentId, unreadOnly) }),
    },
    nodeConnection(NotificationRef, "Notification"),
  ),
);

builder.mutationField("markNotificationsRead", (t) =>
  t.int({
    authScopes: asOwnAgent(rules.work, "agentId"),
    description: "Marks the agent's notifications read (the listed ones, or all). Returns how many changed.",
    args: { agentId: t.arg.id({ required: true }), ids: t.arg.idList() },
    resolve: (_r, { agentId, ids }, ctx) =>
      ctx.services.notifications.markRead(
        expectId("Agent", agentId, "agentId"),
        ids ? expectIds("Notification", ids, "ids") : null,
      ),
  }),
);

builder.subscriptionField("notifications", (t) =>
  t.prismaField({
    authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
    type: "Notification",
    description: "An agent's notifications as they are created.",
    args: { agentId: t.arg.id({ required: true }) },
    subscribe: (_r, { agentId }, ctx) => {
      const id = expectId("Agent", agentId, "agentId");
      return filtered(
        ctx.pubsub.subscribe("notification", id)[Symbol.asyncIterator](),
        (n: NotificationPayload) => n.agentId === id,
      );
    },
    resolve: (query, n: NotificationPayload, _a, ctx) => rowFor(ctx, "Notification", query, revive(n)),
  }),
);

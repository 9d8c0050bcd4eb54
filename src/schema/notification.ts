import { filter, pipe } from "graphql-yoga";
import type { NotificationPayload } from "../realtime/events.js";
import { builder } from "./builder.js";
import { expectId, expectIds } from "./ids.js";

const NotificationKindEnum = builder.enumType("NotificationKind", {
  values: ["MENTION", "REPLY", "DISPATCH", "QUESTION_ANSWERED", "BUDGET_EXCEEDED", "REVIEW"] as const,
});

/** A notification row, or its event payload (the same fields with dates as ISO strings). */
type NotificationShape = Omit<NotificationPayload, "readAt" | "createdAt"> & {
  readAt: Date | string | null;
  createdAt: Date | string;
};

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

const NotificationRef = builder.objectRef<NotificationShape>("Notification").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: NotificationKindEnum, resolve: (n) => n.kind as "MENTION" }),
    content: t.exposeString("content"),
    agentId: t.exposeID("agentId"),
    task: t.prismaField({
      type: "Task",
      nullable: true,
      resolve: (query, n, _a, ctx) => (n.taskId ? ctx.db.task.findUnique({ ...query, where: { id: n.taskId } }) : null),
    }),
    message: t.prismaField({
      type: "Message",
      nullable: true,
      resolve: (query, n, _a, ctx) =>
        n.messageId ? ctx.db.message.findUnique({ ...query, where: { id: n.messageId } }) : null,
    }),
    questionId: t.exposeID("questionId", { nullable: true }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    readAt: t.field({ type: "DateTime", nullable: true, resolve: (n) => (n.readAt ? toDate(n.readAt) : null) }),
    createdAt: t.field({ type: "DateTime", resolve: (n) => toDate(n.createdAt) }),
  }),
});

builder.queryField("notifications", (t) =>
  t.field({
    type: [NotificationRef],
    description: "An agent's notifications, newest first (at most 500).",
    args: { agentId: t.arg.id({ required: true }), unreadOnly: t.arg.boolean() },
    resolve: (_r, { agentId, unreadOnly }, ctx) =>
      ctx.db.notification.findMany({
        where: { agentId: expectId("Agent", agentId, "agentId"), ...(unreadOnly ? { readAt: null } : {}) },
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
  }),
);

builder.mutationField("markNotificationsRead", (t) =>
  t.int({
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
  t.field({
    type: NotificationRef,
    description: "An agent's notifications as they are created.",
    args: { agentId: t.arg.id({ required: true }) },
    subscribe: (_r, { agentId }, ctx) => {
      const id = expectId("Agent", agentId, "agentId");
      return pipe(
        ctx.pubsub.subscribe("notification", id),
        filter((n: NotificationPayload) => n.agentId === id),
      );
    },
    resolve: (n: NotificationPayload) => n,
  }),
);

import { parseList } from "../domain/validate.js";
import type { Webhook } from "../generated/prisma/client.js";
import { rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { expectId } from "./ids.js";

const WebhookDeliveryRef = builder.prismaObject("WebhookDelivery", {
  authScopes: rules.admin,
  fields: (t) => ({
    id: t.exposeID("id"),
    event: t.exposeString("event"),
    status: t.exposeString("status", { description: "PENDING, SUCCEEDED or FAILED (attempts used up)." }),
    attempts: t.exposeInt("attempts"),
    lastStatusCode: t.exposeInt("lastStatusCode", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
    payload: t.field({ type: "JSON", resolve: (d) => JSON.parse(d.payload) }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Webhook", {
  authScopes: rules.admin,
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    url: t.exposeString("url"),
    events: t.stringList({ select: { events: true }, resolve: (w) => parseList(w.events) }),
    active: t.exposeBoolean("active"),
    deliveries: t.relation("deliveries", {
      description: "Delivery history, newest first (at most 200).",
      deprecationReason: "Use deliveriesConnection, which pages past 200.",
      args: { status: t.arg.string() },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: { createdAt: "desc" },
        take: 200,
      }),
    }),
    deliveriesConnection: t.relatedConnection(
      "deliveries",
      {
        cursor: "id",
        defaultSize: 50,
        maxSize: 500,
        totalCount: true,
        description: "Delivery history, newest first, a page at a time.",
        args: { status: t.arg.string({ description: "PENDING, SUCCEEDED or FAILED." }) },
        query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { id: "desc" } }),
      },
      nodeConnection(WebhookDeliveryRef, "WebhookDelivery"),
    ),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const CreateWebhookInput = builder.inputType("CreateWebhookInput", {
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        "http(s) URL; private, loopback, link-local and metadata targets are refused unless in MC_OUTBOUND_ALLOW.",
    }),
    events: t.stringList({ required: true, description: 'Activity types: "task.completed", "task.*" or "*".' }),
    secret: t.string({ description: "HMAC-SHA256 signing secret (16+ characters); generated when omitted." }),
  }),
});

const CreatedWebhookRef = builder.objectRef<{ webhook: Webhook; secret: string }>("CreatedWebhook").implement({
  authScopes: rules.admin,
  fields: (t) => ({
    secret: t.exposeString("secret", {
      description: "Shown once: verify the x-mission-control-signature header with it.",
    }),
    webhook: t.prismaField({
      type: "Webhook",
      resolve: (query, r, _a, ctx) => ctx.db.webhook.findUniqueOrThrow({ ...query, where: { id: r.webhook.id } }),
    }),
  }),
});

builder.queryField("webhooks", (t) =>
  t.prismaField({
    authScopes: rules.admin,
    type: ["Webhook"],
    resolve: (query, _r, _a, ctx) => ctx.db.webhook.findMany({ ...query, orderBy: { createdAt: "asc" }, take: 500 }),
  }),
);

builder.mutationFields((t) => ({
  createWebhook: t.field({
    authScopes: rules.admin,
    type: CreatedWebhookRef,
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_r, { input }, ctx) => ctx.services.webhooks.create(ctx.actor, input),
  }),
  deleteWebhook: t.id({
    authScopes: rules.admin,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.services.webhooks.remove(ctx.actor, expectId("Webhook", id)),
  }),
}));

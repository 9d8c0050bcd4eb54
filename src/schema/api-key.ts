import { LIMITS } from "../domain/validate.js";
import type { ApiKey } from "../generated/prisma/client.js";
import { ROLES, type Role, rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";

export const RoleEnum = builder.enumType("Role", {
  values: ROLES,
  description:
    "VIEWER reads and subscribes; OPERATOR also manages work; ADMIN also manages keys; AGENT acts as one agent.",
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  authScopes: rules.admin,
  id: { field: "id" },
  select: { id: true },
  description: "An API key. The secret is shown once, by createApiKey; only its hash is stored.",
  fields: (t) => ({
    name: t.exposeString("name"),
    role: t.field({ type: RoleEnum, select: { role: true }, resolve: (k) => k.role as Role }),
    agent: t.relation("agent", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Updated at most once a minute.",
    }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    active: t.boolean({
      select: { revokedAt: true, expiresAt: true },
      resolve: (k) => !k.revokedAt && (!k.expiresAt || k.expiresAt.getTime() > Date.now()),
    }),
  }),
});

const CreatedApiKey = builder.objectRef<{ secret: string; apiKey: ApiKey }>("CreatedApiKey").implement({
  authScopes: rules.admin,
  fields: (t) => ({
    secret: t.exposeString("secret", { description: "Send as `Authorization: Bearer <secret>`. Shown only here." }),
    apiKey: t.prismaField({ type: "ApiKey", resolve: (query, r, _a, ctx) => rowFor(ctx, "ApiKey", query, r.apiKey) }),
  }),
});

const Viewer = builder
  .objectRef<{ keyId: string | null; role: Role; agentId: string | null; name: string }>("Viewer")
  .implement({
    authScopes: rules.anyKey,
    description: "The caller, as its API key describes it.",
    fields: (t) => ({
      keyId: t.exposeID("keyId", { nullable: true, description: "Null for MC_ADMIN_KEY and when auth is off." }),
      name: t.exposeString("name"),
      role: t.field({ type: RoleEnum, resolve: (v) => v.role }),
      agent: t.prismaField({
        type: "Agent",
        nullable: true,
        resolve: (query, v, _a, ctx) =>
          v.agentId ? ctx.db.agent.findUnique({ ...query, where: { id: v.agentId } }) : null,
      }),
    }),
  });

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(LIMITS.name * 2) }),
    role: t.field({ type: RoleEnum, required: true }),
    agentId: t.id({ description: "Required for AGENT keys: the agent the key acts for." }),
    expiresAt: t.field({ type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    authScopes: rules.readAndAgent,
    type: Viewer,
    description: "Who the API key in use belongs to.",
    resolve: (_r, _a, ctx) => ctx.viewer!,
  }),
  apiKeys: t.prismaField({
    authScopes: rules.admin,
    extensions: { audit: true },
    type: ["ApiKey"],
    description: "Every key, newest first (ADMIN).",
    resolve: (query, _r, _a, ctx) => ctx.db.apiKey.findMany({ ...query, orderBy: { id: "desc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    authScopes: rules.admin,
    type: CreatedApiKey,
    description: "Creates a key and returns its secret, once (ADMIN).",
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      ctx.services.apiKeys.create(ctx.actor, {
        ...input,
        agentId: input.agentId ? expectId("Agent", input.agentId, "agentId") : null,
      }),
  }),
  revokeApiKey: t.prismaField({
    authScopes: rules.admin,
    type: "ApiKey",
    description: "Revokes a key at once: its next request is refused and its open WebSockets are closed (ADMIN).",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      rowFor(ctx, "ApiKey", query, await ctx.services.apiKeys.revoke(ctx.actor, expectId("ApiKey", id))),
  }),
}));

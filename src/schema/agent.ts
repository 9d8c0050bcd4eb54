import type { AppContext } from "../context.js";
import type { AgentBackend, AgentLevel, AgentStatus } from "../domain/enums.js";
import { LIMITS, parseList } from "../domain/validate.js";
import { AccessDeniedError, BadInputError } from "../errors.js";
import { rules, type ScopeMap } from "../security/roles.js";
import { builder } from "./builder.js";
import { AgentBackendEnum, AgentLevelEnum, AgentStatusEnum } from "./enums.js";
import { expectId } from "./ids.js";
import { intRange, labels, optionalText } from "./input-shapes.js";
import { rowFor } from "./loaded.js";

export const AgentRef = builder.prismaNode("Agent", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  // Select mode: every query reads the columns nearly every selection shows (their fields resolve off
  // the row with no per-row lookup, see direct-fields.ts); any other is read when a field asks for it.
  select: { id: true, name: true, status: true },
  fields: (t) => ({
    name: t.exposeString("name", { description: "Unique slug; `@name` mentions it." }),
    role: t.exposeString("role"),
    specialties: t.stringList({ select: { specialties: true }, resolve: (a) => parseList(a.specialties) }),
    backend: t.exposeString("backend", {
      description: "external | shell | openai | claude-code",
      deprecationReason: "Use backendType, the same as an enum. backend stays a string until the next major release.",
    }),
    backendType: t.field({
      type: AgentBackendEnum,
      select: { backend: true },
      resolve: (a) => a.backend as AgentBackend,
    }),
    model: t.exposeString("model", { nullable: true }),
    status: t.field({ type: AgentStatusEnum, select: { status: true }, resolve: (a) => a.status as AgentStatus }),
    level: t.field({ type: AgentLevelEnum, select: { level: true }, resolve: (a) => a.level as AgentLevel }),
    maxCapacity: t.exposeInt("maxCapacity", { description: "Tasks it may hold IN_PROGRESS at once." }),
    config: t.field({ type: "JSON", select: { config: true }, resolve: (a) => JSON.parse(a.config) }),
    systemPrompt: t.exposeString("systemPrompt"),
    lastHeartbeatAt: t.expose("lastHeartbeatAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    currentTasks: t.relation("claimedTasks", {
      description: "Tasks this agent holds IN_PROGRESS.",
      query: { where: { status: "IN_PROGRESS" }, orderBy: { claimedAt: "asc" } },
    }),
  }),
});

const CreateAgentInput = builder.inputType("CreateAgentInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique slug: lowercase letters, digits, . _ -" }),
    role: t.string({ validate: optionalText(200) }),
    specialties: t.stringList({ validate: labels() }),
    backendType: t.field({ type: AgentBackendEnum, description: "Default EXTERNAL." }),
    backend: t.string({ description: "external (default) | shell | openai | claude-code; or backendType, an enum" }),
    model: t.string({ validate: optionalText(200) }),
    level: t.field({ type: AgentLevelEnum }),
    maxCapacity: t.int({
      description: "Tasks it may hold IN_PROGRESS at once. Default 1.",
      validate: intRange(1, 1000),
    }),
    config: t.field({ type: "JSON" }),
    systemPrompt: t.string({ validate: optionalText(LIMITS.description) }),
  }),
});

const UpdateAgentInput = builder.inputType("UpdateAgentInput", {
  fields: (t) => ({
    name: t.string(),
    role: t.string({ validate: optionalText(200) }),
    specialties: t.stringList({ validate: labels() }),
    backendType: t.field({ type: AgentBackendEnum }),
    backend: t.string({ description: "external | shell | openai | claude-code; or backendType, an enum" }),
    model: t.string({ validate: optionalText(200) }),
    level: t.field({ type: AgentLevelEnum }),
    maxCapacity: t.int({ validate: intRange(1, 1000) }),
    config: t.field({ type: "JSON" }),
    systemPrompt: t.string({ validate: optionalText(LIMITS.description) }),
    status: t.field({ type: AgentStatusEnum }),
  }),
});

/**
 * The input with one `backend`: `backendType` (the enum) or `backend` (the string clients sent before the
 * enum existed); both may be given only if they agree.
 */
function oneBackend<I extends { backend?: string | null; backendType?: string | null }>(input: I) {
  const { backendType, ...rest } = input;
  if (backendType != null && input.backend != null && input.backend !== backendType) {
    throw new BadInputError(`backend "${input.backend}" and backendType disagree; give one`, { field: "backendType" });
  }
  return { ...rest, backend: backendType ?? input.backend };
}

/**
 * The shell backend runs programs on the server: only ADMIN keys may choose or configure it. Part of
 * createAgent's and updateAgent's rule (agentConfigRule, below), checked for OPERATOR keys.
 */
function assertShellByAdmin(ctx: AppContext, backend: string | null | undefined) {
  if (backend === "shell" && ctx.viewer?.role !== "ADMIN") {
    throw new AccessDeniedError("only ADMIN keys may configure the shell backend: it runs programs on the server");
  }
}

async function assertShellConfigByAdmin(
  ctx: AppContext,
  id: string,
  input: { backend?: string | null; config?: unknown },
) {
  assertShellByAdmin(ctx, input.backend);
  if (input.config != null && ctx.viewer?.role !== "ADMIN") {
    const agent = await ctx.db.agent.findUnique({ where: { id }, select: { backend: true } });
    assertShellByAdmin(ctx, agent?.backend);
  }
}

/**
 * Where an agent's requests go and which of the server's secrets they carry: `baseUrl` and `apiKeyEnv`
 * (the openai backend sends the key named by `apiKeyEnv` to `baseUrl`). Only ADMIN keys may set or
 * change them, so an OPERATOR cannot point a server secret at a host of its choosing.
 */
const SECRET_ROUTING = ["baseUrl", "apiKeyEnv"] as const;

async function assertSecretRoutingByAdmin(ctx: AppContext, id: string | null, config: unknown) {
  if (ctx.viewer?.role === "ADMIN" || config === null || config === undefined || typeof config !== "object") return;
  const next = config as Record<string, unknown>;
  if (!SECRET_ROUTING.some((k) => next[k] !== undefined)) return;
  const stored = id
    ? (JSON.parse(
        (await ctx.db.agent.findUnique({ where: { id }, select: { config: true } }))?.config ?? "{}",
      ) as Record<string, unknown>)
    : {};
  const changed = SECRET_ROUTING.filter((k) => next[k] !== undefined && next[k] !== stored[k]);
  if (changed.length) {
    throw new AccessDeniedError(
      `only ADMIN keys may set config.${changed.join(" or config.")}: they decide which host receives which of the server's API keys`,
    );
  }
}

/**
 * createAgent's and updateAgent's rule: managers may create and change agents, but only ADMIN keys may
 * choose or configure the shell backend or route the server's secrets (`id`: the agent changed, null
 * for a new one). The role is judged first, so a refused key learns nothing of its input.
 */
async function agentConfigRule(
  ctx: AppContext,
  id: string | null,
  raw: { backend?: string | null; backendType?: string | null; config?: unknown },
): Promise<ScopeMap> {
  if (ctx.viewer?.role !== "OPERATOR") return rules.manage;
  const input = oneBackend(raw);
  const agentId = id === null ? null : expectId("Agent", id);
  if (agentId) await assertShellConfigByAdmin(ctx, agentId, input);
  else assertShellByAdmin(ctx, input.backend);
  await assertSecretRoutingByAdmin(ctx, agentId, input.config);
  return rules.manage;
}

builder.queryFields((t) => ({
  agents: t.prismaField({
    authScopes: rules.readAndAgent,
    type: ["Agent"],
    args: { status: t.arg({ type: AgentStatusEnum }) },
    resolve: (query, _root, { status }, ctx) =>
      ctx.db.agent.findMany({ ...query, where: status ? { status } : {}, orderBy: { name: "asc" } }),
  }),
  agent: t.prismaField({
    authScopes: rules.readAndAgent,
    type: "Agent",
    nullable: true,
    description: "One agent by id or by name.",
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (query, _root, { id, name }, ctx) => {
      if (id) return ctx.db.agent.findUnique({ ...query, where: { id: expectId("Agent", id) } });
      if (name) return ctx.db.agent.findUnique({ ...query, where: { name } });
      throw new BadInputError("agent needs an id or a name");
    },
  }),
}));

builder.mutationFields((t) => ({
  createAgent: t.prismaField({
    authScopes: (_r, args, ctx) => agentConfigRule(ctx, null, args.input),
    type: "Agent",
    args: { input: t.arg({ type: CreateAgentInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const input = oneBackend(args.input);
      return rowFor(ctx, "Agent", query, await ctx.services.agents.create(ctx.actor, input));
    },
  }),
  updateAgent: t.prismaField({
    authScopes: (_r, args, ctx) => agentConfigRule(ctx, args.id, args.input),
    type: "Agent",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAgentInput, required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const input = oneBackend(args.input);
      const agentId = expectId("Agent", args.id);
      return rowFor(ctx, "Agent", query, await ctx.services.agents.update(ctx.actor, agentId, input));
    },
  }),
  deleteAgent: t.id({
    authScopes: rules.manage,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.services.agents.delete(ctx.actor, expectId("Agent", id)),
  }),
}));

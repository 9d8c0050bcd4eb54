/**
 * Who may call what, as scopes: the roles of API keys, the scopes a request's key holds, and the rule
 * constants every type and root field of the schema declares (`authScopes`, read by
 * @pothos/plugin-scope-auth; src/schema/builder.ts). Deny by default: the schema does not build while an
 * object type or a root field has no rule (src/schema/rules-required.ts), and a schema walk in the tests
 * checks it. Pure: no GraphQL, no database.
 */
export const Role = { VIEWER: "VIEWER", OPERATOR: "OPERATOR", ADMIN: "ADMIN", AGENT: "AGENT" } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export interface Viewer {
  /** The key's id; null for the bootstrap key and when auth is off. */
  keyId: string | null;
  role: Role;
  /** The agent an AGENT key acts for. */
  agentId: string | null;
  name: string;
  /** When the key stops working (its long-lived streams end then); null or absent: never. */
  expiresAt?: Date | null;
  /** A run's own key: it holds only the `runKey` scope (it may ask for its run's tool approvals). */
  runId?: string | null;
}

/** The scopes a rule can name, with the parameter each takes. */
export interface AuthScopes {
  /** Any valid key, a run's own key included: the rule of the types that only carry what a field returned. */
  key: boolean;
  /** A key of one of these roles (a run's own key holds no role). */
  role: readonly Role[];
  /** Acting as this agent: an AGENT key only as its own (or when the argument is left out); any other role as anyone. */
  actingAs: string | null | undefined;
  /** An AGENT key whose own agent this is (strict: other roles do not hold it). */
  ownAgent: string | null | undefined;
  /** A run's own key (MC_API_KEY in the run's MCP server); with a run id, that run's own key. */
  runKey: boolean | string | null;
}

/** A rule: scopes that must hold, any of them unless `$all` says all. */
export type ScopeMap = { [K in keyof AuthScopes]?: AuthScopes[K] } & { $all?: ScopeMap; $any?: ScopeMap };

type ScopeLoaders = { [K in keyof AuthScopes]: boolean | ((param: AuthScopes[K]) => boolean) };

/** The scopes `viewer` holds: what @pothos/plugin-scope-auth evaluates every rule against. */
export function scopesOf(viewer: Viewer | null): ScopeLoaders {
  const run = !!viewer?.runId;
  const keyed = !!viewer && !run;
  return {
    key: !!viewer,
    role: (roles) => keyed && roles.includes(viewer!.role),
    actingAs: (agentId) => keyed && (viewer!.role !== "AGENT" || agentId == null || agentId === viewer!.agentId),
    ownAgent: (agentId) => keyed && viewer!.role === "AGENT" && agentId != null && agentId === viewer!.agentId,
    runKey: (runId) => run && (typeof runId !== "string" || runId === viewer!.runId),
  };
}

const READ: readonly Role[] = ["VIEWER", "OPERATOR", "ADMIN"];
const READ_AND_AGENT: readonly Role[] = ["VIEWER", "OPERATOR", "ADMIN", "AGENT"];
const MANAGE: readonly Role[] = ["OPERATOR", "ADMIN"];
const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
const WORK: readonly Role[] = ["OPERATOR", "ADMIN", "AGENT"];

/** The rules fields and types declare. Shared objects, so a request evaluates each once. */
export const rules = {
  /** Operators' reads: everyone but agents. */
  read: { role: READ },
  /** Reads an agent's work needs too. */
  readAndAgent: { role: READ_AND_AGENT },
  /** Managing projects, agents, tasks, runs, cron jobs, approvals. */
  manage: { role: MANAGE },
  /** Keys, webhooks, budgets, the shell backend. */
  admin: { role: ADMIN_ONLY },
  /** The agent protocol and collaboration: operators, and agents as themselves. */
  work: { role: WORK },
  /** Types that carry only what the field that returned them allowed (payloads, connections, edges). */
  anyKey: { key: true },
  /** Only a run's own key (live tool approvals). */
  runKey: { runKey: true },
} as const satisfies Record<string, ScopeMap>;

type Args = Record<string, unknown>;

/** The value at a dotted path of the arguments (`input.authorAgentId`). */
function at(args: Args, path: string): string | null | undefined {
  const value = path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Args)[k] : undefined), args);
  return typeof value === "string" ? value : value == null ? (value as null | undefined) : String(value);
}

/**
 * A root field's rule plus: an AGENT key acts only as its own agent, named by the argument at `path`
 * (left out, the key says who it is).
 */
export function asOwnAgent(rule: ScopeMap, path: string) {
  return (_parent: unknown, args: Args): ScopeMap => ({ $all: { ...rule, actingAs: at(args, path) } });
}

/**
 * A type whose rows belong to one agent (its notifications, its questions): operators' readers see all
 * of them, an AGENT key only its own agent's, wherever they are reached (a scoped list, a nested field,
 * `node`).
 */
export function readByOwner<T>(owner: (row: T) => string | null | undefined) {
  return (row: T): ScopeMap => ({ $any: { ...rules.read, ownAgent: owner(row) } });
}

/** A refusal, in the words a caller can act on, from what a rule needed and who asked. */
export function refusalMessage(what: string, needed: readonly NeededScope[], viewer: Viewer | null): string {
  if (viewer?.runId && !needed.some((n) => n.scope === "runKey")) {
    return `a run's own key may only ask for its run's approvals, not ${what}`;
  }
  const runOnly = needed.find((n) => n.scope === "runKey");
  if (runOnly && needed.length === 1) {
    return `${what} is called by a run's own key (MC_API_KEY in its MCP server)`;
  }
  const role = needed.find((n) => n.scope === "role");
  if (role && viewer && !(role.parameter as readonly Role[]).includes(viewer.role)) {
    return `${what} needs one of the roles ${(role.parameter as readonly Role[]).join(", ")}; this key is ${viewer.role}`;
  }
  const acting = needed.find((n) => n.scope === "actingAs" || n.scope === "ownAgent");
  if (acting && viewer?.role === "AGENT") {
    return `an AGENT key acts only as its own agent (${viewer.agentId}); ${what} names ${String(acting.parameter)}`;
  }
  return `${what} is not allowed for this ${viewer?.role ?? "anonymous"} key`;
}

export interface NeededScope {
  scope: string;
  parameter: unknown;
}

import { Writable } from "node:stream";
import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { createClient } from "graphql-ws";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { ConfigError, loadConfig } from "../src/config.js";
import { schema } from "../src/schema/index.js";
import RulesRequiredPlugin from "../src/schema/rules-required.js";
import { checkOutboundUrl, isPrivateAddress, OutboundRefusedError } from "../src/security/outbound.js";
import { type AuthScopes, ROLES, type Role, scopesOf } from "../src/security/roles.js";
import { TestActivityTypesDocument, TestAgentEventTypesDocument } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { wsLive } from "./helpers/live.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

/** What only a run's own key may call, whatever its role. */
const RUN_SCOPED = new Set(["Mutation.requestToolApproval"]);

/** The roles table as the security docs state it, written out independently of the schema's rules. */
const EXPECTED: Record<string, Role[]> = {
  "Query.node": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.agents": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.agent": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.projects": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.tasks": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.task": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.readyTasks": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.runningTasks": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.taskGraph": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.documents": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.documentsConnection": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.document": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.activity": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.apiKeys": ["ADMIN"],
  "Query.viewer": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Mutation.createProject": ["OPERATOR", "ADMIN"],
  "Mutation.createAgent": ["OPERATOR", "ADMIN"],
  "Mutation.updateAgent": ["OPERATOR", "ADMIN"],
  "Mutation.deleteAgent": ["OPERATOR", "ADMIN"],
  "Mutation.createTask": ["OPERATOR", "ADMIN"],
  "Mutation.createTasks": ["OPERATOR", "ADMIN"],
  "Mutation.updateTask": ["OPERATOR", "ADMIN"],
  "Mutation.deleteTask": ["OPERATOR", "ADMIN"],
  "Mutation.assignTask": ["OPERATOR", "ADMIN"],
  "Mutation.addDependency": ["OPERATOR", "ADMIN"],
  "Mutation.removeDependency": ["OPERATOR", "ADMIN"],
  "Mutation.setTaskStatus": ["OPERATOR", "ADMIN"],
  "Mutation.heartbeat": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.claimTask": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.appendTaskOutput": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.completeTask": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.completeAndClaim": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.failTask": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.releaseTask": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.reviewTask": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.createApiKey": ["ADMIN"],
  "Mutation.revokeApiKey": ["ADMIN"],
  "Subscription.taskOutput": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Subscription.taskEvents": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Subscription.activity": ["VIEWER", "OPERATOR", "ADMIN"],
  "Subscription.agentEvents": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.notifications": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.notificationsConnection": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.questions": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.questionsConnection": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.usage": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
  "Query.stats": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.standup": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.cronJobs": ["VIEWER", "OPERATOR", "ADMIN"],
  "Query.webhooks": ["ADMIN"],
  "Mutation.setProjectReviewer": ["OPERATOR", "ADMIN"],
  "Query.approvals": ["VIEWER", "OPERATOR", "ADMIN"],
  "Mutation.decideApproval": ["OPERATOR", "ADMIN"],
  "Mutation.setProjectSignOff": ["OPERATOR", "ADMIN"],
  "Subscription.approvals": ["VIEWER", "OPERATOR", "ADMIN"],
  "Mutation.requestToolApproval": ["AGENT"],
  "Mutation.runTask": ["OPERATOR", "ADMIN"],
  "Mutation.planGoal": ["OPERATOR", "ADMIN"],
  "Mutation.retryTask": ["OPERATOR", "ADMIN"],
  "Mutation.stopTask": ["OPERATOR", "ADMIN"],
  "Mutation.createCronJob": ["OPERATOR", "ADMIN"],
  "Mutation.pauseCronJob": ["OPERATOR", "ADMIN"],
  "Mutation.resumeCronJob": ["OPERATOR", "ADMIN"],
  "Mutation.deleteCronJob": ["OPERATOR", "ADMIN"],
  "Mutation.triggerCronJob": ["OPERATOR", "ADMIN"],
  "Mutation.answerQuestion": ["OPERATOR", "ADMIN"],
  "Mutation.dismissQuestion": ["OPERATOR", "ADMIN"],
  "Mutation.postMessage": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.markNotificationsRead": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.askQuestion": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.createDocument": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.updateDocument": ["OPERATOR", "ADMIN", "AGENT"],
  "Mutation.setBudget": ["ADMIN"],
  "Mutation.createWebhook": ["ADMIN"],
  "Mutation.deleteWebhook": ["ADMIN"],
  "Subscription.notifications": ["VIEWER", "OPERATOR", "ADMIN", "AGENT"],
};

function rootFields(): {
  name: string;
  kind: "Query" | "Mutation" | "Subscription";
  field: GraphQLField<unknown, unknown>;
}[] {
  const out = [];
  for (const kind of ["Query", "Mutation", "Subscription"] as const) {
    const type =
      kind === "Query"
        ? schema.getQueryType()
        : kind === "Mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    for (const field of Object.values(type?.getFields() ?? {}))
      out.push({ name: `${kind}.${field.name}`, kind, field });
  }
  return out;
}

const FAKE: Record<string, string> = {
  agent: "agent_0mwremvif0004cd8044ee971",
  task: "task_0mwremvif0004cd8044ee971",
  project: "proj_0mwremvif0004cd8044ee971",
  document: "doc_0mwremvif0004cd8044ee971",
  key: "key_0mwremvif0004cd8044ee971",
};

/** A syntactically valid value for a required argument (ids point nowhere: NOT_FOUND is fine). */
function sample(type: GraphQLInputType, argName: string, own: { agentId: string }): unknown {
  if (isNonNullType(type)) return sample(type.ofType, argName, own);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type)) obj[f.name] = sample(f.type, f.name, own);
    return obj;
  }
  switch (named.name) {
    case "ID": {
      if (/^agent/i.test(argName)) return own.agentId;
      const k = Object.keys(FAKE).find((p) => argName.toLowerCase().startsWith(p));
      return argName === "id" ? FAKE.task : FAKE[k ?? "task"];
    }
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTime":
      return "2099-01-01T00:00:00Z";
    case "JSON":
      return {};
    default:
      return "x";
  }
}

function operationFor(kind: string, field: GraphQLField<unknown, unknown>, own: { agentId: string }) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || a.name === "agentId");
  const defs = required.map((a, i) => `$a${i}: ${a.type.toString()}`).join(", ");
  const call = required.map((a, i) => `${a.name}: $a${i}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) ? " { __typename }" : "";
  const variables = Object.fromEntries(required.map((a, i) => [`a${i}`, sample(a.type, a.name, own)]));
  const op = kind.toLowerCase();
  return {
    query: `${op}${defs ? `(${defs})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`,
    variables,
  };
}

describe("the rules declared on the schema", () => {
  it("cover every object type and every query, mutation and subscription, as the documented table lists them", () => {
    const names = rootFields()
      .map((f) => f.name)
      .sort();
    expect(names).toEqual(Object.keys(EXPECTED).sort());
    const unruled: string[] = [];
    const rule = (ext: unknown) =>
      (ext as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
    for (const { name, field } of rootFields()) if (rule(field.extensions) === undefined) unruled.push(name);
    let types = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || isIntrospectionType(type)) continue;
      if ([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type)) continue;
      types += 1;
      if (rule(type.extensions) === undefined) unruled.push(type.name);
      // Nested fields are covered by their type's rule (run on every object of it): a field may add
      // its own, never remove it.
    }
    expect(types).toBeGreaterThan(40);
    expect(unruled).toEqual([]);
  });

  it("refuses to build a schema with a type or a root field that has no rule", () => {
    const make = () =>
      new SchemaBuilder<{ AuthScopes: AuthScopes; Context: { viewer: null } }>({
        // @ts-expect-error: the Prisma plugin's global types ask every builder for its options; not used here
        prisma: undefined,
        plugins: [RulesRequiredPlugin, ScopeAuthPlugin],
        scopeAuth: { authScopes: (ctx) => scopesOf(ctx.viewer) },
      });
    const ruled = make();
    ruled.queryType({});
    ruled.queryField("ok", (t) => t.string({ authScopes: { key: true }, resolve: () => "x" }));
    expect(() => ruled.toSchema()).not.toThrow();
    const bare = make();
    bare.queryType({});
    bare.queryField("somethingNew", (t) => t.string({ resolve: () => "x" }));
    expect(() => bare.toSchema()).toThrow(/Query.somethingNew has no access rule/);
    const untyped = make();
    untyped.queryType({});
    const Thing = untyped.objectRef<{ a: string }>("Thing").implement({ fields: (t) => ({ a: t.exposeString("a") }) });
    untyped.queryField("thing", (t) =>
      t.field({ type: Thing, authScopes: { key: true }, resolve: () => ({ a: "x" }) }),
    );
    expect(() => untyped.toSchema()).toThrow(/type Thing has no access rule/);
  });

  it("gives each key its scopes: roles, an AGENT key acting only as its own agent, a run's key nothing but its run", () => {
    const agent = scopesOf({ keyId: "key_x", role: "AGENT", agentId: "agent_me", name: "a" });
    const holds = (s: ReturnType<typeof scopesOf>, k: keyof AuthScopes, p: unknown) =>
      typeof s[k] === "function" ? (s[k] as (p: unknown) => boolean)(p) : s[k];
    expect(holds(agent, "actingAs", "agent_me")).toBe(true);
    expect(holds(agent, "actingAs", null)).toBe(true);
    expect(holds(agent, "actingAs", "agent_other")).toBe(false);
    expect(holds(agent, "ownAgent", "agent_me")).toBe(true);
    expect(holds(agent, "ownAgent", null)).toBe(false);
    expect(holds(agent, "runKey", true)).toBe(false);
    for (const role of ROLES) {
      const s = scopesOf({ keyId: "k", role, agentId: role === "AGENT" ? "agent_me" : null, name: "n" });
      expect(holds(s, "role", ROLES)).toBe(true);
      expect(
        holds(
          s,
          "role",
          ROLES.filter((r) => r !== role),
        ),
      ).toBe(false);
      expect(holds(s, "actingAs", "agent_other")).toBe(role !== "AGENT");
      expect(holds(s, "ownAgent", "agent_other")).toBe(false);
    }
    const run = scopesOf({ keyId: "k", role: "AGENT", agentId: "agent_me", name: "r", runId: "run_x" });
    expect(holds(run, "key", true)).toBe(true);
    expect(holds(run, "runKey", true)).toBe(true);
    expect(holds(run, "runKey", "run_x")).toBe(true);
    expect(holds(run, "runKey", "run_y")).toBe(false);
    expect(holds(run, "role", ROLES)).toBe(false);
    expect(holds(run, "actingAs", "agent_me")).toBe(false);
    expect(holds(run, "ownAgent", "agent_me")).toBe(false);
    const none = scopesOf(null);
    for (const k of ["key", "role", "actingAs", "ownAgent", "runKey"] as const)
      expect(holds(none, k, ROLES)).toBe(false);
  });
});

describe.each(PROVIDERS)("security on %s", (provider) => {
  let t: TestServer;
  const keys = {} as Record<Role, string>;
  let ownAgent: string;
  let otherAgent: string;
  beforeAll(async () => {
    t = await startTestServer(provider);
    ownAgent = (await makeAgent(t, { name: "keyed" })).id;
    otherAgent = (await makeAgent(t, { name: "someone-else" })).id;
    for (const role of ROLES) {
      const r = await t.ok(
        graphql(
          `mutation SecurityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id role } } }`,
        ),
        {
          i: { name: `${role} key`, role, agentId: role === "AGENT" ? ownAgent : null },
        },
      );
      keys[role] = r.createApiKey.secret;
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it("applies the table to every query and mutation over HTTP", async () => {
    for (const { name, kind, field } of rootFields()) {
      if (kind === "Subscription") continue;
      for (const role of ROLES) {
        const { query, variables } = operationFor(kind, field, { agentId: ownAgent });
        const r = await t.gql(query, variables, keys[role]);
        const code = r.errors?.[0]?.extensions?.code;
        if (EXPECTED[name]!.includes(role) && !RUN_SCOPED.has(name)) {
          expect(code, `${role} ${name}: ${JSON.stringify(r.errors)}`).not.toBe("FORBIDDEN");
          expect(code).not.toBe("UNAUTHENTICATED");
          expect(r.status).toBeLessThan(500);
        } else {
          expect(code, `${role} ${name}`).toBe("FORBIDDEN");
          expect(r.status).toBe(403);
        }
      }
    }
  }, 120_000);

  it("shows an AGENT key its own questions, usage and notifications only", async () => {
    await t.ok(
      graphql(`mutation SecurityAskQuestion($a: ID!) { askQuestion(agentId: $a, question: "mine?") { id } }`),
      { a: ownAgent },
    );
    await t.ok(
      graphql(`mutation SecurityAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: "theirs?") { id } }`),
      { a: otherAgent },
    );
    await t.ok(
      graphql(
        `mutation SecurityHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: "m", inputTokens: 1, outputTokens: 1, costUsd: 7 }]) { agent { id } } }`,
      ),
      { a: otherAgent },
    );
    const q = await t.gql(
      graphql(`query SecurityQuestions { questions { question agent { id } } usage { totalCostUsd } }`),
      {},
      keys.AGENT,
    );
    const texts = q.data!.questions.map((x) => x.question);
    expect(texts).toContain("mine?");
    expect(texts).not.toContain("theirs?");
    expect(q.data!.questions.every((x) => x.agent!.id === ownAgent)).toBe(true);
    expect(q.data!.usage.totalCostUsd).toBe(0);
    // The paged variant sees the same.
    const paged = await t.gql(
      graphql(
        `query SecurityQuestionsConnection { questionsConnection(first: 500) { edges { node { question agent { id } } } } }`,
      ),
      {},
      keys.AGENT,
    );
    const pagedTexts = paged.data!.questionsConnection.edges.map(
      (e: { node: { question: unknown } }) => e.node.question,
    );
    expect(pagedTexts).toContain("mine?");
    expect(pagedTexts).not.toContain("theirs?");
    const theirs = await t.gql(
      graphql(`query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }`),
      { a: otherAgent },
      keys.AGENT,
    );
    expect(theirs.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const theirsPaged = await t.gql(
      graphql(`query SecurityNotificationsConnection($a: ID!) { notificationsConnection(agentId: $a) { totalCount } }`),
      { a: otherAgent },
      keys.AGENT,
    );
    expect(theirsPaged.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const task = (await makeTask(t, { title: "mail" })).id;
    await t.ok(
      graphql(
        `mutation SecurityPostMessage($t: ID!) { postMessage(taskId: $t, content: "@someone-else look") { id } }`,
      ),
      { t: task },
    );
    const note = (
      await t.ok(graphql(`query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }`), {
        a: otherAgent,
      })
    ).notifications[0]!.id;
    const byNode = await t.gql(
      graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
      { id: note },
      keys.AGENT,
    );
    expect(byNode.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asOperator = await t.gql(
      graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
      { id: note },
      keys.OPERATOR,
    );
    expect(asOperator.data?.node?.id).toBe(note);
  });

  it("applies a type's rule wherever its objects are reached: nested fields and node as well as the root", async () => {
    const mine = (
      await t.ok(
        graphql(
          `mutation SecurityCreateTask($a: [ID!]) { createTask(input: { title: "mine to sign", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }`,
        ),
        { a: [ownAgent] },
      )
    ).createTask;
    const theirs = (
      await t.ok(
        graphql(
          `mutation SecurityCreateTask2($a: [ID!]) { createTask(input: { title: "theirs to sign", assigneeIds: $a, requiresSignOff: true }) { id signOff { id } } }`,
        ),
        { a: [otherAgent] },
      )
    ).createTask;
    const nested = graphql(
      `query SecurityTaskSignOff($id: ID!) { task(id: $id) { id title requiresSignOff signOff { id agent { id } } } }`,
    );
    // Approvals are operators' decisions: an AGENT key reads none, not even its own task's, at the root
    // (Query.approvals), nested, or by node; the rest of the task is still answered.
    for (const task of [mine, theirs]) {
      const r = await t.gql(nested, { id: task.id }, keys.AGENT);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(r.errors?.[0]?.path).toEqual(["task", "signOff"]);
      expect(r.errors?.[0]?.message).toMatch(/reading Approval needs one of the roles VIEWER, OPERATOR, ADMIN/);
      expect(r.data?.task).toMatchObject({ id: task.id, requiresSignOff: true, signOff: null });
      const list = await t.gql(
        graphql(`query SecurityTask($id: ID!) { task(id: $id) { approvals { id } } }`),
        { id: task.id },
        keys.AGENT,
      );
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const byNode = await t.gql(
        graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
        { id: task.signOff!.id },
        keys.AGENT,
      );
      expect(byNode.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    for (const role of ["VIEWER", "OPERATOR", "ADMIN"] as const) {
      const r = await t.gql(nested, { id: theirs.id }, keys[role]);
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.task!.signOff!.id).toBe(theirs.signOff!.id);
    }
    // Admin-only types stay admin-only through node; operators' types through node too.
    const key = (await t.ok(graphql(`query SecurityApiKeys { apiKeys { id } }`))).apiKeys[0]!.id;
    for (const role of ["VIEWER", "OPERATOR", "AGENT"] as const) {
      const r = await t.gql(
        graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
        { id: key },
        keys[role],
      );
      expect(r.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect(r.status).toBe(403);
    }
    const entry = (await t.ok(graphql(`query SecurityActivity { activity(first: 1) { edges { node { id } } } }`)))
      .activity.edges[0]!.node.id;
    const activityByNode = await t.gql(
      graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
      { id: entry },
      keys.AGENT,
    );
    expect(activityByNode.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await t.gql(graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`), { id: entry }, keys.VIEWER))
        .data!.node!.id,
    ).toBe(entry);
  });

  it("lets an AGENT key act only as its own agent", async () => {
    const own = await t.gql(
      graphql(`mutation SecurityHeartbeat2($a: ID!) { heartbeat(agentId: $a) { agent { id } } }`),
      { a: ownAgent },
      keys.AGENT,
    );
    expect(own.data?.heartbeat.agent.id).toBe(ownAgent);
    const other = await t.gql(
      graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`),
      { a: otherAgent },
      keys.AGENT,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const x = (
      await t.ok(
        graphql(
          `mutation SecurityCreateTask3($a: [ID!]) { createTask(input: { title: "for the agent", assigneeIds: $a, priority: CRITICAL }) { id } }`,
        ),
        { a: [ownAgent] },
      )
    ).createTask.id;
    const claimed = await t.gql(
      graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`),
      { a: ownAgent },
      keys.AGENT,
    );
    expect(claimed.data!.claimTask.task!.id).toBe(x);
    // agentId may be left out: the key says who it is.
    const out = await t.gql(
      graphql(`mutation SecurityAppendTaskOutput($t: ID!) { appendTaskOutput(taskId: $t, content: "hi") { seq } }`),
      { t: x },
      keys.AGENT,
    );
    expect(out.data?.appendTaskOutput.seq).toBe(1);
    const done = await t.gql(
      graphql(`mutation SecurityCompleteTask($t: ID!) { completeTask(taskId: $t) { status claimedBy { id } } }`),
      { t: x },
      keys.AGENT,
    );
    expect(done.data?.completeTask).toEqual({ status: "DONE", claimedBy: { id: ownAgent } });
    const who = await t.gql(graphql(`query SecurityViewer { viewer { role agent { id } keyId } }`), {}, keys.AGENT);
    expect(who.data?.viewer).toMatchObject({ role: "AGENT", agent: { id: ownAgent } });
    const feed = await t.ok(
      graphql(
        `query SecurityActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { actorType actorId } } } }`,
      ),
      { t: x },
    );
    expect(feed.activity.edges[0]!.node).toEqual({ actorType: "agent", actorId: ownAgent });
  });

  it("refuses missing, malformed, unknown, expired and revoked keys with UNAUTHENTICATED (401)", async () => {
    const none = await t.gql(graphql(`query HostileProjects { projects { id } }`), {}, null);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const bad of [
      "nonsense",
      `mc_${FAKE.key}_${"A".repeat(32)}`,
      keys.ADMIN.slice(0, -1) + (keys.ADMIN.endsWith("A") ? "B" : "A"),
    ]) {
      const r = await t.gql(graphql(`query HostileProjects { projects { id } }`), {}, bad);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(r.errors?.[0]?.message).toMatch(/not valid/);
    }
    const soon = new Date(Date.now() + 60_000).toISOString();
    const exp = await t.ok(
      graphql(
        `mutation SecurityCreateApiKey2($d: DateTime) { createApiKey(input: { name: "brief", role: VIEWER, expiresAt: $d }) { secret } }`,
      ),
      { d: soon },
    );
    expect(
      (await t.gql(graphql(`query HostileProjects { projects { id } }`), {}, exp.createApiKey.secret)).errors,
    ).toBeUndefined();
    t.clock.advance(61_000); // the server's clock, not a sleep
    const expired = await t.gql(graphql(`query HostileProjects { projects { id } }`), {}, exp.createApiKey.secret);
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
  });

  it("manages the key lifecycle: secret once, hash only, lastUsedAt, revocation at once on HTTP and WebSocket", async () => {
    const created = await t.ok(
      graphql(
        `mutation SecurityCreateApiKey3 { createApiKey(input: { name: "temp", role: OPERATOR }) { secret apiKey { id name role active lastUsedAt } } }`,
      ),
    );
    const { secret, apiKey } = created.createApiKey;
    expect(secret).toMatch(/^mc_key_[0-9a-z]{24}_[A-Za-z0-9_-]{32}$/);
    expect(apiKey).toMatchObject({ name: "temp", role: "OPERATOR", active: true, lastUsedAt: null });
    const row = await t.server.db.apiKey.findUnique({ where: { id: apiKey.id } });
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.slice(`mc_${apiKey.id}_`.length));
    expect((await t.gql(graphql(`query SecurityViewer2 { viewer { role } }`), {}, secret)).data?.viewer.role).toBe(
      "OPERATOR",
    );
    const listed = await t.ok(graphql(`query SecurityApiKeys2 { apiKeys { id lastUsedAt active } }`));
    expect(listed.apiKeys.find((k: { id: unknown }) => k.id === apiKey.id)!.lastUsedAt).not.toBeNull();

    const ws = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${secret}` },
      retryAttempts: 0,
    });
    const closed = new Promise<number>((resolve) => ws.on("closed", (e) => resolve((e as { code: number }).code)));
    const live = wsLive(ws, TestAgentEventTypesDocument);
    await new Promise<void>((resolve) => ws.on("connected", () => resolve()));
    await t.ok(graphql(`mutation SecurityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { revokedAt active } }`), {
      id: apiKey.id,
    });
    expect(await closed).toBe(4403);
    live.stop();
    const after = await t.gql(graphql(`query SecurityViewer2 { viewer { role } }`), {}, secret);
    expect(after.errors?.[0]?.message).toMatch(/revoked/);
    const audit = await t.ok(
      graphql(`query SecurityActivity3 { activity(first: 5) { edges { node { type summary } } } }`),
    );
    expect(audit.activity.edges.map((e: { node: { type: unknown } }) => e.node.type)).toContain("apikey.revoked");
  });

  it("closes WebSockets without a key (4401) or with a bad one (4403), and applies roles to subscriptions", async () => {
    const closeCode = (params: Record<string, unknown> | undefined) =>
      new Promise<number>((resolve) => {
        const c = createClient({
          url: t.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: params,
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => {},
        });
        c.on("closed", (e) => resolve((e as { code: number }).code));
      });
    expect(await closeCode(undefined)).toBe(4401);
    expect(await closeCode({ authorization: "Bearer nope" })).toBe(4403);
    const agentWs = t.ws({ authorization: `Bearer ${keys.AGENT}` });
    const denied = wsLive(agentWs, TestActivityTypesDocument);
    await expect(denied.next(() => true)).rejects.toThrow(/FORBIDDEN/);
  });

  it("audits admin reads", async () => {
    await t.ok(graphql(`query SecurityApiKeys { apiKeys { id } }`));
    const feed = await t.ok(
      graphql(`query SecurityActivity4 { activity(first: 3) { edges { node { type summary } } } }`),
    );
    expect(feed.activity.edges[0]!.node).toMatchObject({ type: "audit.admin_operation" });
    expect(feed.activity.edges[0]!.node.summary).toMatch(/Query.apiKeys/);
  });

  it("lets only ADMIN keys decide where an agent's API key goes (config.baseUrl, config.apiKeyEnv)", async () => {
    const create = (config: object, key: string) =>
      t.gql(
        graphql(`mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }`),
        { i: { name: `llm-${Math.random().toString(36).slice(2, 8)}`, backend: "openai", config } },
        key,
      );
    for (const config of [{ baseUrl: "https://collector.example.com/v1" }, { apiKeyEnv: "ANTHROPIC_API_KEY" }]) {
      const r = await create(config, keys.OPERATOR);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(config)).toBe("FORBIDDEN");
      expect(r.errors?.[0]?.message).toMatch(/only ADMIN keys may set config\.(baseUrl|apiKeyEnv)/);
    }
    // An ADMIN key configures the route; an operator may then change what does not route the key.
    const byAdmin = await create({ baseUrl: "https://llm.example.com/v1", apiKeyEnv: "LLM_API_KEY" }, keys.ADMIN);
    expect(byAdmin.errors).toBeUndefined();
    const id = byAdmin.data!.createAgent.id;
    const update = (config: object, key: string) =>
      t.gql(
        graphql(
          `mutation SecurityUpdateAgent($id: ID!, $c: JSON) { updateAgent(id: $id, input: { config: $c }) { id } }`,
        ),
        { id, c: config },
        key,
      );
    expect(
      (await update({ baseUrl: "https://llm.example.com/v1", apiKeyEnv: "LLM_API_KEY", maxTokens: 100 }, keys.OPERATOR))
        .errors,
    ).toBeUndefined();
    const moved = await update(
      { baseUrl: "https://collector.example.com/v1", apiKeyEnv: "LLM_API_KEY" },
      keys.OPERATOR,
    );
    expect(moved.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const rekeyed = await update({ baseUrl: "https://llm.example.com/v1", apiKeyEnv: "OTHER_API_KEY" }, keys.OPERATOR);
    expect(rekeyed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await update({ baseUrl: "https://llm2.example.com/v1" }, keys.ADMIN)).errors).toBeUndefined();
  });

  it("keeps the shell backend for ADMIN keys", async () => {
    const byOperator = await t.gql(
      graphql(`mutation SecurityCreateAgent { createAgent(input: { name: "sh", backend: "shell" }) { id } }`),
      {},
      keys.OPERATOR,
    );
    expect(byOperator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byAdmin = await t.gql(
      graphql(`mutation SecurityCreateAgent { createAgent(input: { name: "sh", backend: "shell" }) { id } }`),
      {},
      keys.ADMIN,
    );
    // Allowed for an admin, but this server has no MC_SHELL_ALLOW: the shell backend is off, and says so.
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(byAdmin.errors?.[0]?.message).toMatch(/MC_SHELL_ALLOW/);
  });
});

describe("limits", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite", {
      maxDepth: 6,
      maxAliases: 5,
      maxDirectives: 4,
      maxCost: 2000,
      maxTokens: 400,
      maxBodyBytes: 20_000,
    });
  });
  afterAll(async () => {
    await t?.close();
  });
  const code = async (query: string) => {
    const r = await t.gql(query);
    return [r.status, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message] as const;
  };

  it("refuses operations too deep, too aliased, too directive-laden, too costly or too long, with 4xx", async () => {
    expect(await code(`{ tasks { edges { node { project { tasks { edges { node { id } } } } } } } }`)).toEqual([
      400,
      "QUERY_TOO_COMPLEX",
      expect.stringMatching(/nests 8 levels deep; at most 6/),
    ]);
    expect(
      (await code(`{ a:projects{id} b:projects{id} c:projects{id} d:projects{id} e:projects{id} f:projects{id} }`))[1],
    ).toBe("QUERY_TOO_COMPLEX");
    expect(
      (
        await code(
          `{ projects @include(if: true) { id @skip(if: false) name @skip(if: false) description @skip(if: false) createdAt @skip(if: false) } }`,
        )
      )[1],
    ).toBe("QUERY_TOO_COMPLEX");
    expect(await code(`{ tasks(first: 500) { edges { node { id assignees { id } dependencies { id } } } } }`)).toEqual([
      400,
      "QUERY_TOO_COMPLEX",
      expect.stringMatching(/estimated cost/),
    ]);
    expect((await code(`{ projects { ${"id ".repeat(500)} } }`))[1]).toBe("QUERY_TOO_COMPLEX");
    expect((await code(`{ tasks(first: 10) { edges { node { id } } } }`))[1]).toBeUndefined();
  });

  it("answers 413 to a body over the limit, 415 to a form or text POST (CSRF), and hides field suggestions", async () => {
    const big = await fetch(t.url, {
      method: "POST",
      headers: { ...t.headers, "content-type": "application/json" },
      body: JSON.stringify({ query: `{ projects { id } }`, pad: "x".repeat(30_000) }),
    });
    expect(big.status).toBe(413);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const r = await fetch(t.url, {
        method: "POST",
        headers: { ...t.headers, "content-type": type },
        body: "query={projects{id}}",
      });
      expect(r.status).toBe(415);
    }
    const typo = await t.gql(`{ projectz { id } }`);
    expect(typo.errors?.[0]?.message).toMatch(/Cannot query field "projectz"/);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("closes a WebSocket that never sends connection_init (4408)", async () => {
    const quick = await startTestServer("sqlite", { wsInitTimeoutMs: 300 });
    try {
      const code = await new Promise<number>((resolve) => {
        const ws = new WebSocket(quick.wsUrl, "graphql-transport-ws");
        ws.on("close", (c) => resolve(c));
      });
      expect(code).toBe(4408);
    } finally {
      await quick.close();
    }
  });

  it("rate-limits a key with RATE_LIMITED (429)", async () => {
    const slow = await startTestServer("sqlite", { rateLimitPerSecond: 1, rateLimitBurst: 5 });
    try {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => slow.gql(graphql(`query HostileProjects { projects { id } }`))),
      );
      const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === "RATE_LIMITED");
      expect(limited.length).toBeGreaterThanOrEqual(3);
      expect(limited[0]!.status).toBe(429);
    } finally {
      await slow.close();
    }
  });
});

describe("bootstrap", () => {
  it("creates and prints one admin key on a first start without MC_ADMIN_KEY, and none after", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = pino({ level: "warn" }, sink);
    // The secret is printed once on stderr, never written into a log line (issue 14, item 14).
    const printed: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    let t: Awaited<ReturnType<typeof startTestServer>>;
    try {
      t = await startTestServer("sqlite", { adminKey: null }, logger);
    } finally {
      process.stderr.write = write;
    }
    try {
      const secret = /\n {2}(mc_key_\S+)\n/.exec(printed.join(""))?.[1];
      expect(secret).toMatch(/^mc_key_/);
      expect(lines.join("")).not.toContain(secret!);
      expect(lines.some((l) => /created an ADMIN key/.test(l))).toBe(true);
      expect((await t.gql(graphql(`query SecurityViewer2 { viewer { role } }`), {}, secret)).data?.viewer.role).toBe(
        "ADMIN",
      );
      expect(await t.server.services.apiKeys.bootstrap()).toBeNull();
      expect(await t.server.db.apiKey.count()).toBe(1);
    } finally {
      await t.close();
    }
  });

  it("accepts MC_AUTH=off only on loopback", () => {
    expect(loadConfig({ MC_AUTH: "off", HOST: "127.0.0.1" }).auth).toBe("off");
    expect(loadConfig({ MC_AUTH: "off", HOST: "::1" }).auth).toBe("off");
    expect(() => loadConfig({ MC_AUTH: "off", HOST: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => loadConfig({ MC_AUTH: "off", HOST: "192.168.1.10" })).toThrow(
      /only accepted when the server listens on loopback/,
    );
  });
});

describe("outbound requests (SSRF)", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "fd00:ec2::254",
    "::127.0.0.1",
    "::7f00:1",
    "::ffff:0:7f00:1",
    "::ffff:0:a9fe:a9fe",
    "64:ff9b::7f00:1",
    "64:ff9b::10.0.0.1",
    "64:ff9b:1::a9fe:a9fe",
    "2002:7f00:1::",
    "2002:c0a8:101::1",
    "2001:0:4136:e378:8000:63bf:80ff:fffe",
    "fec0::1",
    "fef0::1",
    "100::1",
    "2001:db8::1",
    "224.0.0.1",
    "255.255.255.255",
  ])("treats %s as private", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "2606:4700:4700::1111",
    "93.184.216.34",
    "64:ff9b::808:808", // NAT64 of a public address
    "2002:808:808::1", // 6to4 of a public address
  ])("treats %s as public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each([
    "http://127.0.0.1/hook",
    "http://localhost:8080/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data",
    "http://169.254.169.254/latest/meta-data/",
    "http://user:pass@example.com/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "not a url",
  ])("refuses %s", async (url) => {
    await expect(checkOutboundUrl(url, { allow: [] })).rejects.toBeInstanceOf(OutboundRefusedError);
  });

  it("allows an allowlisted private target and a public address", async () => {
    await expect(checkOutboundUrl("http://127.0.0.1:9999/x", { allow: ["127.0.0.1"] })).resolves.toBeInstanceOf(URL);
    await expect(checkOutboundUrl("http://10.1.2.3/x", { allow: ["10.0.0.0/8"] })).resolves.toBeInstanceOf(URL);
    await expect(checkOutboundUrl("https://8.8.8.8/", { allow: [] })).resolves.toBeInstanceOf(URL);
  });
});

/**
 * Approvals (issue 19, items 2 and 3). Sign-off before a run: a task that asks (itself, its project, or
 * its assignee's level) waits with a PENDING Approval of kind RUN; claims and auto-dispatch skip it until
 * an operator allows it; a denial cancels it. Live tool approvals: a claude-code run (a stand-in that
 * asks its permission-prompt tool over MCP as Claude Code does) waits on each call its policy sends to a
 * human. Only operators decide, never an agent.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentLevel, Role } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { wsLive } from "./helpers/live.js";
import { collect, PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;

const CLAIM = graphql(`mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`);
const DECIDE = graphql(`mutation ApprovalsDecideApproval($id: ID!, $allow: Boolean!, $m: String) {
  decideApproval(id: $id, allow: $allow, message: $m) { id kind status message decidedBy decidedAt task { id status } }
}`);
const TASK = graphql(
  `query ApprovalsTask($id: ID!) { task(id: $id) { status statusNote requiresSignOff signOff { id kind status agent { name } } } }`,
);

describe.each(PROVIDERS)("sign-off before a run on %s", (provider) => {
  let t: TestServer;
  let n = 0;
  const agent = async (level: AgentLevel = "SPECIALIST") =>
    (
      await t.ok(
        graphql(
          `mutation ApprovalsCreateAgent($n: String!, $l: AgentLevel) { createAgent(input: { name: $n, level: $l }) { id name } }`,
        ),
        { n: `so-${++n}`, l: level },
      )
    ).createAgent;
  const keyFor = async (role: Role, agentId?: string) =>
    (
      await t.ok(
        graphql(
          `mutation ApprovalsKeyFor($n: String!, $r: Role!, $a: ID) { createApiKey(input: { name: $n, role: $r, agentId: $a }) { secret } }`,
        ),
        { n: `k${++n}`, r: role, a: agentId ?? null },
      )
    ).createApiKey.secret;

  beforeAll(async () => {
    t = await startTestServer(provider, {
      signOffLevels: ["INTERN"],
      shellAllow: [NODE],
      schedulerEnabled: true,
      dispatchIntervalSeconds: 1,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("holds a task that asks for a sign-off out of the queue until an operator allows it", async () => {
    const a = await agent();
    const since = t.listening();
    const events = collect<{ approvals: { kind: string; status: string; task: { id: string } } }>(
      t.ws(),
      `subscription { approvals { kind status task { id } } }`,
      {},
      2,
    );
    await t.untilListening(since);
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask($a: ID!) { createTask(input: { title: "deploy", assigneeIds: [$a], requiresSignOff: true }) { id status signOff { id status } } }`,
      ),
      { a: a.id },
    );
    expect(task).toMatchObject({ status: "ASSIGNED", signOff: { status: "PENDING" } });
    // The queue skips it: the claim finds nothing, readyTasks and the pending list do not show it.
    expect((await t.ok(CLAIM, { a: a.id })).claimTask.outcome).toBe("NO_TASK");
    const ready = await t.ok(graphql(`query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }`), {
      a: a.id,
    });
    expect(ready.readyTasks).toEqual([]);
    const pending = await t.ok(
      graphql(`query ApprovalsApprovals { approvals { id kind status task { id } agent { name } } }`),
    );
    expect(pending.approvals).toEqual([
      { id: task.signOff!.id, kind: "RUN", status: "PENDING", task: { id: task.id }, agent: { name: a.name } },
    ]);

    // Allowed by an operator: claimable at once.
    const operator = await keyFor("OPERATOR");
    const decided = await t.gql(DECIDE, { id: task.signOff!.id, allow: true, m: "go ahead" }, operator);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideApproval).toMatchObject({
      kind: "RUN",
      status: "ALLOWED",
      message: "go ahead",
      task: { id: task.id, status: "ASSIGNED" },
    });
    expect((decided.data!.decideApproval as { decidedBy: string }).decidedBy).toMatch(/^k\d+$/);
    expect((await t.ok(CLAIM, { a: a.id })).claimTask).toEqual({ outcome: "CLAIMED", task: { id: task.id } });

    // Requested and allowed, on the subscription; both in the activity feed; the assignee was told.
    const seen = await events.done;
    expect(seen.map((e) => [e.approvals.kind, e.approvals.status, e.approvals.task.id])).toEqual([
      ["RUN", "PENDING", task.id],
      ["RUN", "ALLOWED", task.id],
    ]);
    const feed = await t.ok(
      graphql(`query ApprovalsActivity($id: ID!) { activity(taskId: $id) { edges { node { type } } } }`),
      { id: task.id },
    );
    expect(feed.activity.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual(
      expect.arrayContaining(["approval.requested", "approval.allowed"]),
    );
    const mail = await t.ok(
      graphql(`query ApprovalsNotifications($a: ID!) { notifications(agentId: $a) { kind task { id } } }`),
      { a: a.id },
    );
    expect(mail.notifications).toContainEqual({ kind: "APPROVAL", task: { id: task.id } });

    // Decided once: a second decision is a CONFLICT and changes nothing.
    const again = await t.gql(DECIDE, { id: task.signOff!.id, allow: false });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await t.ok(TASK, { id: task.id })).task!.signOff!.status).toBe("ALLOWED");
  });

  it("cancels a task whose sign-off is denied, with the operator's message", async () => {
    const a = await agent();
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask2($a: ID!) { createTask(input: { title: "drop the table", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }`,
      ),
      { a: a.id },
    );
    const denied = await t.ok(DECIDE, { id: task.signOff!.id, allow: false, m: "not in production" });
    expect(denied.decideApproval).toMatchObject({ status: "DENIED", task: { status: "CANCELLED" } });
    expect((await t.ok(TASK, { id: task.id })).task).toMatchObject({
      status: "CANCELLED",
      statusNote: "sign-off denied: not in production",
    });
    // CANCELLED is final: it never reaches the queue again.
    expect((await t.ok(CLAIM, { a: a.id })).claimTask.outcome).toBe("NO_TASK");
  });

  it("asks for the tasks of a project that requires it, and for an INTERN's (MC_SIGN_OFF_LEVELS), in batches too", async () => {
    const a = await agent();
    const intern = await agent("INTERN");
    const { createProject: p } = await t.ok(
      graphql(
        `mutation ApprovalsCreateProject($n: String!) { createProject(input: { name: $n, requiresSignOff: true }) { id requiresSignOff } }`,
      ),
      { n: `guarded-${provider}` },
    );
    expect(p.requiresSignOff).toBe(true);
    const { createTasks } = await t.ok(
      graphql(`mutation ApprovalsCreateTasks($p: ID!, $a: ID!, $i: ID!) { createTasks(input: [
        { ref: "in-project", title: "in the project", projectId: $p, assigneeIds: [$a] },
        { ref: "intern", title: "an intern's", assigneeIds: [$i] },
        { ref: "free", title: "free to run", assigneeIds: [$a] },
        { ref: "later", title: "after it", assigneeIds: [$a], dependsOnRefs: ["in-project"], projectId: $p }
      ]) { title status signOff { status } } }`),
      { p: p.id, a: a.id, i: intern.id },
    );
    expect(
      createTasks.map((x: { title: string; signOff: { status: string } | null }) => [
        x.title,
        x.signOff?.status ?? null,
      ]),
    ).toEqual([
      ["in the project", "PENDING"],
      ["an intern's", "PENDING"],
      ["free to run", null],
      ["after it", "PENDING"],
    ]);
    // Assigning a task to an INTERN asks for it too.
    const { createTask: solo } = await t.ok(
      graphql(`mutation ApprovalsCreateTask3 { createTask(input: { title: "unassigned" }) { id signOff { id } } }`),
    );
    expect(solo.signOff).toBeNull();
    await t.ok(
      graphql(`mutation ApprovalsAssignTask($id: ID!, $i: ID!) { assignTask(taskId: $id, agentIds: [$i]) { id } }`),
      {
        id: solo.id,
        i: intern.id,
      },
    );
    expect((await t.ok(TASK, { id: solo.id })).task!.signOff).toMatchObject({
      status: "PENDING",
      agent: { name: intern.name },
    });
    // Only the free task can be claimed.
    expect((await t.ok(CLAIM, { a: a.id })).claimTask.task).toMatchObject({});
    const held = await t.ok(graphql(`query ApprovalsAgent($a: ID!) { agent(id: $a) { currentTasks { title } } }`), {
      a: a.id,
    });
    expect(held.agent!.currentTasks).toEqual([{ title: "free to run" }]);
    expect((await t.ok(CLAIM, { a: intern.id })).claimTask.outcome).toBe("NO_TASK");
  });

  it("lets only operators decide: not a VIEWER, not an AGENT key, never for its own agent", async () => {
    const a = await agent();
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask4($a: ID!) { createTask(input: { title: "guarded", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }`,
      ),
      { a: a.id },
    );
    for (const key of [await keyFor("VIEWER"), await keyFor("AGENT", a.id)]) {
      const r = await t.gql(DECIDE, { id: task.signOff!.id, allow: true }, key);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const stillPending = await t.ok(
      graphql(`query ApprovalsNode($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }`),
      {
        id: task.signOff!.id,
      },
    );
    expect(stillPending.node).toEqual({ status: "PENDING", decidedBy: null });
    // An AGENT key does not read approvals through node() either.
    const agentKey = await keyFor("AGENT", a.id);
    const peek = await t.gql(
      graphql(`query ApprovalsNode2($id: ID!) { node(id: $id) { id } }`),
      { id: task.signOff!.id },
      agentKey,
    );
    expect(peek.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await t.gql(DECIDE, { id: "apr_nope", allow: true });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps auto-dispatch off a server-side task until it is signed off, then runs it", async () => {
    const { createAgent: sh } = await t.ok(
      graphql(
        `mutation ApprovalsCreateShell($n: String!) { createAgent(input: { name: $n, backendType: SHELL, level: LEAD }) { id } }`,
      ),
      { n: `so-shell-${provider}` },
    );
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask5($a: ID!, $c: [String!]) { createTask(input: { title: "signed run", assigneeIds: [$a], requiresSignOff: true, command: $c }) { id signOff { id } } }`,
      ),
      { a: sh.id, c: [NODE, "-e", "console.log('ran')"] },
    );
    // The dispatcher runs a task of the same agent created after it, which needs no sign-off: the one
    // that waits is passed over, not merely not reached yet.
    const { createTask: free } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask6($a: ID!, $c: [String!]) { createTask(input: { title: "unsigned run", assigneeIds: [$a], command: $c }) { id } }`,
      ),
      { a: sh.id, c: [NODE, "-e", "console.log('ran')"] },
    );
    await waitFor(
      async () => (await t.ok(TASK, { id: free.id })).task!.status === "DONE",
      20_000,
      "the task that needs no sign-off to run",
    );
    expect((await t.ok(TASK, { id: task.id })).task!.status).toBe("ASSIGNED");
    await t.ok(DECIDE, { id: task.signOff!.id, allow: true });
    await waitFor(
      async () => (await t.ok(TASK, { id: task.id })).task!.status === "DONE",
      20_000,
      "the signed-off task to run",
    );
  });
});

const FAKE_CLAUDE = path.resolve("tests/fixtures/fake-claude-approvals.mjs");
const POLICY = {
  allow: ["Read"],
  confirm: ["Bash(rm *)", "Edit(*)"],
  deny: ["Bash(curl *)"],
  unlisted: "deny",
};
const toolLine = (tool_name: string, input: Record<string, unknown>) => `TOOL ${JSON.stringify({ tool_name, input })}`;

/** A claude-code agent (the stand-in) whose policy sends some tool calls to an operator. */
async function claudeAgent(t: TestServer, name: string) {
  return (
    await makeAgent(t, {
      name,
      backendType: "CLAUDE_CODE",
      level: "LEAD",
      config: { executable: FAKE_CLAUDE, permissions: POLICY },
    })
  ).id;
}

/** Polls `t` until a PENDING approval of `tool` on `taskId` shows up. */
async function pendingApproval(t: TestServer, taskId: string, tool: string) {
  return waitFor(
    async () => {
      const { approvals } = await t.ok(
        graphql(
          `query ApprovalsApprovals2($t: ID) { approvals(taskId: $t) { id kind tool input run { id } agent { id } } }`,
        ),
        {
          t: taskId,
        },
      );
      return approvals.find((a) => a.tool === tool) ?? null;
    },
    30_000,
    `a PENDING approval of ${tool}`,
  );
}

async function settled(t: TestServer, id: string) {
  return waitFor(
    async () => {
      const { task } = await t.ok(graphql(`query ApprovalsTask2($id: ID!) { task(id: $id) { status result error } }`), {
        id,
      });
      return ["DONE", "FAILED"].includes(task!.status) ? task : null;
    },
    60_000,
    "the run to finish",
  );
}

describe.each(PROVIDERS)("live tool approvals on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider, { shellAllow: [NODE, FAKE_CLAUDE] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("asks an operator about confirm-listed calls while the run waits; a deny reaches the agent, an allow lets it proceed", async () => {
    const agent = await claudeAgent(t, "cc-live");
    const since = t.listening();
    const events = collect<{ approvals: { kind: string; status: string; tool: string } }>(
      t.ws(),
      `subscription { approvals { kind status tool } }`,
      {},
      4,
    );
    await t.untilListening(since);
    const description = [
      toolLine("Bash", { command: "rm -rf build" }),
      toolLine("Bash", { command: "curl http://example.com" }),
      toolLine("Edit", { file_path: "/etc/passwd", new_string: "x" }),
      toolLine("WebFetch", { url: "http://example.com" }),
      toolLine("Read", { file_path: "README.md" }),
    ].join("\n");
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask7($a: ID!, $d: String!) { createTask(input: { title: "live approvals", description: $d, assigneeIds: [$a] }) { id } }`,
      ),
      { a: agent, d: description },
    );
    // Whoever watches the task hears each request and decision on its events.
    const watching = t.listening();
    const watch = wsLive(
      t.ws(),
      graphql(`subscription ApprovalsTaskEvents($t: ID!) { taskEvents(taskId: $t) { type task { id } } }`),
      { t: task.id },
    );
    await t.untilListening(watching);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task.id });

    // The run waits on rm -rf: a PENDING approval of the run, on its agent, with the call's input.
    const rm = await pendingApproval(t, task.id, "Bash");
    expect(rm).toMatchObject({ kind: "TOOL", input: { command: "rm -rf build" }, agent: { id: agent } });
    expect(rm.run!.id).toMatch(/^run_/);
    // No agent decides it: an AGENT key of that very agent is refused, and so is the run's own key's scope.
    const agentKey = (
      await t.ok(
        graphql(
          `mutation ApprovalsCreateApiKey($a: ID) { createApiKey(input: { name: "cc-live key", role: AGENT, agentId: $a }) { secret } }`,
        ),
        {
          a: agent,
        },
      )
    ).createApiKey.secret;
    const self = await t.gql(
      graphql(`mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }`),
      { id: rm.id },
      agentKey,
    );
    expect(self.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await t.ok(
      graphql(
        `mutation ApprovalsDecideApproval3($id: ID!) { decideApproval(id: $id, allow: false, message: "not the build folder") { id } }`,
      ),
      {
        id: rm.id,
      },
    );

    // Then Edit: allowed, with the operator's own input instead.
    const edit = await pendingApproval(t, task.id, "Edit");
    await t.ok(
      graphql(
        `mutation ApprovalsDecideApproval4($id: ID!, $u: JSON) { decideApproval(id: $id, allow: true, updatedInput: $u) { id } }`,
      ),
      {
        id: edit.id,
        u: { file_path: "/tmp/safe.txt", new_string: "x" },
      },
    );

    const done = await settled(t, task.id);
    expect(done.status).toBe("DONE");
    const approvalEvents = watch.events.map((e) => e.taskEvents.type).filter((x) => x.startsWith("approval_"));
    expect(approvalEvents).toEqual([
      "approval_requested",
      "approval_decided",
      "approval_requested",
      "approval_decided",
    ]);
    watch.stop();
    expect(done.result!.split("\n")).toEqual([
      "Bash denied: not the build folder",
      "Bash denied: the agent's permissions do not allow Bash here",
      'Edit allowed {"file_path":"/tmp/safe.txt","new_string":"x"}',
      "WebFetch denied: the agent's permissions do not allow WebFetch here",
      'Read allowed {"file_path":"README.md"}',
    ]);
    // The operator saw only what the policy sent to a human, requested then decided.
    expect((await events.done).map((e) => [e.approvals.tool, e.approvals.status])).toEqual([
      ["Bash", "PENDING"],
      ["Bash", "DENIED"],
      ["Edit", "PENDING"],
      ["Edit", "ALLOWED"],
    ]);
    // The policy's own answers are recorded too, decided by "policy".
    const denied = await t.ok(
      graphql(`query ApprovalsApprovals3($t: ID) { approvals(taskId: $t, status: DENIED) { tool decidedBy message } }`),
      {
        t: task.id,
      },
    );
    expect(denied.approvals.map((a) => [a.tool, a.decidedBy])).toEqual([
      ["Bash", "MC_ADMIN_KEY"],
      ["Bash", "policy"],
      ["WebFetch", "policy"],
    ]);
    // The run's own key ended with the run.
    const keys = await t.ok(graphql(`query ApprovalsApiKeys { apiKeys { name active } }`));
    expect(keys.apiKeys.filter((k: { name: string }) => k.name.startsWith("run "))).toEqual([
      { name: expect.stringMatching(/^run run_/), active: false },
    ]);
  }, 120_000);

  it("refuses a call nobody decides in time (EXPIRED), and a run's key cannot do anything else", async () => {
    const agent = await claudeAgent(t, "cc-expiry");
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ApprovalsCreateTask8($a: ID!, $d: String!) { createTask(input: { title: "expiry", description: $d, assigneeIds: [$a] }) { id } }`,
      ),
      { a: agent, d: toolLine("Edit", { file_path: "a.txt" }) },
    );
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task.id });
    const edit = await pendingApproval(t, task.id, "Edit");
    t.clock.advance(601_000); // past MC_APPROVAL_TIMEOUT_SECONDS (600)
    const done = await settled(t, task.id);
    expect(done.result).toBe("Edit denied: no operator decided within 600 s");
    const late = await t.gql(
      graphql(`mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }`),
      { id: edit.id },
    );
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const { node } = await t.ok(
      graphql(`query ApprovalsNode($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }`),
      {
        id: edit.id,
      },
    );
    expect(node).toEqual({ status: "EXPIRED", decidedBy: "timeout" });
    // requestToolApproval is for a run's own key only.
    const r = await t.gql(
      graphql(`mutation ApprovalsRequestToolApproval { requestToolApproval(tool: "Bash") { id } }`),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  }, 120_000);
});

const pgUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
describe.skipIf(!pgUrl || !redisUrl)("live tool approvals across two instances", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer("postgresql", { redisUrl: redisUrl!, shellAllow: [NODE, FAKE_CLAUDE] });
    b = await startTestServer("postgresql", {
      redisUrl: redisUrl!,
      shellAllow: [NODE, FAKE_CLAUDE],
      databaseUrl: a.config.databaseUrl,
    });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("releases a run waiting on one instance when an operator decides on the other", async () => {
    const agent = await claudeAgent(a, "cc-two");
    const { createTask: task } = await a.ok(
      graphql(
        `mutation ApprovalsCreateTask9($a: ID!, $d: String!) { createTask(input: { title: "two instances", description: $d, assigneeIds: [$a] }) { id } }`,
      ),
      { a: agent, d: toolLine("Bash", { command: "rm -rf dist" }) },
    );
    await a.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task.id });
    const rm = await pendingApproval(b, task.id, "Bash");
    await b.ok(graphql(`mutation ApprovalsDecideApproval2($id: ID!) { decideApproval(id: $id, allow: true) { id } }`), {
      id: rm.id,
    });
    const done = await settled(a, task.id);
    expect(done.result).toBe('Bash allowed {"command":"rm -rf dist"}');
  }, 120_000);
});

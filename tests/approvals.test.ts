/**
 * Sign-off before a run (issue 19, item 3): a task that asks (itself, its project, or its assignee's
 * level) waits with a PENDING Approval of kind RUN; claims and auto-dispatch skip it until an operator
 * allows it; a denial cancels it; only operators decide, never an agent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;

const CLAIM = `mutation($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`;
const DECIDE = `mutation($id: ID!, $allow: Boolean!, $m: String) {
  decideApproval(id: $id, allow: $allow, message: $m) { id kind status message decidedBy decidedAt task { id status } }
}`;
const TASK = `query($id: ID!) { task(id: $id) { status statusNote requiresSignOff signOff { id kind status agent { name } } } }`;

describe.each(PROVIDERS)("sign-off before a run on %s", (provider) => {
  let t: TestServer;
  let n = 0;
  const agent = async (level = "SPECIALIST", extra = "") => {
    const name = `so-${++n}`;
    return (await t.ok(`mutation { createAgent(input: { name: "${name}", level: ${level}${extra} }) { id name } }`))
      .createAgent as { id: string; name: string };
  };
  const keyFor = async (role: string, agentId?: string) =>
    (
      await t.ok(
        `mutation($a: ID) { createApiKey(input: { name: "k${++n}", role: ${role}, agentId: $a }) { secret } }`,
        { a: agentId ?? null },
      )
    ).createApiKey.secret as string;

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
      `mutation($a: ID!) { createTask(input: { title: "deploy", assigneeIds: [$a], requiresSignOff: true }) { id status signOff { id status } } }`,
      { a: a.id },
    );
    expect(task).toMatchObject({ status: "ASSIGNED", signOff: { status: "PENDING" } });
    // The queue skips it: the claim finds nothing, readyTasks and the pending list do not show it.
    expect((await t.ok(CLAIM, { a: a.id })).claimTask.outcome).toBe("NO_TASK");
    const ready = await t.ok(`query($a: ID!) { readyTasks(agentId: $a) { id } }`, { a: a.id });
    expect(ready.readyTasks).toEqual([]);
    const pending = await t.ok(`{ approvals { id kind status task { id } agent { name } } }`);
    expect(pending.approvals).toEqual([
      { id: task.signOff.id, kind: "RUN", status: "PENDING", task: { id: task.id }, agent: { name: a.name } },
    ]);

    // Allowed by an operator: claimable at once.
    const operator = await keyFor("OPERATOR");
    const decided = await t.gql(DECIDE, { id: task.signOff.id, allow: true, m: "go ahead" }, operator);
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
    const feed = await t.ok(`query($id: ID!) { activity(taskId: $id) { edges { node { type } } } }`, { id: task.id });
    expect(feed.activity.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual(
      expect.arrayContaining(["approval.requested", "approval.allowed"]),
    );
    const mail = await t.ok(`query($a: ID!) { notifications(agentId: $a) { kind task { id } } }`, { a: a.id });
    expect(mail.notifications).toContainEqual({ kind: "APPROVAL", task: { id: task.id } });

    // Decided once: a second decision is a CONFLICT and changes nothing.
    const again = await t.gql(DECIDE, { id: task.signOff.id, allow: false });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await t.ok(TASK, { id: task.id })).task.signOff.status).toBe("ALLOWED");
  });

  it("cancels a task whose sign-off is denied, with the operator's message", async () => {
    const a = await agent();
    const { createTask: task } = await t.ok(
      `mutation($a: ID!) { createTask(input: { title: "drop the table", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }`,
      { a: a.id },
    );
    const denied = await t.ok(DECIDE, { id: task.signOff.id, allow: false, m: "not in production" });
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
      `mutation { createProject(input: { name: "guarded-${provider}", requiresSignOff: true }) { id requiresSignOff } }`,
    );
    expect(p.requiresSignOff).toBe(true);
    const { createTasks } = await t.ok(
      `mutation($p: ID!, $a: ID!, $i: ID!) { createTasks(input: [
        { ref: "in-project", title: "in the project", projectId: $p, assigneeIds: [$a] },
        { ref: "intern", title: "an intern's", assigneeIds: [$i] },
        { ref: "free", title: "free to run", assigneeIds: [$a] },
        { ref: "later", title: "after it", assigneeIds: [$a], dependsOnRefs: ["in-project"], projectId: $p }
      ]) { title status signOff { status } } }`,
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
      `mutation { createTask(input: { title: "unassigned" }) { id signOff { id } } }`,
    );
    expect(solo.signOff).toBeNull();
    await t.ok(`mutation($id: ID!, $i: ID!) { assignTask(taskId: $id, agentIds: [$i]) { id } }`, {
      id: solo.id,
      i: intern.id,
    });
    expect((await t.ok(TASK, { id: solo.id })).task.signOff).toMatchObject({
      status: "PENDING",
      agent: { name: intern.name },
    });
    // Only the free task can be claimed.
    expect((await t.ok(CLAIM, { a: a.id })).claimTask.task).toMatchObject({});
    const held = await t.ok(`query($a: ID!) { agent(id: $a) { currentTasks { title } } }`, { a: a.id });
    expect(held.agent.currentTasks).toEqual([{ title: "free to run" }]);
    expect((await t.ok(CLAIM, { a: intern.id })).claimTask.outcome).toBe("NO_TASK");
  });

  it("lets only operators decide: not a VIEWER, not an AGENT key, never for its own agent", async () => {
    const a = await agent();
    const { createTask: task } = await t.ok(
      `mutation($a: ID!) { createTask(input: { title: "guarded", assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }`,
      { a: a.id },
    );
    for (const key of [await keyFor("VIEWER"), await keyFor("AGENT", a.id)]) {
      const r = await t.gql(DECIDE, { id: task.signOff.id, allow: true }, key);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const stillPending = await t.ok(`query($id: ID!) { node(id: $id) { ... on Approval { status decidedBy } } }`, {
      id: task.signOff.id,
    });
    expect(stillPending.node).toEqual({ status: "PENDING", decidedBy: null });
    // An AGENT key does not read approvals through node() either.
    const agentKey = await keyFor("AGENT", a.id);
    const peek = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: task.signOff.id }, agentKey);
    expect(peek.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await t.gql(DECIDE, { id: "apr_nope", allow: true });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps auto-dispatch off a server-side task until it is signed off, then runs it", async () => {
    const { createAgent: sh } = await t.ok(
      `mutation { createAgent(input: { name: "so-shell-${provider}", backendType: SHELL, level: LEAD }) { id } }`,
    );
    const { createTask: task } = await t.ok(
      `mutation($a: ID!, $c: [String!]) { createTask(input: { title: "signed run", assigneeIds: [$a], requiresSignOff: true, command: $c }) { id signOff { id } } }`,
      { a: sh.id, c: [NODE, "-e", "console.log('ran')"] },
    );
    // Several dispatch passes go by (1 s apart): it is not started.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await t.ok(TASK, { id: task.id })).task.status).toBe("ASSIGNED");
    await t.ok(DECIDE, { id: task.signOff.id, allow: true });
    await waitFor(
      async () => (await t.ok(TASK, { id: task.id })).task.status === "DONE",
      20_000,
      "the signed-off task to run",
    );
  });
});

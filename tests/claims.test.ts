import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TestAgentEventStatusDocument,
  TestOutputResumedDocument,
  TestTaskEventStatusAttemptsDocument,
} from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { sseLive, wsLive } from "./helpers/live.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

const CLAIM = graphql(
  `mutation ClaimsClaimTask($a: ID!, $c: Int) { claimTask(agentId: $a, maxCapacity: $c) { outcome task { id title status attempts claimedBy { name } leaseExpiresAt } } }`,
);

describe.each(PROVIDERS)("agent protocol on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  let seq = 0;
  const agent = async (extra: Record<string, unknown> = {}) =>
    (
      await t.ok(graphql(`mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }`), {
        i: { name: `agent-${provider}-${++seq}`, ...extra },
      })
    ).createAgent;
  const project = async () =>
    (
      await t.ok(graphql(`mutation ClaimsCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`), {
        n: `p-${++seq}`,
      })
    ).createProject.id;
  const task = async (input: Record<string, unknown>) =>
    (
      await t.ok(
        graphql(`mutation ClaimsCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id title status } }`),
        {
          i: { title: `t-${++seq}`, ...input },
        },
      )
    ).createTask;
  const claim = (agentId: string, maxCapacity?: number) => t.ok(CLAIM, { a: agentId, c: maxCapacity });
  const get = async (id: string) =>
    (
      await t.ok(
        graphql(
          `query ClaimsTask($id: ID!) { task(id: $id) { id status attempts error statusNote claimedBy { id } leaseExpiresAt } }`,
        ),
        { id },
      )
    ).task;

  describe("claimTask", () => {
    it("takes the agent's own tasks by priority, then due date (none last), then age", async () => {
      const a = await agent();
      const low = await task({ priority: "LOW", assigneeIds: [a.id] });
      const noDue = await task({ priority: "HIGH", assigneeIds: [a.id] });
      const late = await task({ priority: "HIGH", assigneeIds: [a.id], dueAt: "2031-06-01T00:00:00Z" });
      const soon = await task({ priority: "HIGH", assigneeIds: [a.id], dueAt: "2030-06-01T00:00:00Z" });
      const crit = await task({ priority: "CRITICAL", assigneeIds: [a.id] });
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await claim(a.id, 10);
        expect(r.claimTask.outcome).toBe("CLAIMED");
        order.push(r.claimTask.task!.id);
      }
      expect(order).toEqual([crit.id, soon.id, late.id, noDue.id, low.id]);
      const first = await get(crit.id);
      expect(first).toMatchObject({ status: "IN_PROGRESS", attempts: 1, claimedBy: { id: a.id } });
      expect(new Date(first!.leaseExpiresAt!).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    });

    it("answers AT_CAPACITY at the agent's maxCapacity (or the argument) and changes nothing", async () => {
      const a = await agent({ maxCapacity: 2 });
      const p = await project();
      for (let i = 0; i < 4; i++) await task({ assigneeIds: [a.id], projectId: p });
      expect((await claim(a.id)).claimTask.outcome).toBe("CLAIMED");
      expect((await claim(a.id)).claimTask.outcome).toBe("CLAIMED");
      const before = await t.ok(
        graphql(
          `query ClaimsTasks($p: ID!) { tasks(filter: { projectId: $p, status: ASSIGNED }) { totalCount } activity { totalCount } }`,
        ),
        { p },
      );
      expect((await claim(a.id)).claimTask).toEqual({ outcome: "AT_CAPACITY", task: null });
      expect(
        await t.ok(
          graphql(
            `query ClaimsTasks($p: ID!) { tasks(filter: { projectId: $p, status: ASSIGNED }) { totalCount } activity { totalCount } }`,
          ),
          { p },
        ),
      ).toEqual(before);
      expect((await claim(a.id, 3)).claimTask.outcome).toBe("CLAIMED");
      expect((await claim(a.id, 1)).claimTask.outcome).toBe("AT_CAPACITY");
    });

    it("skips tasks with unfinished dependencies, others' tasks and unmatched specialties; takes unassigned inbox work", async () => {
      const a = await agent({ specialties: ["python"] });
      const other = await agent();
      const dep = await task({ assigneeIds: [other.id] });
      await task({ assigneeIds: [a.id], dependsOn: [dep.id], priority: "CRITICAL" });
      await task({ assigneeIds: [other.id], priority: "CRITICAL" });
      await task({ assigneeIds: [a.id], requiredSpecialties: ["python", "rust"], priority: "CRITICAL" });
      const ok = await task({ assigneeIds: [a.id], requiredSpecialties: ["python"], priority: "HIGH" });
      const r = await claim(a.id, 10);
      expect(r.claimTask.task!.id).toBe(ok.id);
      const lonely = await agent({ specialties: ["cobol"] });
      const inbox = await task({ priority: "CRITICAL", dueAt: "2000-01-01T00:00:00Z", requiredSpecialties: ["cobol"] });
      expect((await claim(lonely.id)).claimTask.task!.id).toBe(inbox.id);
      const none = await agent({ specialties: ["haskell"] });
      await t.ok(
        graphql(`mutation ClaimsSetTaskStatus($id: ID!) { setTaskStatus(taskId: $id, status: CANCELLED) { id } }`),
        {
          id: (await task({ requiredSpecialties: ["zig"] })).id,
        },
      );
      // Every remaining unassigned inbox task requires a specialty this agent lacks, or is not ready.
      const ready = await t.ok(
        graphql(`query ClaimsReadyTasks($a: ID) { readyTasks(agentId: $a) { requiredSpecialties } }`),
        { a: none.id },
      );
      for (const x of ready.readyTasks) expect(x.requiredSpecialties.every((s: string) => s === "haskell")).toBe(true);
    });

    it("takes several tasks at once with limit, in claim order and within capacity", async () => {
      const a = await agent({ maxCapacity: 3 });
      const made = [];
      for (const priority of ["LOW", "CRITICAL", "HIGH", "MEDIUM", "CRITICAL"])
        made.push(await task({ priority, assigneeIds: [a.id] }));
      const many = graphql(
        `mutation ClaimsClaimMany($a: ID!, $l: Int) { claimTask(agentId: $a, limit: $l) { outcome task { id } tasks { id status claimedBy { id } } } }`,
      );
      const r = await t.ok(many, { a: a.id, l: 10 });
      expect(r.claimTask.outcome).toBe("CLAIMED");
      expect(r.claimTask.tasks.map((x: { id: string }) => x.id)).toEqual([made[1]!.id, made[4]!.id, made[2]!.id]);
      expect(r.claimTask.task!.id).toBe(made[1]!.id);
      for (const x of r.claimTask.tasks) expect(x).toMatchObject({ status: "IN_PROGRESS", claimedBy: { id: a.id } });
      // At capacity: nothing more, and the answer says so.
      expect((await t.ok(many, { a: a.id, l: 10 })).claimTask).toEqual({
        outcome: "AT_CAPACITY",
        task: null,
        tasks: [],
      });
      // A limit outside 1-100 is the client's input, and changes nothing.
      const bad = await t.gql(many, { a: a.id, l: 0 });
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await get(made[3]!.id))!.status).toBe("ASSIGNED");
    });

    it("treats the operator's maxCapacity as a ceiling for AGENT keys, not for operators", async () => {
      const a = await agent({ maxCapacity: 1 });
      const key = (
        await t.ok(
          graphql(`mutation ClaimsCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`),
          {
            i: { name: `agent key ${a.name}`, role: "AGENT", agentId: a.id },
          },
        )
      ).createApiKey.secret;
      for (let i = 0; i < 3; i++) await task({ priority: "CRITICAL", assigneeIds: [a.id] });
      const asAgent = (c: number) => t.gql(CLAIM, { a: a.id, c }, key);
      expect((await asAgent(1000)).data?.claimTask.outcome).toBe("CLAIMED");
      // The agent asks for 1,000: the operator configured 1, so it is at capacity.
      expect((await asAgent(1000)).data?.claimTask).toEqual({ outcome: "AT_CAPACITY", task: null });
      // Lowering is allowed (still at capacity here), and an operator may raise it for this claim.
      expect((await asAgent(1)).data?.claimTask.outcome).toBe("AT_CAPACITY");
      expect((await claim(a.id, 2)).claimTask.outcome).toBe("CLAIMED");
      const CAC = graphql(
        `mutation ClaimsCompleteAndClaim($t: ID!, $a: ID, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, maxCapacity: $c) { next { outcome } } }`,
      );
      const held = await t.ok(
        graphql(
          `query ClaimsTasks2($a: ID!) { tasks(filter: { assigneeId: $a, status: IN_PROGRESS }) { edges { node { id } } } }`,
        ),
        {
          a: a.id,
        },
      );
      const first = held.tasks.edges[0]!.node.id;
      const r = await t.gql(CAC, { t: first, a: a.id, c: 1000 }, key);
      // One still held after the completion, and the ceiling is 1: no claim.
      expect(r.data?.completeAndClaim.next.outcome).toBe("AT_CAPACITY");
    });

    it("answers NO_TASK when nothing is claimable", async () => {
      const a = await agent({ specialties: ["nothing-needs-this"] });
      const p = await project();
      await task({ projectId: p, requiredSpecialties: ["something-else"] });
      // Unassigned inbox work exists in other tests; this agent may take it. Drain, then expect NO_TASK.
      for (let i = 0; i < 100; i++) {
        const r = await claim(a.id, 1000);
        if (r.claimTask.outcome !== "CLAIMED") {
          expect(r.claimTask).toEqual({ outcome: "NO_TASK", task: null });
          return;
        }
      }
      throw new Error("never ran out of tasks");
    });
  });

  describe("completeAndClaim", () => {
    const CAC =
      graphql(`mutation ClaimsCompleteAndClaim2($t: ID!, $a: ID, $r: String, $c: Int) { completeAndClaim(taskId: $t, agentId: $a, result: $r, maxCapacity: $c) {
      completed { id status result } next { outcome task { id status attempts } tasks { id } } } }`);

    it("completes the held task and claims the next one in the same request", async () => {
      const a = await agent();
      const first = await task({ priority: "CRITICAL", assigneeIds: [a.id] });
      const second = await task({ priority: "CRITICAL", assigneeIds: [a.id] });
      expect((await claim(a.id)).claimTask.task!.id).toBe(first.id);
      const r = (await t.ok(CAC, { t: first.id, a: a.id, r: "first done" })).completeAndClaim;
      expect(r.completed).toEqual({ id: first.id, status: "DONE", result: "first done" });
      expect(r.next).toEqual({
        outcome: "CLAIMED",
        task: { id: second.id, status: "IN_PROGRESS", attempts: 1 },
        tasks: [{ id: second.id }],
      });
      const done = await t.ok(graphql(`query ClaimsTask2($id: ID!) { task(id: $id) { documents { type content } } }`), {
        id: first.id,
      });
      expect(done.task!.documents).toEqual([{ type: "DELIVERABLE", content: "first done" }]);
    });

    it("keeps the completion when the claim finds the agent at capacity, and refuses what it does not hold", async () => {
      const a = await agent({ maxCapacity: 2 });
      const held = [await task({ assigneeIds: [a.id] }), await task({ assigneeIds: [a.id] })];
      expect((await claim(a.id)).claimTask.outcome).toBe("CLAIMED");
      expect((await claim(a.id)).claimTask.outcome).toBe("CLAIMED");
      const waiting = await task({ priority: "CRITICAL", assigneeIds: [a.id] });
      // Holding two: the completion leaves one, which is the capacity this call allows, so nothing more.
      const r = (await t.ok(CAC, { t: held[0]!.id, a: a.id, c: 1 })).completeAndClaim;
      expect(r.completed.status).toBe("DONE");
      expect(r.next).toEqual({ outcome: "AT_CAPACITY", task: null, tasks: [] });
      expect((await get(waiting.id))!.status).toBe("ASSIGNED");
      // Someone else's task: CONFLICT, nothing completed and nothing claimed.
      const other = await agent();
      const refused = await t.gql(CAC, { t: held[1]!.id, a: other.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect((await get(held[1]!.id))!.status).toBe("IN_PROGRESS");
    });
  });

  describe("output", () => {
    it("numbers chunks gap-free, lets only the claimer append, and reads them back", async () => {
      const a = await agent();
      const b = await agent();
      const x = await task({ assigneeIds: [a.id], priority: "CRITICAL", dueAt: "2000-01-01T00:00:00Z" });
      expect((await claim(a.id, 10)).claimTask.task!.id).toBe(x.id);
      const APPEND = graphql(
        `mutation ClaimsAppendTaskOutput($t: ID!, $a: ID, $c: String!, $k: OutputKind) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: $k) { seq kind content } }`,
      );
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.ok(APPEND, { t: x.id, a: a.id, c: `line ${i}`, k: i % 2 ? "STDERR" : "STDOUT" }),
        ),
      );
      expect(results.map((r) => r.appendTaskOutput.seq).sort((m, n) => m - n)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      const denied = await t.gql(APPEND, { t: x.id, a: b.id, c: "intruder" });
      expect(denied.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const missingAgent = await t.gql(APPEND, { t: x.id, c: "who?" });
      expect(missingAgent.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const page = await t.ok(
        graphql(`query ClaimsTask3($t: ID!) { task(id: $t) { lastOutputSeq output(fromSeq: 15, limit: 3) { seq } } }`),
        { t: x.id },
      );
      expect(page.task).toEqual({ lastOutputSeq: 20, output: [{ seq: 16 }, { seq: 17 }, { seq: 18 }] });
    });

    it("replays stored chunks then continues live with no gap and no duplicate, over WebSocket and SSE", async () => {
      const a = await agent();
      const x = await task({ assigneeIds: [a.id], priority: "CRITICAL", dueAt: "2000-01-01T00:00:00Z" });
      expect((await claim(a.id, 10)).claimTask.task!.id).toBe(x.id);
      const APPEND = graphql(
        `mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
      );
      for (let i = 1; i <= 50; i++) await t.ok(APPEND, { t: x.id, a: a.id, c: `chunk ${i}` });
      const SUB = TestOutputResumedDocument;
      // Subscribers join while a writer keeps appending: replay and live overlap.
      const writer = (async () => {
        for (let i = 51; i <= 250; i++) await t.ok(APPEND, { t: x.id, a: a.id, c: `chunk ${i}` });
      })();
      const fromStart = wsLive(t.ws(), SUB, { t: x.id });
      const resumed = wsLive(t.ws(), SUB, { t: x.id, f: 120 });
      const overSse = sseLive(t.url, SUB, { t: x.id, f: 10 }, t.headers);
      await writer;
      await Promise.all([fromStart, resumed, overSse].map((l) => l.next((e) => e.taskOutput.seq === 250)));
      const seqs = (l: { events: { taskOutput: { seq: number } }[] }) => l.events.map((e) => e.taskOutput.seq);
      expect(seqs(fromStart)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
      expect(seqs(resumed)).toEqual(Array.from({ length: 130 }, (_, i) => i + 121));
      expect(seqs(overSse)).toEqual(Array.from({ length: 240 }, (_, i) => i + 11));
      expect(fromStart.events.every((e) => e.taskOutput.content === `chunk ${e.taskOutput.seq}`)).toBe(true);
      for (const l of [fromStart, resumed, overSse]) l.stop();
    });
  });

  describe("completion, failure, release", () => {
    it("completes to DONE or REVIEW by the review rule, keeps the result as a DELIVERABLE, records usage and unblocks", async () => {
      const spec = await agent({ level: "SPECIALIST" });
      const intern = await agent({ level: "INTERN" });
      const lead = await agent({ level: "LEAD" });
      const first = await task({ assigneeIds: [spec.id] });
      const after = await task({ assigneeIds: [lead.id], dependsOn: [first.id] });
      expect(after.status).toBe("BLOCKED");
      await claim(spec.id);
      const done = await t.ok(
        graphql(
          `mutation ClaimsCompleteTask($t: ID!, $a: ID!, $r: String, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: $r, usage: $u) { status completedAt result claimedBy { id } documents { type title content author { id } } } }`,
        ),
        {
          t: first.id,
          a: spec.id,
          r: "# Findings\nall good",
          u: [{ model: "gpt-x", inputTokens: 1200, outputTokens: 300, costUsd: 0.012 }],
        },
      );
      expect(done.completeTask).toMatchObject({
        status: "DONE",
        result: "# Findings\nall good",
        claimedBy: { id: spec.id },
      });
      expect(done.completeTask.documents).toEqual([
        {
          type: "DELIVERABLE",
          title: `Result: ${first.title}`,
          content: "# Findings\nall good",
          author: { id: spec.id },
        },
      ]);
      const usage = await t.server.db.usageRecord.findMany({ where: { taskId: first.id } });
      expect(usage.map((u) => [u.model, u.inputTokens, u.outputTokens, u.costUsd, u.agentId])).toEqual([
        ["gpt-x", 1200, 300, 0.012, spec.id],
      ]);
      expect((await get(after.id))!.status).toBe("ASSIGNED");

      const byIntern = await task({ assigneeIds: [intern.id] });
      await claim(intern.id);
      expect(
        (
          await t.ok(
            graphql(
              `mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }`,
            ),
            {
              t: byIntern.id,
              a: intern.id,
            },
          )
        ).completeTask.status,
      ).toBe("REVIEW");
      const reviewed = await task({ assigneeIds: [lead.id], requiresReview: true, priority: "CRITICAL" });
      expect((await claim(lead.id)).claimTask.task!.id).toBe(reviewed.id);
      expect(
        (
          await t.ok(
            graphql(
              `mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }`,
            ),
            {
              t: reviewed.id,
              a: lead.id,
            },
          )
        ).completeTask.status,
      ).toBe("REVIEW");
      const again = await t.gql(
        graphql(`mutation ClaimsCompleteTask2($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { status } }`),
        {
          t: first.id,
          a: spec.id,
        },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    });

    it("requeues a retryable failure while attempts remain, then FAILS, keeping the error", async () => {
      const a = await agent();
      const x = await task({ assigneeIds: [a.id], maxAttempts: 2 });
      await claim(a.id);
      const FAIL = graphql(
        `mutation ClaimsFailTask($t: ID!, $a: ID!, $e: String!, $r: Boolean) { failTask(taskId: $t, agentId: $a, error: $e, retryable: $r) { status attempts error claimedBy { id } } }`,
      );
      expect((await t.ok(FAIL, { t: x.id, a: a.id, e: "timeout talking to the API" })).failTask).toEqual({
        status: "ASSIGNED",
        attempts: 1,
        error: "timeout talking to the API",
        claimedBy: null,
      });
      await claim(a.id);
      expect((await t.ok(FAIL, { t: x.id, a: a.id, e: "timeout again" })).failTask).toMatchObject({
        status: "FAILED",
        attempts: 2,
        error: "timeout again",
      });
      const y = await task({ assigneeIds: [a.id] });
      await claim(a.id);
      expect((await t.ok(FAIL, { t: y.id, a: a.id, e: "bad input file", r: false })).failTask.status).toBe("FAILED");
    });

    it("releases without counting an attempt", async () => {
      const a = await agent();
      const x = await task({ assigneeIds: [a.id] });
      await claim(a.id);
      const r = await t.ok(
        graphql(
          `mutation ClaimsReleaseTask($t: ID!, $a: ID!) { releaseTask(taskId: $t, agentId: $a, reason: "shutting down") { status attempts statusNote claimedBy { id } } }`,
        ),
        { t: x.id, a: a.id },
      );
      expect(r.releaseTask).toEqual({ status: "ASSIGNED", attempts: 0, statusNote: "shutting down", claimedBy: null });
      const feed = await t.ok(
        graphql(
          `query ClaimsActivity($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType actorId } } } }`,
        ),
        { t: x.id },
      );
      expect(feed.activity.edges[0]!.node).toEqual({ type: "task.released", actorType: "agent", actorId: a.id });
    });
  });

  describe("leases and heartbeats", () => {
    it("requeues an expired lease with the reason, and the old holder gets CONFLICT", async () => {
      const a = await agent();
      const b = await agent();
      const x = await task({
        assigneeIds: [a.id, b.id],
        maxAttempts: 2,
        priority: "CRITICAL",
        dueAt: "2000-01-01T00:00:00Z",
      });
      expect((await claim(a.id, 10)).claimTask.task!.id).toBe(x.id);
      const later = new Date(Date.now() + 11 * 60_000);
      expect(await t.server.services.claims.sweepExpiredLeases(later)).toBeGreaterThanOrEqual(1);
      const requeued = await get(x.id);
      expect(requeued).toMatchObject({ status: "ASSIGNED", attempts: 1, claimedBy: null, leaseExpiresAt: null });
      expect(requeued!.statusNote).toMatch(/lease .* expired/);
      const feed = await t.ok(
        graphql(
          `query ClaimsActivity2($t: ID!) { activity(taskId: $t, first: 1) { edges { node { type actorType summary } } } }`,
        ),
        { t: x.id },
      );
      expect(feed.activity.edges[0]!.node).toMatchObject({ type: "task.lease_expired", actorType: "system" });
      expect((await claim(b.id, 10)).claimTask.task!.id).toBe(x.id);
      for (const op of [
        `mutation { appendTaskOutput(taskId: "${x.id}", agentId: "${a.id}", content: "late") { seq } }`,
        `mutation { completeTask(taskId: "${x.id}", agentId: "${a.id}") { id } }`,
        `mutation { failTask(taskId: "${x.id}", agentId: "${a.id}", error: "late") { id } }`,
        `mutation { releaseTask(taskId: "${x.id}", agentId: "${a.id}") { id } }`,
      ]) {
        expect((await t.gql(op)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
      }
      await t.server.services.claims.sweepExpiredLeases(new Date(Date.now() + 22 * 60_000));
      const failed = await get(x.id);
      expect(failed!.status).toBe("FAILED");
      expect(failed!.error).toMatch(/expired/);
    });

    it("heartbeats extend leases, report waiting work and set status; silent agents go OFFLINE", async () => {
      const a = await agent();
      const HB = graphql(
        `mutation ClaimsHeartbeat($a: ID!) { heartbeat(agentId: $a) { pendingTasks unreadNotifications agent { status lastHeartbeatAt } } }`,
      );
      const idle = await t.ok(HB, { a: a.id });
      // Unassigned inbox work left by other tests may wait for it: ACTIVE exactly when something does.
      expect(idle.heartbeat.agent.status).toBe(idle.heartbeat.pendingTasks > 0 ? "ACTIVE" : "IDLE");
      expect(idle.heartbeat.unreadNotifications).toBe(0);
      const x = await task({ assigneeIds: [a.id], priority: "CRITICAL", dueAt: "2000-01-01T00:00:00Z" });
      const pending = await t.ok(HB, { a: a.id });
      expect(pending.heartbeat.pendingTasks).toBe(idle.heartbeat.pendingTasks + 1);
      expect(pending.heartbeat.agent.status).toBe("ACTIVE");
      await claim(a.id, 10);
      const before = (await get(x.id))!.leaseExpiresAt;
      await new Promise((r) => setTimeout(r, 5));
      await t.ok(HB, { a: a.id });
      expect(new Date((await get(x.id))!.leaseExpiresAt!).getTime()).toBeGreaterThan(new Date(before!).getTime());
      const events = wsLive(t.ws(), TestAgentEventStatusDocument);
      const off = events.next((e) => e.agentEvents.agentId === a.id && e.agentEvents.status === "OFFLINE");
      // The subscription is live once any agent event arrives; keep sweeping until ours does.
      for (let i = 0; i < 200; i++) {
        await t.server.services.claims.markSilentAgentsOffline(new Date(Date.now() + 3600_000));
        if (events.events.some((e) => e.agentEvents.agentId === a.id)) break;
        await t.ok(graphql(`mutation ClaimsHeartbeat2($a: ID!) { heartbeat(agentId: $a) { pendingTasks } }`), {
          a: a.id,
        });
      }
      expect((await off).agentEvents).toMatchObject({ type: "offline", status: "OFFLINE" });
      events.stop();
    });
  });
});

describe.each(PROVIDERS)("claim race on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });
  const claim = (agentId: string, maxCapacity?: number) => t.ok(CLAIM, { a: agentId, c: maxCapacity });
  let seq = 0;
  const agent = async (extra: Record<string, unknown> = {}) =>
    (
      await t.ok(graphql(`mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }`), {
        i: { name: `racer-${++seq}`, ...extra },
      })
    ).createAgent;
  const project = async () =>
    (await t.ok(graphql(`mutation ClaimsCreateProject2 { createProject(input: { name: "race" }) { id } }`)))
      .createProject.id;

  it("lets 32 concurrent claimers take 2,000 tasks with each claimed exactly once", async () => {
    const p = await project();
    const items = Array.from({ length: 2000 }, (_, i) => ({
      ref: `r${i}`,
      title: `race ${i}`,
      projectId: p,
      requiredSpecialties: [`race-${provider}`],
    }));
    await t.ok(graphql(`mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`), {
      i: items,
    });
    const workers = await Promise.all(
      Array.from({ length: 32 }, () => agent({ specialties: [`race-${provider}`], maxCapacity: 1000 })),
    );
    const claimed: string[][] = workers.map(() => []);
    await Promise.all(
      workers.map(async (w, i) => {
        for (;;) {
          const r = await claim(w.id, 1000);
          if (r.claimTask.outcome !== "CLAIMED") {
            expect(r.claimTask.outcome).toBe("NO_TASK");
            return;
          }
          claimed[i]!.push(r.claimTask.task!.id);
        }
      }),
    );
    const all = claimed.flat();
    expect(all.length).toBe(2000);
    expect(new Set(all).size).toBe(2000);
    expect(claimed.filter((c) => c.length > 0).length).toBeGreaterThan(8);
    const rows = await t.server.db.task.findMany({
      where: { projectId: p },
      select: { id: true, status: true, attempts: true, claimedById: true },
    });
    expect(rows.every((r) => r.status === "IN_PROGRESS" && r.attempts === 1)).toBe(true);
    const owner = new Map(claimed.flatMap((ids, i) => ids.map((id) => [id, workers[i]!.id])));
    expect(rows.every((r) => owner.get(r.id) === r.claimedById)).toBe(true);
    const claimActivities = await t.server.db.activity.count({ where: { type: "task.claimed", projectId: p } });
    expect(claimActivities).toBe(2000);
  }, 180_000);
});

describe.each(PROVIDERS)("claiming several at once under contention on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lets 16 concurrent claimers taking up to 7 at a time take 600 tasks with each claimed exactly once", async () => {
    const specialty = `batch-${provider}`;
    const items = Array.from({ length: 600 }, (_, i) => ({
      ref: `r${i}`,
      title: `batch ${i}`,
      requiredSpecialties: [specialty],
    }));
    await t.ok(graphql(`mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`), {
      i: items,
    });
    const workers = await Promise.all(
      Array.from(
        { length: 16 },
        async (_, i) =>
          (await makeAgent(t, { name: `batch-${provider}-${i}`, specialties: [specialty], maxCapacity: 1000 })).id,
      ),
    );
    const claimed: string[] = [];
    await Promise.all(
      workers.map(async (a) => {
        for (;;) {
          const r = await t.ok(
            graphql(`mutation ClaimsClaimTask2($a: ID!) { claimTask(agentId: $a, limit: 7) { outcome tasks { id } } }`),
            {
              a,
            },
          );
          if (r.claimTask.outcome !== "CLAIMED") return;
          expect(r.claimTask.tasks.length).toBeGreaterThan(0);
          expect(r.claimTask.tasks.length).toBeLessThanOrEqual(7);
          claimed.push(...r.claimTask.tasks.map((x: { id: string }) => x.id));
        }
      }),
    );
    expect(claimed.length).toBe(600);
    expect(new Set(claimed).size).toBe(600);
  }, 120_000);
});

describe("lease recovery runs on its own", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite", { leaseSeconds: 1, leaseSweepSeconds: 1, schedulerEnabled: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("requeues a killed worker's task after its lease, with no operator action", async () => {
    const a = (await makeAgent(t, { name: "crashy" })).id;
    const x = (
      await t.ok(
        graphql(
          `mutation ClaimsCreateTask2($a: [ID!]) { createTask(input: { title: "survive", assigneeIds: $a }) { id } }`,
        ),
        { a: [a] },
      )
    ).createTask.id;
    const live = wsLive(t.ws(), TestTaskEventStatusAttemptsDocument, { t: x });
    await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a });
    // The worker "dies": no heartbeat, no output. The sweep job notices within a few seconds.
    const e = await live.next((ev) => ev.taskEvents.type === "lease_expired");
    expect(e.taskEvents.task).toEqual({ status: "ASSIGNED", attempts: 1 });
    live.stop();
  }, 30_000);
});

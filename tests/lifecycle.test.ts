import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type TaskStatus,
  TestProjectEventMovesDocument,
  TestTaskActivityDocument,
  TestTaskEventAssigneesDocument,
} from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { sseLive, untilLive, wsLive } from "./helpers/live.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

const DESCRIBE = graphql(
  `mutation LifecycleDescribe($id: ID!, $d: String) { updateTask(id: $id, input: { description: $d }) { id } }`,
);
graphql(
  `fragment LifecycleTaskFields on Task { id title status statusNote blockedBy { id title status } blockedReason isReady }`,
);

describe.each(PROVIDERS)("task lifecycle on %s", (provider) => {
  let t: TestServer;
  let agentId: string;
  beforeAll(async () => {
    t = await startTestServer(provider);
    agentId = (await makeAgent(t, { name: "worker" })).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await t.ok(
        graphql(`mutation LifecycleCreate($i: CreateTaskInput!) { createTask(input: $i) { ...LifecycleTaskFields } }`),
        { i: { title, ...extra } },
      )
    ).createTask;
  const setStatus = (id: string, status: TaskStatus, note?: string) =>
    t.gql(
      graphql(
        `mutation LifecycleSetStatus($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(taskId: $id, status: $s, note: $n) { ...LifecycleTaskFields } }`,
      ),
      { id, s: status, n: note },
    );
  const addDep = (taskId: string, dependsOnId: string) =>
    t.gql(
      graphql(
        `mutation LifecycleAddDependency($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { ...LifecycleTaskFields } }`,
      ),
      {
        a: taskId,
        b: dependsOnId,
      },
    );
  /** DONE through the real path: a LEAD claims it and completes it. */
  const finish = async (id: string) => {
    const lead = (
      await t.ok(
        graphql(`mutation LifecycleCreateAgent($n: String!) { createAgent(input: { name: $n, level: LEAD }) { id } }`),
        {
          n: `lead-${Math.random().toString(36).slice(2, 8)}`,
        },
      )
    ).createAgent.id;
    await t.ok(
      graphql(`mutation LifecycleAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { id } }`),
      { id, a: [lead] },
    );
    // First in claim order for this agent: CRITICAL and due long ago.
    await t.ok(
      graphql(
        `mutation LifecycleUpdateTask($id: ID!) { updateTask(id: $id, input: { priority: CRITICAL, dueAt: "2000-01-01T00:00:00Z" }) { id } }`,
      ),
      { id },
    );
    const c = await t.ok(
      graphql(`mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`),
      { a: lead },
    );
    expect(c.claimTask).toEqual({ outcome: "CLAIMED", task: { id } });
    const done = await t.ok(
      graphql(
        `mutation LifecycleCompleteTask($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a, result: "ok") { status } }`,
      ),
      { id, a: lead },
    );
    expect(done.completeTask.status).toBe("DONE");
  };
  const get = async (id: string) =>
    (await t.ok(graphql(`query LifecycleGet($id: ID!) { task(id: $id) { ...LifecycleTaskFields } }`), { id })).task;

  describe("setTaskStatus", () => {
    it("follows the state machine and records the note", async () => {
      const task = await create("ship it");
      const r = await setStatus(task.id, "SKIPPED", "not needed this sprint");
      expect(r.data?.setTaskStatus).toMatchObject({ status: "SKIPPED", statusNote: "not needed this sprint" });
      const feed = await t.ok(
        graphql(
          `query LifecycleActivity($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type after } } } }`,
        ),
        {
          id: task.id,
        },
      );
      expect(feed.activity.edges[0]!.node).toMatchObject({
        type: "task.status_changed",
        after: { status: "SKIPPED", note: "not needed this sprint" },
      });
    });

    it("refuses an illegal move with INVALID_TRANSITION naming the allowed targets, changing nothing", async () => {
      const task = await create("finished");
      await setStatus(task.id, "CANCELLED");
      const r = await setStatus(task.id, "INBOX");
      expect(r.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
      expect(r.errors?.[0]?.message).toMatch(/terminal/);
      expect((await get(task.id))!.status).toBe("CANCELLED");
      const open = await create("open");
      const r2 = await setStatus(open.id, "IN_PROGRESS");
      expect(r2.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
      expect(r2.errors?.[0]?.message).toMatch(/claimTask/);
      expect(r2.errors?.[0]?.extensions?.allowed).toEqual(["ASSIGNED", "CANCELLED", "SKIPPED"]);
    });

    it("needs assignees for ASSIGNED", async () => {
      const task = await create("nobody");
      const r = await setStatus(task.id, "ASSIGNED");
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await get(task.id))!.status).toBe("INBOX");
    });
  });

  describe("dependencies", () => {
    it("blocks a task on an unfinished dependency and releases it when the last one finishes", async () => {
      const a = await create("a");
      const b = await create("b");
      const c = await create("c", { assigneeIds: [agentId] });
      expect((await addDep(c.id, a.id)).data?.addDependency).toMatchObject({ status: "BLOCKED", isReady: false });
      const blocked = (await addDep(c.id, b.id)).data?.addDependency;
      expect(blocked!.blockedBy.map((x: { title: unknown }) => x.title).sort()).toEqual(["a", "b"]);
      expect(blocked!.blockedReason).toMatch(/waits on/);
      await finish(a.id);
      expect((await get(c.id))!.status).toBe("BLOCKED");
      await setStatus(b.id, "SKIPPED");
      const released = await get(c.id);
      expect(released).toMatchObject({ status: "ASSIGNED", blockedBy: [], blockedReason: null, isReady: true });
      const feed = await t.ok(
        graphql(
          `query LifecycleActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type summary } } } }`,
        ),
        { id: c.id },
      );
      expect(feed.activity.edges[0]!.node.type).toBe("task.unblocked");
    });

    it("refuses a cycle with DEPENDENCY_CYCLE and the cycle's path, adding nothing", async () => {
      const a = await create("cy-a");
      const b = await create("cy-b");
      const c = await create("cy-c");
      await addDep(b.id, a.id);
      await addDep(c.id, b.id);
      const r = await addDep(a.id, c.id);
      expect(r.errors?.[0]?.extensions?.code).toBe("DEPENDENCY_CYCLE");
      expect(r.errors?.[0]?.extensions?.cycle).toEqual([a.id, c.id, b.id, a.id]);
      expect((await get(a.id))!.status).toBe("INBOX");
      const self = await addDep(a.id, a.id);
      expect(self.errors?.[0]?.extensions?.code).toBe("DEPENDENCY_CYCLE");
      const deps = await t.ok(
        graphql(`query LifecycleTask($id: ID!) { task(id: $id) { dependencies { id } dependents { id } } }`),
        {
          id: a.id,
        },
      );
      expect(deps.task).toEqual({ dependencies: [], dependents: [{ id: b.id }] });
    });

    it("keeps dependents BLOCKED behind a FAILED or CANCELLED dependency, with the reason visible", async () => {
      const dep = await create("flaky");
      const waiter = await create("waits");
      await addDep(waiter.id, dep.id);
      await setStatus(dep.id, "CANCELLED", "dropped");
      const w = await get(waiter.id);
      expect(w!.status).toBe("BLOCKED");
      expect(w!.blockedBy).toEqual([{ id: dep.id, title: "flaky", status: "CANCELLED" }]);
      expect(w!.blockedReason).toMatch(/CANCELLED.*will not finish on their own/);
      const removed = await t.ok(
        graphql(
          `mutation LifecycleRemoveDependency($a: ID!, $b: ID!) { removeDependency(taskId: $a, dependsOnId: $b) { status } }`,
        ),
        { a: waiter.id, b: dep.id },
      );
      expect(removed.removeDependency.status).toBe("INBOX");
    });

    it("retries a CANCELLED or FAILED dependency as a new task that its dependents wait on; refuses any other status", async () => {
      const dep = await create("flaky step", { priority: "HIGH", tags: ["etl"], assigneeIds: [agentId] });
      const upstream = await create("upstream");
      await addDep(dep.id, upstream.id);
      const waiter = await create("waits on flaky");
      await addDep(waiter.id, dep.id);
      await setStatus(dep.id, "CANCELLED", "flaked");
      const RETRY = graphql(
        `mutation LifecycleRetryTask($id: ID!) { retryTask(taskId: $id) { id title status statusNote priority tags assignees { id } dependencies { id } dependents { id } } }`,
      );
      const { retryTask: copy } = await t.ok(RETRY, { id: dep.id });
      expect(copy).toMatchObject({
        title: "flaky step",
        status: "BLOCKED",
        priority: "HIGH",
        tags: ["etl"],
        assignees: [{ id: agentId }],
        dependencies: [{ id: upstream.id }],
        dependents: [{ id: waiter.id }],
      });
      expect(copy.id).not.toBe(dep.id);
      expect(copy.statusNote).toBe(`a retry of ${dep.id} (CANCELLED)`);
      // The original stays as it ended; the waiter now waits on the copy.
      expect((await get(dep.id))!.status).toBe("CANCELLED");
      expect((await get(waiter.id))!.blockedBy).toEqual([{ id: copy.id, title: "flaky step", status: "BLOCKED" }]);
      // When the graph finishes through the copy, the waiter goes.
      await finish(upstream.id);
      expect((await get(copy.id))!.status).toBe("ASSIGNED");
      await finish(copy.id);
      expect((await get(waiter.id))!.status).toBe("INBOX");
      // Only FAILED and CANCELLED tasks are retried: nothing is created otherwise.
      const before = (await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount;
      const refused = await t.gql(RETRY, { id: waiter.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
      expect(refused.errors?.[0]?.message).toMatch(/only a FAILED or CANCELLED task is retried/);
      expect((await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount).toBe(
        before,
      );
    });

    it("blocks an IN_PROGRESS task (releasing its claim) and refuses a task in review", async () => {
      const running = await create("running", { assigneeIds: [agentId] });
      await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: agentId });
      const dep = await create("late prerequisite");
      const r = await addDep(running.id, dep.id);
      expect(r.data?.addDependency.status).toBe("BLOCKED");
      const after = await t.ok(
        graphql(`query LifecycleTask2($id: ID!) { task(id: $id) { claimedBy { id } leaseExpiresAt } }`),
        {
          id: running.id,
        },
      );
      expect(after.task).toEqual({ claimedBy: null, leaseExpiresAt: null });
      const review = await create("in review", {
        requiresReview: true,
        assigneeIds: [agentId],
        priority: "CRITICAL",
        dueAt: "2000-01-01T00:00:00Z",
      });
      expect(
        (
          await t.ok(
            graphql(`mutation LifecycleClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 5) { task { id } } }`),
            { a: agentId },
          )
        ).claimTask.task!.id,
      ).toBe(review.id);
      const inReview = await t.ok(
        graphql(
          `mutation LifecycleCompleteTask2($id: ID!, $a: ID!) { completeTask(taskId: $id, agentId: $a) { status } }`,
        ),
        {
          id: review.id,
          a: agentId,
        },
      );
      expect(inReview.completeTask.status).toBe("REVIEW");
      const refused = await addDep(review.id, dep.id);
      expect(refused.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    });

    it("releases dependents when a dependency is deleted", async () => {
      const dep = await create("to delete");
      const waiter = await create("waiter");
      await addDep(waiter.id, dep.id);
      await t.ok(graphql(`mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }`), { id: dep.id });
      expect((await get(waiter.id))!.status).toBe("INBOX");
    });
  });

  describe("createTasks", () => {
    const BATCH = graphql(
      `mutation LifecycleCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title status dependencies { title } } }`,
    );

    it("creates a whole DAG in one transaction, in input order, blocked where it waits", async () => {
      const existing = await create("existing prerequisite");
      const r = await t.ok(BATCH, {
        i: [
          { ref: "spec", title: "Write spec" },
          { ref: "api", title: "Build API", dependsOnRefs: ["spec"] },
          { ref: "ui", title: "Build UI", dependsOnRefs: ["spec"], assigneeIds: [agentId] },
          { ref: "ship", title: "Ship", dependsOnRefs: ["api", "ui"], dependsOn: [existing.id] },
        ],
      });
      expect(r.createTasks.map((x: { title: unknown; status: unknown }) => [x.title, x.status])).toEqual([
        ["Write spec", "INBOX"],
        ["Build API", "BLOCKED"],
        ["Build UI", "BLOCKED"],
        ["Ship", "BLOCKED"],
      ]);
      expect(r.createTasks[3]!.dependencies.map((d: { title: unknown }) => d.title).sort()).toEqual([
        "Build API",
        "Build UI",
        "existing prerequisite",
      ]);
      await finish(r.createTasks[0]!.id);
      expect((await get(r.createTasks[2]!.id))!.status).toBe("ASSIGNED");
      expect((await get(r.createTasks[1]!.id))!.status).toBe("INBOX");
    });

    it.each([
      ["an unknown ref", [{ ref: "a", title: "a", dependsOnRefs: ["zzz"] }], "BAD_USER_INPUT", /unknown ref "zzz"/],
      [
        "a duplicate ref",
        [
          { ref: "a", title: "a" },
          { ref: "a", title: "b" },
        ],
        "BAD_USER_INPUT",
        /more than one item/,
      ],
      [
        "a cycle",
        [
          { ref: "a", title: "a", dependsOnRefs: ["c"] },
          { ref: "b", title: "b", dependsOnRefs: ["a"] },
          { ref: "c", title: "c", dependsOnRefs: ["b"] },
        ],
        "DEPENDENCY_CYCLE",
        /cycle/,
      ],
      [
        "an unknown existing task",
        [{ ref: "a", title: "a", dependsOn: ["task_0mwremvif0004cd8044ee971"] }],
        "NOT_FOUND",
        /Task/,
      ],
      [
        "an empty title",
        [
          { ref: "a", title: "ok" },
          { ref: "b", title: "" },
        ],
        "BAD_USER_INPUT",
        /title/,
      ],
    ])("rejects the whole batch for %s, creating nothing", async (_l, items, code, message) => {
      const before = (await t.ok(graphql(`query LifecycleTasks2 { tasks { totalCount } }`))).tasks.totalCount;
      const r = await t.gql(BATCH, { i: items });
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      expect(r.errors?.[0]?.message).toMatch(message);
      expect((await t.ok(graphql(`query LifecycleTasks2 { tasks { totalCount } }`))).tasks.totalCount).toBe(before);
    });
  });

  describe("graph queries", () => {
    it("answers taskGraph with a topological order, the critical path, progress and Mermaid", async () => {
      const { createProject: p } = await t.ok(
        graphql(`mutation LifecycleCreateProject { createProject(input: { name: "graph" }) { id } }`),
      );
      const r = await t.ok(
        graphql(`mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }`),
        {
          i: [
            { ref: "a", title: "A", projectId: p.id },
            { ref: "b", title: "B", projectId: p.id, dependsOnRefs: ["a"] },
            { ref: "c", title: "C", projectId: p.id, dependsOnRefs: ["b"] },
            { ref: "d", title: "D", projectId: p.id, dependsOnRefs: ["a"] },
            { ref: "e", title: "E", projectId: p.id, dependsOnRefs: ["c", "d"] },
          ],
        },
      );
      const id = Object.fromEntries(r.createTasks.map((x: { title: unknown; id: unknown }) => [x.title, x.id]));
      await finish(id.A);
      const g = await t.ok(
        graphql(
          `query LifecycleTaskGraph($p: ID) { taskGraph(projectId: $p) { nodes { title } edges { from to } order criticalPath { title } progress { total finished percentComplete byStatus { status count } } mermaid } }`,
        ),
        { p: p.id },
      );
      const order: string[] = g.taskGraph.order;
      for (const e of g.taskGraph.edges) expect(order.indexOf(e.from)).toBeLessThan(order.indexOf(e.to));
      expect(g.taskGraph.edges).toHaveLength(5);
      expect(g.taskGraph.criticalPath.map((x: { title: unknown }) => x.title)).toEqual(["B", "C", "E"]);
      expect(g.taskGraph.progress).toMatchObject({ total: 5, finished: 1, percentComplete: 20 });
      expect(g.taskGraph.mermaid).toMatch(/^graph TD/);
      expect(g.taskGraph.mermaid).toContain("A<br/>DONE");
      const sub = await t.ok(
        graphql(`query LifecycleTaskGraph2($r: ID) { taskGraph(rootTaskId: $r) { nodes { title } } }`),
        { r: id.D },
      );
      expect(sub.taskGraph.nodes.map((n: { title: unknown }) => n.title).sort()).toEqual(["A", "D", "E"]);
    });

    it("lists readyTasks in claim order", async () => {
      const other = (await makeAgent(t, { name: "orderly" })).id;
      const low = await create("low", { priority: "LOW", assigneeIds: [other] });
      const crit = await create("crit", { priority: "CRITICAL", assigneeIds: [other] });
      const dueLater = await create("due later", {
        priority: "HIGH",
        assigneeIds: [other],
        dueAt: "2031-01-01T00:00:00Z",
      });
      const dueSoon = await create("due soon", {
        priority: "HIGH",
        assigneeIds: [other],
        dueAt: "2030-01-01T00:00:00Z",
      });
      const noDue = await create("no due", { priority: "HIGH", assigneeIds: [other] });
      const blocked = await create("blocked", { priority: "CRITICAL", assigneeIds: [other], dependsOn: [low.id] });
      const r = await t.ok(graphql(`query LifecycleReadyTasks($a: ID) { readyTasks(agentId: $a) { id } }`), {
        a: other,
      });
      const ids = r.readyTasks.map((x) => x.id);
      const mine = ids.filter((x) => [low.id, crit.id, dueLater.id, dueSoon.id, noDue.id, blocked.id].includes(x));
      expect(mine).toEqual([crit.id, dueSoon.id, dueLater.id, noDue.id, low.id]);
    });
  });

  describe("live events", () => {
    it("streams taskEvents over WebSocket as dependencies finish, only after commit", async () => {
      const { createProject: p } = await t.ok(
        graphql(`mutation LifecycleCreateProject2 { createProject(input: { name: "live-ws" }) { id } }`),
      );
      const probe = await create("probe", { projectId: p.id });
      const live = wsLive(t.ws(), TestProjectEventMovesDocument, { p: p.id });
      await untilLive(
        live,
        () => t.ok(DESCRIBE, { id: probe.id, d: String(Math.random()) }),
        (e) => e.taskEvents.task.id === probe.id,
      );
      const r = await t.ok(
        graphql(`mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }`),
        {
          i: [
            { ref: "x", title: "X", projectId: p.id },
            { ref: "y", title: "Y", projectId: p.id, dependsOnRefs: ["x"] },
          ],
        },
      );
      const [x, y] = r.createTasks;
      // A rolled-back mutation publishes nothing: this one fails (cycle) and must not show up.
      const failed = await addDep(x!.id, y!.id);
      expect(failed.errors?.[0]?.extensions?.code).toBe("DEPENDENCY_CYCLE");
      await setStatus(x!.id, "SKIPPED");
      const unblocked = await live.next((e) => e.taskEvents.type === "unblocked");
      expect(unblocked.taskEvents).toEqual({
        type: "unblocked",
        previousStatus: "BLOCKED",
        task: { id: y!.id, title: "Y", status: "INBOX" },
      });
      const seen = live.events
        .filter((e) => [x!.id, y!.id].includes(e.taskEvents.task.id))
        .map((e) => `${e.taskEvents.type}:${e.taskEvents.task.title}`);
      expect(seen).toEqual(["created:X", "created:Y", "status_changed:X", "unblocked:Y"]);
      live.stop();
    });

    it("delivers a deleted task's last state, with empty relations", async () => {
      const task = await create("short-lived", { assigneeIds: [agentId] });
      const live = wsLive(t.ws(), TestTaskEventAssigneesDocument, { id: task.id });
      await untilLive(
        live,
        () => t.ok(DESCRIBE, { id: task.id, d: String(Math.random()) }),
        (e) => e.taskEvents.type === "updated",
      );
      const updated = live.events.find((e) => e.taskEvents.type === "updated");
      expect(updated?.taskEvents.task.assignees).toEqual([{ name: "worker" }]);
      await t.ok(graphql(`mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }`), { id: task.id });
      const deleted = await live.next((e) => e.taskEvents.type === "deleted");
      expect(deleted.taskEvents.task).toEqual({ id: task.id, title: "short-lived", status: "ASSIGNED", assignees: [] });
      live.stop();
    });

    it("streams activity over SSE, filtered on the server", async () => {
      const task = await create("sse target");
      const other = await create("sse other");
      const live = sseLive(
        t.url,
        TestTaskActivityDocument,
        {
          id: task.id,
        },
        t.headers,
      );
      await untilLive(
        live,
        () => t.ok(DESCRIBE, { id: task.id, d: String(Math.random()) }),
        (e) => e.activity.type === "task.updated",
      );
      const from = live.events.length;
      await t.ok(
        graphql(
          `mutation LifecycleUpdateTask2($id: ID!) { updateTask(id: $id, input: { title: "elsewhere" }) { id } }`,
        ),
        { id: other.id },
      );
      await setStatus(task.id, "SKIPPED");
      const e = await live.next((x) => x.activity.type === "task.status_changed", from);
      expect(e.activity.taskId).toBe(task.id);
      expect(live.events.slice(from).every((x) => x.activity.taskId === task.id)).toBe(true);
      live.stop();
    });
  });

  it("pages through activity newest first", async () => {
    const task = await create("paged");
    for (let i = 0; i < 4; i++) await t.ok(DESCRIBE, { id: task.id, d: `v${i}` });
    const first = await t.ok(
      graphql(
        `query LifecycleActivity3($id: ID!) { activity(taskId: $id, first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { type after } } } }`,
      ),
      { id: task.id },
    );
    expect(first.activity.totalCount).toBe(5);
    expect(first.activity.edges.map((e) => (e.node.after as { description: unknown }).description)).toEqual([
      "v3",
      "v2",
    ]);
    const rest = await t.ok(
      graphql(
        `query LifecycleActivity4($id: ID!, $c: String) { activity(taskId: $id, first: 10, after: $c) { edges { node { type } } } }`,
      ),
      { id: task.id, c: first.activity.pageInfo.endCursor },
    );
    expect(rest.activity.edges.map((e: { node: { type: unknown } }) => e.node.type)).toEqual([
      "task.updated",
      "task.updated",
      "task.created",
    ]);
  });
});

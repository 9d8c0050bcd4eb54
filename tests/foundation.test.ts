import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

describe.each(PROVIDERS)("foundation on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers /health once migrated", async () => {
    const res = await fetch(`${t.httpUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it("serves GraphiQL to a browser at /graphql", async () => {
    const res = await fetch(t.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Mission Control");
  });

  it("creates and lists projects, agents and tasks, and fetches each by node(id)", async () => {
    const { createProject: p } = await t.ok(
      `mutation { createProject(input: { name: "Apollo", description: "moon" }) { id name } }`,
    );
    const { createAgent: a } = await t.ok(
      `mutation($p: [String!]) { createAgent(input: { name: "ada", role: "engineer", specialties: $p, level: LEAD, maxCapacity: 2, config: { temperature: 0.2 } }) { id name role specialties level maxCapacity config status } }`,
      { p: ["TypeScript", "sql"] },
    );
    expect(a).toMatchObject({
      name: "ada",
      specialties: ["sql", "typescript"],
      level: "LEAD",
      maxCapacity: 2,
      config: { temperature: 0.2 },
      status: "IDLE",
    });
    const { createTask: task } = await t.ok(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id title status priority tags dueAt project { name } assignees { name } } }`,
      {
        input: {
          title: "  Write the plan  ",
          projectId: p.id,
          assigneeIds: [a.id],
          priority: "HIGH",
          tags: ["Plan", "plan"],
          dueAt: "2030-01-02T03:04:05Z",
        },
      },
    );
    expect(task).toMatchObject({
      title: "Write the plan",
      status: "ASSIGNED",
      priority: "HIGH",
      tags: ["plan"],
      dueAt: "2030-01-02T03:04:05.000Z",
      project: { name: "Apollo" },
      assignees: [{ name: "ada" }],
    });

    const node = await t.ok(`query($id: ID!) { node(id: $id) { __typename id ... on Task { title } } }`, {
      id: task.id,
    });
    expect(node.node).toEqual({ __typename: "Task", id: task.id, title: "Write the plan" });
    const agentNode = await t.ok(`query($id: ID!) { node(id: $id) { __typename ... on Agent { name } } }`, {
      id: a.id,
    });
    expect(agentNode.node).toEqual({ __typename: "Agent", name: "ada" });

    const list = await t.ok(
      `{ agents { name } projects { name } agent(name: "ada") { id } tasks(filter: { tag: "plan" }) { totalCount edges { node { id } } } }`,
    );
    expect(list.agents).toEqual([{ name: "ada" }]);
    expect(list.projects).toEqual([{ name: "Apollo" }]);
    expect(list.agent.id).toBe(a.id);
    expect(list.tasks.totalCount).toBe(1);
  });

  it("updates and deletes, writing an activity entry for every change", async () => {
    const { createAgent: a } = await t.ok(`mutation { createAgent(input: { name: "bob" }) { id } }`);
    const { createTask: task } = await t.ok(`mutation { createTask(input: { title: "draft" }) { id status } }`);
    expect(task.status).toBe("INBOX");
    await t.ok(`mutation($id: ID!) { updateTask(id: $id, input: { title: "final", priority: LOW }) { id } }`, {
      id: task.id,
    });
    await t.ok(`mutation($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { status } }`, {
      id: task.id,
      a: [a.id],
    });
    await t.ok(
      `mutation($id: ID!) { updateAgent(id: $id, input: { role: "reviewer", maxCapacity: 3 }) { role maxCapacity } }`,
      { id: a.id },
    );
    const feed = await t.ok(
      `query($id: ID!) { activity(taskId: $id) { totalCount edges { node { type summary before after } } } }`,
      { id: task.id },
    );
    expect(feed.activity.edges.map((e: any) => e.node.type)).toEqual(["task.assigned", "task.updated", "task.created"]);
    expect(feed.activity.edges[1].node.before).toMatchObject({ title: "draft", priority: "MEDIUM" });
    expect(feed.activity.edges[1].node.after).toMatchObject({ title: "final", priority: "LOW" });
    await t.ok(`mutation($id: ID!) { deleteTask(id: $id) }`, { id: task.id });
    expect((await t.ok(`query($id: ID!) { task(id: $id) { id } }`, { id: task.id })).task).toBeNull();
    const after = await t.ok(`query($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type } } } }`, {
      id: task.id,
    });
    expect(after.activity.edges[0].node.type).toBe("task.deleted");
    await t.ok(`mutation($id: ID!) { deleteAgent(id: $id) }`, { id: a.id });
    const agentFeed = await t.ok(`query($id: ID!) { activity(agentId: $id) { edges { node { type } } } }`, {
      id: a.id,
    });
    expect(agentFeed.activity.edges.map((e: any) => e.node.type)).toEqual([
      "agent.deleted",
      "agent.updated",
      "agent.created",
    ]);
  });

  it("returns a deleted agent's queued tasks to the inbox, and refuses to delete an agent holding work", async () => {
    const { createAgent: a } = await t.ok(`mutation { createAgent(input: { name: "leaving" }) { id } }`);
    const { createAgent: b } = await t.ok(`mutation { createAgent(input: { name: "staying" }) { id } }`);
    const only = (
      await t.ok(`mutation($a: [ID!]) { createTask(input: { title: "only a", assigneeIds: $a }) { id } }`, {
        a: [a.id],
      })
    ).createTask;
    const shared = (
      await t.ok(`mutation($a: [ID!]) { createTask(input: { title: "a and b", assigneeIds: $a }) { id } }`, {
        a: [a.id, b.id],
      })
    ).createTask;
    await t.ok(`mutation($id: ID!) { deleteAgent(id: $id) }`, { id: a.id });
    const after = await t.ok(
      `query($x: ID!, $y: ID!) { x: task(id: $x) { status assignees { name } } y: task(id: $y) { status assignees { name } } }`,
      { x: only.id, y: shared.id },
    );
    expect(after.x).toEqual({ status: "INBOX", assignees: [] });
    expect(after.y).toEqual({ status: "ASSIGNED", assignees: [{ name: "staying" }] });
    await t.ok(`mutation($a: ID!) { claimTask(agentId: $a, maxCapacity: 100) { outcome } }`, { a: b.id });
    const refused = await t.gql(`mutation($id: ID!) { deleteAgent(id: $id) }`, { id: b.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  describe("bad input gets a clear, coded error and changes nothing", () => {
    async function counts() {
      return t.ok(`{ tasks { totalCount } activity { totalCount } agents { id } }`);
    }

    it.each([
      [
        "an empty title",
        `mutation { createTask(input: { title: "   " }) { id } }`,
        "BAD_USER_INPUT",
        /title must not be empty/,
      ],
      [
        "an over-long title",
        `mutation { createTask(input: { title: "${"x".repeat(201)}" }) { id } }`,
        "BAD_USER_INPUT",
        /at most 200/,
      ],
      [
        "an unknown enum value",
        `mutation { createTask(input: { title: "x", priority: URGENT }) { id } }`,
        "BAD_USER_INPUT",
        /URGENT/,
      ],
      [
        "a malformed id",
        `mutation { createTask(input: { title: "x", assigneeIds: ["nope"] }) { id } }`,
        "BAD_USER_INPUT",
        /not a valid id/,
      ],
      [
        "an id of the wrong type",
        `mutation { createTask(input: { title: "x", projectId: "task_0mwremvif0004cd8044ee971" }) { id } }`,
        "BAD_USER_INPUT",
        /Project id is expected/,
      ],
      [
        "an unknown assignee",
        `mutation { createTask(input: { title: "x", assigneeIds: ["agent_0mwremvif0004cd8044ee971"] }) { id } }`,
        "NOT_FOUND",
        /Agent "agent_0mwremvif0004cd8044ee971" does not exist/,
      ],
      [
        "an unknown project",
        `mutation { createTask(input: { title: "x", projectId: "proj_0mwremvif0004cd8044ee971" }) { id } }`,
        "NOT_FOUND",
        /Project/,
      ],
      [
        "an invalid agent name",
        `mutation { createAgent(input: { name: "Not A Slug" }) { id } }`,
        "BAD_USER_INPUT",
        /not a valid slug/,
      ],
      [
        "an invalid DateTime",
        `mutation { createTask(input: { title: "x", dueAt: "tomorrow" }) { id } }`,
        "BAD_USER_INPUT",
        /ISO-8601/,
      ],
      [
        "a zero capacity",
        `mutation { createAgent(input: { name: "zed", maxCapacity: 0 }) { id } }`,
        "BAD_USER_INPUT",
        /maxCapacity/,
      ],
    ])("%s", async (_label, query, code, message) => {
      const before = await counts();
      const res = await t.gql(query);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(res.errors)).not.toMatch(/prisma|SELECT|INSERT|at .*\.ts/i);
      expect(await counts()).toEqual(before);
    });

    it("refuses a duplicate agent name with CONFLICT", async () => {
      await t.ok(`mutation { createAgent(input: { name: "dup" }) { id } }`);
      const before = await counts();
      const res = await t.gql(`mutation { createAgent(input: { name: "dup" }) { id } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect(await counts()).toEqual(before);
    });

    it("rolls back a mutation that fails half-way (no task, no edge, no activity)", async () => {
      const { createTask: dep } = await t.ok(`mutation { createTask(input: { title: "dep" }) { id } }`);
      const before = await counts();
      const res = await t.gql(`mutation($d: [ID!]) { createTask(input: { title: "x", dependsOn: $d }) { id } }`, {
        d: [dep.id, "task_0mwremvif0004cd8044ee971"],
      });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await counts()).toEqual(before);
    });
  });

  it("lists tasks with assignees, project and dependencies in a bounded number of SQL queries", async () => {
    const { createProject: p } = await t.ok(`mutation { createProject(input: { name: "nplus1" }) { id } }`);
    const { createAgent: a } = await t.ok(`mutation { createAgent(input: { name: "counter" }) { id } }`);
    const items = Array.from({ length: 100 }, (_, i) => ({
      ref: `t${i}`,
      title: `task ${i}`,
      projectId: p.id,
      assigneeIds: [a.id],
      dependsOnRefs: i > 0 ? [`t${i - 1}`] : [],
    }));
    await t.ok(`mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    const query = `query($n: Int, $p: ID!) { tasks(first: $n, filter: { projectId: $p }) { totalCount edges { node { id title project { name } assignees { name } dependencies { id title } dependents { id } blockedBy { id } } } } }`;
    const sql = async (n: number) => {
      const r = await t.gql(query, { n, p: p.id });
      expect(r.errors).toBeUndefined();
      expect((r.data as any).tasks.edges).toHaveLength(n);
      return Number(r.headers.get("x-sql-queries"));
    };
    const ten = await sql(10);
    const hundred = await sql(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it("pages through tasks with cursors", async () => {
    const { createProject: p } = await t.ok(`mutation { createProject(input: { name: "paging" }) { id } }`);
    for (let i = 0; i < 5; i++)
      await t.ok(`mutation($p: ID) { createTask(input: { title: "p${i}", projectId: $p }) { id } }`, { p: p.id });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await t.ok(
        `query($p: ID!, $after: String) { tasks(first: 2, after: $after, filter: { projectId: $p }) { pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
        { p: p.id, after },
      );
      seen.push(...r.tasks.edges.map((e: any) => e.node.title));
      if (!r.tasks.pageInfo.hasNextPage) break;
      after = r.tasks.pageInfo.endCursor;
    }
    expect(seen).toEqual(["p4", "p3", "p2", "p1", "p0"]);
  });
});

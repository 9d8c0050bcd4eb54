import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FoundationTasks4Query } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeProject, makeTask } from "./helpers/factories.js";
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

  it("answers /ready with each dependency checked once migrated", async () => {
    const res = await fetch(`${t.httpUrl}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "ready",
      checks: { server: "ok", database: "ok", migrations: "ok" },
    });
  });

  it("says /ready is unavailable, naming the migration, when one of this build's migrations is not applied", async () => {
    const rows = await t.server.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    const last = rows[0]!.migration_name;
    await t.server.db.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE migration_name = '${last}'`,
    );
    try {
      const res = await fetch(`${t.httpUrl}/ready`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: Record<string, string> };
      expect(body.checks.migrations).toBe(`pending: ${last}`);
      expect((await fetch(`${t.httpUrl}/health`)).status).toBe(200); // alive all the same
    } finally {
      await t.server.db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = '${last}'`,
      );
    }
  });

  it("serves GraphiQL to a browser at /graphql", async () => {
    const res = await fetch(t.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Mission Control");
  });

  it("creates and lists projects, agents and tasks, and fetches each by node(id)", async () => {
    const { createProject: p } = await t.ok(
      graphql(
        `mutation FoundationCreateProject { createProject(input: { name: "Apollo", description: "moon" }) { id name } }`,
      ),
    );
    const { createAgent: a } = await t.ok(
      graphql(
        `mutation FoundationCreateAgent($p: [String!]) { createAgent(input: { name: "ada", role: "engineer", specialties: $p, level: LEAD, maxCapacity: 2, config: { temperature: 0.2 } }) { id name role specialties level maxCapacity config status } }`,
      ),
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
      graphql(
        `mutation FoundationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id title status priority tags dueAt project { name } assignees { name } } }`,
      ),
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

    const node = await t.ok(
      graphql(`query FoundationNode($id: ID!) { node(id: $id) { __typename id ... on Task { title } } }`),
      {
        id: task.id,
      },
    );
    expect(node.node).toEqual({ __typename: "Task", id: task.id, title: "Write the plan" });
    const agentNode = await t.ok(
      graphql(`query FoundationNode2($id: ID!) { node(id: $id) { __typename ... on Agent { name } } }`),
      {
        id: a.id,
      },
    );
    expect(agentNode.node).toEqual({ __typename: "Agent", name: "ada" });

    const list = await t.ok(
      graphql(
        `query FoundationAgents { agents { name } projects { name } agent(name: "ada") { id } tasks(filter: { tag: "plan" }) { totalCount edges { node { id } } } }`,
      ),
    );
    expect(list.agents).toEqual([{ name: "ada" }]);
    expect(list.projects).toEqual([{ name: "Apollo" }]);
    expect(list.agent!.id).toBe(a.id);
    expect(list.tasks.totalCount).toBe(1);
  });

  it("updates and deletes, writing an activity entry for every change", async () => {
    const a = await makeAgent(t, { name: "bob" });
    const { createTask: task } = await t.ok(
      graphql(`mutation FoundationCreateTask2 { createTask(input: { title: "draft" }) { id status } }`),
    );
    expect(task.status).toBe("INBOX");
    await t.ok(
      graphql(
        `mutation FoundationUpdateTask($id: ID!) { updateTask(id: $id, input: { title: "final", priority: LOW }) { id } }`,
      ),
      {
        id: task.id,
      },
    );
    await t.ok(
      graphql(
        `mutation FoundationAssignTask($id: ID!, $a: [ID!]!) { assignTask(taskId: $id, agentIds: $a) { status } }`,
      ),
      {
        id: task.id,
        a: [a.id],
      },
    );
    await t.ok(
      graphql(
        `mutation FoundationUpdateAgent($id: ID!) { updateAgent(id: $id, input: { role: "reviewer", maxCapacity: 3 }) { role maxCapacity } }`,
      ),
      { id: a.id },
    );
    const feed = await t.ok(
      graphql(
        `query FoundationActivity($id: ID!) { activity(taskId: $id) { totalCount edges { node { type summary before after } } } }`,
      ),
      { id: task.id },
    );
    expect(feed.activity.edges.map((e: { node: { type: unknown } }) => e.node.type)).toEqual([
      "task.assigned",
      "task.updated",
      "task.created",
    ]);
    expect(feed.activity.edges[1]!.node.before).toMatchObject({ title: "draft", priority: "MEDIUM" });
    expect(feed.activity.edges[1]!.node.after).toMatchObject({ title: "final", priority: "LOW" });
    await t.ok(graphql(`mutation FoundationDeleteTask($id: ID!) { deleteTask(id: $id) }`), { id: task.id });
    expect(
      (await t.ok(graphql(`query FoundationTask($id: ID!) { task(id: $id) { id } }`), { id: task.id })).task,
    ).toBeNull();
    const after = await t.ok(
      graphql(`query FoundationActivity2($id: ID!) { activity(taskId: $id, first: 1) { edges { node { type } } } }`),
      {
        id: task.id,
      },
    );
    expect(after.activity.edges[0]!.node.type).toBe("task.deleted");
    await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: a.id });
    const agentFeed = await t.ok(
      graphql(`query FoundationActivity3($id: ID!) { activity(agentId: $id) { edges { node { type } } } }`),
      {
        id: a.id,
      },
    );
    expect(agentFeed.activity.edges.map((e: { node: { type: unknown } }) => e.node.type)).toEqual([
      "agent.deleted",
      "agent.updated",
      "agent.created",
    ]);
  });

  it("returns a deleted agent's queued tasks to the inbox, and refuses to delete an agent holding work", async () => {
    const a = await makeAgent(t, { name: "leaving" });
    const b = await makeAgent(t, { name: "staying" });
    const only = (
      await t.ok(
        graphql(
          `mutation FoundationCreateTask3($a: [ID!]) { createTask(input: { title: "only a", assigneeIds: $a }) { id } }`,
        ),
        {
          a: [a.id],
        },
      )
    ).createTask;
    const shared = (
      await t.ok(
        graphql(
          `mutation FoundationCreateTask4($a: [ID!]) { createTask(input: { title: "a and b", assigneeIds: $a }) { id } }`,
        ),
        {
          a: [a.id, b.id],
        },
      )
    ).createTask;
    await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: a.id });
    const after = await t.ok(
      graphql(
        `query FoundationX($x: ID!, $y: ID!) { x: task(id: $x) { status assignees { name } } y: task(id: $y) { status assignees { name } } }`,
      ),
      { x: only.id, y: shared.id },
    );
    expect(after.x).toEqual({ status: "INBOX", assignees: [] });
    expect(after.y).toEqual({ status: "ASSIGNED", assignees: [{ name: "staying" }] });
    await t.ok(
      graphql(`mutation FoundationClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 100) { outcome } }`),
      { a: b.id },
    );
    const refused = await t.gql(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), {
      id: b.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  describe("bad input gets a clear, coded error and changes nothing", () => {
    async function counts() {
      return t.ok(graphql(`query FoundationTasks { tasks { totalCount } activity { totalCount } agents { id } }`));
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
        "a backend and a backendType that disagree",
        `mutation { createAgent(input: { name: "two-minds", backend: "openai", backendType: EXTERNAL }) { id } }`,
        "BAD_USER_INPUT",
        /backend "openai" and backendType disagree/,
      ],
      [
        "an unknown backend string",
        `mutation { createAgent(input: { name: "nowhere", backend: "CLAUDE" }) { id } }`,
        "BAD_USER_INPUT",
        /backend "CLAUDE" is not known/,
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

    it("takes an agent's backend as the AgentBackend enum or as the string clients sent before it", async () => {
      const { createAgent: a } = await t.ok(
        graphql(
          `mutation FoundationCreateAgent2 { createAgent(input: { name: "enum-oa", backendType: OPENAI, config: { baseUrl: "https://api.openai.com/v1" } }) { id backend backendType } }`,
        ),
      );
      expect(a).toMatchObject({ backend: "openai", backendType: "OPENAI" });
      const { createAgent: b } = await t.ok(
        graphql(
          `mutation FoundationCreateAgent3 { createAgent(input: { name: "string-ex", backend: "external", backendType: EXTERNAL }) { backend backendType } }`,
        ),
      );
      expect(b).toEqual({ backend: "external", backendType: "EXTERNAL" });
      const { updateAgent: c } = await t.ok(
        graphql(
          `mutation FoundationUpdateAgent2($id: ID!) { updateAgent(id: $id, input: { backendType: EXTERNAL }) { backend backendType } }`,
        ),
        { id: a.id },
      );
      expect(c).toEqual({ backend: "external", backendType: "EXTERNAL" });
      const { updateAgent: d } = await t.ok(
        graphql(
          `mutation FoundationUpdateAgent3($id: ID!) { updateAgent(id: $id, input: { backend: "openai", config: { baseUrl: "https://api.openai.com/v1" } }) { backendType } }`,
        ),
        { id: a.id },
      );
      expect(d).toEqual({ backendType: "OPENAI" });
      // CLAUDE_CODE is the claude-code backend (which this server, with no MC_SHELL_ALLOW, cannot run).
      const cc = await t.gql(
        graphql(
          `mutation FoundationCreateAgent4 { createAgent(input: { name: "enum-cc", backendType: CLAUDE_CODE }) { id } }`,
        ),
      );
      expect(cc.errors?.[0]?.message).toMatch(/^the claude-code backend cannot use this agent/);
      // The string field says it is deprecated, and what replaces it.
      const { __type } = await t.ok(
        graphql(
          `query FoundationType { __type(name: "Agent") { fields(includeDeprecated: true) { name deprecationReason } } }`,
        ),
      );
      expect(__type!.fields!.find((f: { name: string }) => f.name === "backend")!.deprecationReason).toMatch(
        /backendType/,
      );
    });

    it("refuses a duplicate agent name with CONFLICT", async () => {
      await t.ok(graphql(`mutation FoundationCreateAgent5 { createAgent(input: { name: "dup" }) { id } }`));
      const before = await counts();
      const res = await t.gql(
        graphql(`mutation FoundationCreateAgent5 { createAgent(input: { name: "dup" }) { id } }`),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect(await counts()).toEqual(before);
    });

    it("rolls back a mutation that fails half-way (no task, no edge, no activity)", async () => {
      const dep = await makeTask(t, { title: "dep" });
      const before = await counts();
      const res = await t.gql(
        graphql(
          `mutation FoundationCreateTask5($d: [ID!]) { createTask(input: { title: "x", dependsOn: $d }) { id } }`,
        ),
        {
          d: [dep.id, "task_0mwremvif0004cd8044ee971"],
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await counts()).toEqual(before);
    });
  });

  it("lists tasks with assignees, project and dependencies in a bounded number of SQL queries", async () => {
    const { createProject: p } = await t.ok(
      graphql(`mutation FoundationCreateProject2 { createProject(input: { name: "nplus1" }) { id } }`),
    );
    const a = await makeAgent(t, { name: "counter" });
    const items = Array.from({ length: 100 }, (_, i) => ({
      ref: `t${i}`,
      title: `task ${i}`,
      projectId: p.id,
      assigneeIds: [a.id],
      dependsOnRefs: i > 0 ? [`t${i - 1}`] : [],
    }));
    await t.ok(graphql(`mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`), {
      i: items,
    });
    const query = graphql(
      `query FoundationTasksPage($n: Int, $p: ID!) { tasks(first: $n, filter: { projectId: $p }) { totalCount edges { node { id title project { name } assignees { name } dependencies { id title } dependents { id } blockedBy { id } } } } }`,
    );
    const sql = async (n: number) => {
      const r = await t.gql(query, { n, p: p.id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.tasks.edges).toHaveLength(n);
      return Number(r.headers.get("x-sql-queries"));
    };
    const ten = await sql(10);
    const hundred = await sql(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it("answers every row of a nested list from that row's own relations, however deep the selection", async () => {
    // Relations are planned once per field and shared by the rows of a list when nothing beneath
    // asks how its row was loaded; deeper selections plan per row. Both must give each row its own.
    const { createProject: p } = await t.ok(
      graphql(`mutation FoundationCreateProject3 { createProject(input: { name: "rows-own" }) { id } }`),
    );
    const agents: { id: string; name: string }[] = [];
    for (const name of ["own-a", "own-b", "own-c"]) {
      const { createAgent } = await t.ok(
        graphql(
          `mutation FoundationCreateOwnAgent($n: String!, $s: [String!]) { createAgent(input: { name: $n, specialties: $s }) { id name } }`,
        ),
        { n: name, s: [`s-${name}`] },
      );
      agents.push(createAgent);
    }
    const items = Array.from({ length: 12 }, (_, i) => ({
      ref: `r${i}`,
      title: `own ${i}`,
      description: `about ${i}`,
      projectId: i % 2 ? p.id : null,
      assigneeIds: agents.filter((_, k) => (i + k) % 3 !== 0).map((a) => a.id),
      dependsOnRefs: i >= 2 ? [`r${i - 1}`, `r${i - 2}`] : i === 1 ? ["r0"] : [],
    }));
    const { createTasks } = await t.ok(
      graphql(`mutation FoundationCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id title } }`),
      {
        i: items,
      },
    );
    const idOf = new Map<string, string>(createTasks.map((c, i) => [`r${i}`, c.id]));
    const shallow = `node { id title project { name } assignees { name } dependencies { title } dependents { title } blockedBy { id } }`;
    const deep = `node { id title assignees { name specialties currentTasks { id } } dependencies { title description project { name } assignees { name } } }`;
    // One query, two selections: built from the shape, so its result is typed here (the fields of both).
    type Named = { name: string };
    type Row = {
      id: string;
      title: string;
      project?: Named | null;
      assignees: (Named & { specialties?: string[]; currentTasks?: { id: string }[] })[];
      dependencies: { title: string; description?: string | null; project?: Named | null; assignees?: Named[] }[];
      dependents?: { title: string }[];
      blockedBy?: { id: string }[];
    };
    const list = async (shape: string, n: number) => {
      const res = await t.gql<{ tasks: { edges: { node: Row }[] } }>(
        `query($n: Int) { tasks(first: $n, filter: { search: "own " }) { edges { ${shape} } } }`,
        { n },
      );
      expect(res.errors).toBeUndefined();
      return {
        rows: res.data!.tasks.edges.map((e) => e.node),
        sql: Number(res.headers.get("x-sql-queries")),
      };
    };
    for (const shape of [shallow, deep]) {
      // The statements do not grow with the rows, deep selections included (each relation batched).
      const few = await list(shape, 3);
      const { rows, sql } = await list(shape, 50);
      expect(few.rows).toHaveLength(3);
      expect(sql).toBe(few.sql);
      expect(sql).toBeLessThanOrEqual(shape === shallow ? 7 : 9);
      expect(rows).toHaveLength(12);
      for (const row of rows) {
        const i = items.findIndex((it) => idOf.get(it.ref) === row.id);
        const item = items[i]!;
        const names = (ids: string[]) =>
          agents
            .filter((a) => ids.includes(a.id))
            .map((a) => a.name)
            .sort();
        expect(row.title).toBe(item.title);
        expect(row.assignees.map((a: { name: unknown }) => a.name).sort()).toEqual(names(item.assigneeIds));
        const deps = item.dependsOnRefs.map((ref) => items.find((it) => it.ref === ref)!);
        expect(row.dependencies.map((d: { title: unknown }) => d.title).sort()).toEqual(
          deps.map((d) => d.title).sort(),
        );
        if (shape === shallow) {
          expect(row.project?.name ?? null).toBe(item.projectId ? "rows-own" : null);
          const dependents = items.filter((it) => it.dependsOnRefs.includes(item.ref)).map((it) => it.title);
          expect(row.dependents!.map((d) => d.title).sort()).toEqual(dependents.sort());
          expect(row.blockedBy!.map((d) => d.id).sort()).toEqual(item.dependsOnRefs.map((x) => idOf.get(x)).sort());
        } else {
          for (const a of row.assignees) expect(a.specialties).toEqual([`s-${a.name}`]);
          for (const a of row.assignees) expect(a.currentTasks).toEqual([]);
          for (const d of row.dependencies) {
            const dep = deps.find((x) => x.title === d.title)!;
            expect(d.description).toBe(dep.description);
            expect(d.project?.name ?? null).toBe(dep.projectId ? "rows-own" : null);
            expect(d.assignees!.map((a) => a.name).sort()).toEqual(names(dep.assigneeIds));
          }
        }
      }
    }
  });

  it("gives a filter's total on every page, first pages counting in the page's own statement", async () => {
    const p = await makeProject(t, { name: "totals" });
    for (let i = 0; i < 5; i++) await makeTask(t, { title: `total ${i}`, projectId: p.id, tags: i < 3 ? ["odd"] : [] });
    const page = (vars: Record<string, unknown>) =>
      t.ok(
        graphql(
          `query FoundationTasks2($p: ID!, $tag: String, $first: Int, $last: Int, $after: String) { tasks(first: $first, last: $last, after: $after, filter: { projectId: $p, tag: $tag }) { totalCount pageInfo { endCursor } edges { node { id } } } }`,
        ),
        { p: p.id, ...vars },
      );
    const first = await page({ first: 2 });
    expect(first.tasks.totalCount).toBe(5);
    expect(first.tasks.edges).toHaveLength(2);
    // After a cursor: still the filter's total, not what is left.
    const second = await page({ first: 2, after: first.tasks.pageInfo.endCursor });
    expect(second.tasks.totalCount).toBe(5);
    expect(second.tasks.edges).toHaveLength(2);
    expect((await page({ first: 10, tag: "odd" })).tasks.totalCount).toBe(3);
    expect((await page({ last: 1, tag: "odd" })).tasks.totalCount).toBe(3);
    // A filter that matches nothing: an empty page, and 0.
    const none = await page({ first: 2, tag: "nothing" });
    expect(none.tasks).toMatchObject({ totalCount: 0, edges: [] });
    // Only the total: no page is read.
    const onlyTotal = await t.ok(
      graphql(`query FoundationTasks3($p: ID!) { tasks(filter: { projectId: $p }) { totalCount } }`),
      { p: p.id },
    );
    expect(onlyTotal.tasks.totalCount).toBe(5);
  });

  it("pages through tasks with cursors", async () => {
    const { createProject: p } = await t.ok(
      graphql(`mutation FoundationCreateProject4 { createProject(input: { name: "paging" }) { id } }`),
    );
    for (let i = 0; i < 5; i++)
      await t.ok(
        graphql(
          `mutation FoundationCreatePaged($n: String!, $p: ID) { createTask(input: { title: $n, projectId: $p }) { id } }`,
        ),
        {
          n: `p${i}`,
          p: p.id,
        },
      );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: FoundationTasks4Query = await t.ok(
        graphql(
          `query FoundationTasks4($p: ID!, $after: String) { tasks(first: 2, after: $after, filter: { projectId: $p }) { pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
        ),
        { p: p.id, after },
      );
      seen.push(...r.tasks.edges.map((e) => e.node.title));
      if (!r.tasks.pageInfo.hasNextPage) break;
      after = r.tasks.pageInfo.endCursor;
    }
    expect(seen).toEqual(["p4", "p3", "p2", "p1", "p0"]);
  });
});

/**
 * Planning a goal (issue 19, item 4): planGoal runs the planner agent with the planning brief; its
 * answer is checked (problems go back to it once), and an accepted plan becomes, in one transaction,
 * a PRD and the task graph, whose first tasks wait on the planning task. With requireApproval the plan
 * waits in REVIEW until an operator approves (after editing the drafts); a rejection discards the
 * drafts and plans again with the feedback. Planners: a shell program (tests/fixtures/planner.mjs), an
 * OpenAI-compatible endpoint (a local stand-in) and an external agent completing through the API.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../src/domain/plan.js";
import type { CreateAgentInput, PlanGoalInput } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { fakeOpenAi } from "./helpers/fake-openai.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;
const PLANNER = path.resolve("tests/fixtures/planner.mjs");

const PLAN = graphql(
  `mutation PlanningPlanGoal($i: PlanGoalInput!) { planGoal(input: $i) { id title status assignees { name } plan { goal requireApproval maxTasks accepted } } }`,
);
const PLAN_STATE = graphql(`query PlanningTask($id: ID!) {
  task(id: $id) {
    id status attempts error result prompt
    plan { accepted title prd { title type content } }
    dependents { id }
    runs { status error }
    output { kind content }
    plannedTasks {
      id title status priority description planTask { id }
      assignees { name }
      dependencies { id title }
    }
  }
}`);

describe.each(PROVIDERS)("planGoal on %s", (provider) => {
  let t: TestServer;
  let n = 0;
  const agent = async (input: CreateAgentInput) =>
    (
      await t.ok(graphql(`mutation ClaimsCreateAgent($i: CreateAgentInput!) { createAgent(input: $i) { id name } }`), {
        i: input,
      })
    ).createAgent;
  const planner = (mode: string) =>
    agent({ name: `planner-${++n}`, backend: "shell", level: "LEAD", config: { command: [NODE, PLANNER, mode] } });
  const state = async (id: string) => (await t.ok(PLAN_STATE, { id })).task;
  /** Which of `ids` still exist. */
  const existing = async (ids: string[]) => {
    const found: string[] = [];
    for (const id of ids)
      if ((await t.ok(graphql(`query FoundationTask($id: ID!) { task(id: $id) { id } }`), { id })).task) found.push(id);
    return found;
  };
  const settled = (id: string, statuses: string[]) =>
    waitFor(
      async () => {
        const s = await state(id);
        return statuses.includes(s!.status) ? s : null;
      },
      20_000,
      `the planning task to reach ${statuses.join(" or ")}`,
    );

  beforeAll(async () => {
    // Auto-dispatch runs a planning task sent back with problems again, as any requeued run.
    t = await startTestServer(provider, { shellAllow: [NODE], schedulerEnabled: true, dispatchIntervalSeconds: 1 });
    await agent({ name: "db-dev", role: "database engineer", specialties: ["sql"], maxCapacity: 2 });
    await agent({ name: "api-dev", role: "backend engineer", specialties: ["api", "http"], level: "LEAD" });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("turns a goal into a PRD and a running DAG, sending a plan with problems back to the planner once", async () => {
    const p = await planner("bad-first");
    const { planGoal } = await t.ok(PLAN, {
      i: { goal: "Build a checkout service.\nCards only.", plannerAgentId: p.id },
    });
    expect(planGoal).toMatchObject({
      title: "Plan: Build a checkout service.",
      assignees: [{ name: p.name }],
      plan: { goal: "Build a checkout service.\nCards only.", requireApproval: false, maxTasks: 20, accepted: false },
    });
    const done = await settled(planGoal.id, ["DONE", "FAILED"]);
    expect(done.status).toBe("DONE");
    expect(done.attempts).toBe(2);
    // The first answer's problems, all of them, were in the second attempt's prompt (the stand-in
    // copies what it was told into its PRD).
    for (const problem of ['unknown agent "nobody"', 'task "b": the title is empty', "the dependencies form a cycle"]) {
      expect(done.plan!.prd!.content).toContain(problem);
    }
    expect(done.runs.map((r: { status: string }) => r.status)).toEqual(["SUCCEEDED", "FAILED"]);
    expect(done.runs[1]!.error).toContain('unknown agent "nobody"');
    // The planning brief lists the agents with what a planner needs to assign them.
    expect(done.prompt).toContain("- db-dev: database engineer; level SPECIALIST; capacity 2; specialties sql");
    expect(done.prompt).toContain("Build a checkout service.");

    expect(done.plan).toMatchObject({ accepted: true, title: "Checkout service" });
    expect(done.plan!.prd).toMatchObject({ title: "PRD: Checkout service", type: "DELIVERABLE" });
    expect(done.plan!.prd!.content).toContain("Users pay for their basket with a card.");
    expect(done.plan!.prd!.content).toContain("| api | Build the payments API | MEDIUM | @api-dev | schema |");
    expect(done.result).toBe(done.plan!.prd!.content);
    const tasks = done.plannedTasks;
    expect(tasks.map((x) => x.title)).toEqual([
      "Design the payments schema",
      "Build the payments API",
      "Document the API",
    ]);
    const [schema, api, docs] = tasks as [(typeof tasks)[0], (typeof tasks)[0], (typeof tasks)[0]];
    // Assignees by name (any case, with @), by specialties, or none (the inbox).
    expect(schema).toMatchObject({ priority: "HIGH", assignees: [{ name: "db-dev" }], status: "ASSIGNED" });
    expect(api).toMatchObject({ assignees: [{ name: "api-dev" }], status: "BLOCKED" });
    expect(docs).toMatchObject({ assignees: [], status: "BLOCKED", description: "For integrators." });
    // The first task waits on the planning task (its dependent), the rest on each other.
    expect(schema.dependencies).toEqual([{ id: planGoal.id, title: planGoal.title }]);
    expect(api.dependencies.map((d: { id: string }) => d.id)).toEqual([schema.id]);
    expect(docs.dependencies.map((d: { id: string }) => d.id)).toEqual([api.id]);
    expect(done.dependents).toEqual([{ id: schema.id }]);
    for (const x of tasks) expect(x.planTask).toEqual({ id: planGoal.id });
    // Progress streamed on the planning task's output.
    const system = done.output.filter((c) => c.kind === "SYSTEM").map((c) => c.content);
    expect(system.some((c) => c.startsWith("The plan was not accepted"))).toBe(true);
    expect(system.at(-1)).toMatch(/^Plan accepted: "Checkout service", 3 task\(s\)/);
    // A planned task's prompt carries the plan's PRD.
    const prompt = (await t.ok(graphql(`query ExecutionTask($id: ID!) { task(id: $id) { prompt } }`), { id: api.id }))
      .task!.prompt;
    expect(prompt).toContain("Users pay for their basket with a card.");
    // The first task is claimable by its assignee now.
    const dbDev = tasks[0]!.assignees[0]!.name;
    const { agents } = await t.ok(graphql(`query PlanningAgents { agents { id name } }`));
    const dbId = agents.find((a: { name: string }) => a.name === dbDev)!.id;
    const claim = await t.ok(
      graphql(`mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`),
      { a: dbId },
    );
    expect(claim.claimTask).toEqual({ outcome: "CLAIMED", task: { id: schema.id } });
    await t.ok(
      graphql(
        `mutation PlanningCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: "ok") { id } }`,
      ),
      {
        t: schema.id,
        a: dbId,
      },
    );
    const after = await state(planGoal.id);
    expect(after!.plannedTasks[1]!.status).toBe("ASSIGNED");
  });

  it("fails the planning task after a second plan with problems, creating nothing", async () => {
    const p = await planner("always-bad");
    const before = (await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount;
    const { planGoal } = await t.ok(PLAN, { i: { goal: "Something impossible", plannerAgentId: p.id } });
    const failed = await settled(planGoal.id, ["FAILED", "DONE"]);
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(2);
    expect(failed.error).toContain('unknown agent "nobody"');
    expect(failed.plannedTasks).toEqual([]);
    expect(failed.plan!.accepted).toBe(false);
    expect((await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount).toBe(
      before + 1,
    );
  });

  it("with requireApproval, holds the plan as a draft until an operator approves, and replans on a rejection", async () => {
    const p = await planner("good");
    const { planGoal } = await t.ok(PLAN, {
      i: { goal: "Checkout", plannerAgentId: p.id, requireApproval: true, maxTasks: 5 },
    });
    const draft = await settled(planGoal.id, ["REVIEW", "DONE", "FAILED"]);
    expect(draft.status).toBe("REVIEW");
    const drafts = draft.plannedTasks;
    expect(drafts).toHaveLength(3);
    for (const d of drafts) expect(d.status).toBe("BLOCKED");
    const { agents } = await t.ok(graphql(`query PlanningAgents { agents { id name } }`));
    const idOf = (name: string) => agents.find((a: { name: string }) => a.name === name)!.id;
    const ready = await t.ok(graphql(`query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }`), {
      a: idOf("db-dev"),
    });
    expect(ready.readyTasks.map((r: { id: string }) => r.id)).not.toContain(drafts[0]!.id);

    // Rejected with feedback: the drafts go, the planner plans again with the feedback.
    const rejected = await t.gql(
      graphql(
        `mutation PlanningReviewTask($t: ID!) { reviewTask(taskId: $t, verdict: REJECTED, feedback: "Add refunds.") { status } }`,
      ),
      { t: planGoal.id },
    );
    expect(rejected.errors).toBeUndefined();
    expect(await existing(drafts.map((d) => d.id))).toEqual([]);
    const second = await waitFor(async () => {
      const s = await state(planGoal.id);
      return s!.status === "REVIEW" && s!.plan!.title === "Checkout service, revised" ? s : null;
    });
    expect(second.prompt).toContain("Add refunds.");
    const revised = second.plannedTasks;
    expect(revised.map((x) => x.title)).toEqual(["Design the payments and refunds schema", "Build refunds"]);

    // The operator edits a draft, then approves: the plan's first task is claimable at once.
    await t.ok(
      graphql(
        `mutation PlanningUpdateTask($id: ID!) { updateTask(id: $id, input: { title: "Design the schema (cards, refunds)" }) { id } }`,
      ),
      {
        id: revised[0]!.id,
      },
    );
    const approved = await t.ok(
      graphql(
        `mutation PlanningReviewTask2($t: ID!) { reviewTask(taskId: $t, verdict: APPROVED) { status dependents { status title } } }`,
      ),
      { t: planGoal.id },
    );
    expect(approved.reviewTask).toEqual({
      status: "DONE",
      dependents: [{ status: "ASSIGNED", title: "Design the schema (cards, refunds)" }],
    });
    const nowReady = await t.ok(graphql(`query ApprovalsReadyTasks($a: ID!) { readyTasks(agentId: $a) { id } }`), {
      a: idOf("db-dev"),
    });
    expect(nowReady.readyTasks.map((r: { id: string }) => r.id)).toContain(revised[0]!.id);
  });

  it("discards the draft when the plan waiting for approval is cancelled", async () => {
    const p = await planner("good");
    const { planGoal } = await t.ok(PLAN, { i: { goal: "Checkout", plannerAgentId: p.id, requireApproval: true } });
    const draft = await settled(planGoal.id, ["REVIEW", "FAILED"]);
    await t.ok(
      graphql(
        `mutation PlanningSetTaskStatus($t: ID!) { setTaskStatus(taskId: $t, status: CANCELLED, note: "not now") { status } }`,
      ),
      {
        t: planGoal.id,
      },
    );
    expect(draft.plannedTasks).toHaveLength(3);
    expect(await existing(draft.plannedTasks.map((d: { id: string }) => d.id))).toEqual([]);
    const activity = await t.ok(
      graphql(`query PlanningActivity($t: ID!) { activity(taskId: $t) { edges { node { type } } } }`),
      {
        t: planGoal.id,
      },
    );
    expect(activity.activity.edges.map((e: { node: { type: string } }) => e.node.type)).toContain("plan.discarded");
  });

  it("takes a plan from an external planner completing through the API", async () => {
    const ext = await agent({ name: `ext-planner-${++n}` });
    const { planGoal } = await t.ok(PLAN, {
      i: { goal: "Write the launch post", plannerAgentId: ext.id, maxTasks: 2 },
    });
    const claimed = await t.ok(
      graphql(`mutation PlanningClaimTask($a: ID!) { claimTask(agentId: $a) { task { id prompt } } }`),
      { a: ext.id },
    );
    expect(claimed.claimTask.task!.id).toBe(planGoal.id);
    expect(claimed.claimTask.task!.prompt).toContain("At most 2 tasks");
    const answer = JSON.stringify({
      tasks: [
        { ref: "1", title: "Draft the post" },
        { ref: "2", title: "Edit the post", dependsOn: ["1"] },
        { ref: "3", title: "Publish" },
      ],
    });
    const tooMany = await t.ok(
      graphql(
        `mutation PlanningCompleteTask2($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status error } }`,
      ),
      { t: planGoal.id, a: ext.id, r: answer },
    );
    expect(tooMany.completeTask).toEqual({
      status: "ASSIGNED",
      error: "The plan was not accepted:\n- the plan has 3 tasks; at most 2 are allowed: merge some",
    });
    await t.ok(graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`), { a: ext.id });
    const ok = await t.ok(
      graphql(
        `mutation PlanningCompleteTask3($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status plannedTasks { title status } } }`,
      ),
      { t: planGoal.id, a: ext.id, r: JSON.stringify({ tasks: [{ title: "Draft the post" }, { title: "Publish" }] }) },
    );
    expect(ok.completeTask).toEqual({
      status: "DONE",
      plannedTasks: [
        { title: "Draft the post", status: "INBOX" },
        { title: "Publish", status: "INBOX" },
      ],
    });
  });

  it("refuses bad input with a stable code and creates nothing", async () => {
    const p = await planner("good");
    const before = (await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount;
    const cases: [PlanGoalInput, string, RegExp][] = [
      [{ goal: "  ", plannerAgentId: p.id }, "BAD_USER_INPUT", /goal must not be empty/],
      [{ goal: "x", plannerAgentId: p.id, maxTasks: 0 }, "BAD_USER_INPUT", /maxTasks/],
      [{ goal: "x", plannerAgentId: p.id, maxTasks: 101 }, "BAD_USER_INPUT", /maxTasks/],
      [{ goal: "x", plannerAgentId: "agent_0mi8r2k1c000a1b2c3d4e5f6" }, "NOT_FOUND", /agent_0mi8r2k1c000a1b2c3d4e5f6/],
      [{ goal: "x", plannerAgentId: "task_0mi8r2k1c000a1b2c3d4e5f6" }, "BAD_USER_INPUT", /plannerAgentId/],
      [
        { goal: "x", plannerAgentId: p.id, projectId: "proj_0mi8r2k1c000a1b2c3d4e5f6" },
        "NOT_FOUND",
        /proj_0mi8r2k1c000a1b2c3d4e5f6/,
      ],
    ];
    for (const [input, code, message] of cases) {
      const res = await t.gql(PLAN, { i: input });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    // Only operators plan: an AGENT key is refused.
    const key = (
      await t.ok(
        graphql(
          `mutation PlanningCreateApiKey($n: String!, $a: ID) { createApiKey(input: { name: $n, role: AGENT, agentId: $a }) { secret } }`,
        ),
        { n: `planner-key-${++n}`, a: p.id },
      )
    ).createApiKey.secret;
    const agentTry = await t.gql(PLAN, { i: { goal: "x", plannerAgentId: p.id } }, key);
    expect(agentTry.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.ok(graphql(`query LifecycleTasks { tasks(first: 1) { totalCount } }`))).tasks.totalCount).toBe(
      before,
    );
  });
});

describe("planGoal with an OpenAI-compatible planner", () => {
  let t: TestServer;
  const api = fakeOpenAi({
    pieces: 40,
    usage: { prompt_tokens: 800, completion_tokens: 200 },
    reply: (body) => {
      const prompt = body.messages.map((m: { content: string }) => m.content).join("\n");
      // Plans with the agents the brief lists.
      const names = [...prompt.matchAll(/^- ([\w-]+): /gm)].map((m) => m[1]);
      return `\`\`\`json\n${JSON.stringify({
        title: "Landing page",
        prd: "A page that converts.",
        tasks: [
          { ref: "copy", title: "Write the copy", assignee: names.includes("writer") ? "writer" : undefined },
          { ref: "build", title: "Build the page", specialties: ["frontend"], dependsOn: ["copy"] },
        ],
      })}\n\`\`\``;
    },
  });
  beforeAll(async () => {
    await new Promise<void>((r) => api.server.listen(0, "127.0.0.1", r));
    process.env.TEST_OPENAI_API_KEY = "sk-test-plan";
    t = await startTestServer("sqlite", { outboundAllow: ["127.0.0.1"] });
  });
  afterAll(async () => {
    await t?.close();
    api.server.close();
  });

  it("plans through the model, records its usage, and assigns by name and specialties", async () => {
    const baseUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/v1`;
    const mk = async (i: CreateAgentInput) =>
      (
        await t.ok(graphql(`mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }`), {
          i,
        })
      ).createAgent.id;
    await mk({ name: "writer", role: "copywriter" });
    await mk({ name: "web", specialties: ["frontend"] });
    const gpt = await mk({
      name: "gpt-planner",
      backend: "openai",
      model: "gpt-4o-mini",
      config: { baseUrl, apiKeyEnv: "TEST_OPENAI_API_KEY" },
    });
    const project = (
      await t.ok(graphql(`mutation CollaborationCreateProject { createProject(input: { name: "launch" }) { id } }`))
    ).createProject.id;
    const { planGoal } = await t.ok(PLAN, {
      i: { goal: "Ship a landing page", plannerAgentId: gpt, projectId: project },
    });
    const done = await waitFor(async () => {
      const s = (
        await t.ok(
          graphql(
            `query PlanningTask2($id: ID!) { task(id: $id) { status plan { title } plannedTasks { title project { id } assignees { name } } } }`,
          ),
          { id: planGoal.id },
        )
      ).task;
      return s!.status === "DONE" || s!.status === "FAILED" ? s : null;
    });
    expect(done).toEqual({
      status: "DONE",
      plan: { title: "Landing page" },
      plannedTasks: [
        { title: "Write the copy", project: { id: project }, assignees: [{ name: "writer" }] },
        { title: "Build the page", project: { id: project }, assignees: [{ name: "web" }] },
      ],
    });
    const req = api.requests.at(-1)!;
    expect(req.body.messages[1]!.content).toContain("## Answer with one JSON object");
    const usage = await t.ok(
      graphql(`query PlanningUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens } }`),
      { a: gpt },
    );
    expect(usage.usage).toEqual({ inputTokens: 800, outputTokens: 200 });
  });
});

describe("a planner's answer, checked", () => {
  const agents = [
    {
      id: "agt_a",
      name: "alice",
      role: "",
      specialties: ["sql", "api"],
      level: "SPECIALIST",
      maxCapacity: 1,
      status: "IDLE",
    },
    { id: "agt_b", name: "bob", role: "", specialties: ["sql"], level: "LEAD", maxCapacity: 1, status: "IDLE" },
  ];
  const request = { goal: "g", maxTasks: 3, requireApproval: false };
  const check = (tasks: unknown, extra: Record<string, unknown> = {}) =>
    parsePlan(JSON.stringify({ tasks, ...extra }), request, agents);

  it("reports every problem at once, worded for the planner", () => {
    const result = check([
      { ref: "x", title: "", assignee: "carol", priority: "URGENT" },
      { ref: "x", title: "dup", dependsOn: ["nope"] },
      { ref: "y", title: "y", specialties: ["cobol"] },
      { ref: "z", title: "z" },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        "the plan has 4 tasks; at most 3 are allowed: merge some",
        'task "x": the title is empty',
        'task "x": priority "URGENT" is not one of CRITICAL, HIGH, MEDIUM, LOW',
        'task "x": unknown agent "carol"; assign one of alice, bob, or leave assignee out',
        'task "x": ref "x" is used by more than one task',
        'task "y": no agent has all of the specialties cobol',
        'task "x" depends on unknown ref "nope"',
      ],
    });
  });

  it("finds cycles and self-dependencies", () => {
    const cyc = check([
      { ref: "a", title: "a", dependsOn: ["c"] },
      { ref: "b", title: "b", dependsOn: ["a"] },
      { ref: "c", title: "c", dependsOn: ["b"] },
    ]);
    expect(cyc.ok).toBe(false);
    expect(!cyc.ok && cyc.errors[0]).toMatch(/^the dependencies form a cycle: /);
    const self = check([{ ref: "a", title: "a", dependsOn: ["a"] }]);
    expect(self).toEqual({ ok: false, errors: ['task "a" depends on itself'] });
  });

  it("refuses what is not a plan", () => {
    expect(parsePlan("I would start with the schema.", request, agents)).toEqual({
      ok: false,
      errors: ["the answer is not JSON: reply with one JSON object in the shape shown"],
    });
    expect(check([])).toEqual({ ok: false, errors: ["`tasks` must be a non-empty array of tasks"] });
  });

  it("spreads specialty matches by capacity, then seniority", () => {
    const result = check([
      { title: "one", specialties: ["SQL"] },
      { title: "two", specialties: ["sql"] },
      { title: "three", specialties: ["sql", "api"] },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // bob (LEAD) first, then alice (bob has used his capacity's share), then the only one with both.
    expect(result.plan.tasks.map((x) => x.assigneeId)).toEqual(["agt_b", "agt_a", "agt_a"]);
    expect(result.plan.tasks.map((x) => x.ref)).toEqual(["1", "2", "3"]);
    expect(result.plan).toMatchObject({ title: "g", prd: "g" });
  });
});

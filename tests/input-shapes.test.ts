/**
 * The input shapes declared on the input types and arguments (src/schema/input-shapes.ts): each limit
 * is the domain's number, a value outside it is BAD_USER_INPUT naming its path (list items included)
 * with the bound, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/domain/validate.js";
import { schema } from "../src/schema/index.js";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

/** The zod schemas the validation plugin keeps for an input field. */
function shapes(type: string, field: string): { safeParse(v: unknown): { success: boolean } }[] {
  const input = schema.getType(type) as { getFields(): Record<string, { extensions: Record<string, unknown> }> };
  const ext = input.getFields()[field]!.extensions["@pothos/plugin-validation"] as { schemas?: unknown[] } | undefined;
  return (ext?.schemas ?? []) as { safeParse(v: unknown): { success: boolean } }[];
}

describe("declared input shapes", () => {
  it("take their bounds from the domain's LIMITS", () => {
    const accepts = (type: string, field: string, value: unknown) =>
      shapes(type, field).every((s) => s.safeParse(value).success);
    for (const type of ["CreateTaskInput", "TaskGraphInput", "UpdateTaskInput", "CronTaskTemplateInput"]) {
      expect(shapes(type, "title").length, type).toBe(1);
      expect(accepts(type, "title", "x".repeat(LIMITS.title)), type).toBe(true);
      expect(accepts(type, "title", "x".repeat(LIMITS.title + 1)), type).toBe(false);
      expect(accepts(type, "description", "x".repeat(LIMITS.description + 1)), type).toBe(false);
      expect(
        accepts(
          type,
          "tags",
          Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`),
        ),
        type,
      ).toBe(false);
    }
    expect(accepts("CreateProjectInput", "name", "x".repeat(LIMITS.name * 2))).toBe(true);
    expect(accepts("CreateProjectInput", "name", "x".repeat(LIMITS.name * 2 + 1))).toBe(false);
    expect(accepts("CreateAgentInput", "maxCapacity", 1000)).toBe(true);
    expect(accepts("CreateAgentInput", "maxCapacity", 0)).toBe(false);
    expect(accepts("CreateAgentInput", "maxCapacity", 1.5)).toBe(false);
  });
});

describe.each(PROVIDERS)("input shapes on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  const counts = () =>
    t.ok(
      graphql(
        `query InputShapesTasks { tasks { totalCount } projects { id } agents { id } cronJobs { id } documents { id } apiKeys { id } }`,
      ),
    );

  it("refuses what is outside a declared shape with BAD_USER_INPUT at its path, changing nothing", async () => {
    const before = await counts();
    const agent = await makeAgent(t);
    const after = await counts();
    const long = (n: number) => "x".repeat(n + 1);
    const cases: [string, Record<string, unknown>, string, RegExp, Record<string, unknown>][] = [
      [
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`,
        { i: { name: long(LIMITS.name * 2) } },
        "input.name",
        /is 129 characters long; at most 128 are accepted/,
        { max: 128 },
      ],
      [
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
        { i: { title: "  \t " } },
        "input.title",
        /input.title must not be empty/,
        {},
      ],
      [
        `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`,
        {
          i: [
            { ref: "a", title: "fine" },
            { ref: "b", title: "fine", maxAttempts: 0 },
          ],
        },
        "input.1.maxAttempts",
        /must be an integer from 1 to 100, got 0/,
        { max: undefined },
      ],
      [
        `mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }`,
        { id: agent.id, i: { maxCapacity: 1001 } },
        "input.maxCapacity",
        /from 1 to 1000, got 1001/,
        { max: 1000 },
      ],
      [
        `mutation($i: CreateCronJobInput!) { createCronJob(input: $i) { id } }`,
        { i: { name: "nightly", schedule: "0 3 * * *", taskTemplate: { title: long(LIMITS.title) } } },
        "input.taskTemplate.title",
        /at most 200 are accepted/,
        { max: LIMITS.title },
      ],
      [
        `mutation($a: ID!, $q: String!) { askQuestion(agentId: $a, question: $q) { id } }`,
        { a: agent.id, q: " " },
        "question",
        /question must not be empty/,
        {},
      ],
      [
        `mutation($i: PlanGoalInput!) { planGoal(input: $i) { id } }`,
        { i: { goal: "ship it", plannerAgentId: agent.id, maxTasks: 1000 } },
        "input.maxTasks",
        /must be an integer from 1 to/,
        {},
      ],
      [
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
        { i: { name: "", role: "VIEWER" } },
        "input.name",
        /must not be empty/,
        {},
      ],
    ];
    for (const [query, variables, field, message, data] of cases) {
      const r = await t.gql(query, variables);
      const error = r.errors?.[0];
      expect(error?.extensions?.code, `${field}: ${JSON.stringify(r.errors)}`).toBe("BAD_USER_INPUT");
      expect(error?.extensions?.field).toBe(field);
      expect(error?.message).toMatch(message);
      expect(error?.message.startsWith(field)).toBe(true);
      for (const [k, v] of Object.entries(data)) expect(error?.extensions?.[k], `${field} ${k}`).toBe(v);
    }
    expect(await counts()).toEqual(after);
    expect(before).not.toEqual(after);
  });

  it("hands the services what the shapes made of the input: texts trimmed", async () => {
    const r = await t.ok(
      graphql(`mutation InputShapesCreateProject { createProject(input: { name: "  padded name  " }) { name } }`),
    );
    expect(r.createProject.name).toBe("padded name");
    const q = await t.ok(
      graphql(
        `mutation InputShapesAskQuestion($a: ID!) { askQuestion(agentId: $a, question: "  why?  ") { question } }`,
      ),
      {
        a: (await makeAgent(t)).id,
      },
    );
    expect(q.askQuestion.question).toBe("why?");
  });
});

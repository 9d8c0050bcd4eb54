/**
 * The statements each main read path issues, recorded per request (`x-record-sql`, a test server's
 * `MC_EXPOSE_QUERY_COUNT`) and kept as inline snapshots, as Pothos's own tests record every query: a
 * change that adds a statement, or turns a batched one into one per row, shows up here as a diff to
 * review. SQLite's texts (PostgreSQL's differ only in placeholders and quoting); the count does not
 * depend on how many rows there are.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BoardTaskPanelDocument } from "../src/board/generated/graphql.js";
import { TestActivityFeedDocument, TestTaskGraphDocument, TestTasksListDocument } from "./generated/graphql.js";
import { makeAgent, makeDag, makeProject } from "./helpers/factories.js";
import { startTestServer, type TestServer, type TypedDocument } from "./helpers/server.js";

describe("statements per request on the main read paths", () => {
  let t: TestServer;
  let dag: Record<string, string>;

  /** The request's statements, shortened as the server reports them. */
  async function statements<V>(query: TypedDocument<unknown, V>, variables?: V): Promise<string[]> {
    const res = await fetch(t.url, {
      method: "POST",
      headers: { ...t.headers, "content-type": "application/json", "x-record-sql": "1" },
      body: JSON.stringify({ query: String(query), variables: variables ?? {} }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    return JSON.parse(res.headers.get("x-sql-statements") ?? "null") as string[];
  }

  beforeAll(async () => {
    t = await startTestServer("sqlite");
    const project = await makeProject(t);
    const agent = await makeAgent(t);
    dag = await makeDag(t, ["a>b", "a>c", "b>d", "c>d"], { projectId: project.id, assigneeIds: [agent.id] });
    await makeDag(t, ["x>y"]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("the tasks list with its relations", async () => {
    const sql = await statements(TestTasksListDocument, { first: 100 });
    expect(sql).toMatchInlineSnapshot(`
      [
        "SELECT t."claimedById", t."id", t."priority", t."projectId", t."status", t."title", (SELECT COUNT...",
        "SELECT r."id", r."name" FROM "Project" r WHERE r."id" IN (?)",
        "SELECT ag."id", ag."name", ag."status", x."taskId" AS "_key" FROM "TaskAssignment" x JOIN "Agent"...",
        "SELECT t."claimedById", t."id", t."priority", t."projectId", t."status", t."title", d."taskId" AS...",
      ]
    `);
  });

  it("the board's task panel", async () => {
    const sql = await statements(BoardTaskPanelDocument, { id: dag.b! });
    expect(sql).toMatchInlineSnapshot(`
      [
        "SELECT \`Task\`.\`id\`, \`Task\`.\`title\`, \`Task\`.\`status\`, \`Task\`.\`priority\`, \`Task\`.\`claimedById\`, \`Ta...",
        "SELECT \`Task\`.\`id\` FROM \`Task\` WHERE (\`Task\`.\`id\` = ? AND 1=1) LIMIT ? OFFSET ?",
        "SELECT \`Review\`.\`id\`, \`Review\`.\`verdict\`, \`Review\`.\`feedback\`, \`Review\`.\`createdAt\`, \`Review\`.\`ta...",
        "SELECT \`Message\`.\`id\`, \`Message\`.\`authorName\`, \`Message\`.\`content\`, \`Message\`.\`createdAt\`, \`Messa...",
        "SELECT \`TaskRun\`.\`id\`, \`TaskRun\`.\`status\`, \`TaskRun\`.\`model\`, \`TaskRun\`.\`exitCode\`, \`TaskRun\`.\`er...",
        "WITH RECURSIVE up(id) AS ( SELECT CAST(? AS TEXT) UNION SELECT d."dependsOnId" FROM "TaskDependen...",
        "SELECT COUNT(*) AS \`_count$_all\` FROM (SELECT \`Task\`.\`id\` FROM \`Task\` WHERE \`Task\`.\`id\` IN (?,?,?...",
        "SELECT \`Task\`.\`id\`, \`Task\`.\`title\`, \`Task\`.\`description\`, \`Task\`.\`status\`, \`Task\`.\`priority\`, \`Ta...",
        "SELECT \`TaskDependency\`.\`taskId\`, \`TaskDependency\`.\`dependsOnId\` FROM \`TaskDependency\` WHERE \`Tas...",
        "SELECT ag."id", ag."name", ag."status", x."taskId" AS "_key" FROM "TaskAssignment" x JOIN "Agent"...",
      ]
    `);
  });

  it("a task graph", async () => {
    const sql = await statements(TestTaskGraphDocument, { id: dag.d! });
    expect(sql).toMatchInlineSnapshot(`
      [
        "SELECT \`Task\`.\`id\` FROM \`Task\` WHERE (\`Task\`.\`id\` = ? AND 1=1) LIMIT ? OFFSET ?",
        "WITH RECURSIVE up(id) AS ( SELECT CAST(? AS TEXT) UNION SELECT d."dependsOnId" FROM "TaskDependen...",
        "SELECT COUNT(*) AS \`_count$_all\` FROM (SELECT \`Task\`.\`id\` FROM \`Task\` WHERE \`Task\`.\`id\` IN (?,?,?...",
        "SELECT \`Task\`.\`id\`, \`Task\`.\`title\`, \`Task\`.\`description\`, \`Task\`.\`status\`, \`Task\`.\`priority\`, \`Ta...",
        "SELECT \`TaskDependency\`.\`taskId\`, \`TaskDependency\`.\`dependsOnId\` FROM \`TaskDependency\` WHERE \`Tas...",
      ]
    `);
  });

  it("the activity feed", async () => {
    const sql = await statements(TestActivityFeedDocument, { first: 50 });
    expect(sql).toMatchInlineSnapshot(`
      [
        "SELECT \`Activity\`.\`id\`, \`Activity\`.\`type\`, \`Activity\`.\`summary\`, \`Activity\`.\`createdAt\` FROM \`Act...",
        "SELECT COUNT(*) AS \`_count$_all\` FROM (SELECT \`Activity\`.\`id\` FROM \`Activity\` WHERE 1=1 LIMIT ? O...",
      ]
    `);
  });
});

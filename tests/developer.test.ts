/**
 * What a developer meets first (issue 15): the standard introspection query (GraphiQL's Docs panel,
 * graphql-codegen pointed at the URL) passes the document limits while hostile introspection is still
 * refused.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { describeDatabase } from "../src/server.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

describe("introspection", () => {
  let t: TestServer;
  let viewerKey: string;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
    viewerKey = (
      await t.ok(
        graphql(`mutation DeveloperCreateApiKey { createApiKey(input: { name: "docs", role: VIEWER }) { secret } }`),
      )
    ).createApiKey.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers graphql-js's standard introspection query in each of its variants, and the schema it gives is the committed one", async () => {
    const variants = [
      {},
      { descriptions: false },
      { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true },
      { inputValueDeprecation: true, oneOf: true },
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      },
    ];
    for (const options of variants) {
      for (const key of [undefined, viewerKey]) {
        const r = await t.gql<IntrospectionQuery>(getIntrospectionQuery(options), {}, key);
        expect(r.errors, JSON.stringify(options)).toBeUndefined();
        expect(r.status).toBe(200);
        if (options.descriptions !== false) {
          expect(`${printSchema(lexicographicSortSchema(buildClientSchema(r.data!)))}\n`).toBe(committed);
        }
      }
    }
    // GraphiQL sends it with an operation name.
    const named = await t.gql(getIntrospectionQuery().replace("query IntrospectionQuery", "query IntrospectionQuery"));
    expect(named.errors).toBeUndefined();
  });

  it("still refuses hostile introspection with QUERY_TOO_COMPLEX: lists inside themselves, alias floods, runaway ofType chains", async () => {
    const refused = async (query: string, says: RegExp) => {
      const r = await t.gql(query);
      expect(r.errors?.[0]?.extensions?.code, query.slice(0, 80)).toBe("QUERY_TOO_COMPLEX");
      expect(r.errors?.[0]?.message).toMatch(says);
      expect(r.status).toBe(400);
    };
    await refused(
      `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`,
      /"fields" inside "fields"/,
    );
    await refused(
      `{ __type(name: "Task") { fields { type { ofType { fields { name } } } } } }`,
      /"fields" inside "fields"/,
    );
    await refused(
      `{ __schema { types { interfaces { possibleTypes { interfaces { name } } } } } }`,
      /"interfaces" inside "interfaces"/,
    );
    await refused(
      `fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { name } } { __schema { types { ...T } } }`,
      /"fields" inside "fields"/,
    );
    const flood = Array.from({ length: 10 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(" ");
    await refused(`{ ${flood} }`, /__schema or __type 10 times/);
    // A fragment bomb under __schema (each fragment spreads the one below twice): refused at once.
    const bomb = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? "fragment F0 on __Type { name kind }"
        : `fragment F${i} on __Type { ...F${i - 1} ofType { ...F${i - 1} } }`,
    ).join(" ");
    const started = Date.now();
    await refused(`${bomb} { __schema { types { ...F29 } } }`, /introspection (is too large|nests more than)/);
    expect(Date.now() - started).toBeLessThan(2000);
    const chain = (n: number): string => (n === 0 ? "name" : `ofType { ${chain(n - 1)} }`);
    await refused(`{ __type(name: "Task") { fields { type { ${chain(25)} } } } }`, /introspection nests more than/);
    // The depth limit still holds for everything else.
    const deep = graphql(
      `query DeveloperDeepTasks { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { project { tasks(first: 1) { edges { node { id } } } } } } } } } } } } } } } }`,
    );
    const r = await t.gql(deep);
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("names connections after their node, the same type wherever tasks are listed", async () => {
    const { createProject } = await t.ok(
      graphql(`mutation DeveloperCreateProject { createProject(input: { name: "named" }) { id } }`),
    );
    await t.ok(
      graphql(`mutation DeveloperCreateTask($p: ID) { createTask(input: { title: "named", projectId: $p }) { id } }`),
      {
        p: createProject.id,
      },
    );
    const r = await t.ok(
      graphql(`query DeveloperTasks {
      tasks(first: 1) { __typename totalCount edges { __typename } }
      activity(first: 1) { __typename totalCount edges { __typename } }
      projects { tasks(first: 5) { __typename totalCount edges { __typename node { title } } } }
    }`),
    );
    expect(r.tasks).toMatchObject({ __typename: "TaskConnection", edges: [{ __typename: "TaskConnectionEdge" }] });
    expect(r.tasks.totalCount).toBeGreaterThanOrEqual(1);
    expect(r.activity.__typename).toBe("ActivityConnection");
    expect(r.activity.edges[0]!.__typename).toBe("ActivityConnectionEdge");
    const named = r.projects.find((p: { tasks: { totalCount: number } }) => p.tasks.totalCount === 1);
    expect(named!.tasks).toMatchObject({ __typename: "TaskConnection", edges: [{ node: { title: "named" } }] });
  });

  it("lets graphql-codegen generate from the live server's URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mc-codegen-"));
    const out = join(dir, "schema.graphql");
    const config = join(dir, "codegen.json");
    writeFileSync(
      config,
      JSON.stringify({
        schema: [{ [t.url]: { headers: { authorization: `Bearer ${viewerKey}` } } }],
        generates: { [out]: { plugins: ["schema-ast"] }, [join(dir, "types.ts")]: { plugins: ["typescript"] } },
      }),
    );
    // Asynchronously: the server answering it runs in this process.
    const child = spawn(process.execPath, ["node_modules/@graphql-codegen/cli/esm/bin.js", "--config", config], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: "1", CI: "true" },
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(status, output).toBe(0);
    const generated = readFileSync(out, "utf8");
    expect(generated).toContain("type Query");
    expect(generated).toContain("claimTask(");
    expect(readFileSync(join(dir, "types.ts"), "utf8")).toContain("export type Task = ");
  }, 90_000);
});

describe("the first start", () => {
  it("logs where GraphQL, the board and the database are, without credentials", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger("info", { write: (s: string) => void lines.push(JSON.parse(s)) });
    const t = await startTestServer("sqlite", {}, logger);
    try {
      const listening = lines.find((l) => l.msg === "mission control listening")!;
      expect(listening.url).toBe(t.url);
      expect(listening.board).toBe(`${t.httpUrl}/`);
      expect(listening.database).toBe(resolve(t.config.databaseUrl.replace(/^file:/, "")));
      expect(existsSync(listening.database as string)).toBe(true);
    } finally {
      await t.close();
    }
    expect(describeDatabase("postgresql://mc:s3cret@db.internal:5432/mission?sslmode=require")).toBe(
      "postgresql://db.internal:5432/mission",
    );
  });
});

describe("the README", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

  it("has its code fences closed on lines of their own, so no heading is swallowed", () => {
    const fences = readme.split("\n").filter((l) => l.startsWith("```"));
    for (const fence of fences) expect(fence).toMatch(/^```[a-z]*$/);
    expect(fences.length % 2).toBe(0);
    // Every heading is outside a fence.
    let open = false;
    for (const line of readme.split("\n")) {
      if (line.startsWith("```")) open = !open;
      else if (open) expect(line.startsWith("## "), line).toBe(false);
    }
  });

  it("runs the first GraphiQL session as written, with the variable it tells you to pass", async () => {
    const session = readme.slice(readme.indexOf("## A first session in GraphiQL"), readme.indexOf("## Configuration"));
    const blocks = [...session.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const t = await startTestServer("sqlite");
    try {
      let agent: string | undefined;
      for (const query of blocks) {
        const r = await t.gql(query, query.includes("$agent") ? { agent } : {});
        expect(r.errors, query).toBeUndefined();
        agent ??= (r.data as { createAgent?: { id: string } }).createAgent?.id;
      }
      expect(session).toContain('{"agent": "agent_…"}');
    } finally {
      await t.close();
    }
  });
});

describe("lists that grow without bound", () => {
  it("page as connections (notifications, questions, documents, webhook deliveries); the old lists are deprecated", async () => {
    const t = await startTestServer("sqlite", { outboundAllow: ["127.0.0.1"] });
    try {
      const reader = await makeAgent(t, { name: "reader" });
      const task = await makeTask(t, { title: "paged" });
      for (const n of [1, 2, 3]) {
        await t.ok(
          graphql(
            `mutation DeveloperPostMessage($t: ID!, $c: String!) { postMessage(taskId: $t, content: $c) { id } }`,
          ),
          {
            t: task.id,
            c: `@reader look ${n}`,
          },
        );
        await t.ok(
          graphql(
            `mutation DeveloperAskQuestion($a: ID!, $q: String!) { askQuestion(agentId: $a, question: $q) { id } }`,
          ),
          {
            a: reader.id,
            q: `question ${n}`,
          },
        );
        await t.ok(
          graphql(
            `mutation DeveloperCreateDocument($t: ID, $n: String!) { createDocument(input: { taskId: $t, title: $n, content: "x" }) { id } }`,
          ),
          {
            t: task.id,
            n: `doc ${n}`,
          },
        );
      }
      await t.ok(
        graphql(
          `mutation DeveloperCreateWebhook { createWebhook(input: { url: "http://127.0.0.1:9/hook", events: ["task.created"] }) { secret } }`,
        ),
      );
      for (const n of [1, 2, 3])
        await t.ok(graphql(`mutation DeveloperCreateTask2($n: String!) { createTask(input: { title: $n }) { id } }`), {
          n: `hooked ${n}`,
        });

      /** Every node of a connection, two at a time, following endCursor. */
      type Page = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
      // The connection's field and arguments vary, so the document is built here and typed by hand.
      const pages = async (field: string, args: string, vars: Record<string, unknown>) => {
        const seen: unknown[] = [];
        let after: string | null = null;
        let total = -1;
        for (let guard = 0; guard < 10; guard++) {
          const d: Record<string, Page> = await t.ok<Record<string, Page>>(
            `query($after: String${Object.keys(vars)
              .map((k) => `, $${k}: ID!`)
              .join(
                "",
              )}) { ${field}(${args}first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
            { ...vars, after },
          );
          const c = d[field]!;
          total = c.totalCount;
          seen.push(...c.edges.map((e) => e.node.id));
          if (!c.pageInfo.hasNextPage) break;
          expect(c.edges).toHaveLength(2);
          after = c.pageInfo.endCursor;
        }
        return { seen, total };
      };
      const notes = await pages("notificationsConnection", "agentId: $a, ", { a: reader.id });
      const oldNotes = (
        await t.ok(graphql(`query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }`), {
          a: reader.id,
        })
      ).notifications;
      expect(notes.total).toBe(3);
      expect(notes.seen).toEqual(oldNotes.map((n: { id: unknown }) => n.id)); // newest first, like the list
      const questions = await pages("questionsConnection", "agentId: $a, ", { a: reader.id });
      expect(questions).toMatchObject({ total: 3 });
      expect(new Set(questions.seen).size).toBe(3);
      const docs = await pages("documentsConnection", "taskId: $t, ", { t: task.id });
      expect(docs.total).toBe(3);
      expect(new Set(docs.seen).size).toBe(3);
      const { webhooks } = await t.ok(
        graphql(
          `query DeveloperWebhooks { webhooks { deliveriesConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { event status } } } } }`,
        ),
      );
      expect(webhooks[0]!.deliveriesConnection.totalCount).toBe(3);
      expect(webhooks[0]!.deliveriesConnection.pageInfo.hasNextPage).toBe(true);
      expect(webhooks[0]!.deliveriesConnection.edges[0]!.node.event).toBe("task.created");

      const fields = async (type: string) =>
        (
          await t.ok(
            graphql(
              `query DeveloperType($n: String!) { __type(name: $n) { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`,
            ),
            {
              n: type,
            },
          )
        ).__type!.fields as { name: string; isDeprecated: boolean; deprecationReason: string | null }[];
      const query = await fields("Query");
      for (const [old, replacement] of [
        ["notifications", "notificationsConnection"],
        ["questions", "questionsConnection"],
      ]) {
        expect(query.find((f) => f.name === old)).toMatchObject({ isDeprecated: true });
        expect(query.find((f) => f.name === old)!.deprecationReason).toContain(replacement);
        expect(query.find((f) => f.name === replacement)?.isDeprecated).toBe(false);
      }
      expect((await fields("Webhook")).find((f) => f.name === "deliveries")?.isDeprecated).toBe(true);
    } finally {
      await t.close();
    }
  });
});

/**
 * A corpus of hostile documents over HTTP and WebSocket: nothing may produce a 5xx (or an internal
 * error over WebSocket), leak a stack trace or SQL, or leave the server unhealthy.
 */
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { graphql } from "./generated/index.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

interface Attack {
  name: string;
  body: string;
  contentType?: string;
  method?: string;
}

function deep(n: number): string {
  return `{ tasks { edges { node { ${"project { tasks { edges { node { ".repeat(n)}id${" } } } }".repeat(n)} } } } }`;
}

function corpus(): Attack[] {
  const out: Attack[] = [];
  const json = (name: string, payload: unknown) => out.push({ name, body: JSON.stringify(payload) });
  for (let i = 1; i <= 120; i++) json(`deep ${i * 3}`, { query: deep(i * 3) });
  for (let i = 1; i <= 120; i++)
    json(`aliases ${i * 25}`, {
      query: `{ ${Array.from({ length: i * 25 }, (_, k) => `a${k}: projects { id }`).join(" ")} }`,
    });
  for (let i = 1; i <= 80; i++) {
    const frags = Array.from(
      { length: i + 2 },
      (_, k) => `fragment F${k} on Query { projects { id } ...F${k + 1} ...F${k + 1} }`,
    ).join(" ");
    json(`fragment bomb ${i}`, { query: `query { ...F0 } ${frags} fragment F${i + 2} on Query { projects { id } }` });
  }
  for (let i = 1; i <= 40; i++)
    json(`fragment cycle ${i}`, {
      query: `query { ...A } fragment A on Query { ...B${i % 3 ? "" : " projects { id }"} } fragment B on Query { ...A }`,
    });
  for (let i = 1; i <= 60; i++)
    json(`directives ${i * 10}`, { query: `{ projects ${"@include(if: true) ".repeat(i * 10)} { id } }` });
  for (let i = 1; i <= 60; i++) {
    let q = "name";
    for (let k = 0; k < i; k++) q = `ofType { ${q} }`;
    json(`introspection ${i}`, { query: `{ __schema { types { fields { type { ${q} } } } } }` });
  }
  for (let i = 1; i <= 50; i++)
    json(`huge string ${i}`, {
      query: `mutation($t: String!) { createTask(input: { title: $t }) { id } }`,
      variables: { t: "x".repeat(i * 40_000) },
    });
  for (let i = 1; i <= 50; i++)
    json(`huge list ${i}`, {
      query: `mutation($a: [ID!]!) { assignTask(taskId: "task_0mwremvif0004cd8044ee971", agentIds: $a) { id } }`,
      variables: { a: Array.from({ length: i * 2000 }, () => "agent_0mwremvif0004cd8044ee971") },
    });
  for (let i = 1; i <= 80; i++) {
    const junk = [
      "{",
      "}",
      '{"query":',
      '{"query": 5}',
      '{"query": null}',
      "[]",
      "[{}]",
      '{"query":"{ projects { id } }","variables":"nope"}',
      "\u0000\u0001",
      "null",
      '{"query": "{ projects { id "',
      '{"extensions": {"persistedQuery": {"sha256Hash": "x"}}}',
    ][i % 12]!;
    out.push({ name: `invalid json ${i}`, body: junk + " ".repeat(i) });
  }
  for (let i = 1; i <= 60; i++) {
    const type = [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----x",
      "application/xml",
      "image/png",
      "",
    ][i % 6]!;
    out.push({
      name: `content type ${type || "none"} ${i}`,
      body: JSON.stringify({ query: "{ projects { id } }" }),
      contentType: type,
    });
  }
  for (let i = 1; i <= 80; i++) {
    const bytes = Buffer.from(Array.from({ length: 50 + i * 13 }, (_, k) => (k * 7919 + i * 104729) % 256));
    json(`garbage query ${i}`, { query: bytes.toString("latin1") });
  }
  for (let i = 1; i <= 80; i++) {
    const vars = [
      { input: 5 },
      { input: { title: ["x"] } },
      { input: { title: "x", priority: "NOPE" } },
      { input: { title: "x", dueAt: "yesterday" } },
      { input: { title: "x", maxAttempts: 1e30 } },
      { input: { title: "x", assigneeIds: [{}] } },
    ][i % 6];
    json(`wrong variables ${i}`, {
      query: `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      variables: vars,
    });
  }
  for (let i = 1; i <= 40; i++)
    json(
      `batch ${i}`,
      Array.from({ length: i * 5 }, () => ({ query: "{ projects { id } }" })),
    );
  for (let i = 1; i <= 40; i++)
    json(`huge first ${i}`, {
      query: `{ tasks(first: ${10 ** (i % 12)}) { edges { node { id dependencies { dependencies { dependencies { id } } } } } } }`,
    });
  for (let i = 1; i <= 40; i++)
    out.push({
      name: `GET mutation ${i}`,
      method: "GET",
      body: `mutation { createProject(input: { name: "via get ${i}" }) { id } }`,
    });
  return out;
}

describe("hostile input", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite", { maxBodyBytes: 1024 * 1024 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answers 1,000+ hostile HTTP requests with 4xx or a coded error, never 5xx or a leak", async () => {
    const attacks = corpus();
    expect(attacks.length).toBeGreaterThanOrEqual(1000);
    const failures: string[] = [];
    for (let i = 0; i < attacks.length; i += 20) {
      await Promise.all(
        attacks.slice(i, i + 20).map(async (a) => {
          const res =
            a.method === "GET"
              ? await fetch(`${t.url}?query=${encodeURIComponent(String(a.body))}`, {
                  headers: { ...t.headers, accept: "application/json" },
                })
              : await fetch(t.url, {
                  method: "POST",
                  headers: {
                    ...t.headers,
                    ...(a.contentType === "" ? {} : { "content-type": a.contentType ?? "application/json" }),
                  },
                  body: a.body,
                });
          const text = await res.text();
          if (res.status >= 500) failures.push(`${a.name}: ${res.status} ${text.slice(0, 200)}`);
          if (/prisma|SELECT |INSERT |at .*\.(ts|js):\d+|INTERNAL_SERVER_ERROR/i.test(text))
            failures.push(`${a.name}: leaked ${text.slice(0, 200)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect((await fetch(`${t.httpUrl}/health`)).status).toBe(200);
    expect((await t.ok(graphql(`query HostileProjects { projects { id } }`))).projects).toBeInstanceOf(Array);
  }, 120_000);

  it("refuses `__proto__` as a response name, in the operation or a fragment, before anything runs", async () => {
    const post = async (query: string) => {
      const res = await fetch(t.url, {
        method: "POST",
        headers: { ...t.headers, "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return {
        body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
      };
    };
    for (const query of [
      "{ __proto__: __typename }",
      "{ projects { id __proto__: name } }",
      "query { ...F } fragment F on Query { tasks { edges { node { __proto__: title } } } }",
      'mutation { __proto__: createProject(input: { name: "proto" }) { id } }',
    ]) {
      const { body } = await post(query);
      expect(body.data, query).toBeUndefined();
      expect(body.errors?.[0]?.extensions.code, query).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(body.errors?.[0]?.message, query).toMatch(/__proto__/);
    }
    // Refused before it ran: the mutation made no project.
    const { projects } = (await post("{ projects { name } }")).body.data as { projects: { name: string }[] };
    expect(projects.map((p) => p.name)).not.toContain("proto");
    expect((await post("{ ok: __typename }")).body.data).toEqual({ ok: "Query" });
  });

  it("survives hostile WebSocket traffic: bad operations get coded errors, bad frames close the socket", async () => {
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: t.headers,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    const codes: string[] = [];
    const ops = corpus()
      .filter((a) => !a.contentType && !a.method && a.body.length < 900_000)
      .slice(0, 400);
    for (const a of ops) {
      let payload: { query?: unknown; variables?: unknown };
      try {
        payload = JSON.parse(String(a.body));
      } catch {
        continue;
      }
      if (typeof payload?.query !== "string") continue;
      const code = await new Promise<string>((resolve) => {
        client.subscribe(
          { query: payload.query as string, variables: (payload.variables ?? {}) as Record<string, unknown> },
          {
            next: (v) =>
              resolve(
                String((v.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code ?? "ok"),
              ),
            error: (e) =>
              resolve(
                Array.isArray(e)
                  ? String(e[0]?.extensions?.code ?? "error")
                  : `closed ${(e as { code?: number }).code}`,
              ),
            complete: () => resolve("complete"),
          },
        );
      });
      codes.push(code);
    }
    expect(codes.length).toBeGreaterThan(300);
    expect(codes.filter((c) => c === "INTERNAL_SERVER_ERROR" || /closed (1011|4500)/.test(c))).toEqual([]);
    await client.dispose();

    // Raw garbage frames: the server closes that socket (4400) and carries on.
    for (const frame of [
      "not json",
      '{"type":"subscribe"}',
      '{"type":"connection_init","payload":5}',
      "x".repeat(2 * 1024 * 1024),
    ]) {
      const code = await new Promise<number>((resolve) => {
        const ws = new WebSocket(t.wsUrl, "graphql-transport-ws");
        ws.on("open", () => ws.send(frame));
        ws.on("close", (c) => resolve(c));
        ws.on("error", () => {});
      });
      expect([4400, 4401, 4403, 1009, 4429]).toContain(code);
    }
    expect((await fetch(`${t.httpUrl}/health`)).status).toBe(200);
  }, 120_000);
});

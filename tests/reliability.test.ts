/**
 * Reliability under hostile bytes and sizes (issue 14): output is stored whatever bytes it holds,
 * identically on both databases; any other text input holding what a database cannot store is refused
 * with BAD_USER_INPUT naming the field and changes nothing; JSON inputs have a nesting bound.
 */
import { connect, createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { scratchDatabase } from "./helpers/scratch-db.js";
import { PROVIDERS, startTestServer, type TestServer, type TypedDocument } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;
const NUL = "\u0000";
const HIGH = "\ud83d"; // the first half of 😀 (\ud83d\ude00)
const LOW = "\ude00";
const REPLACEMENT = "\ufffd";

describe.each(PROVIDERS)("hostile bytes on %s", (provider) => {
  let t: TestServer;
  let seq = 0;
  beforeAll(async () => {
    t = await startTestServer(provider, { shellAllow: [NODE] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const counts = async () =>
    (await t.ok(graphql(`query ReliabilityTasks { tasks(first: 1) { totalCount } agents { id } }`))) as unknown;

  it("refuses a NUL or an unpaired surrogate in a text input with BAD_USER_INPUT naming the field, changing nothing", async () => {
    const before = await counts();
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, { i: { title: `a${NUL}b` } }, "input.title"],
      [
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
        { i: { title: `half ${HIGH}` } },
        "input.title",
      ],
      [
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
        { i: { title: "ok", tags: ["fine", `x${LOW}`] } },
        "input.tags.1",
      ],
      [
        `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`,
        { i: { name: `hostile-${++seq}`, config: { deep: { value: `v${NUL}` } } } },
        "input.config.deep.value",
      ],
      [
        `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`,
        { i: { name: `hostile-${++seq}`, config: { [`k${NUL}`]: 1 } } },
        "input.config",
      ],
    ];
    for (const [query, variables, field] of cases) {
      const r = await t.gql(query, variables);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message).toContain(field);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    // A literal in the document is refused the same way.
    const literal = await t.gql(`mutation { createTask(input: { title: "x\\u0000y" }) { id } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(literal.errors?.[0]?.message).toContain("input.title");
    expect(await counts()).toEqual(before);
    // A well-formed pair is fine.
    const ok = await t.ok(
      graphql(`mutation ReliabilityCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { title } }`),
      {
        i: { title: `smile ${HIGH}${LOW}` },
      },
    );
    expect(ok.createTask.title).toBe(`smile ${HIGH}${LOW}`);
  });

  it("refuses JSON nested deeper than the bound with BAD_USER_INPUT, not a stack overflow", async () => {
    // Written by hand: JSON.stringify itself would overflow on 100,000 levels.
    const depth = 100_000;
    const config = `${'{"a":'.repeat(depth)}{}${"}".repeat(depth)}`;
    const query = graphql(
      `mutation ReliabilityCreateAgentDeep($i: CreateAgentInput!) { createAgent(input: $i) { id } }`,
    );
    const body = `{"query":${JSON.stringify(query)},"variables":{"i":{"name":"deep-${++seq}","config":${config}}}}`;
    const res = await fetch(t.url, {
      method: "POST",
      headers: { ...t.headers, "content-type": "application/json" },
      body,
    });
    const r = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/input\.config.*nested deeper than \d+/);
  });

  it("stores output chunks with NUL bytes and split surrogates, replaced by U+FFFD, the same on both databases", async () => {
    const { createAgent: a } = await t.ok(
      graphql(
        `mutation ReliabilityCreateBytes($n: String!) { createAgent(input: { name: $n, maxCapacity: 100 }) { id } }`,
      ),
      { n: `bytes-${++seq}` },
    );
    const { createTask: task } = await t.ok(
      graphql(
        `mutation ReliabilityCreateTask3($a: [ID!]) { createTask(input: { title: "bytes", assigneeIds: $a }) { id } }`,
      ),
      { a: [a.id] },
    );
    // Everything claimable (earlier tests leave INBOX tasks anyone may take), ours among it.
    const claimed = await t.ok(
      graphql(`mutation ReliabilityClaimTask($a: ID!) { claimTask(agentId: $a, limit: 100) { tasks { id } } }`),
      {
        a: a.id,
      },
    );
    expect(claimed.claimTask.tasks.map((x: { id: unknown }) => x.id)).toContain(task.id);
    const append = graphql(
      `mutation ReliabilityAppendTaskOutput($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq content } }`,
    );
    const sent = [`nul${NUL}byte`, `emoji ${HIGH}`, `${LOW} rest`, `pair ${HIGH}${LOW}`];
    const answered = [];
    for (const c of sent) answered.push((await t.ok(append, { t: task.id, a: a.id, c })).appendTaskOutput.content);
    const expected = [`nul${REPLACEMENT}byte`, `emoji ${REPLACEMENT}`, `${REPLACEMENT} rest`, `pair ${HIGH}${LOW}`];
    expect(answered).toEqual(expected);
    const { task: stored } = await t.ok(
      graphql(`query ReliabilityTask($t: ID!) { task(id: $t) { output { content } } }`),
      { t: task.id },
    );
    expect(stored!.output.map((o: { content: unknown }) => o.content)).toEqual(expected);
    // completeTask's result is another text input: refused, the task still held.
    const bad = await t.gql(
      graphql(
        `mutation ReliabilityCompleteTask($t: ID!, $a: ID!, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }`,
      ),
      {
        t: task.id,
        a: a.id,
        r: `done${NUL}`,
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("result");
  });

  it("completes a shell run whose output and result hold NUL bytes, with everything stored", async () => {
    const { createAgent: sh } = await t.ok(
      graphql(
        `mutation ReliabilityCreateNul($n: String!) { createAgent(input: { name: $n, backend: "shell" }) { id } }`,
      ),
      { n: `nul-${++seq}` },
    );
    const script = `process.stdout.write("before\\u0000after\\n"); process.stderr.write("err\\u0000or\\n")`;
    const task = await makeTask(t, { title: "nul run", assigneeIds: [sh.id], command: [NODE, "-e", script] });
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task.id });
    const done = await waitFor(async () => {
      const { task: x } = await t.ok(
        graphql(
          `query ReliabilityTask2($t: ID!) { task(id: $t) { status result runs { status } output { kind content } } }`,
        ),
        { t: task.id },
      );
      return x!.runs.length && x!.runs.every((r: { status: unknown }) => r.status !== "RUNNING") ? x : null;
    }, 15_000);
    expect(done.runs[0]!.status).toBe("SUCCEEDED");
    expect(done.status).toBe("DONE");
    expect(done.result).toBe(`before${REPLACEMENT}after\n`);
    const text = (kind: string) =>
      done.output
        .filter((o: { kind: unknown }) => o.kind === kind)
        .map((o: { content: unknown }) => o.content)
        .join("");
    expect(text("STDOUT")).toBe(`before${REPLACEMENT}after\n`);
    expect(text("STDERR")).toBe(`err${REPLACEMENT}or\n`);
  });

  it("caps a run's stored output: keeps the head and the tail, says what was dropped, and never blocks the program", async () => {
    const capped = await startTestServer(provider, { shellAllow: [NODE], runOutputMaxBytes: 200_000 });
    try {
      const { createAgent: sh } = await capped.ok(
        graphql(`mutation ReliabilityCreateAgent { createAgent(input: { name: "loud", backend: "shell" }) { id } }`),
      );
      // 4 MB, 20 times the limit, written as fast as the pipe takes it.
      const script = `for (let i = 0; i < 40000; i++) process.stdout.write("line-" + String(i).padStart(5, "0") + " " + "x".repeat(88) + "\\n")`;
      const { createTask: task } = await capped.ok(
        graphql(`mutation ExecutionCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { id } }`),
        {
          i: { title: "loud", assigneeIds: [sh.id], command: [NODE, "-e", script] },
        },
      );
      await capped.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task.id });
      const done = await waitFor(async () => {
        const { task: x } = await capped.ok(
          graphql(`query ExecutionTask5($t: ID!) { task(id: $t) { status runs { status } } }`),
          {
            t: task.id,
          },
        );
        return x!.runs.length && x!.runs.every((r: { status: unknown }) => r.status !== "RUNNING") ? x : null;
      }, 30_000);
      expect(done.runs[0]!.status).toBe("SUCCEEDED");
      const { task: x } = await capped.ok(
        graphql(`query ReliabilityTask3($t: ID!) { task(id: $t) { output(limit: 5000) { kind content } } }`),
        {
          t: task.id,
        },
      );
      const stdout = x!.output
        .filter((o: { kind: unknown }) => o.kind === "STDOUT")
        .map((o: { content: unknown }) => o.content)
        .join("");
      const system = x!.output
        .filter((o: { kind: unknown }) => o.kind === "SYSTEM")
        .map((o: { content: unknown }) => o.content)
        .join("\n");
      expect(Buffer.byteLength(stdout)).toBeLessThanOrEqual(200_000);
      expect(Buffer.byteLength(stdout)).toBeGreaterThan(199_000);
      expect(stdout.startsWith("line-00000 ")).toBe(true);
      expect(stdout.endsWith(`line-39999 ${"x".repeat(88)}\n`)).toBe(true);
      expect(system).toMatch(/dropped [\d,]+ bytes/);
    } finally {
      await capped.close();
    }
  });
});

describe("bounds a client chooses", () => {
  it("refuses an operation past MC_WS_MAX_SUBSCRIPTIONS on one WebSocket with RATE_LIMITED, and takes one again once another completes", async () => {
    const t = await startTestServer("sqlite", { wsMaxSubscriptions: 5 });
    const client = t.ws();
    try {
      const events: number[] = [0, 0, 0, 0, 0, 0];
      const stops: (() => void)[] = [];
      const errors: unknown[][] = [];
      const open = (i: number) =>
        client.subscribe(
          { query: `subscription { activity { type } }` },
          { next: () => void events[i]!++, error: (e) => void errors.push(e as unknown[]), complete: () => {} },
        );
      for (let i = 0; i < 5; i++) stops.push(open(i));
      // The sixth is refused; the five keep working.
      const refused = new Promise<unknown[]>((resolve) =>
        client.subscribe(
          { query: `subscription { activity { type } }` },
          { next: () => {}, error: (e) => resolve(e as unknown[]), complete: () => {} },
        ),
      );
      const err = (await Promise.race([
        refused,
        new Promise((_, reject) => setTimeout(() => reject(new Error("the sixth operation was accepted")), 5000)),
      ])) as { extensions?: { code?: string }; message: string }[];
      expect(err[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(err[0]?.message).toMatch(/MC_WS_MAX_SUBSCRIPTIONS/);
      await t.ok(graphql(`mutation ReliabilityCreateTask4 { createTask(input: { title: "wake" }) { id } }`));
      await waitFor(async () => events.slice(0, 5).every((n) => n > 0), 5000, "the five to receive an event");
      const listening = t.listening();
      stops[0]!();
      await waitFor(async () => t.listening() < listening, 5000, "the completed one to be let go");
      stops.push(open(5));
      await t.untilListening(listening - 1);
      await t.ok(graphql(`mutation ReliabilityCreateTask5 { createTask(input: { title: "again" }) { id } }`));
      await waitFor(async () => events[5]! > 0, 5000, "the new one to receive an event");
      expect(errors).toEqual([]);
    } finally {
      await client.dispose();
      await t.close();
    }
  });
});

/** A TCP proxy in front of PostgreSQL that can be taken down (every connection cut) and brought back. */
async function outageProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: TcpServer | null = null;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createTcpServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => resolve()) : resolve();
      server = null;
    });
  await up();
  return { port: () => port, up, down };
}

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.error("[tests] TEST_DATABASE_URL is not set: the PostgreSQL outage test is skipped.");

describe.skipIf(!pgUrl)("a PostgreSQL outage", () => {
  it("answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After while the database is down, and recovers by itself", async () => {
    const db = await scratchDatabase(pgUrl, "mc_outage");
    const proxy = await outageProxy(new URL(pgUrl!));
    const proxied = new URL(db.url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port());
    const t = await startTestServer("postgresql", { databaseUrl: proxied.toString() });
    const post = (query: string) =>
      fetch(t.url, {
        method: "POST",
        headers: { ...t.headers, "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
    try {
      await t.ok(graphql(`mutation ReliabilityCreateTask6 { createTask(input: { title: "before" }) { id } }`));
      await proxy.down();
      for (const query of [
        `query { tasks(first: 5) { totalCount edges { node { id title } } } }`,
        `mutation { createTask(input: { title: "during" }) { id } }`,
        `query { agents { id name } }`,
      ]) {
        const res = await post(query);
        const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
        expect(res.status, query).toBe(503);
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        expect(body.errors?.[0]?.message).toMatch(/database/i);
        expect(body.errors?.[0]?.extensions?.http).toBeUndefined();
      }
      // Alive, but not ready, and /ready says which dependency failed.
      expect((await fetch(`${t.httpUrl}/health`)).status).toBe(200);
      const ready = await fetch(`${t.httpUrl}/ready`);
      expect(ready.status).toBe(503);
      const checks = ((await ready.json()) as { checks: Record<string, string> }).checks;
      expect(checks.database).toMatch(/^unavailable: /);
      expect(checks.server).toBe("ok");
      await proxy.up();
      const back = await waitFor(
        async () => {
          const res = await post(`query { tasks(first: 5) { totalCount } }`);
          return res.status === 200 ? ((await res.json()) as { data: { tasks: { totalCount: number } } }) : null;
        },
        20_000,
        "the server to answer again",
      );
      expect(back.data.tasks.totalCount).toBe(1);
    } finally {
      await t.close();
      await proxy.down();
      await db.drop();
    }
  });
});

/** An SSE subscription read raw: every `data:` payload, and a promise that settles when the stream ends. */
function sseWatch<R, V>(url: string, key: string, query: TypedDocument<R, V>) {
  const events: { data?: unknown; errors?: { extensions?: { code?: string }; message: string }[] }[] = [];
  const controller = new AbortController();
  let opened!: () => void;
  const open = new Promise<void>((r) => (opened = r));
  const ended = (async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: String(query) }),
      signal: controller.signal,
    });
    opened();
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
        const data = buffer
          .slice(0, at)
          .split("\n")
          .filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trim())
          .join("");
        buffer = buffer.slice(at + 2);
        if (data) events.push(JSON.parse(data));
      }
    }
  })().catch(() => {});
  return { events, open, ended, stop: () => controller.abort() };
}

/** A graphql-ws connection with one subscription, and a promise of its close code. */
function wsWatch<R, V>(url: string, key: string, query: TypedDocument<R, V>) {
  let closed!: (code: number) => void;
  const code = new Promise<number>((r) => (closed = r));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${key}` },
    on: { closed: (e) => closed((e as { code: number }).code) },
  });
  client.subscribe({ query: String(query) }, { next: () => {}, error: () => {}, complete: () => {} });
  return { code, dispose: () => client.dispose() };
}

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
  ]);

describe("long-lived streams honour the key", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
  });
  const QUERY = graphql(`subscription ReliabilityTaskEvents { taskEvents { type } }`);
  const key = async (input: Record<string, unknown>) =>
    (
      await t.ok(
        graphql(
          `mutation ReliabilityCreateApiKey($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }`,
        ),
        {
          i: { name: `k-${Math.random().toString(36).slice(2, 8)}`, role: "OPERATOR", ...input },
        },
      )
    ).createApiKey;

  async function expectEnded(sse: ReturnType<typeof sseWatch>, ws: ReturnType<typeof wsWatch>, reason: RegExp) {
    expect(await within(ws.code, 8000, "the WebSocket to close")).toBe(4403);
    await within(sse.ended, 8000, "the SSE stream to end");
    const last = sse.events.at(-1);
    expect(last?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(last?.errors?.[0]?.message).toMatch(reason);
  }

  async function watchBoth(secret: string) {
    const sse = sseWatch(t.url, secret, QUERY);
    const ws = wsWatch(t.wsUrl, secret, QUERY);
    await sse.open;
    // Both streams deliver before the key goes away.
    await t.ok(graphql(`mutation ReliabilityCreateTask7 { createTask(input: { title: "seen" }) { id } }`));
    await waitFor(async () => sse.events.some((e) => e.data), 5000, "an SSE event");
    return { sse, ws };
  }

  it("ends every SSE and WebSocket stream of a revoked key at once", async () => {
    const k = await key({});
    const { sse, ws } = await watchBoth(k.secret);
    await t.ok(graphql(`mutation ReliabilityRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`), {
      id: k.apiKey.id,
    });
    await expectEnded(sse, ws, /revoked/);
  });

  it("ends the streams of a key when it expires", async () => {
    const k = await key({ expiresAt: new Date(Date.now() + 2500).toISOString() });
    const { sse, ws } = await watchBoth(k.secret);
    await expectEnded(sse, ws, /expired/);
  });

  it("ends the streams of an AGENT key when its agent is deleted", async () => {
    const { createAgent } = await t.ok(
      graphql(`mutation FailoverCreateAgent { createAgent(input: { name: "doomed" }) { id } }`),
    );
    const k = await key({ role: "AGENT", agentId: createAgent.id });
    const { sse, ws } = await watchBoth(k.secret);
    await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: createAgent.id });
    await expectEnded(sse, ws, /deleted/);
  });
});

describe("slow consumers", () => {
  it("cuts a WebSocket and an SSE subscriber that stopped reading once their unsent bytes pass the limit; a healthy one is unaffected", async () => {
    const t = await startTestServer("sqlite", { streamMaxBufferedBytes: 256 * 1024 });
    try {
      const a = await makeAgent(t, { name: "firehose" });
      const { createTask: task } = await t.ok(
        graphql(
          `mutation ReliabilityCreateTask8($a: [ID!]) { createTask(input: { title: "firehose", assigneeIds: $a }) { id } }`,
        ),
        { a: [a.id] },
      );
      await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: a.id });
      const query = String(
        graphql(`subscription ReliabilityTaskOutput($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq content } }`),
      );

      // A WebSocket that stops reading once subscribed (graphql-ws by hand, on a raw socket).
      const slowWs = new WebSocket(t.wsUrl, "graphql-transport-ws");
      await new Promise((r) => slowWs.once("open", r));
      slowWs.send(JSON.stringify({ type: "connection_init", payload: { authorization: t.headers.authorization } }));
      await new Promise((r) => slowWs.once("message", r)); // connection_ack
      slowWs.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables: { t: task.id } } }));
      const wsClosed = new Promise<number>((r) => slowWs.once("close", (code) => r(code)));
      (slowWs as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

      // An SSE subscriber that stops reading.
      const sse = await fetch(t.url, {
        method: "POST",
        headers: { ...t.headers, "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ query, variables: { t: task.id } }),
      });
      const reader = sse.body!.getReader();

      // A healthy subscriber reads everything.
      const healthy = t.ws();
      let seen = 0;
      healthy.subscribe(
        { query, variables: { t: task.id } },
        { next: () => void seen++, error: () => {}, complete: () => {} },
      );

      // More than loopback TCP can hold in its own buffers (several MB each way with autotuning).
      const chunk = "z".repeat(500_000);
      const append = graphql(
        `mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
      );
      for (let i = 0; i < 100; i++) await t.ok(append, { t: task.id, a: a.id, c: chunk }); // 50 MB
      await waitFor(async () => seen >= 100, 30_000, "the healthy subscriber to get every chunk");

      // Once resumed, each slow one finds its connection closed by the server.
      (slowWs as unknown as { _socket: { resume(): void } })._socket.resume();
      expect(await within(wsClosed, 10_000, "the slow WebSocket to be closed")).toBeGreaterThan(1000);
      const drained = (async () => {
        for (;;) if ((await reader.read()).done) return "ended";
      })().catch(() => "cut");
      expect(await within(drained, 10_000, "the slow SSE stream to be cut")).toMatch(/ended|cut/);
      await healthy.dispose();
    } finally {
      await t.close();
    }
  });
});

describe("rate limits", () => {
  it("limits unauthenticated and failed-auth requests per address before the key lookup", async () => {
    const t = await startTestServer("sqlite", { authFailuresPerMinute: 5 });
    try {
      const codes: string[] = [];
      const lookups: number[] = [];
      for (let i = 0; i < 9; i++) {
        const r = await t.gql(
          graphql(`query ReliabilityTypename { __typename }`),
          {},
          i % 3 === 0 ? null : `mc_key_0mwnotakey0000${i}cd8044ee971_nope`,
        );
        codes.push(String(r.errors?.[0]?.extensions?.code));
        lookups.push(Number(r.headers.get("x-sql-queries") ?? 0));
      }
      expect(codes.slice(0, 5).every((c) => c === "UNAUTHENTICATED")).toBe(true);
      expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
      // Refused before the key is looked up: no statement ran for them.
      expect(lookups.slice(5)).toEqual([0, 0, 0, 0]);
      const limited = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer mc_key_bogus" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(limited.status).toBe(429);
    } finally {
      await t.close();
    }
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
describe.skipIf(!pgUrl || !redisUrl)("rate limits across instances", () => {
  it("holds one key's limit across two instances sharing Redis (not twice the limit)", async () => {
    const limits = { rateLimitPerSecond: 1, rateLimitBurst: 10, redisUrl: redisUrl! };
    const a = await startTestServer("postgresql", limits);
    const b = await startTestServer("postgresql", { ...limits, databaseUrl: a.config.databaseUrl });
    try {
      // With Redis configured, readiness checks it too.
      const ready = (await (await fetch(`${a.httpUrl}/ready`)).json()) as { checks: Record<string, string> };
      expect(ready.checks.redis).toBe("ok");
      const { createApiKey } = await a.ok(
        graphql(
          `mutation ReliabilityCreateSharedKey($n: String!) { createApiKey(input: { name: $n, role: OPERATOR }) { secret } }`,
        ),
        { n: `shared-${Date.now()}` },
      );
      let ok = 0;
      let limited = 0;
      for (let i = 0; i < 30; i++) {
        const r = await (i % 2 ? b : a).gql(
          graphql(`query ReliabilityTypename { __typename }`),
          {},
          createApiKey.secret,
        );
        if (r.errors?.[0]?.extensions?.code === "RATE_LIMITED") limited++;
        else if (!r.errors) ok++;
      }
      expect(ok + limited).toBe(30);
      expect(ok).toBeLessThanOrEqual(13); // 10 of burst and a point or two of refill, not 20
      expect(limited).toBeGreaterThanOrEqual(17);
    } finally {
      await b.close();
      await a.close();
    }
  });
});

describe("subscription churn", () => {
  it("lets go of every subscription a client leaves, including one still waiting for a live event", async () => {
    const t = await startTestServer("sqlite");
    const client = t.ws();
    try {
      const a = await makeAgent(t, { name: "churn" });
      const { createTask: task } = await t.ok(
        graphql(
          `mutation ReliabilityCreateTask9($a: [ID!]) { createTask(input: { title: "churn", assigneeIds: $a }) { id } }`,
        ),
        { a: [a.id] },
      );
      await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: a.id });
      const append = graphql(
        `mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
      );
      for (let i = 0; i < 5; i++) await t.ok(append, { t: task.id, a: a.id, c: `line ${i}` });
      const baseline = t.server.liveSubscriptions();
      // Each subscriber reads the replay, then waits on the live stream, and leaves while waiting.
      for (let round = 0; round < 50; round++) {
        await new Promise<void>((resolve) => {
          let seen = 0;
          const stop = client.subscribe(
            {
              query: `subscription($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq } }`,
              variables: { t: task.id },
            },
            {
              next: () => {
                if (++seen === 5) {
                  stop();
                  resolve();
                }
              },
              error: () => resolve(),
              complete: () => resolve(),
            },
          );
        });
      }
      // And filtered streams left while nothing passes their filter (a quiet task's events).
      for (let round = 0; round < 30; round++) {
        const stop = client.subscribe(
          { query: `subscription($t: ID) { taskEvents(taskId: $t) { type } }`, variables: { t: task.id } },
          { next: () => {}, error: () => {}, complete: () => {} },
        );
        await waitFor(async () => t.server.liveSubscriptions() > baseline, 2000, "the subscription to listen");
        await t.ok(graphql(`mutation ReliabilityCreateTask10 { createTask(input: { title: "elsewhere" }) { id } }`)); // filtered out
        stop();
      }
      await waitFor(async () => t.server.liveSubscriptions() <= baseline, 5000, "the subscriptions to be let go").catch(
        () => {},
      );
      expect(t.server.liveSubscriptions()).toBe(baseline);
      // And an event after they left is queued for no one: nothing is listening for it.
      await t.ok(append, { t: task.id, a: a.id, c: "after" });
      expect(t.server.liveSubscriptions()).toBe(baseline);
    } finally {
      await client.dispose();
      await t.close();
    }
  });
});

describe("WebSocket frames", () => {
  it("writes each subscriber its own well-formed next frame, the shared payload spliced in once, a field named payload untouched", async () => {
    const t = await startTestServer("sqlite");
    const sockets: WebSocket[] = [];
    try {
      const a = await makeAgent(t, { name: "framer" });
      const { createTask: task } = await t.ok(
        graphql(
          `mutation ReliabilityCreateTask11($a: [ID!]) { createTask(input: { title: "frames", assigneeIds: $a }) { id } }`,
        ),
        { a: [a.id] },
      );
      await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: a.id });
      // Sent as raw graphql-ws frames, so as text.
      const plain = String(
        graphql(`subscription ReliabilityTaskOutput2($t: ID!) { taskOutput(taskId: $t) { seq content } }`),
      );
      const aliased = String(
        graphql(
          `subscription ReliabilityTaskOutput3($t: ID!) { taskOutput(taskId: $t) { seq payload: content type: kind } }`,
        ),
      );
      const frames = new Map<string, string[]>();
      const open = async (subs: [string, string][]) => {
        const ws = new WebSocket(t.wsUrl, "graphql-transport-ws");
        sockets.push(ws);
        await new Promise((r) => ws.once("open", r));
        ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: t.headers.authorization } }));
        await new Promise((r) => ws.once("message", r)); // connection_ack
        ws.on("message", (data) => {
          const raw = String(data);
          const id = (JSON.parse(raw) as { id: string }).id;
          frames.set(id, [...(frames.get(id) ?? []), raw]);
        });
        for (const [id, query] of subs) {
          ws.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables: { t: task.id } } }));
        }
      };
      const since = t.listening();
      await open([
        ["a1", plain],
        ["a2", aliased],
      ]);
      await open([["b1", plain]]);
      // All three listen on the bus before anything is appended (no fixed sleep).
      await t.untilListening(since, 3);
      const append = graphql(
        `mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
      );
      for (const c of ["one", 'two "quoted" }', "three"]) await t.ok(append, { t: task.id, a: a.id, c });
      await waitFor(async () => ["a1", "a2", "b1"].every((id) => (frames.get(id)?.length ?? 0) >= 3), 10_000, "frames");

      const parsed = (id: string) => frames.get(id)!.map((raw) => JSON.parse(raw));
      const contents = ["one", 'two "quoted" }', "three"];
      for (const id of ["a1", "b1"]) {
        expect(parsed(id)).toEqual(
          contents.map((content, i) => ({
            id,
            type: "next",
            payload: { data: { taskOutput: { seq: i + 1, content } } },
          })),
        );
      }
      expect(parsed("a2")).toEqual(
        contents.map((payload, i) => ({
          id: "a2",
          type: "next",
          payload: { data: { taskOutput: { seq: i + 1, payload, type: "MESSAGE" } } },
        })),
      );
      // The two subscribers of one group got the same payload bytes, each under its own id.
      expect(frames.get("a1")!.map((f) => f.replace('"id":"a1"', ""))).toEqual(
        frames.get("b1")!.map((f) => f.replace('"id":"b1"', "")),
      );
    } finally {
      for (const ws of sockets) ws.terminate();
      await t.close();
    }
  });
});

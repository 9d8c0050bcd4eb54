/**
 * Real server processes on one PostgreSQL database: one leads the background jobs; after `kill -9` of
 * the leader another takes over, and the dead instance's claimed task comes back when its lease runs out.
 * Runs when TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { TestOutputSeqDocument, TestProjectEventTitlesDocument } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { okGraphql, type TypedDocument } from "./helpers/graphql-http.js";
import { wsLive } from "./helpers/live.js";
import { type ScratchDatabase, scratchDatabase } from "./helpers/scratch-db.js";

const pgUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
if (!pgUrl) console.warn("[tests] TEST_DATABASE_URL is not set: the multi-process failover test is skipped.");
const KEY = "failover-admin-key-0123456789";

interface Instance {
  child: ChildProcess;
  base: string;
}

function spawnInstance(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve"], {
    env: {
      ...process.env,
      PORT: "0",
      DATABASE_URL: databaseUrl,
      MC_ADMIN_KEY: KEY,
      MC_LEADER_POLL_SECONDS: "1",
      MC_LEASE_SECONDS: "2",
      MC_LEASE_SWEEP_SECONDS: "1",
      LOG_LEVEL: "info",
      MC_RATE_LIMIT_PER_SECOND: "1000000",
      MC_RATE_LIMIT_BURST: "1000000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (d: Buffer) => {
      buffer += d.toString();
      const m = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(buffer);
      if (m) resolve({ child, base: m[1]! });
    });
    child.once("exit", (code) => reject(new Error(`instance exited early (${code})`)));
  });
}

async function health(i: Instance): Promise<{ status: string; leader: boolean }> {
  return (await fetch(`${i.base}/health`)).json() as Promise<{ status: string; leader: boolean }>;
}

/** Polls `check` every 100 ms until it holds or `ms` pass. */
async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

const gql = <R, V>(i: Instance, query: TypedDocument<R, V>, variables?: V) =>
  okGraphql(`${i.base}/graphql`, query, variables, KEY);

describe.skipIf(!pgUrl)("leader failover across processes", () => {
  const children: ChildProcess[] = [];
  let db: ScratchDatabase;
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await db?.drop();
  });

  it("hands the jobs to another instance after kill -9 and recovers the dead instance's claim", async () => {
    db = await scratchDatabase(pgUrl, "mc_failover");
    const a = await spawnInstance(db.url);
    children.push(a.child);
    await until(async () => (await health(a)).leader, 10_000);
    const b = await spawnInstance(db.url);
    children.push(b.child);
    expect((await health(b)).leader).toBe(false);

    const agent = (
      await gql(a, graphql(`mutation FailoverCreateAgent { createAgent(input: { name: "doomed" }) { id } }`))
    ).createAgent.id;
    const task = (
      await gql(
        a,
        graphql(
          `mutation FailoverCreateTask($a: [ID!]) { createTask(input: { title: "survives", assigneeIds: $a }) { id } }`,
        ),
        {
          a: [agent],
        },
      )
    ).createTask.id;
    expect(
      (await gql(a, graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: agent }))
        .claimTask.outcome,
    ).toBe("CLAIMED");

    a.child.kill("SIGKILL");
    const takeover = await until(async () => (await health(b)).leader, 10_000);
    expect(takeover).toBeLessThan(5_000);
    await until(
      async () =>
        (await gql(b, graphql(`query CollaborationTask2($t: ID!) { task(id: $t) { status } }`), { t: task })).task!
          .status === "ASSIGNED",
      15_000,
    );
    const t = (
      await gql(
        b,
        graphql(`query FailoverTask($t: ID!) { task(id: $t) { status attempts statusNote claimedBy { id } } }`),
        { t: task },
      )
    ).task;
    expect(t).toMatchObject({ status: "ASSIGNED", attempts: 1, claimedBy: null });
    expect(t!.statusNote).toMatch(/lease .* expired/);
    b.child.kill("SIGTERM");
  }, 60_000);
});

describe.skipIf(!pgUrl)("a server-side run whose process dies", () => {
  const children: ChildProcess[] = [];
  let db: ScratchDatabase;
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await db?.drop();
  });

  it("is recovered by lease expiry (run LOST, task requeued) and run again by the survivor", async () => {
    db = await scratchDatabase(pgUrl, "mc_crashrun");
    const env = { MC_SHELL_ALLOW: process.execPath, MC_DISPATCH_INTERVAL_SECONDS: "1" };
    const a = await spawnInstance(db.url, env);
    children.push(a.child);
    await until(async () => (await health(a)).leader, 10_000);
    const b = await spawnInstance(db.url, env);
    children.push(b.child);
    // A runs it; B is not the leader, so it does not dispatch until A is gone.
    const agent = (
      await gql(
        a,
        graphql(`mutation FailoverCreateAgent2 { createAgent(input: { name: "crashy", backend: "shell" }) { id } }`),
      )
    ).createAgent.id;
    // First attempt sleeps a minute; later attempts finish at once.
    const script = `if (process.env.MC_TASK_TITLE && require("fs").existsSync("/tmp/mc-crash-${process.pid}")) { console.log("second try") } else { require("fs").writeFileSync("/tmp/mc-crash-${process.pid}", "1"); setTimeout(() => {}, 60000) }`;
    const task = (
      await gql(
        a,
        graphql(
          `mutation FailoverCreateTask2($a: ID!, $c: [String!]) { createTask(input: { title: "fragile", assigneeIds: [$a], command: $c }) { id } }`,
        ),
        {
          a: agent,
          c: [process.execPath, "-e", script],
        },
      )
    ).createTask.id;
    // A, the leader, auto-dispatches it (or runTask does, whichever comes first: the other gets CONFLICT).
    await gql(a, graphql(`mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }`), { t: task }).catch(
      (e: Error) => {
        if (!/CONFLICT/.test(e.message)) throw e;
      },
    );
    await until(
      async () =>
        (await gql(a, graphql(`query CollaborationTask2($t: ID!) { task(id: $t) { status } }`), { t: task })).task!
          .status === "IN_PROGRESS",
      10_000,
    );
    a.child.kill("SIGKILL");
    await until(async () => (await health(b)).leader, 10_000);
    const done = await until(
      async () =>
        (await gql(b, graphql(`query CollaborationTask2($t: ID!) { task(id: $t) { status } }`), { t: task })).task!
          .status === "DONE",
      20_000,
    );
    expect(done).toBeGreaterThan(0);
    const t = (
      await gql(b, graphql(`query FailoverTask2($t: ID!) { task(id: $t) { attempts result runs { status error } } }`), {
        t: task,
      })
    ).task;
    expect(t!.result!.trim()).toBe("second try");
    expect(t!.attempts).toBe(2);
    expect(t!.runs.map((r: { status: unknown }) => r.status)).toEqual(["SUCCEEDED", "LOST"]);
    expect(t!.runs[1]!.error).toMatch(/lease .* expired/);
  }, 60_000);
});

describe.skipIf(!pgUrl || !redisUrl)("two server processes on PostgreSQL and Redis", () => {
  const children: ChildProcess[] = [];
  const clients: ReturnType<typeof createClient>[] = [];
  let db: ScratchDatabase;
  let a: Instance;
  let b: Instance;
  const ws = (i: Instance) => {
    const c = createClient({
      url: `${i.base.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${KEY}` },
      retryAttempts: 0,
    });
    clients.push(c);
    return c;
  };
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await db?.drop();
  });

  // Setup, not a test: two processes on one database and Redis.
  beforeAll(async () => {
    db = await scratchDatabase(pgUrl, "mc_multi");
    // A long lease: this suite kills B while its claims must stay A's to finish.
    const env = { REDIS_URL: redisUrl!, MC_LEASE_SECONDS: "600" };
    [a, b] = await Promise.all([spawnInstance(db.url, env), spawnInstance(db.url, env)]);
    children.push(a.child, b.child);
  }, 30_000);

  it("delivers to a subscriber of A the events of mutations made on B", async () => {
    const project = (
      await gql(b, graphql(`mutation FailoverCreateProject { createProject(input: { name: "mp" }) { id } }`))
    ).createProject.id;
    const live = wsLive(ws(a), TestProjectEventTitlesDocument, {
      p: project,
    });
    const probe = (
      await gql(
        b,
        graphql(`mutation FailoverCreateTask3($p: ID) { createTask(input: { title: "probe", projectId: $p }) { id } }`),
        { p: project },
      )
    ).createTask.id;
    for (let i = 0; i < 200 && live.events.length === 0; i++) {
      await gql(b, `mutation($id: ID!) { updateTask(id: $id, input: { description: "${i}" }) { id } }`, { id: probe });
    }
    await gql(
      b,
      graphql(`mutation FailoverCreateTask4($p: ID) { createTask(input: { title: "from B", projectId: $p }) { id } }`),
      { p: project },
    );
    await live.next((e) => e.taskEvents.type === "created" && e.taskEvents.task.title === "from B");
    live.stop();
  }, 30_000);

  it("never double-claims with 32 claimers spread over both processes", async () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      ref: `r${i}`,
      title: `mp ${i}`,
      requiredSpecialties: ["mp"],
    }));
    const made = (
      await gql(a, graphql(`mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`), {
        i: items,
      })
    ).createTasks.map((x) => x.id);
    const agents: string[] = [];
    for (let i = 0; i < 32; i++) {
      agents.push(
        (
          await gql(
            i % 2 ? a : b,
            graphql(
              `mutation FailoverCreateAgent4($n: String!) { createAgent(input: { name: $n, specialties: ["mp"], maxCapacity: 1000 }) { id } }`,
            ),
            { n: `mp-${i}` },
          )
        ).createAgent.id,
      );
    }
    const claimed: string[] = [];
    await Promise.all(
      agents.map(async (agent, i) => {
        for (;;) {
          const r = await gql(
            i % 2 ? a : b,
            graphql(`mutation FailoverClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`),
            {
              a: agent,
            },
          );
          if (r.claimTask.outcome !== "CLAIMED") return;
          claimed.push(r.claimTask.task!.id);
        }
      }),
    );
    // Each claim distinct (the earlier test's INBOX tasks may be taken too), and all 400 went.
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.filter((id) => made.includes(id))).toHaveLength(400);
  }, 60_000);

  it("loses and duplicates no output for subscribers of the surviving process after kill -9 of the other", async () => {
    const agent = (
      await gql(a, graphql(`mutation FailoverCreateAgent3 { createAgent(input: { name: "mp-streamer" }) { id } }`))
    ).createAgent.id;
    const task = (
      await gql(
        a,
        graphql(
          `mutation FailoverCreateTask5($a: [ID!]) { createTask(input: { title: "mp stream", assigneeIds: $a, priority: CRITICAL }) { id } }`,
        ),
        { a: [agent] },
      )
    ).createTask.id;
    await gql(a, graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: agent });
    const live = wsLive(ws(a), TestOutputSeqDocument, { t: task });
    const append = (via: Instance, i: number) =>
      gql(
        via,
        graphql(
          `mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
        ),
        { t: task, a: agent, c: `line ${i}` },
      );
    for (let i = 1; i <= 60; i++) await append(i % 2 ? a : b, i);
    b.child.kill("SIGKILL");
    for (let i = 61; i <= 120; i++) await append(a, i);
    await live.next((e) => e.taskOutput.seq === 120);
    expect(live.events.map((e) => e.taskOutput.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    live.stop();
  }, 60_000);
});

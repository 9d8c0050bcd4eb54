/**
 * The claim + complete cycle, decomposed so each figure explains the next, all from one run:
 *   1. floor: the cycle's statements on the raw driver in this process (bench/claims-floor.ts)
 *   2. service: the same cycle through the services, in this process (no HTTP, no GraphQL)
 *   3. `{ __typename }` over HTTP against a bare `node:http` server answering the same JSON
 *   4. end to end: 32 agents over HTTP, claim then complete (and with claimNext, one request a cycle)
 * CPU is read from /proc for the server process (or from process.cpuUsage in-process), not wall time.
 */
import { spawn } from "node:child_process";
import { loadConfig } from "../src/config.js";
import { createServer } from "../src/server.js";
import { floorCycleMs } from "./claims-floor.js";
import { BENCH_KEY, freePort, freshDatabase, gql, instanceLabel, line, ms, startServers, summary } from "./lib.js";
import { cpuDuring, cpuMs, ratio, rssMiB, selfCpuDuring } from "./proc.js";

const label = (pgUrl?: string) => (pgUrl ? "postgresql" : "sqlite");

export async function benchClaims(
  pgUrl?: string,
  { tasks = 4000, workers = 32, instances = 1, redisUrl = "", inProcessCycles = 1000 } = {},
) {
  const floor = await floorFigure(pgUrl, inProcessCycles);
  line(`claim+complete floor (raw driver) [${label(pgUrl)}]`, { "cpu/cycle": ms(floor) });
  const service = await serviceFigure(pgUrl, inProcessCycles);
  line(`claim+complete in-process service [${label(pgUrl)}]`, {
    "cpu/cycle": ms(service),
    "vs floor": ratio(service, floor),
  });
  if (instances === 1) await typenameFigure(pgUrl);
  await endToEnd(pgUrl, { tasks, workers, instances, redisUrl, claimNext: false, floor });
  if (instances === 1 && !process.env.BENCH_SKIP_CLAIM_NEXT)
    await endToEnd(pgUrl, { tasks, workers, instances, redisUrl, claimNext: true, floor });
}

async function migrated(pgUrl?: string) {
  const db = await freshDatabase(pgUrl);
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    MC_SCHEDULER: "false",
    PORT: "0",
    MC_ADMIN_KEY: BENCH_KEY,
  });
  return { db, config };
}

async function floorFigure(pgUrl: string | undefined, cycles: number): Promise<number> {
  const { db, config } = await migrated(pgUrl);
  const { migrate } = await import("../src/db/migrate.js");
  await migrate(config);
  try {
    await floorCycleMs(db.url, Math.min(cycles, 200), "w"); // warm-up (JIT) on rows of its own
    return await floorCycleMs(db.url, cycles, "m");
  } finally {
    await db.drop();
  }
}

async function serviceFigure(pgUrl: string | undefined, cycles: number): Promise<number> {
  const { db, config } = await migrated(pgUrl);
  const server = createServer(config);
  await server.start();
  try {
    const s = server.services;
    const actor = { type: "operator" as const, id: null };
    const agent = await s.agents.create(actor, { name: "svc", maxCapacity: 1000 });
    const seed = (n: number, from: number) =>
      s.tasks.createMany(
        actor,
        Array.from({ length: n }, (_, i) => ({ ref: `r${i}`, title: `t${from + i}` })),
      );
    const cycle = async () => {
      const r = await s.claims.claim(agent.id);
      if (!r.task) throw new Error("service bench: nothing to claim");
      await s.claims.complete(r.task.id, agent.id, null, null);
    };
    await seed(200, 0);
    for (let i = 0; i < 200; i++) await cycle(); // warm-up
    for (let i = 0; i < cycles; i += 1000) await seed(Math.min(1000, cycles - i), 200 + i);
    const cpu = await selfCpuDuring(async () => {
      for (let i = 0; i < cycles; i++) await cycle();
    });
    return cpu / cycles;
  } finally {
    await server.stop();
    await db.drop();
  }
}

/** A bare node:http server in its own process answering what `{ __typename }` answers. */
async function bareServer(): Promise<{ url: string; pid: number; stop(): void }> {
  const port = await freePort();
  const code = `require("node:http").createServer((req, res) => { let b = ""; req.on("data", (c) => (b += c));
    req.on("end", () => { JSON.parse(b); const body = JSON.stringify({ data: { __typename: "Query" } });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }); res.end(body); }); })
    .listen(${port}, "127.0.0.1", () => console.log("up"));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop: () => child.kill() };
}

async function load(url: string, body: string, n: number, concurrency: number, headers: Record<string, string>) {
  let left = n;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
        });
        await res.arrayBuffer();
      }
    }),
  );
}

async function typenameFigure(pgUrl?: string, n = 4000) {
  const db = await freshDatabase(pgUrl);
  const [server] = await startServers(db.url, 1, "");
  const bare = await bareServer();
  const body = JSON.stringify({ query: "{ __typename }" });
  const auth = { authorization: `Bearer ${BENCH_KEY}` };
  try {
    await load(server!.url, body, 500, 8, auth); // warm-up
    await load(bare.url, body, 500, 8, {});
    const ours = await cpuDuring(server!.child.pid!, () => load(server!.url, body, n, 8, auth));
    const floor = await cpuDuring(bare.pid, () => load(bare.url, body, n, 8, {}));
    line(`{ __typename } over HTTP [${label(pgUrl)}]`, {
      "cpu/request": ms(ours / n),
      "bare node:http": ms(floor / n),
      "vs floor": ratio(ours, floor),
    });
  } finally {
    bare.stop();
    await server!.stop();
    await db.drop();
  }
}

async function endToEnd(
  pgUrl: string | undefined,
  o: { tasks: number; workers: number; instances: number; redisUrl: string; claimNext: boolean; floor: number },
) {
  const db = await freshDatabase(pgUrl);
  const servers = await startServers(db.url, o.instances, o.redisUrl);
  const server = servers[0]!;
  const pids = servers.map((s) => s.child.pid!);
  const rssIdle = pids.reduce((a, p) => a + rssMiB(p), 0);
  try {
    for (let i = 0; i < o.tasks; i += 2000) {
      const items = Array.from({ length: Math.min(2000, o.tasks - i) }, (_, j) => ({
        ref: `r${j}`,
        title: `t${i + j}`,
      }));
      await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    }
    const agents: string[] = [];
    for (let i = 0; i < o.workers; i++)
      agents.push(
        (
          await gql(server.url, `mutation($n: String!) { createAgent(input: { name: $n, maxCapacity: 1 }) { id } }`, {
            n: `w${i}`,
          })
        ).data.createAgent.id,
      );
    const latencies: number[] = [];
    const claimed: string[] = [];
    const rssBefore = pids.reduce((a, p) => a + rssMiB(p), 0);
    const t0 = performance.now();
    const work = () =>
      Promise.all(
        agents.map(async (a, i) => {
          const url = servers[i % servers.length]!.url;
          let held: string | null = null;
          for (;;) {
            const s = performance.now();
            if (o.claimNext && held) {
              const { data }: { data: any } = await gql(
                url,
                `mutation($t: ID!, $a: ID!) { completeAndClaim(taskId: $t, agentId: $a) { completed { id } next { outcome tasks { id } } } }`,
                { t: held, a },
              );
              latencies.push(performance.now() - s);
              const next: { outcome: string; tasks: { id: string }[] } = data.completeAndClaim.next;
              held = next.outcome === "CLAIMED" ? next.tasks[0]!.id : null;
              if (!held) return;
              claimed.push(held);
              continue;
            }
            const { data } = await gql(url, `mutation($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`, {
              a,
            });
            latencies.push(performance.now() - s);
            if (data.claimTask.outcome !== "CLAIMED") return;
            held = data.claimTask.task.id as string;
            claimed.push(held);
            if (!o.claimNext) {
              await gql(url, `mutation($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { id } }`, {
                t: held,
                a,
              });
              held = null;
            }
          }
        }),
      );
    const c0 = pids.reduce((a, p) => a + cpuMs(p), 0);
    await work();
    const cpu = pids.reduce((a, p) => a + cpuMs(p), 0) - c0;
    const elapsed = performance.now() - t0;
    const rssAfter = pids.reduce((a, p) => a + rssMiB(p), 0);
    const s = summary(latencies);
    const unique = new Set(claimed).size;
    line(
      `${o.claimNext ? "completeAndClaim" : "claim + complete"}, ${o.workers} agents, ${o.tasks} tasks [${label(pgUrl)}${instanceLabel(o.instances, o.redisUrl)}]`,
      {
        "cycles/s": ((claimed.length / elapsed) * 1000).toFixed(0),
        "claim p50": ms(s.p50),
        p99: ms(s.p99),
        "server cpu/cycle": ms(cpu / claimed.length),
        "vs floor": ratio(cpu / claimed.length, o.floor),
        rss: `idle ${rssIdle.toFixed(0)}, ${rssBefore.toFixed(0)}->${rssAfter.toFixed(0)} MiB`,
        double: claimed.length - unique,
        lost: o.tasks - unique,
      },
    );
  } finally {
    for (const x of servers) await x.stop();
    await db.drop();
  }
}

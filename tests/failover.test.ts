/**
 * Real server processes on one PostgreSQL database: one leads the background jobs; after `kill -9` of
 * the leader another takes over, and the dead instance's claimed task comes back when its lease runs out.
 * Runs when TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { type ScratchDatabase, scratchDatabase } from "./helpers/scratch-db.js";

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn("[tests] TEST_DATABASE_URL is not set: the multi-process failover test is skipped.");
const KEY = "failover-admin-key-0123456789";

interface Instance {
  child: ChildProcess;
  base: string;
}

function spawnInstance(databaseUrl: string): Promise<Instance> {
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

async function gql(i: Instance, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${i.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

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

    const agent = (await gql(a, `mutation { createAgent(input: { name: "doomed" }) { id } }`)).createAgent.id;
    const task = (
      await gql(a, `mutation($a: [ID!]) { createTask(input: { title: "survives", assigneeIds: $a }) { id } }`, {
        a: [agent],
      })
    ).createTask.id;
    expect(
      (await gql(a, `mutation($a: ID!) { claimTask(agentId: $a) { outcome } }`, { a: agent })).claimTask.outcome,
    ).toBe("CLAIMED");

    a.child.kill("SIGKILL");
    const takeover = await until(async () => (await health(b)).leader, 10_000);
    expect(takeover).toBeLessThan(5_000);
    await until(
      async () => (await gql(b, `query($t: ID!) { task(id: $t) { status } }`, { t: task })).task.status === "ASSIGNED",
      15_000,
    );
    const t = (
      await gql(b, `query($t: ID!) { task(id: $t) { status attempts statusNote claimedBy { id } } }`, { t: task })
    ).task;
    expect(t).toMatchObject({ status: "ASSIGNED", attempts: 1, claimedBy: null });
    expect(t.statusNote).toMatch(/lease .* expired/);
    b.child.kill("SIGTERM");
  }, 60_000);
});

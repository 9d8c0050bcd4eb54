/** Shared bench helpers: a server in its own process, a GraphQL client, percentiles. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { type ScratchDatabase, scratchDatabase } from "../tests/helpers/scratch-db.js";

export interface BenchServer {
  url: string;
  base: string;
  databaseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** A fresh database: a temp SQLite file, or a new PostgreSQL database under `pgUrl`. */
export function freshDatabase(pgUrl?: string): Promise<ScratchDatabase> {
  return scratchDatabase(pgUrl, "mc_bench");
}

export async function waitHealthy(base: string, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return performance.now() - started;
    } catch {}
    if (performance.now() - started > timeoutMs) throw new Error("server did not become healthy");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Benches run with auth on, as admin. */
export const BENCH_KEY = "bench-admin-key-0123456789abcdef";

/**
 * The server runs with node's defaults, as `npm start` runs it; BENCH_NODE_FLAGS (space-separated) tries
 * others. Measured: --max-semi-space-size=4 lowers idle RSS by ~8 MiB but costs ~10% CPU per claim cycle
 * and more growth under load, so the default stays.
 */
const SERVER_NODE_FLAGS: string[] = [];

export async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const flags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? SERVER_NODE_FLAGS;
  const child = spawn(
    process.execPath,
    [...flags, ...(process.env.BENCH_PROF ? ["--cpu-prof", "--cpu-prof-dir=tmp/prof"] : []), "dist/cli.js", "serve"],
    {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "warn",
        MC_ADMIN_KEY: BENCH_KEY,
        MC_RATE_LIMIT_PER_SECOND: "1000000",
        MC_RATE_LIMIT_BURST: "1000000",
        ...env,
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(base);
  return {
    url: `${base}/graphql`,
    base,
    databaseUrl,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** `n` instances on one database (with Redis carrying events when `redisUrl` is set); jobs off. */
export async function startServers(databaseUrl: string, n: number, redisUrl: string): Promise<BenchServer[]> {
  const env = { MC_SCHEDULER: "false", ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  const first = await startServer(databaseUrl, env); // migrates
  const rest = await Promise.all(Array.from({ length: n - 1 }, () => startServer(databaseUrl, env)));
  return [first, ...rest];
}

export function instanceLabel(n: number, redisUrl: string): string {
  return redisUrl ? `, ${n} instance${n > 1 ? "s" : ""} + Redis` : "";
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; sql: number }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, sql: Number(res.headers.get("x-sql-queries") ?? 0) };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summary(samples: number[]): { p50: number; p99: number; max: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1) ?? Number.NaN, n: s.length };
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;

export function line(name: string, figures: Record<string, string | number>): void {
  console.log(
    `${name.padEnd(44)} ${Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join("  ")}`,
  );
}

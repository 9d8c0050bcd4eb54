/**
 * Process start to `/health` 200 on an already migrated database, against the floor of a bare node
 * process answering `/health` on node:http (node's own start-up on this machine, measured in the same run).
 */
import { spawn } from "node:child_process";
import { BENCH_KEY, freePort, freshDatabase, line, ms, startServer, summary, waitHealthy } from "./lib.js";

export async function benchColdStart(pgUrl?: string, runs = 5) {
  const db = await freshDatabase(pgUrl);
  const first = await startServer(db.url); // applies the migrations
  await first.stop();
  const samples: number[] = [];
  const viaStart: number[] = [];
  try {
    for (let i = 0; i < runs * 2; i++) {
      // Every other run starts as `npm start` does (scripts/start.mjs: the bundle is up to date, so no
      // build), and is killed with SIGKILL, as a crash would be: the next start is a restart after it.
      const asStart = i % 2 === 1;
      const port = await freePort();
      const t0 = performance.now();
      const child = spawn(process.execPath, asStart ? ["scripts/start.mjs"] : ["dist/cli.js", "serve"], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, LOG_LEVEL: "warn", MC_ADMIN_KEY: BENCH_KEY },
        stdio: "ignore",
      });
      await waitHealthy(`http://127.0.0.1:${port}`);
      (asStart ? viaStart : samples).push(performance.now() - t0);
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill(asStart ? "SIGKILL" : "SIGTERM");
      });
    }
  } finally {
    await db.drop();
  }
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      ["-e", `require("node:http").createServer((q, r) => r.end("{}")).listen(${port}, "127.0.0.1")`],
      { stdio: "ignore" },
    );
    await waitHealthy(`http://127.0.0.1:${port}`);
    floor.push(performance.now() - t0);
    child.kill();
  }
  const s = summary(samples);
  const f = summary(floor);
  const r = summary(viaStart);
  line(`cold start to /ready 200 [${pgUrl ? "postgresql" : "sqlite"}]`, {
    runs,
    p50: ms(s.p50),
    max: ms(s.max),
    "bare node p50": ms(f.p50),
    "vs floor": `${(s.p50 / f.p50).toFixed(1)}x`,
    "restart after kill -9 (npm start's script) p50": ms(r.p50),
    "its max": ms(r.max),
  });
}

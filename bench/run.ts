/**
 * `npm run bench [-- scenario…]`: prints figures. Scenarios: tasks-query, cold-start, claims, fanout,
 * graph, memory, dispatch, scale-out, churn (all by default; scale-out needs PostgreSQL and BENCH_REDIS_URL). Each runs on SQLite, and on PostgreSQL too when BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) names a server database to create scratch databases from.
 */
import { execFileSync } from "node:child_process";
import { benchChurn } from "./churn.js";
import { benchClaims } from "./claims.js";
import { benchColdStart } from "./cold-start.js";
import { benchDispatch } from "./dispatch.js";
import { benchFanout } from "./fanout.js";
import { benchGraph } from "./graph.js";
import { benchMemory } from "./memory.js";
import { benchScaleOut } from "./scale-out.js";
import { benchTasksQuery } from "./tasks-query.js";

const scenarios: Record<string, (pgUrl?: string) => Promise<void>> = {
  "tasks-query": (u) => benchTasksQuery(u),
  "cold-start": (u) => benchColdStart(u),
  claims: (u) => benchClaims(u),
  fanout: (u) => benchFanout(u),
  graph: (u) => benchGraph(u),
  memory: (u) => benchMemory(u),
  dispatch: (u) => benchDispatch(u),
  "scale-out": (u) => benchScaleOut(u),
  churn: (u) => benchChurn(u),
};

// The benches run the built server (`npm start` runs the same bundle).
execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });

const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const chosen = process.argv.slice(2).filter((a) => a !== "--");
const names = chosen.length ? chosen : Object.keys(scenarios);
console.log(
  `mission-control bench: node ${process.version}, ${names.join(", ")}${pgUrl ? "" : " (SQLite only: set BENCH_DATABASE_URL for PostgreSQL)"}`,
);
for (const name of names) {
  const run = scenarios[name];
  if (!run) {
    console.error(`unknown scenario "${name}"; choose from ${Object.keys(scenarios).join(", ")}`);
    process.exit(2);
  }
  await run();
  if (pgUrl) await run(pgUrl);
}

/**
 * Resident memory of the server process (from /proc): idle after start, after seeding 2,000 tasks, after
 * 2,000 claim + complete cycles by 8 agents, and again after 5 s of rest. Memory that grows with work
 * done and does not come back is a leak (or an unbounded cache); the target is idle + 50 MiB at most.
 * It also prints RSS after the first ORM queries (the agents), which load Prisma's query compiler once
 * per process, and the growth over the cycles from there: what the work itself kept.
 */
import { freshDatabase, gql, line, startServer } from "./lib.js";
import { rssMiB } from "./proc.js";

export async function benchMemory(pgUrl?: string, { tasks = 2000, agents = 8 } = {}) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_SCHEDULER: "false" });
  const pid = server.child.pid!;
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rssMiB(pid);
    for (let i = 0; i < tasks; i += 200) {
      const items = Array.from({ length: Math.min(200, tasks - i) }, (_, j) => ({ ref: `r${j}`, title: `t${i + j}` }));
      await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    }
    const seeded = rssMiB(pid);
    const ids: string[] = [];
    for (let i = 0; i < agents; i++)
      ids.push(
        (await gql(server.url, `mutation($n: String!) { createAgent(input: { name: $n }) { id } }`, { n: `m${i}` }))
          .data.createAgent.id,
      );
    // The agents are the first statements through the ORM: Prisma instantiates its query compiler
    // (WebAssembly, outside the JS heap) on its first query, once per process.
    const ormLoaded = rssMiB(pid);
    let cycles = 0;
    const after: number[] = [];
    await Promise.all(
      ids.map(async (a) => {
        for (;;) {
          const { data } = await gql(
            server.url,
            `mutation($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`,
            {
              a,
            },
          );
          if (data.claimTask.outcome !== "CLAIMED") return;
          await gql(
            server.url,
            `mutation($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: "ok") { id } }`,
            {
              t: data.claimTask.task.id,
              a,
            },
          );
          if (++cycles % 500 === 0) after.push(rssMiB(pid));
        }
      }),
    );
    const worked = rssMiB(pid);
    await new Promise((r) => setTimeout(r, 5000));
    const rested = rssMiB(pid);
    line(`memory, ${tasks} tasks, ${cycles} cycles [${pgUrl ? "postgresql" : "sqlite"}]`, {
      idle: `${idle.toFixed(0)} MiB`,
      seeded: `${seeded.toFixed(0)} MiB`,
      "after the first ORM queries": `${ormLoaded.toFixed(0)} MiB`,
      "every 500 cycles": after.map((x) => x.toFixed(0)).join("/"),
      worked: `${worked.toFixed(0)} MiB`,
      rested: `${rested.toFixed(0)} MiB`,
      "growth vs idle": `${(rested - idle).toFixed(0)} MiB`,
      "growth over the cycles": `${(rested - ormLoaded).toFixed(0)} MiB`,
    });
  } finally {
    await server.stop();
    await db.drop();
  }
}

/** Claims per second with 32 concurrent workers over GraphQL. */
import { freshDatabase, gql, instanceLabel, line, ms, startServers, summary } from "./lib.js";

export async function benchClaims(pgUrl?: string, { tasks = 4000, workers = 32, instances = 1, redisUrl = "" } = {}) {
  const db = await freshDatabase(pgUrl);
  const servers = await startServers(db.url, instances, redisUrl);
  const server = servers[0]!;
  try {
    for (let i = 0; i < tasks; i += 2000) {
      const items = Array.from({ length: Math.min(2000, tasks - i) }, (_, j) => ({ ref: `r${j}`, title: `t${i + j}` }));
      await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    }
    const agents: string[] = [];
    for (let i = 0; i < workers; i++)
      agents.push(
        (
          await gql(
            server.url,
            `mutation($n: String!) { createAgent(input: { name: $n, maxCapacity: 1000 }) { id } }`,
            { n: `w${i}` },
          )
        ).data.createAgent.id,
      );
    const latencies: number[] = [];
    const claimed: string[] = [];
    const t0 = performance.now();
    await Promise.all(
      agents.map(async (a) => {
        for (;;) {
          const s = performance.now();
          const { data } = await gql(
            servers[agents.indexOf(a) % servers.length]!.url,
            `mutation($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`,
            { a },
          );
          latencies.push(performance.now() - s);
          if (data.claimTask.outcome !== "CLAIMED") return;
          claimed.push(data.claimTask.task.id);
        }
      }),
    );
    const elapsed = performance.now() - t0;
    const s = summary(latencies);
    const unique = new Set(claimed).size;
    line(
      `claimTask, ${workers} workers, ${tasks} tasks [${pgUrl ? "postgresql" : "sqlite"}${instanceLabel(instances, redisUrl)}]`,
      {
        "claims/s": ((claimed.length / elapsed) * 1000).toFixed(0),
        p50: ms(s.p50),
        p99: ms(s.p99),
        double: claimed.length - unique,
        lost: tasks - unique,
      },
    );
  } finally {
    for (const x of servers) await x.stop();
    await db.drop();
  }
}

/** `tasks` of 100 with nested assignees, project and dependencies under concurrent load. */
import { freshDatabase, gql, line, ms, startServer, summary } from "./lib.js";

export async function benchTasksQuery(pgUrl?: string, { seconds = 5, concurrency = 16 } = {}) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_EXPOSE_QUERY_COUNT: "true" });
  try {
    const { data: p } = await gql(server.url, `mutation { createProject(input: { name: "bench" }) { id } }`);
    const agents: string[] = [];
    for (let i = 0; i < 5; i++)
      agents.push(
        (await gql(server.url, `mutation($n: String!) { createAgent(input: { name: $n }) { id } }`, { n: `a${i}` }))
          .data.createAgent.id,
      );
    const items = Array.from({ length: 100 }, (_, i) => ({
      ref: `t${i}`,
      title: `task ${i}`,
      projectId: p.createProject.id,
      assigneeIds: [agents[i % 5], agents[(i + 1) % 5]],
      dependsOnRefs: i >= 2 ? [`t${i - 1}`, `t${i - 2}`] : [],
    }));
    await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    const query = `query { tasks(first: 100) { totalCount edges { node { id title status project { name } assignees { name } dependencies { id title } dependents { id } } } } }`;
    const { sql } = await gql(server.url, query);
    const latencies: number[] = [];
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          await gql(server.url, query);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const s = summary(latencies);
    line(`tasks(first:100) nested, ${concurrency} clients [${pgUrl ? "postgresql" : "sqlite"}]`, {
      "req/s": (s.n / seconds).toFixed(0),
      p50: ms(s.p50),
      p99: ms(s.p99),
      "sql/request": sql,
    });
  } finally {
    await server.stop();
    await db.drop();
  }
}

/**
 * `tasks(first: 100)` over 200 tasks, decomposed: the flat page, each relation added alone, and the full
 * nested selection, each as server CPU per request (from /proc) and SQL statements per request, with the
 * `{ __typename }` request as the floor of a request's fixed cost. The full selection should cost no more
 * than the flat page plus each relation's own increment.
 */
import { BENCH_KEY, freshDatabase, gql, line, ms, startServer, summary } from "./lib.js";
import { cpuDuring, ratio } from "./proc.js";

const NODE = "id title status priority createdAt";
const SHAPES: Record<string, string> = {
  typename: "",
  flat: NODE,
  "+project": `${NODE} project { id name }`,
  "+assignees": `${NODE} assignees { id name }`,
  "+dependencies": `${NODE} dependencies { id title }`,
  "+blockedBy": `${NODE} blockedBy { id title }`,
  "+dependents": `${NODE} dependents { id }`,
  full: `${NODE} project { id name } assignees { id name } dependencies { id title } dependents { id } blockedBy { id title }`,
};

const queryOf = (shape: string) =>
  shape ? `query { tasks(first: 100) { totalCount edges { node { ${shape} } } } }` : "{ __typename }";

async function measure(url: string, pid: number, query: string, n: number, concurrency: number) {
  const body = JSON.stringify({ query });
  const latencies: number[] = [];
  let left = n;
  const cpu = await cpuDuring(pid, () =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) {
          const t0 = performance.now();
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_KEY}` },
            body,
          });
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
        }
      }),
    ),
  );
  return { cpu: cpu / n, ...summary(latencies) };
}

export async function benchTasksQuery(pgUrl?: string, { requests = 200, concurrency = 8 } = {}) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_SCHEDULER: "false" });
  // Statement counts come from a second server on the same database: counting per request uses
  // AsyncLocalStorage, whose promise hooks would inflate the CPU figures of the measured one.
  const counter = await startServer(db.url, { MC_EXPOSE_QUERY_COUNT: "true", MC_SCHEDULER: "false" });
  const pid = server.child.pid!;
  const label = pgUrl ? "postgresql" : "sqlite";
  try {
    const { data: p } = await gql(server.url, `mutation { createProject(input: { name: "bench" }) { id } }`);
    const agents: string[] = [];
    for (let i = 0; i < 5; i++)
      agents.push(
        (await gql(server.url, `mutation($n: String!) { createAgent(input: { name: $n }) { id } }`, { n: `a${i}` }))
          .data.createAgent.id,
      );
    const items = Array.from({ length: 200 }, (_, i) => ({
      ref: `t${i}`,
      title: `task ${i}`,
      projectId: p.createProject.id,
      assigneeIds: [agents[i % 5], agents[(i + 1) % 5]],
      dependsOnRefs: i >= 2 ? [`t${i - 1}`, `t${i - 2}`] : [],
    }));
    await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, { i: items });
    const cost: Record<string, number> = {};
    // BENCH_TASKS_SHAPES=full (comma-separated) measures only those shapes, e.g. under BENCH_PROF.
    const only = process.env.BENCH_TASKS_SHAPES?.split(",");
    for (const [name, shape] of Object.entries(SHAPES)) {
      if (only && !only.includes(name)) continue;
      const query = queryOf(shape);
      const { sql } = await gql(counter.url, query);
      await measure(server.url, pid, query, Math.ceil(requests / 4), concurrency); // warm-up
      const m = await measure(server.url, pid, query, requests, concurrency);
      cost[name] = m.cpu;
      line(`tasks(first:100) ${name} [${label}]`, {
        "cpu/request": ms(m.cpu),
        ...(name === "typename" ? {} : { "vs typename": ratio(m.cpu, cost.typename!) }),
        p50: ms(m.p50),
        "sql/request": sql,
      });
    }
    if (only) return;
    const parts =
      cost.flat! +
      ["+project", "+assignees", "+dependencies", "+blockedBy", "+dependents"].reduce(
        (a, k) => a + cost[k]! - cost.flat!,
        0,
      );
    line(`tasks(first:100) full vs sum of parts [${label}]`, {
      full: ms(cost.full!),
      "flat + increments": ms(parts),
      ratio: (cost.full! / parts).toFixed(2),
    });
  } finally {
    await counter.stop();
    await server.stop();
    await db.drop();
  }
}

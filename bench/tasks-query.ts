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
    // BENCH_TASKS_SHAPES=full (comma-separated) measures only those shapes, e.g. under BENCH_PROF.
    const only = process.env.BENCH_TASKS_SHAPES?.split(",");
    const shapes = Object.entries(SHAPES).filter(([name]) => !only || only.includes(name));
    // The shapes take turns, `rounds` rounds of `requests / rounds` each, and each figure is its median
    // round: the machine's speed drifts over a run, and measuring one shape after another put the drift
    // into the differences (the sum of parts) this bench is about.
    const rounds = 4;
    const samples: Record<string, { cpu: number; p50: number }[]> = {};
    const statements: Record<string, number> = {};
    for (const [name, shape] of shapes) {
      const query = queryOf(shape);
      statements[name] = (await gql(counter.url, query)).sql;
      await measure(server.url, pid, query, Math.ceil(requests / 4), concurrency); // warm-up
      samples[name] = [];
    }
    for (let r = 0; r < rounds; r++)
      for (const [name, shape] of shapes)
        samples[name]!.push(await measure(server.url, pid, queryOf(shape), Math.ceil(requests / rounds), concurrency));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const cost: Record<string, number> = {};
    for (const [name] of shapes) {
      cost[name] = median(samples[name]!.map((m) => m.cpu));
      line(`tasks(first:100) ${name} [${label}]`, {
        "cpu/request": ms(cost[name]!),
        ...(name === "typename" || cost.typename === undefined
          ? {}
          : { "vs typename": ratio(cost[name]!, cost.typename) }),
        p50: ms(median(samples[name]!.map((m) => m.p50))),
        "sql/request": statements[name]!,
        rounds: samples[name]!.map((m) => m.cpu.toFixed(2)).join(" "),
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

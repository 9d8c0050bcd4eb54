/** Dependency graph at scale: 10,000 tasks and 20,000 edges. */
import { BENCH_KEY, freshDatabase, gql, line, ms, startServer, summary } from "./lib.js";

export async function benchGraph(pgUrl?: string, { nodes = 10_000, samples = 200 } = {}) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_SCHEDULER: "false" });
  try {
    // A random DAG: node i waits on two earlier nodes (about 20,000 edges for 10,000 nodes).
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const items = Array.from({ length: nodes }, (_, i) => {
      const deps = i < 2 ? [] : [...new Set([`n${rand(i)}`, `n${rand(i)}`, `n${i - 1}`])].slice(0, 2);
      return { ref: `n${i}`, title: `node ${i}`, dependsOnRefs: deps };
    });
    const edges = items.reduce((s, i) => s + i.dependsOnRefs.length, 0);
    let t0 = performance.now();
    const { data } = await gql(server.url, `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`, {
      i: items,
    });
    const createMs = performance.now() - t0;
    const ids: string[] = data.createTasks.map((x: { id: string }) => x.id);
    line(`createTasks DAG ${nodes} nodes / ${edges} edges [${pgUrl ? "postgresql" : "sqlite"}]`, {
      total: ms(createMs),
    });

    const add: number[] = [];
    const refused: number[] = [];
    for (let k = 0; k < samples; k++) {
      const a = 1000 + rand(nodes - 1000);
      const b = rand(a);
      t0 = performance.now();
      await gql(server.url, `mutation($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { id } }`, {
        a: ids[a],
        b: ids[b],
      });
      add.push(performance.now() - t0);
      // The reverse edge would close a cycle through the whole chain: the check walks the graph.
      t0 = performance.now();
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_KEY}` },
        body: JSON.stringify({
          query: `mutation($a: ID!, $b: ID!) { addDependency(taskId: $a, dependsOnId: $b) { id } }`,
          variables: { a: ids[b], b: ids[a] },
        }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (body.errors?.[0]?.extensions?.code !== "DEPENDENCY_CYCLE") throw new Error("expected DEPENDENCY_CYCLE");
      refused.push(performance.now() - t0);
    }
    const s1 = summary(add);
    const s2 = summary(refused);
    line("addDependency (with cycle check)", { p50: ms(s1.p50), p99: ms(s1.p99) });
    line("addDependency refused as a cycle", { p50: ms(s2.p50), p99: ms(s2.p99) });

    const finish: number[] = [];
    for (let k = 0; k < samples; k++) {
      t0 = performance.now();
      await gql(server.url, `mutation($t: ID!) { setTaskStatus(taskId: $t, status: SKIPPED) { id } }`, { t: ids[k] });
      finish.push(performance.now() - t0);
    }
    const s3 = summary(finish);
    const { data: g } = await gql(server.url, `{ tasks(filter: { status: INBOX }) { totalCount } }`);
    line("finish a task and release its dependents", {
      p50: ms(s3.p50),
      p99: ms(s3.p99),
      "now ready": g.tasks.totalCount,
    });
  } finally {
    await server.stop();
    await db.drop();
  }
}

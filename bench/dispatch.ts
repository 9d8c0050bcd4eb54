/**
 * Execution engine: (1) time from ASSIGNED to IN_PROGRESS under auto-dispatch (the task's `startedAt`
 * minus its `createdAt`, both stamped by the server); (2) five concurrent shell runs streaming output.
 */
import { freshDatabase, gql, line, ms, startServer, summary } from "./lib.js";

const NODE = process.execPath;

async function waitAllDone(url: string, agentId: string, count: number) {
  for (;;) {
    const { data } = await gql(
      url,
      `query($a: ID!) { tasks(filter: { assigneeId: $a, status: [DONE, FAILED] }, first: 1) { totalCount } }`,
      { a: agentId },
    );
    if (data.tasks.totalCount >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function benchDispatch(pgUrl?: string, { tasks = 100, gapMs = 40 } = {}) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_SHELL_ALLOW: NODE, MC_MAX_CONCURRENT_RUNS: "5" });
  const label = pgUrl ? "postgresql" : "sqlite";
  try {
    const agent = (
      await gql(
        server.url,
        `mutation($c: JSON) { createAgent(input: { name: "runner", backend: "shell", level: LEAD, maxCapacity: 5, config: $c }) { id } }`,
        { c: {} },
      )
    ).data.createAgent.id;
    for (let i = 0; i < tasks; i++) {
      await gql(
        server.url,
        `mutation($a: ID!, $c: [String!]) { createTask(input: { title: "t${i}", assigneeIds: [$a], command: $c }) { id } }`,
        {
          a: agent,
          c: [NODE, "-e", "0"],
        },
      );
      await new Promise((r) => setTimeout(r, gapMs));
    }
    await waitAllDone(server.url, agent, tasks);
    const { data } = await gql(
      server.url,
      `query($a: ID!) { tasks(filter: { assigneeId: $a }, first: 500) { edges { node { status createdAt startedAt } } } }`,
      { a: agent },
    );
    const nodes = data.tasks.edges.map((e: any) => e.node);
    const lat = nodes.map((n: any) => Date.parse(n.startedAt) - Date.parse(n.createdAt));
    const s = summary(lat);
    line(`dispatch ASSIGNED->IN_PROGRESS (${label})`, {
      tasks,
      p50: ms(s.p50),
      p99: ms(s.p99),
      max: ms(s.max),
      done: nodes.filter((n: any) => n.status === "DONE").length,
    });

    // Five concurrent shell runs, each printing 5,000 lines of 100 characters in bursts.
    const script = `let i=0;const line="x".repeat(92);const t=setInterval(()=>{for(let k=0;k<250;k++){console.log(String(i++).padStart(7,"0")+line)}if(i>=5000){clearInterval(t)}},5)`;
    const ids: string[] = [];
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await gql(
            server.url,
            `mutation($a: ID!, $c: [String!]) { createTask(input: { title: "stream ${i}", assigneeIds: [$a], command: $c }) { id } }`,
            { a: agent, c: [NODE, "-e", script] },
          )
        ).data.createTask.id,
      );
    }
    await waitAllDone(server.url, agent, tasks + 5);
    const wall = performance.now() - t0;
    let chunks = 0;
    let bytes = 0;
    let lines = 0;
    for (const id of ids) {
      const { data: d } = await gql(
        server.url,
        `query($t: ID!) { task(id: $t) { output(limit: 5000) { kind content } } }`,
        { t: id },
      );
      const out = d.task.output.filter((c: any) => c.kind === "STDOUT");
      chunks += out.length;
      const text = out.map((c: any) => c.content).join("");
      bytes += text.length;
      lines += text.split("\n").filter(Boolean).length;
    }
    line(`5 concurrent shell runs streaming (${label})`, {
      wall: ms(wall),
      lines,
      expected: 25000,
      chunks,
      MBps: (bytes / 1e6 / (wall / 1000)).toFixed(2),
    });
  } finally {
    await server.stop();
    await db.drop();
  }
}

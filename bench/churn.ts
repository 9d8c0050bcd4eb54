/**
 * Subscription churn (the soak of issue 14, item 7): `clients` WebSocket clients each resubscribe to
 * `taskOutput(fromSeq: 0)` every 1-4 s while output is appended, for `seconds`. Prints the server's RSS
 * at the start, every quarter and at the end, the growth, and the subscriptions still listening once
 * every client has left (from /health; it must come back to 0). A leak shows as growth with no plateau
 * and listeners left behind. BENCH_CHURN_SECONDS sets the length (default 60; the issue ran 600).
 */
import { createClient } from "graphql-ws";
import { WebSocket } from "ws";
import { BENCH_KEY, freshDatabase, gql, line, startServer } from "./lib.js";
import { rssMiB } from "./proc.js";

export async function benchChurn(
  pgUrl?: string,
  { clients = 20, seconds = Number(process.env.BENCH_CHURN_SECONDS ?? 60) } = {},
) {
  const db = await freshDatabase(pgUrl);
  const server = await startServer(db.url, { MC_SCHEDULER: "false" });
  const pid = server.child.pid!;
  const wsUrl = server.url.replace(/^http/, "ws");
  const sockets: ReturnType<typeof createClient>[] = [];
  try {
    const { data: a } = await gql(server.url, `mutation { createAgent(input: { name: "churner" }) { id } }`);
    const { data: t } = await gql(
      server.url,
      `mutation($a: [ID!]) { createTask(input: { title: "churn", assigneeIds: $a }) { id } }`,
      { a: [a.createAgent.id] },
    );
    await gql(server.url, `mutation($a: ID!) { claimTask(agentId: $a) { outcome } }`, { a: a.createAgent.id });
    const append = `mutation($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`;
    for (let i = 0; i < 200; i++)
      await gql(server.url, append, { t: t.createTask.id, a: a.createAgent.id, c: `line ${i} ${"x".repeat(200)}` });
    // The server's own listeners (key revocation, run stops): what "no subscriber" looks like.
    const idle =
      ((await (await fetch(`${server.base}/health`)).json()) as { subscriptions?: number }).subscriptions ?? 0;
    const samples: number[] = [rssMiB(pid)];
    const until = Date.now() + seconds * 1000;
    let resubscribes = 0;
    const loops = Array.from({ length: clients }, async () => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${BENCH_KEY}` },
      });
      sockets.push(client);
      while (Date.now() < until) {
        const stop = client.subscribe(
          {
            query: `subscription($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq content } }`,
            variables: { t: t.createTask.id },
          },
          { next: () => {}, error: () => {}, complete: () => {} },
        );
        await new Promise((r) => setTimeout(r, 1000 + Math.random() * 3000));
        stop();
        resubscribes++;
      }
    });
    const appender = (async () => {
      for (let i = 0; Date.now() < until; i++) {
        await gql(server.url, append, { t: t.createTask.id, a: a.createAgent.id, c: `live ${i}` });
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    const sampler = setInterval(() => samples.push(rssMiB(pid)), (seconds * 1000) / 4);
    await Promise.all([...loops, appender]);
    clearInterval(sampler);
    for (const c of sockets) await c.dispose();
    sockets.length = 0;
    await new Promise((r) => setTimeout(r, 1000));
    samples.push(rssMiB(pid));
    const health = (await (await fetch(`${server.base}/health`)).json()) as { subscriptions?: number };
    line(`subscription churn ${clients} clients x ${seconds} s [${pgUrl ? "postgresql" : "sqlite"}]`, {
      resubscribes,
      "rss MiB": samples.map((x) => x.toFixed(0)).join("/"),
      growth: `${(samples.at(-1)! - samples[0]!).toFixed(0)} MiB`,
      "listening after (beyond the server's own)": (health.subscriptions ?? Number.NaN) - idle,
    });
  } finally {
    for (const c of sockets) await c.dispose();
    await server.stop();
    await db.drop();
  }
}

/**
 * One task, many WebSocket subscribers, a steady output stream: the append rate achieved (appends are
 * sent one after another at the target rate, so a server that cannot keep up shows a lower rate), the
 * latency from the chunk's own server timestamp (`createdAt`) to receipt, server CPU per delivered
 * message (from /proc), loss and order.
 */
import { createClient } from "graphql-ws";
import { WebSocket } from "ws";
import { fanoutFloorUs } from "./fanout-floor.js";
import { BENCH_KEY, freshDatabase, gql, instanceLabel, line, ms, startServers, summary } from "./lib.js";
import { cpuMs, ratio } from "./proc.js";

export async function benchFanout(
  pgUrl?: string,
  { subscribers = 1000, rate = 20, seconds = 10, instances = 1, redisUrl = "" } = {},
) {
  const floor = await fanoutFloorUs(subscribers, rate * seconds, rate);
  line(`fan-out floor (bare ws) ${subscribers} subs x ${rate * seconds} messages`, {
    "server cpu/message": `${floor.toFixed(1)} us`,
  });
  const db = await freshDatabase(pgUrl);
  const servers = await startServers(db.url, instances, redisUrl);
  const server = servers[0]!;
  const clients: ReturnType<typeof createClient>[] = [];
  try {
    const { data: a } = await gql(server.url, `mutation { createAgent(input: { name: "streamer" }) { id } }`);
    const agentId = a.createAgent.id;
    const { data: t } = await gql(
      server.url,
      `mutation($a: [ID!]) { createTask(input: { title: "stream", assigneeIds: $a }) { id } }`,
      { a: [agentId] },
    );
    const taskId = t.createTask.id;
    await gql(server.url, `mutation($a: ID!) { claimTask(agentId: $a) { outcome } }`, { a: agentId });
    const total = rate * seconds;
    const latencies: number[] = [];
    let broken = 0;
    const done: Promise<void>[] = [];
    for (let i = 0; i < subscribers; i++) {
      // Subscribers spread over the instances; output is appended through the first.
      const client = createClient({
        url: servers[i % servers.length]!.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${BENCH_KEY}` },
      });
      clients.push(client);
      let expected = 1;
      done.push(
        new Promise<void>((resolve, reject) => {
          client.subscribe<{ taskOutput: { seq: number; createdAt: string } }>(
            {
              query: `subscription($t: ID!) { taskOutput(taskId: $t, fromSeq: 0) { seq createdAt } }`,
              variables: { t: taskId },
            },
            {
              next: (v) => {
                const { seq, createdAt } = v.data!.taskOutput;
                if (seq !== expected) broken++;
                expected = seq + 1;
                // Same machine, same clock: the server stamped the chunk when it stored it.
                latencies.push(Date.now() - Date.parse(createdAt));
                if (seq === total) resolve();
              },
              error: reject,
              complete: () => resolve(),
            },
          );
        }),
      );
    }
    // Let every socket connect and subscribe before the stream starts (replay would cover it anyway).
    await new Promise((r) => setTimeout(r, 2000));
    const interval = 1000 / rate;
    const pids = servers.map((x) => x.child.pid!);
    const cpu0 = pids.reduce((a, p) => a + cpuMs(p), 0);
    const start = performance.now();
    for (let seq = 1; seq <= total; seq++) {
      const due = start + (seq - 1) * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await gql(
        server.url,
        `mutation($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }`,
        { t: taskId, a: agentId, c: `line ${seq}` },
      );
    }
    const appended = performance.now();
    await Promise.race([
      Promise.all(done),
      new Promise((_, rej) => setTimeout(() => rej(new Error("subscribers did not finish")), 60_000)),
    ]);
    const cpu = pids.reduce((a, p) => a + cpuMs(p), 0) - cpu0;
    const s = summary(latencies);
    const perMessage = (cpu * 1000) / Math.max(1, latencies.length);
    line(
      `taskOutput fan-out ${subscribers} subs x ${total} chunks [${pgUrl ? "postgresql" : "sqlite"}${instanceLabel(instances, redisUrl)}]`,
      {
        "target/s": rate,
        "achieved/s": ((total / (appended - start)) * 1000).toFixed(1),
        p50: ms(s.p50),
        p99: ms(s.p99),
        "server cpu/message": `${perMessage.toFixed(1)} us`,
        "vs floor": ratio(perMessage, floor),
        received: latencies.length,
        expected: subscribers * total,
        "out-of-order/lost": broken,
      },
    );
  } finally {
    for (const c of clients) await c.dispose();
    for (const x of servers) await x.stop();
    await db.drop();
  }
}

/**
 * Operability (issue 17): Prometheus metrics at /metrics with each named metric moving as the workload
 * does, traces arriving at an OTLP/HTTP receiver, and the test harness's own log audit (every line JSON,
 * no secret) shown to catch what it claims to.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { ADMIN_KEY, auditSecret, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;
const METRICS_TOKEN = "metrics-token-0123456789abcdef";

/** A /metrics exposition as series (name plus sorted labels) to values. */
function parseMetrics(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels = m[3] ? [...m[3].matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => `${l[1]}=${l[2]}`).sort() : [];
    series.set(labels.length ? `${m[1]}{${labels.join(",")}}` : m[1]!, Number(m[4]));
  }
  return series;
}

/** A local HTTP server that answers `status` and records what it was sent. */
async function receiver(status: number) {
  const bodies: { url: string; body: string }[] = [];
  const server: Server = createHttpServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      bodies.push({ url: req.url ?? "", body });
      res.writeHead(status, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, bodies, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("metrics", () => {
  let t: TestServer;
  let hook: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    hook = await receiver(500);
    t = await startTestServer("sqlite", {
      shellAllow: [NODE],
      outboundAllow: ["127.0.0.1"],
      webhookMaxAttempts: 1,
      metricsToken: METRICS_TOKEN,
      metricsCacheSeconds: 0,
    });
  });
  afterAll(async () => {
    await t?.close();
    await hook?.close();
  });

  const scrape = async (authorization = `Bearer ${METRICS_TOKEN}`) => {
    const res = await fetch(`${t.httpUrl}/metrics`, { headers: { authorization } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return parseMetrics(await res.text());
  };

  it("serves /metrics to MC_METRICS_TOKEN or an ADMIN key, and refuses anyone else with a coded error", async () => {
    const none = await fetch(`${t.httpUrl}/metrics`);
    expect(none.status).toBe(401);
    expect((await none.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const wrong = await fetch(`${t.httpUrl}/metrics`, { headers: { authorization: "Bearer not-the-metrics-token" } });
    expect(wrong.status).toBe(401);
    const { createApiKey } = await t.ok(
      graphql(`mutation OperationsCreateApiKey { createApiKey(input: { name: "viewer", role: VIEWER }) { secret } }`),
    );
    const viewer = await fetch(`${t.httpUrl}/metrics`, { headers: { authorization: `Bearer ${createApiKey.secret}` } });
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await scrape()).has("mc_ready_tasks")).toBe(true);
    expect((await scrape(`Bearer ${ADMIN_KEY}`)).has("mc_ready_tasks")).toBe(true);
    // prom-client's process metrics are there too.
    expect((await scrape()).has("process_cpu_seconds_total")).toBe(true);
  });

  it("reports each named metric with the values the workload gives them", async () => {
    const before = await scrape();
    const delta = (m: Map<string, number>, key: string) => (m.get(key) ?? 0) - (before.get(key) ?? 0);

    // Claims: one CLAIMED, one NO_TASK, one AT_CAPACITY; usage reported with the completion.
    const { createAgent: ext } = await t.ok(
      graphql(`mutation OperationsCreateAgent { createAgent(input: { name: "metered", maxCapacity: 1 }) { id } }`),
    );
    const { createTask: first } = await t.ok(
      graphql(
        `mutation OperationsCreateTask($a: [ID!]) { createTask(input: { title: "metered work", assigneeIds: $a }) { id } }`,
      ),
      { a: [ext.id] },
    );
    await t.ok(
      graphql(
        `mutation OperationsCreateTask2($a: [ID!]) { createTask(input: { title: "metered later", assigneeIds: $a }) { id } }`,
      ),
      {
        a: [ext.id],
      },
    );
    const claim = graphql(`mutation ClaimWork($a: ID!) { claimTask(agentId: $a) { outcome } }`);
    expect((await t.ok(claim, { a: ext.id })).claimTask.outcome).toBe("CLAIMED");
    expect((await t.ok(claim, { a: ext.id })).claimTask.outcome).toBe("AT_CAPACITY");
    await t.ok(
      graphql(
        `mutation OperationsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: "ok", usage: [{ model: "metered-model", inputTokens: 1200, outputTokens: 300, costUsd: 0.42 }]) { status } }`,
      ),
      { t: first.id, a: ext.id },
    );
    // The second task is claimable now and then taken: mc_ready_tasks is 1, then 0.
    const ready = await scrape();
    expect(ready.get("mc_ready_tasks")).toBe(1);
    const idle = await makeAgent(t, { name: "unlucky" });
    expect((await t.ok(claim, { a: idle.id })).claimTask.outcome).toBe("NO_TASK");

    // An agent over its budget is refused work.
    const spender = await makeAgent(t, { name: "spender" });
    await t.ok(
      graphql(
        `mutation OperationsSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 0.01 }) { agent { id } } }`,
      ),
      {
        a: spender.id,
      },
    );
    await t.ok(
      graphql(
        `mutation OperationsHeartbeat($a: ID!) { heartbeat(agentId: $a, usage: [{ model: "metered-model", inputTokens: 0, outputTokens: 0, costUsd: 0.02 }]) { agent { id } } }`,
      ),
      { a: spender.id },
    );
    const refused = await t.gql(claim, { a: spender.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BUDGET_EXCEEDED");

    // A lease that runs out is requeued by lease recovery.
    expect((await t.ok(claim, { a: ext.id })).claimTask.outcome).toBe("CLAIMED");
    await t.server.services.claims.sweepExpiredLeases(new Date(Date.now() + 24 * 3600_000));

    // A server-side run that succeeds.
    const { createAgent: sh } = await t.ok(
      graphql(
        `mutation OperationsCreateAgent2 { createAgent(input: { name: "metered-shell", backend: "shell" }) { id } }`,
      ),
    );
    // It waits for a file, so the scrape in between sees it active.
    const gate = join(mkdtempSync(join(tmpdir(), "mc-metrics-")), "go");
    const script = `const fs = require("fs"); const w = () => fs.existsSync(process.argv[1]) ? console.log("done") : setTimeout(w, 20); w();`;
    const run = await makeTask(t, { title: "metered run", assigneeIds: [sh.id], command: [NODE, "-e", script, gate] });
    await t.ok(graphql(`mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }`), { t: run.id });
    expect((await scrape()).get("mc_runs_active{backend=shell}")).toBe(1);
    writeFileSync(gate, "");
    await waitFor(
      async () =>
        (await t.ok(graphql(`query OperationsTask($t: ID!) { task(id: $t) { runs { status } } }`), { t: run.id })).task!
          .runs[0]?.status === "SUCCEEDED",
      20_000,
      "the run to succeed",
    );

    // A webhook whose endpoint answers 500, with one attempt allowed: a FAILED delivery.
    const { createWebhook } = await t.ok(
      graphql(
        `mutation OperationsCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: ["task.created"] }) { secret } }`,
      ),
      { u: `${hook.url}/hook` },
    );
    auditSecret(createWebhook.secret);
    await t.ok(graphql(`mutation OperationsCreateTask3 { createTask(input: { title: "announced" }) { id } }`));
    expect((await scrape()).get("mc_webhook_backlog")).toBe(1);
    await t.server.scheduler.runNow("webhook-delivery");
    expect(hook.bodies.length).toBe(1);
    expect((await scrape()).get("mc_webhook_backlog")).toBe(0);

    // A cron occurrence found 20 s after it was due.
    const { createCronJob: job } = await t.ok(
      graphql(
        `mutation OperationsCreateCronJob { createCronJob(input: { name: "metered-cron", schedule: "0 0 1 1 *", taskTemplate: { title: "yearly" } }) { id } }`,
      ),
    );
    await t.server.db.cronJob.update({ where: { id: job.id }, data: { nextRunAt: new Date(Date.now() - 20_000) } });
    await t.server.scheduler.runNow("cron");

    // Live subscriptions, one per transport.
    const since = t.listening();
    const ws = t.ws();
    const offWs = ws.subscribe(
      { query: `subscription { taskEvents { type } }` },
      { next() {}, error() {}, complete() {} },
    );
    const sse = await fetch(t.url, {
      method: "POST",
      headers: { ...t.headers, "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { taskEvents { type } }` }),
    });
    await t.untilListening(since, 2);

    const after = await scrape();
    // Two by the external agent, one by the runner for the shell run: every claim path counts.
    expect(delta(after, "mc_claims_total{outcome=CLAIMED}")).toBe(3);
    expect(delta(after, "mc_claims_total{outcome=AT_CAPACITY}")).toBe(1);
    expect(delta(after, "mc_claims_total{outcome=NO_TASK}")).toBe(1);
    expect(delta(after, "mc_lease_expired_total{outcome=REQUEUED}")).toBe(1);
    expect(delta(after, "mc_run_duration_seconds_count{backend=shell,status=SUCCEEDED}")).toBe(1);
    expect(delta(after, "mc_run_duration_seconds_bucket{backend=shell,le=+Inf,status=SUCCEEDED}")).toBe(1);
    expect(delta(after, "mc_webhook_deliveries_total{status=FAILED}")).toBe(1);
    expect(after.get("mc_webhook_backlog")).toBe(1); // the cron occurrence's task.created, not sent yet
    expect(delta(after, "mc_tokens_total{direction=input,model=metered-model}")).toBe(1200);
    expect(delta(after, "mc_tokens_total{direction=output,model=metered-model}")).toBe(300);
    expect(delta(after, "mc_cost_usd_total{model=metered-model}")).toBeCloseTo(0.44, 6);
    expect(delta(after, "mc_budget_refusals_total{scope=agent}")).toBe(1);
    expect(after.get("mc_agents_over_budget")).toBe(1);
    expect(after.get("mc_cron_lag_seconds")).toBeGreaterThanOrEqual(19);
    expect(after.get("mc_cron_lag_seconds")).toBeLessThan(60);
    expect(after.get("mc_subscriptions_active{transport=websocket}")).toBe(1);
    expect(after.get("mc_subscriptions_active{transport=sse}")).toBe(1);
    expect(after.get("mc_runs_active{backend=shell}") ?? 0).toBe(0);

    // The database-wide gauges agree with the API.
    const { tasks, agents } = await t.ok(
      graphql(`query OperationsTasks { tasks(first: 500) { edges { node { status } } } agents { status } }`),
    );
    const count = (xs: { status: string }[], s: string) => xs.filter((x) => x.status === s).length;
    for (const status of ["INBOX", "ASSIGNED", "IN_PROGRESS", "DONE", "FAILED", "BLOCKED"]) {
      expect(after.get(`mc_tasks{status=${status}}`), status).toBe(
        count(
          tasks.edges.map((e: { node: { status: string } }) => e.node),
          status,
        ),
      );
    }
    for (const status of ["IDLE", "ACTIVE", "OFFLINE"]) {
      expect(after.get(`mc_agents{status=${status}}`), status).toBe(count(agents, status));
    }
    const { readyTasks } = await t.ok(graphql(`query OperationsReadyTasks { readyTasks(limit: 500) { id } }`));
    expect(after.get("mc_ready_tasks")).toBe(readyTasks.length);

    // Operation metrics by name, and errors.
    expect(delta(after, "graphql_envelop_request{operationName=ClaimWork,operationType=mutation}")).toBe(5);
    expect(delta(after, "graphql_envelop_request_duration_count{operationName=ClaimWork,operationType=mutation}")).toBe(
      5,
    );
    await t.gql(graphql(`query Broken { task(id: "task_missing") { id } }`));
    await t.gql(`query Invalid { noSuchField }`);
    const errors = await scrape();
    expect(errors.get("graphql_envelop_error_result{operationName=Broken,operationType=query,phase=execute}")).toBe(1);
    expect(errors.get("graphql_envelop_error_result{operationName=Invalid,operationType=query,phase=validate}")).toBe(
      1,
    );

    offWs();
    await sse.body?.cancel();
    await waitFor(
      async () => {
        const m = await scrape();
        return (
          m.get("mc_subscriptions_active{transport=websocket}") === 0 &&
          m.get("mc_subscriptions_active{transport=sse}") === 0
        );
      },
      10_000,
      "the subscriptions to end",
    );
  });

  it("ships a Grafana dashboard and alert rules over metrics that exist, in a well-formed dashboard", async () => {
    const text = await (await fetch(`${t.httpUrl}/metrics`, { headers: t.headers })).text();
    const families = new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1]!, m[2]!] as const));
    /** The metric families an expression reads, checked against the scrape. */
    const unknownIn = (expr: string) =>
      [...expr.matchAll(/\b((?:mc|graphql_envelop|process|nodejs)_[a-z0-9_]+)\b/g)]
        .map((m) => m[1]!)
        .filter((name) => {
          const family = name.replace(/_(bucket|count|sum)$/, "");
          return !(families.has(name) || families.get(family) === "histogram");
        });
    const balanced = (expr: string) => {
      let depth = 0;
      for (const c of expr) {
        depth += c === "(" ? 1 : c === ")" ? -1 : 0;
        if (depth < 0) return false;
      }
      return depth === 0;
    };

    const dashboard = JSON.parse(
      readFileSync(new URL("../docs/grafana/mission-control.json", import.meta.url), "utf8"),
    ) as {
      schemaVersion: unknown;
      templating: { list: { name: string; type: string }[] };
      panels: {
        id: number;
        title: string;
        type: string;
        gridPos: { x: number; y: number; w: number; h: number };
        datasource: { uid: string };
        targets: { refId: string; expr: string }[];
      }[];
    };
    expect(dashboard).toMatchObject({ title: "Mission Control", uid: "mission-control" });
    expect(typeof dashboard.schemaVersion).toBe("number");
    expect(dashboard.templating.list.some((v) => v.name === "datasource" && v.type === "datasource")).toBe(true);
    const ids = new Set<number>();
    const cells = new Set<string>();
    let exprs = 0;
    for (const panel of dashboard.panels) {
      expect(ids.has(panel.id), `panel id ${panel.id} is unique`).toBe(false);
      ids.add(panel.id);
      const { x, y, w, h } = panel.gridPos;
      expect(x + w, panel.title).toBeLessThanOrEqual(24);
      for (let i = x; i < x + w; i++) {
        for (let j = y; j < y + h; j++) {
          expect(cells.has(`${i},${j}`), `${panel.title} overlaps another panel`).toBe(false);
          cells.add(`${i},${j}`);
        }
      }
      if (panel.type === "row") continue;
      expect(["timeseries", "stat", "gauge", "table"]).toContain(panel.type);
      expect(panel.datasource.uid).toBe("\u0024{datasource}"); // the dashboard's datasource variable
      expect(new Set(panel.targets.map((q) => q.refId)).size).toBe(panel.targets.length);
      for (const target of panel.targets) {
        exprs++;
        expect(balanced(target.expr), target.expr).toBe(true);
        expect(unknownIn(target.expr), `${panel.title}: ${target.expr}`).toEqual([]);
      }
    }
    expect(exprs).toBeGreaterThan(20);
    // Every mc_ metric is on the dashboard.
    const shown = JSON.stringify(dashboard);
    for (const family of families.keys()) if (family.startsWith("mc_")) expect(shown, family).toContain(family);

    const rules = readFileSync(new URL("../docs/prometheus/alerts.yml", import.meta.url), "utf8");
    const alertExprs = [...rules.matchAll(/^\s+expr: (.+)$/gm)].map((m) => m[1]!);
    expect(alertExprs.length).toBeGreaterThanOrEqual(6);
    for (const expr of alertExprs) {
      expect(balanced(expr), expr).toBe(true);
      expect(unknownIn(expr), expr).toEqual([]);
    }
  });

  it("keeps serving the process metrics when the database gauges cannot be read", async () => {
    const t2 = await startTestServer("sqlite", { metricsCacheSeconds: 0 });
    try {
      await t2.ok(graphql(`mutation OperationsCreateAgent3 { createAgent(input: { name: "gauged" }) { id } }`));
      const first = parseMetrics(await (await fetch(`${t2.httpUrl}/metrics`, { headers: t2.headers })).text());
      expect(first.get("mc_agents{status=IDLE}")).toBe(1);
      await t2.server.db.$executeRawUnsafe(`DROP TABLE "WebhookDelivery"`);
      const res = await fetch(`${t2.httpUrl}/metrics`, { headers: t2.headers });
      expect(res.status).toBe(200);
      const second = parseMetrics(await res.text());
      expect(second.get("mc_agents{status=IDLE}")).toBe(1); // the last values read
      expect(second.has("process_cpu_seconds_total")).toBe(true);
    } finally {
      await t2.close();
    }
  });
});

describe("traces", () => {
  it("sends a span per operation, claim, run and webhook delivery to the OTLP endpoint, with task and agent ids", async () => {
    const otlp = await receiver(200);
    const hook = await receiver(200);
    const t = await startTestServer("sqlite", {
      shellAllow: [NODE],
      outboundAllow: ["127.0.0.1"],
      otlpTracesEndpoint: `${otlp.url}/v1/traces`,
    });
    let closed = false;
    try {
      const { createAgent: sh } = await t.ok(
        graphql(`mutation OperationsCreateAgent4 { createAgent(input: { name: "traced", backend: "shell" }) { id } }`),
      );
      const { createWebhook } = await t.ok(
        graphql(
          `mutation OperationsCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: ["task.created"] }) { secret } }`,
        ),
        { u: `${hook.url}/hook` },
      );
      auditSecret(createWebhook.secret);
      const task = await makeTask(t, {
        title: "traced run",
        assigneeIds: [sh.id],
        command: [NODE, "-e", "console.log('traced')"],
      });
      await t.ok(graphql(`mutation RunIt($t: ID!) { runTask(taskId: $t) { status } }`), { t: task.id });
      await waitFor(
        async () =>
          (await t.ok(graphql(`query CollaborationTask2($t: ID!) { task(id: $t) { status } }`), { t: task.id })).task!
            .status === "DONE",
        20_000,
        "the run to finish",
      );
      await t.server.scheduler.runNow("webhook-delivery");
      await t.close(); // flushes the batch
      closed = true;

      // OTLP/HTTP JSON: resourceSpans > scopeSpans > spans, attributes as { key, value: { stringValue | intValue … } }.
      type Attribute = { key: string; value: Record<string, unknown> };
      type Span = { name: string; traceId: string; spanId: string; parentSpanId?: string; attributes?: Attribute[] };
      type ResourceSpans = { resource: { attributes: Attribute[] }; scopeSpans: { spans: Span[] }[] };
      const spans = otlp.bodies
        .filter((b) => b.url === "/v1/traces")
        .flatMap((b) => (JSON.parse(b.body) as { resourceSpans: ResourceSpans[] }).resourceSpans)
        .flatMap((rs) =>
          rs.scopeSpans.flatMap((ss) =>
            ss.spans.map((s) => ({
              ...s,
              service: rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue,
              attrs: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]])),
            })),
          ),
        );
      const named = (name: string) => spans.filter((s) => s.name === name);
      expect(spans[0]!.service).toBe("mission-control");
      const op = named("mutation.RunIt");
      expect(op).toHaveLength(1);
      const claim = named("mc.claim").find((s) => s.attrs["mc.task.id"] === task.id);
      expect(claim?.attrs["mc.agent.id"]).toBe(sh.id);
      expect(claim?.attrs["mc.claim.outcome"]).toBe("CLAIMED");
      // The claim the mutation made is a child of the mutation's span.
      expect(claim!.traceId).toBe(op[0]!.traceId);
      expect(claim!.parentSpanId).toBe(op[0]!.spanId);
      const run = named("mc.run").find((s) => s.attrs["mc.task.id"] === task.id);
      expect(run?.attrs).toMatchObject({
        "mc.agent.id": sh.id,
        "mc.run.status": "SUCCEEDED",
        "mc.run.backend": "shell",
      });
      const delivery = named("mc.webhook.delivery");
      expect(delivery.length).toBeGreaterThanOrEqual(1);
      expect(delivery[0]!.attrs).toMatchObject({
        "mc.webhook.status": "SUCCEEDED",
        "mc.webhook.event": "task.created",
      });
    } finally {
      if (!closed) await t.close();
      await otlp.close();
      await hook.close();
    }
  }, 60_000);
});

describe("the test harness's log audit", () => {
  it("fails a server whose log holds a non-JSON line or a secret", async () => {
    const t = await startTestServer("sqlite");
    t.server.logger.info({ note: `leaked ${ADMIN_KEY}` }, "oops");
    // Written past pino, as a console.log of a dependency would be if it reached the log stream.
    const stream = Object.getOwnPropertySymbols(t.server.logger).find((s) => s.description === "pino.stream")!;
    (t.server.logger as unknown as Record<symbol, { write(s: string): void }>)[stream]!.write("plain text\n");
    await expect(t.close()).rejects.toThrow(/2 bad line\(s\)[\s\S]*holds a secret[\s\S]*not JSON: plain text/);
    // An ordinary server's log is clean: createLogger's redaction keeps credentials out of it too.
    const lines: string[] = [];
    const logger = createLogger("info", { write: (s: string) => void lines.push(s) });
    logger.info({ headers: { authorization: `Bearer ${ADMIN_KEY}` }, secret: "shh", apiKey: ADMIN_KEY }, "request");
    expect(lines.join("")).not.toContain(ADMIN_KEY);
    expect(lines.join("")).not.toContain("shh");
  });
});

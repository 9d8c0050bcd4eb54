/**
 * Prometheus metrics (`GET /metrics`), with prom-client: the process's own (prom-client's defaults),
 * the GraphQL operations' (operation-metrics.ts: requests, duration and errors by operation name and
 * type, under envelop's names), and the engine's, under the `mc_` names docs/operations.md lists.
 *
 * The engine's counters and the cron lag follow its events (src/engine/events.ts), so they count what
 * this process did; the gauges that describe the whole deployment (tasks, ready tasks, agents, active
 * runs, webhook backlog) are read from the database when scraped, at most once per `cacheSeconds`
 * however many scrapers ask, and their help text says they are database-wide. Each instance has its own
 * registry: two servers in one process (the tests) never share a metric.
 */
import type { Plugin } from "graphql-yoga";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { AgentStatus } from "../domain/enums.js";
import { TASK_STATUSES } from "../domain/task-status.js";
import type { EngineEvents } from "../engine/events.js";
import type { Queryable } from "../sql/driver.js";
import { type MetricCounts, metricCounts } from "../sql/metric-counts.js";
import { useOperationMetrics } from "./operation-metrics.js";

export interface MetricsOptions {
  events: EngineEvents;
  /** The driver path, for the database-wide gauges. */
  sql: Queryable;
  /** Live subscriptions on this instance, by transport. */
  subscriptions: () => { websocket: number; sse: number };
  /** How long a database read serves scrapes. @default 5 */
  cacheSeconds?: number;
}

export interface Metrics {
  registry: Registry;
  /** The Yoga plugin for operation metrics. */
  plugin: Plugin;
  /** The exposition text and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

const DB_WIDE = "(database-wide: every instance reports the same value)";

export function createMetrics({ events, sql, subscriptions, cacheSeconds = 5 }: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  let cached: { at: number; counts: Promise<MetricCounts> } | null = null;
  const counts = () => {
    if (!cached || Date.now() - cached.at >= cacheSeconds * 1000) {
      const read = metricCounts(sql);
      cached = { at: Date.now(), counts: read };
      // A failed read is not kept: the next scrape tries again.
      read.catch(() => {
        if (cached?.counts === read) cached = null;
      });
    }
    return cached.counts;
  };
  /** The counts, or null while the database does not answer: the gauges keep their last values then. */
  const current = () => counts().catch(() => null);

  /** A gauge with one series per known label value (0 when absent), filled from the counts. */
  const byLabel = (
    name: string,
    help: string,
    label: string,
    known: readonly string[],
    pick: (c: MetricCounts) => Map<string, number>,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers,
      async collect() {
        const c = await current();
        if (!c) return;
        const values = pick(c);
        this.reset();
        for (const k of new Set([...known, ...values.keys()])) this.set({ [label]: k }, values.get(k) ?? 0);
      },
    });

  /** A gauge of one number from the counts. */
  const single = (name: string, help: string, pick: (c: MetricCounts) => number) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        const c = await current();
        if (c) this.set(pick(c));
      },
    });

  byLabel("mc_tasks", `Tasks by status ${DB_WIDE}.`, "status", TASK_STATUSES, (c) => c.tasksByStatus);
  single(
    "mc_ready_tasks",
    `Tasks someone could claim now: INBOX or ASSIGNED, unheld, every dependency finished ${DB_WIDE}.`,
    (c) => c.readyTasks,
  );
  byLabel("mc_agents", `Agents by status ${DB_WIDE}.`, "status", Object.values(AgentStatus), (c) => c.agentsByStatus);
  byLabel(
    "mc_runs_active",
    `Server-side runs in progress, by executor backend ${DB_WIDE}.`,
    "backend",
    [],
    (c) => c.runsByBackend,
  );
  single("mc_webhook_backlog", `Webhook deliveries waiting to be sent or retried ${DB_WIDE}.`, (c) => c.webhookBacklog);
  single(
    "mc_agents_over_budget",
    `Agents whose work is refused because they, or a project they work on, reached a budget ${DB_WIDE}.`,
    (c) => c.agentsOverBudget,
  );
  const budgetRefusals = new Counter({
    name: "mc_budget_refusals_total",
    help: "Work refused by this instance because a budget was reached, by scope (agent, project).",
    labelNames: ["scope"],
    registers,
  });
  events.on("budget:refused", (e) => budgetRefusals.inc({ scope: e.scope }));
  new Gauge({
    name: "mc_subscriptions_active",
    help: "Live subscriptions on this instance, by transport (websocket: graphql-ws operations; sse: open event streams).",
    labelNames: ["transport"],
    registers,
    collect() {
      const now = subscriptions();
      this.set({ transport: "websocket" }, now.websocket);
      this.set({ transport: "sse" }, now.sse);
    },
  });

  const claims = new Counter({
    name: "mc_claims_total",
    help: "Claims made on this instance, by outcome (CLAIMED, AT_CAPACITY, NO_TASK).",
    labelNames: ["outcome"],
    registers,
  });
  for (const outcome of ["CLAIMED", "AT_CAPACITY", "NO_TASK"]) claims.inc({ outcome }, 0);
  events.on("claim:attempted", (e) => claims.inc({ outcome: e.outcome }));

  const leaseExpired = new Counter({
    name: "mc_lease_expired_total",
    help: "Claims whose lease ran out, requeued or failed by this instance's lease recovery.",
    labelNames: ["outcome"],
    registers,
  });
  events.on("lease:expired", (e) => leaseExpired.inc({ outcome: e.outcome }));

  const runDuration = new Histogram({
    name: "mc_run_duration_seconds",
    help: "Server-side runs finished on this instance, by backend and final status (SUCCEEDED, FAILED, STOPPED, LOST).",
    labelNames: ["backend", "status"],
    buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200],
    registers,
  });
  events.on("run:finished", (e) => runDuration.observe({ backend: e.backend, status: e.status }, e.durationMs / 1000));

  const deliveries = new Counter({
    name: "mc_webhook_deliveries_total",
    help: "Webhook delivery attempts made by this instance, by result (SUCCEEDED, RETRYING, FAILED).",
    labelNames: ["status"],
    registers,
  });
  events.on("webhook:attempted", (e) => deliveries.inc({ status: e.status }));

  const tokens = new Counter({
    name: "mc_tokens_total",
    help: "Tokens recorded through this instance, by model and direction (input, output).",
    labelNames: ["model", "direction"],
    registers,
  });
  const cost = new Counter({
    name: "mc_cost_usd_total",
    help: "Cost recorded through this instance, in US dollars, by model.",
    labelNames: ["model"],
    registers,
  });
  events.on("usage:recorded", (e) => {
    tokens.inc({ model: e.model, direction: "input" }, e.inputTokens);
    tokens.inc({ model: e.model, direction: "output" }, e.outputTokens);
    cost.inc({ model: e.model }, e.costUsd);
  });

  const cronLag = new Gauge({
    name: "mc_cron_lag_seconds",
    help: "How late, in seconds, the last cron occurrence fired by this instance was (0 until one fires).",
    registers,
  });
  cronLag.set(0);
  events.on("cron:fired", (e) => cronLag.set(e.lagSeconds));

  const plugin = useOperationMetrics(registry);

  return {
    registry,
    plugin,
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

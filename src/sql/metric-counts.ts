/** The database-wide counts `/metrics` reports (observability/metrics.ts), read at scrape time. */
import { READY_WHERE } from "./claimable.js";
import type { Queryable } from "./driver.js";
import { count } from "./rows.js";
import { sql } from "./sql.js";

export interface MetricCounts {
  tasksByStatus: Map<string, number>;
  readyTasks: number;
  agentsByStatus: Map<string, number>;
  runsByBackend: Map<string, number>;
  webhookBacklog: number;
  agentsOverBudget: number;
}

const byKey = (rows: { k: string; n: unknown }[]) => new Map(rows.map((r) => [r.k, count(r.n)]));

export async function metricCounts(q: Queryable): Promise<MetricCounts> {
  const [tasks, ready, agents, runs, backlog, overBudget] = await Promise.all([
    q.query<{ k: string; n: unknown }>(sql`SELECT "status" AS k, COUNT(*) AS n FROM "Task" GROUP BY "status"`),
    q.query<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM "Task" t WHERE ${READY_WHERE}`),
    q.query<{ k: string; n: unknown }>(sql`SELECT "status" AS k, COUNT(*) AS n FROM "Agent" GROUP BY "status"`),
    q.query<{ k: string; n: unknown }>(
      sql`SELECT "backend" AS k, COUNT(*) AS n FROM "TaskRun" WHERE "status" = 'RUNNING' GROUP BY "backend"`,
    ),
    q.query<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM "WebhookDelivery" WHERE "status" = 'PENDING'`),
    q.query<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM "Agent" WHERE "budgetExceededAt" IS NOT NULL`),
  ]);
  return {
    tasksByStatus: byKey(tasks),
    readyTasks: count(ready[0]?.n),
    agentsByStatus: byKey(agents),
    runsByBackend: byKey(runs),
    webhookBacklog: count(backlog[0]?.n),
    agentsOverBudget: count(overBudget[0]?.n),
  };
}

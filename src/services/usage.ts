/**
 * Token usage, cost and budgets. Usage arrives on heartbeats, completions and server-side runs; a report
 * without a cost is priced from the price table. Budgets (per agent and per project, daily and monthly,
 * UTC windows) are checked before work starts: a claim or run that would start over budget is refused
 * with BUDGET_EXCEEDED, the agent is flagged and notified, and no money is spent.
 */
import type { Prisma } from "../db/client.js";
import { BUILT_IN_PRICES, budgetWindows, costOf, type Price } from "../domain/pricing.js";
import { requireIntInRange } from "../domain/validate.js";
import { BadInputError, BudgetExceededError, NotFoundError } from "../errors.js";
import type { Agent } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { insertUsage } from "../sql/insert-usage.js";
import { type Actor, recordActivity, type ServiceDeps, type SqlUnit, transact } from "./context.js";
import { NotificationKind, notify } from "./notifications.js";

export type { UsageInput } from "../domain/usage.js";

import type { UsageInput } from "../domain/usage.js";

export interface UsageFilter {
  agentId?: string | null;
  projectId?: string | null;
  taskId?: string | null;
  model?: string | null;
  since?: Date | null;
}

export interface UsageBucket {
  key: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  records: number;
}

export interface BudgetBreach {
  scope: "agent" | "project";
  id: string;
  name: string;
  window: "daily" | "monthly";
  spentUsd: number;
  limitUsd: number;
}

export interface BudgetInput {
  agentId?: string | null;
  projectId?: string | null;
  dailyUsd?: number | null;
  monthlyUsd?: number | null;
}

export function checkUsage(usage: readonly UsageInput[]): void {
  if (usage.length > 100) throw new BadInputError("at most 100 usage entries per call");
  for (const u of usage) {
    if (!u.model.trim()) throw new BadInputError("usage.model must not be empty", { field: "usage.model" });
    requireIntInRange("usage.inputTokens", u.inputTokens, 0, 2_000_000_000);
    requireIntInRange("usage.outputTokens", u.outputTokens, 0, 2_000_000_000);
    if (u.costUsd != null && !(u.costUsd >= 0 && Number.isFinite(u.costUsd))) {
      throw new BadInputError("usage.costUsd must be zero or more", { field: "usage.costUsd" });
    }
  }
}

export function createUsageService(deps: ServiceDeps) {
  const table: Record<string, Price> = { ...BUILT_IN_PRICES, ...deps.config.prices };

  /** Records usage in the caller's transaction, pricing reports that carry no cost. */
  async function recordIn(
    unit: SqlUnit,
    agentId: string | null,
    task: { id: string; projectId: string | null } | null,
    usage: readonly UsageInput[] | null | undefined,
  ): Promise<void> {
    if (!usage?.length) return;
    checkUsage(usage);
    cached = null;
    const createdAt = new Date();
    const rows = usage.map((u) => ({
      id: newId("UsageRecord"),
      agentId,
      taskId: task?.id ?? null,
      projectId: task?.projectId ?? null,
      model: u.model.trim(),
      inputTokens: u.inputTokens,
      outputTokens: u.outputTokens,
      costUsd: u.costUsd ?? costOf(u.model.trim(), u.inputTokens, u.outputTokens, table),
      createdAt,
    }));
    await insertUsage(unit.sql, rows);
    unit.afterCommit(() => {
      for (const r of rows) {
        deps.events.emit("usage:recorded", {
          agentId: r.agentId,
          taskId: r.taskId,
          model: r.model,
          inputTokens: r.inputTokens,
          outputTokens: r.outputTokens,
          costUsd: r.costUsd,
        });
      }
    });
  }

  async function spent(where: Prisma.UsageRecordWhereInput, since: Date): Promise<number> {
    const agg = await deps.db.usageRecord.aggregate({
      where: { ...where, createdAt: { gte: since } },
      _sum: { costUsd: true },
    });
    return agg._sum.costUsd ?? 0;
  }

  async function breachOf(
    scope: "agent" | "project",
    row: { id: string; name: string; dailyBudgetUsd: number | null; monthlyBudgetUsd: number | null },
    now: Date,
  ): Promise<BudgetBreach | null> {
    const { dayStart, monthStart } = budgetWindows(now);
    const where = scope === "agent" ? { agentId: row.id } : { projectId: row.id };
    if (row.dailyBudgetUsd != null) {
      const s = await spent(where, dayStart);
      if (s >= row.dailyBudgetUsd)
        return { scope, id: row.id, name: row.name, window: "daily", spentUsd: s, limitUsd: row.dailyBudgetUsd };
    }
    if (row.monthlyBudgetUsd != null) {
      const s = await spent(where, monthStart);
      if (s >= row.monthlyBudgetUsd)
        return { scope, id: row.id, name: row.name, window: "monthly", spentUsd: s, limitUsd: row.monthlyBudgetUsd };
    }
    return null;
  }

  // The over-budget project list is read on every claim; it is cached briefly and dropped whenever this
  // instance records usage or changes a budget (another instance's changes show within the TTL).
  let cached: { at: number; ids: string[] } | null = null;
  const CACHE_MS = 1000;

  /** Projects whose budget is used up now: their tasks are not handed out. */
  async function projectsOverBudget(now = new Date()): Promise<string[]> {
    if (cached && now.getTime() - cached.at < CACHE_MS && now.getTime() >= cached.at) return cached.ids;
    const ids = await computeProjectsOverBudget(now);
    cached = { at: now.getTime(), ids };
    return ids;
  }

  async function computeProjectsOverBudget(now: Date): Promise<string[]> {
    const limited = await deps.db.project.findMany({
      where: { OR: [{ dailyBudgetUsd: { not: null } }, { monthlyBudgetUsd: { not: null } }] },
    });
    const out: string[] = [];
    for (const p of limited) if (await breachOf("project", p, now)) out.push(p.id);
    return out;
  }

  /**
   * Refuses (BUDGET_EXCEEDED) when the agent, or the project of the task about to start, is at or over a
   * budget. The refusal flags the agent and notifies it, in its own transaction, once per breach.
   */
  async function ensureWithinBudget(
    agentOrId: string | Agent,
    projectId: string | null,
    now = new Date(),
  ): Promise<void> {
    const agent =
      typeof agentOrId === "string" ? await deps.db.agent.findUnique({ where: { id: agentOrId } }) : agentOrId;
    if (!agent) throw new NotFoundError("Agent", agentOrId as string);
    const agentId = agent.id;
    let breach = await breachOf("agent", agent, now);
    if (!breach && projectId) {
      const project = await deps.db.project.findUnique({ where: { id: projectId } });
      if (project) breach = await breachOf("project", project, now);
    }
    if (!breach) {
      if (agent.budgetExceededAt)
        await deps.db.agent.update({ where: { id: agentId }, data: { budgetExceededAt: null } });
      return;
    }
    await refuse(agentId, breach);
  }

  async function refuse(agentId: string, breach: BudgetBreach): Promise<never> {
    const message = `${breach.scope} ${breach.name} has spent $${breach.spentUsd.toFixed(4)} of its ${breach.window} budget of $${breach.limitUsd.toFixed(2)}; no new work starts until the ${breach.window === "daily" ? "next UTC day" : "next UTC month"} or a higher budget`;
    deps.events.emit("budget:refused", { agentId, scope: breach.scope, window: breach.window });
    await transact(deps, async (unit) => {
      const flagged = await unit.tx.agent.updateMany({
        where: { id: agentId, budgetExceededAt: null },
        data: { budgetExceededAt: new Date() },
      });
      if (flagged.count === 0) return;
      await notify(unit, { agentId, kind: NotificationKind.BUDGET_EXCEEDED, content: `Work refused: ${message}` });
      await recordActivity(unit, {
        type: "budget.exceeded",
        actor: { type: "system", id: null },
        agentId,
        projectId: breach.scope === "project" ? breach.id : null,
        summary: `budget exceeded: ${message}`,
        after: breach,
      });
      unit.emit({
        topic: "agent:event",
        payload: { type: "budget_exceeded", agentId, status: "BLOCKED", previousStatus: null },
      });
    });
    throw new BudgetExceededError(message, { ...breach });
  }

  async function setBudget(actor: Actor, input: BudgetInput) {
    if (!!input.agentId === !!input.projectId) {
      throw new BadInputError("name exactly one of agentId or projectId");
    }
    for (const [field, v] of [
      ["dailyUsd", input.dailyUsd],
      ["monthlyUsd", input.monthlyUsd],
    ] as const) {
      if (v != null && !(v >= 0 && Number.isFinite(v)))
        throw new BadInputError(`${field} must be zero or more (or null for no limit)`, { field });
    }
    const data = {
      ...(input.dailyUsd !== undefined ? { dailyBudgetUsd: input.dailyUsd } : {}),
      ...(input.monthlyUsd !== undefined ? { monthlyBudgetUsd: input.monthlyUsd } : {}),
    };
    cached = null;
    return transact(deps, async (unit) => {
      if (input.agentId) {
        const found = await unit.tx.agent.findUnique({ where: { id: input.agentId } });
        if (!found) throw new NotFoundError("Agent", input.agentId);
        const agent = await unit.tx.agent.update({
          where: { id: input.agentId },
          data: { ...data, budgetExceededAt: null },
        });
        await recordActivity(unit, {
          type: "budget.set",
          actor,
          agentId: agent.id,
          summary: `set the budget of @${agent.name}: daily ${agent.dailyBudgetUsd ?? "none"}, monthly ${agent.monthlyBudgetUsd ?? "none"} USD`,
          after: { dailyBudgetUsd: agent.dailyBudgetUsd, monthlyBudgetUsd: agent.monthlyBudgetUsd },
        });
        return { agent, project: null };
      }
      const found = await unit.tx.project.findUnique({ where: { id: input.projectId! } });
      if (!found) throw new NotFoundError("Project", input.projectId!);
      const project = await unit.tx.project.update({ where: { id: input.projectId! }, data });
      await recordActivity(unit, {
        type: "budget.set",
        actor,
        projectId: project.id,
        summary: `set the budget of project ${project.name}: daily ${project.dailyBudgetUsd ?? "none"}, monthly ${project.monthlyBudgetUsd ?? "none"} USD`,
        after: { dailyBudgetUsd: project.dailyBudgetUsd, monthlyBudgetUsd: project.monthlyBudgetUsd },
      });
      return { agent: null, project };
    });
  }

  async function summary(filter: UsageFilter) {
    const where: Prisma.UsageRecordWhereInput = {
      ...(filter.agentId ? { agentId: filter.agentId } : {}),
      ...(filter.projectId ? { projectId: filter.projectId } : {}),
      ...(filter.taskId ? { taskId: filter.taskId } : {}),
      ...(filter.model ? { model: filter.model } : {}),
      ...(filter.since ? { createdAt: { gte: filter.since } } : {}),
    };
    const sum = { inputTokens: true, outputTokens: true, costUsd: true } as const;
    const [total, byModel, byAgent, byTask] = await Promise.all([
      deps.db.usageRecord.aggregate({ where, _sum: sum, _count: { _all: true } }),
      deps.db.usageRecord.groupBy({ by: ["model"], where, _sum: sum, _count: { _all: true } }),
      deps.db.usageRecord.groupBy({ by: ["agentId"], where, _sum: sum, _count: { _all: true } }),
      deps.db.usageRecord.groupBy({ by: ["taskId"], where, _sum: sum, _count: { _all: true } }),
    ]);
    const bucket = (
      key: string | null,
      g: {
        _sum: { inputTokens: number | null; outputTokens: number | null; costUsd: number | null };
        _count: { _all: number };
      },
    ): UsageBucket => ({
      key: key ?? "",
      inputTokens: g._sum.inputTokens ?? 0,
      outputTokens: g._sum.outputTokens ?? 0,
      costUsd: g._sum.costUsd ?? 0,
      records: g._count._all,
    });
    const sorted = (xs: UsageBucket[]) => xs.sort((a, b) => b.costUsd - a.costUsd || b.outputTokens - a.outputTokens);
    return {
      inputTokens: total._sum.inputTokens ?? 0,
      outputTokens: total._sum.outputTokens ?? 0,
      totalCostUsd: total._sum.costUsd ?? 0,
      records: total._count._all,
      byModel: sorted(byModel.map((g) => bucket(g.model, g))),
      byAgent: sorted(byAgent.filter((g) => g.agentId).map((g) => bucket(g.agentId, g))),
      byTask: sorted(byTask.filter((g) => g.taskId).map((g) => bucket(g.taskId, g))),
    };
  }

  return { recordIn, ensureWithinBudget, projectsOverBudget, setBudget, summary, spent, table };
}

export type UsageService = ReturnType<typeof createUsageService>;

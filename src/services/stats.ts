import { AgentStatus } from "../domain/enums.js";
import { fleetTotals, type HostReport, saturation } from "../domain/fleet.js";
import { TASK_STATUSES } from "../domain/task-status.js";
import type { ServiceDeps } from "./context.js";

export interface StatusCount {
  status: string;
  count: number;
}

const AGENT_STATUSES = Object.values(AgentStatus);

function counts(all: readonly string[], rows: { status: string; _count: { _all: number } }[]): StatusCount[] {
  const by = new Map(rows.map((r) => [r.status, r._count._all]));
  return all.map((status) => ({ status, count: by.get(status) ?? 0 }));
}

function money(usd: number): string {
  return `$${usd.toFixed(usd < 1 ? 4 : 2)}`;
}

export function createStatsService(deps: ServiceDeps) {
  async function stats(now = new Date()) {
    const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
    const hourAgo = new Date(now.getTime() - 3600 * 1000);
    const [tasks, agents, documents, docTypes, doneDay, doneHour, failedDay] = await Promise.all([
      deps.db.task.groupBy({ by: ["status"], _count: { _all: true } }),
      deps.db.agent.groupBy({ by: ["status"], _count: { _all: true } }),
      deps.db.document.count(),
      deps.db.document.groupBy({ by: ["type"], _count: { _all: true } }),
      deps.db.task.count({ where: { status: "DONE", completedAt: { gte: dayAgo } } }),
      deps.db.task.count({ where: { status: "DONE", completedAt: { gte: hourAgo } } }),
      deps.db.task.count({ where: { status: "FAILED", completedAt: { gte: dayAgo } } }),
    ]);
    const taskCounts = counts(TASK_STATUSES, tasks);
    const n = (s: string) => taskCounts.find((c) => c.status === s)?.count ?? 0;
    const total = taskCounts.reduce((a, c) => a + c.count, 0);
    const done = n("DONE");
    const failed = n("FAILED");
    const agentCounts = counts(AGENT_STATUSES, agents);
    return {
      fleet: await fleet(now),
      tasks: taskCounts,
      agents: agentCounts,
      documents,
      documentsByType: docTypes.map((d) => ({ status: d.type, count: d._count._all })),
      totalTasks: total,
      activeAgents: agentCounts.find((c) => c.status === "ACTIVE")?.count ?? 0,
      tasksInReview: n("REVIEW"),
      /** DONE out of all tasks that are not CANCELLED or SKIPPED. */
      completionRate: total - n("CANCELLED") - n("SKIPPED") > 0 ? done / (total - n("CANCELLED") - n("SKIPPED")) : 0,
      /** DONE / (DONE + FAILED): how often finished work succeeds. */
      successRate: done + failed > 0 ? done / (done + failed) : 0,
      throughputPerHour: doneDay / 24,
      completedLastHour: doneHour,
      failedLastDay: failedDay,
    };
  }

  /**
   * The active fleet's health: agents not OFFLINE whose host reported within the liveness window
   * (MC_HEARTBEAT_INTERVAL_SECONDS x MC_HEARTBEAT_MISSED_LIMIT), their hosts' CPU and memory together,
   * and the agents whose host is saturated.
   */
  async function fleet(now: Date) {
    const window = deps.config.heartbeatIntervalSeconds * deps.config.heartbeatMissedLimit * 1000;
    const rows = await deps.db.agent.findMany({
      where: { status: { not: "OFFLINE" }, hostReportedAt: { gte: new Date(now.getTime() - window) } },
      select: { id: true, host: true, hostReportedAt: true },
    });
    const reports = rows.flatMap((r) =>
      r.host && r.hostReportedAt ? [{ id: r.id, report: JSON.parse(r.host) as HostReport, at: r.hostReportedAt }] : [],
    );
    return {
      ...fleetTotals(reports),
      agentsReporting: reports.length,
      saturatedAgentIds: reports.filter((r) => saturation(r.report).length > 0).map((r) => r.id),
    };
  }

  async function standup(since?: Date | null, now = new Date()): Promise<string> {
    const from = since ?? new Date(now.getTime() - 24 * 3600 * 1000);
    const agents = await deps.db.agent.findMany({ orderBy: { name: "asc" } });
    const lines: string[] = [`# Standup: ${from.toISOString()} to ${now.toISOString()}`, ""];
    let any = false;
    for (const agent of agents) {
      const [done, failed, inProgress, review, assigned, blocked, questions, spend] = await Promise.all([
        deps.db.task.findMany({
          where: { claimedById: agent.id, status: "DONE", completedAt: { gte: from } },
          orderBy: { completedAt: "asc" },
        }),
        deps.db.task.findMany({ where: { claimedById: agent.id, status: "FAILED", completedAt: { gte: from } } }),
        deps.db.task.findMany({ where: { claimedById: agent.id, status: "IN_PROGRESS" } }),
        deps.db.task.findMany({ where: { claimedById: agent.id, status: "REVIEW" } }),
        deps.db.task.findMany({ where: { status: "ASSIGNED", assignments: { some: { agentId: agent.id } } } }),
        deps.db.task.findMany({
          where: { status: "BLOCKED", assignments: { some: { agentId: agent.id } } },
          include: { dependencyEdges: { include: { dependsOn: { select: { title: true, status: true } } } } },
        }),
        deps.db.question.findMany({ where: { agentId: agent.id, status: "OPEN" } }),
        deps.db.usageRecord.aggregate({
          where: { agentId: agent.id, createdAt: { gte: from } },
          _sum: { costUsd: true, inputTokens: true, outputTokens: true },
        }),
      ]);
      const cost = spend._sum.costUsd ?? 0;
      const nothing =
        !done.length &&
        !failed.length &&
        !inProgress.length &&
        !review.length &&
        !assigned.length &&
        !blocked.length &&
        !questions.length &&
        cost === 0;
      if (nothing) continue;
      any = true;
      lines.push(`## @${agent.name}${agent.role ? ` (${agent.role})` : ""}: ${agent.status}`, "");
      const section = (title: string, items: string[]) => {
        if (!items.length) return;
        lines.push(`**${title}**`, ...items.map((i) => `- ${i}`), "");
      };
      section(
        "Done",
        done.map((t) => t.title),
      );
      section(
        "Failed",
        failed.map((t) => `${t.title}${t.error ? `: ${t.error.split("\n")[0]!.slice(0, 160)}` : ""}`),
      );
      section(
        "In progress",
        inProgress.map((t) => `${t.title} (attempt ${t.attempts} of ${t.maxAttempts})`),
      );
      section(
        "Awaiting review",
        review.map((t) => t.title),
      );
      section(
        "Up next",
        assigned.map((t) => `${t.title} [${t.priority}]`),
      );
      section(
        "Blocked",
        blocked.map((t) => {
          const on = t.dependencyEdges.filter((e) => e.dependsOn.status !== "DONE" && e.dependsOn.status !== "SKIPPED");
          return `${t.title}, waiting on ${on.map((e) => `"${e.dependsOn.title}" (${e.dependsOn.status})`).join(", ") || "its dependencies"}`;
        }),
      );
      section(
        "Open questions",
        questions.map((q) => q.question.slice(0, 200)),
      );
      lines.push(
        `**Spend**: ${money(cost)} (${spend._sum.inputTokens ?? 0} input, ${spend._sum.outputTokens ?? 0} output tokens)`,
        "",
      );
    }
    if (!any) lines.push("No agent activity in this period.", "");
    const openQuestions = await deps.db.question.count({
      where: { status: "OPEN", agentId: { notIn: agents.map((a) => a.id) } },
    });
    if (openQuestions) lines.push(`${openQuestions} open question(s) from deleted agents.`, "");
    return lines.join("\n");
  }

  return { stats, standup };
}

export type StatsService = ReturnType<typeof createStatsService>;

import { rules } from "../security/roles.js";
import type { StatsService } from "../services/stats.js";
import { builder } from "./builder.js";
import { StatusCount as StatusCountRef } from "./graph.js";

type StatsShape = Awaited<ReturnType<StatsService["stats"]>>;

const FleetRef = builder.objectRef<StatsShape["fleet"]>("FleetHealth").implement({
  authScopes: rules.read,
  description:
    "The active fleet's hosts (agents not OFFLINE that reported within the liveness window), each host counted once.",
  fields: (t) => ({
    agentsReporting: t.exposeInt("agentsReporting"),
    hosts: t.exposeInt("reporting", { description: "Distinct hosts among them (by hostname)." }),
    cpus: t.exposeInt("cpus"),
    cpuPercent: t.exposeFloat("cpuPercent", { nullable: true, description: "Busy share of all their CPUs, 0-100." }),
    memoryUsedBytes: t.exposeFloat("memoryUsedBytes"),
    memoryTotalBytes: t.exposeFloat("memoryTotalBytes"),
    memoryPercent: t.exposeFloat("memoryPercent", { nullable: true }),
    saturatedAgents: t.prismaField({
      type: ["Agent"],
      description: "Agents whose host is saturated (HostMetrics.saturated).",
      resolve: (query, f, _a, ctx) =>
        f.saturatedAgentIds.length
          ? ctx.db.agent.findMany({ ...query, where: { id: { in: f.saturatedAgentIds } }, orderBy: { name: "asc" } })
          : [],
    }),
  }),
});

const StatsRef = builder.objectRef<StatsShape>("Stats").implement({
  authScopes: rules.read,
  fields: (t) => ({
    fleet: t.field({ type: FleetRef, resolve: (s) => s.fleet }),
    tasks: t.field({
      type: [StatusCountRef],
      description: "Tasks by status (every status, zeros included).",
      resolve: (s) => s.tasks,
    }),
    agents: t.field({ type: [StatusCountRef], description: "Agents by status.", resolve: (s) => s.agents }),
    documents: t.exposeInt("documents"),
    documentsByType: t.field({ type: [StatusCountRef], resolve: (s) => s.documentsByType }),
    totalTasks: t.exposeInt("totalTasks"),
    activeAgents: t.exposeInt("activeAgents"),
    tasksInReview: t.exposeInt("tasksInReview"),
    completionRate: t.exposeFloat("completionRate", {
      description: "DONE out of all tasks but CANCELLED and SKIPPED (0..1).",
    }),
    successRate: t.exposeFloat("successRate", { description: "DONE / (DONE + FAILED) (0..1)." }),
    throughputPerHour: t.exposeFloat("throughputPerHour", {
      description: "Tasks DONE per hour over the last 24 hours.",
    }),
    completedLastHour: t.exposeInt("completedLastHour"),
    failedLastDay: t.exposeInt("failedLastDay"),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({ authScopes: rules.read, type: StatsRef, resolve: (_r, _a, ctx) => ctx.services.stats.stats() }),
  standup: t.string({
    authScopes: rules.read,
    description:
      "A Markdown standup per agent: done, failed, in progress, awaiting review, up next, blocked (and on what), open questions, spend. Default: the last 24 hours.",
    args: { since: t.arg({ type: "DateTime" }) },
    resolve: (_r, { since }, ctx) => ctx.services.stats.standup(since),
  }),
}));

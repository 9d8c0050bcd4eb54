/** Fleet health: the host a worker reports with its heartbeats, on Agent, and its aggregate in stats. */
import { type HostReport, memoryPercent, SATURATION, saturation } from "../domain/fleet.js";
import { rules } from "../security/roles.js";
import { AgentRef } from "./agent.js";
import { builder } from "./builder.js";

type HostView = HostReport & { reportedAt: Date };

export const HostMetricsInput = builder.inputType("HostMetricsInput", {
  description: "What a worker's host looks like now (the worker CLI sends it with each heartbeat).",
  fields: (t) => ({
    hostname: t.string(),
    cpus: t.int({ required: true, description: "Logical CPUs." }),
    cpuPercent: t.float({ required: true, description: "Busy share of all CPUs since the last report, 0-100." }),
    memoryUsedBytes: t.float({ required: true }),
    memoryTotalBytes: t.float({ required: true }),
    load1: t.float({ required: true, description: "1-minute load average." }),
    load5: t.float(),
    load15: t.float(),
  }),
});

const HostMetricsRef = builder.objectRef<HostView>("HostMetrics").implement({
  authScopes: rules.anyKey,
  description: "An agent's host as its latest heartbeat reported it.",
  fields: (t) => ({
    hostname: t.exposeString("hostname", { nullable: true }),
    cpus: t.exposeInt("cpus"),
    cpuPercent: t.exposeFloat("cpuPercent"),
    memoryUsedBytes: t.exposeFloat("memoryUsedBytes"),
    memoryTotalBytes: t.exposeFloat("memoryTotalBytes"),
    memoryPercent: t.float({ resolve: (h) => memoryPercent(h) }),
    load1: t.exposeFloat("load1"),
    load5: t.exposeFloat("load5", { nullable: true }),
    load15: t.exposeFloat("load15", { nullable: true }),
    reportedAt: t.expose("reportedAt", { type: "DateTime" }),
    saturated: t.boolean({
      description: `CPU at ${SATURATION.cpuPercent}% or more, memory at ${SATURATION.memoryPercent}% or more, or a 1-minute load of ${SATURATION.loadPerCpu} per CPU or more.`,
      resolve: (h) => saturation(h).length > 0,
    }),
    saturation: t.stringList({
      description: "Why it is saturated (empty when it is not).",
      resolve: (h) => saturation(h),
    }),
  }),
});

builder.prismaObjectFields(AgentRef, (t) => ({
  host: t.field({
    type: HostMetricsRef,
    nullable: true,
    description: "Its host's latest report (heartbeat's `host`); null if it never sent one.",
    select: { host: true, hostReportedAt: true },
    resolve: (a) =>
      a.host && a.hostReportedAt ? { ...(JSON.parse(a.host) as HostReport), reportedAt: a.hostReportedAt } : null,
  }),
}));

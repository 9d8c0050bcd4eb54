/**
 * Fleet health: what a worker reports of its host with each heartbeat (CPU, memory, load), checked, and
 * when a host counts as saturated. Pure.
 */
import { BadInputError } from "../errors.js";

export interface HostReport {
  hostname: string | null;
  cpus: number;
  /** Busy share of all the host's CPUs since the previous report, 0-100. */
  cpuPercent: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  load1: number;
  load5: number | null;
  load15: number | null;
}

/** A host is saturated at or above these. */
export const SATURATION = { cpuPercent: 90, memoryPercent: 90, loadPerCpu: 2 } as const;

const finite = (field: string, v: number, min: number, max: number) => {
  if (!Number.isFinite(v) || v < min || v > max) {
    throw new BadInputError(`host.${field} must be a number from ${min} to ${max}; got ${v}`, {
      field: `host.${field}`,
    });
  }
  return v;
};

/** The report as stored, or BAD_USER_INPUT naming the field that is out of range. */
export function checkHostReport(input: {
  hostname?: string | null;
  cpus: number;
  cpuPercent: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  load1: number;
  load5?: number | null;
  load15?: number | null;
}): HostReport {
  const hostname = input.hostname?.trim() || null;
  if (hostname && hostname.length > 255) {
    throw new BadInputError("host.hostname is over 255 characters", { field: "host.hostname" });
  }
  if (!Number.isInteger(input.cpus)) finite("cpus", Number.NaN, 1, 65_536);
  const cpus = finite("cpus", input.cpus, 1, 65_536);
  const total = finite("memoryTotalBytes", input.memoryTotalBytes, 1, 2 ** 60);
  const used = finite("memoryUsedBytes", input.memoryUsedBytes, 0, total);
  const load = (f: string, v: number | null | undefined) => (v == null ? null : finite(f, v, 0, 1e6));
  return {
    hostname,
    cpus,
    cpuPercent: finite("cpuPercent", input.cpuPercent, 0, 100),
    memoryUsedBytes: used,
    memoryTotalBytes: total,
    load1: finite("load1", input.load1, 0, 1e6),
    load5: load("load5", input.load5),
    load15: load("load15", input.load15),
  };
}

export const memoryPercent = (r: HostReport) => (100 * r.memoryUsedBytes) / r.memoryTotalBytes;

/** What makes a host saturated, in words (empty when it is not). */
export function saturation(r: HostReport): string[] {
  const why: string[] = [];
  if (r.cpuPercent >= SATURATION.cpuPercent) why.push(`CPU ${r.cpuPercent.toFixed(0)}%`);
  if (memoryPercent(r) >= SATURATION.memoryPercent) why.push(`memory ${memoryPercent(r).toFixed(0)}%`);
  if (r.load1 / r.cpus >= SATURATION.loadPerCpu) why.push(`load ${r.load1.toFixed(1)} on ${r.cpus} CPUs`);
  return why;
}

export interface FleetTotals {
  reporting: number;
  cpus: number;
  /** CPU busy share of the reporting hosts together (weighted by their CPUs), 0-100; null if none report. */
  cpuPercent: number | null;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  memoryPercent: number | null;
}

/**
 * Aggregate CPU and memory of the hosts that report, each host counted once (several agents on one
 * host share it: the newest report of a hostname wins; reports without a hostname count apart).
 */
export function fleetTotals(reports: readonly { report: HostReport; at: Date }[]): FleetTotals {
  const byHost = new Map<string, { report: HostReport; at: Date }>();
  reports.forEach((r, i) => {
    const key = r.report.hostname ?? `#${i}`;
    const seen = byHost.get(key);
    if (!seen || seen.at < r.at) byHost.set(key, r);
  });
  const hosts = [...byHost.values()].map((h) => h.report);
  const cpus = hosts.reduce((a, h) => a + h.cpus, 0);
  const used = hosts.reduce((a, h) => a + h.memoryUsedBytes, 0);
  const total = hosts.reduce((a, h) => a + h.memoryTotalBytes, 0);
  return {
    reporting: hosts.length,
    cpus,
    cpuPercent: cpus ? hosts.reduce((a, h) => a + h.cpuPercent * h.cpus, 0) / cpus : null,
    memoryUsedBytes: used,
    memoryTotalBytes: total,
    memoryPercent: total ? (100 * used) / total : null,
  };
}

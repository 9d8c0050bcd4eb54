/**
 * The worker's host as it reports it with each heartbeat (fleet health): CPU busy share since the last
 * sample (from os.cpus() times), memory in use, load averages. The first sample covers the time since
 * the process started measuring, so it is taken once at start.
 */
import os from "node:os";

export interface HostSample {
  hostname: string;
  cpus: number;
  cpuPercent: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  load1: number;
  load5: number;
  load15: number;
}

function cpuTimes() {
  let idle = 0;
  let total = 0;
  for (const c of os.cpus()) {
    const t = c.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, total };
}

/** A sampler: each call reports the CPU busy share since the previous call. */
export function hostSampler(): () => HostSample {
  let last = cpuTimes();
  return () => {
    const now = cpuTimes();
    const total = now.total - last.total;
    const busy = total > 0 ? 100 * (1 - (now.idle - last.idle) / total) : 0;
    last = now;
    const [load1, load5, load15] = os.loadavg() as [number, number, number];
    const memoryTotalBytes = os.totalmem();
    return {
      hostname: os.hostname(),
      cpus: Math.max(1, os.cpus().length),
      cpuPercent: Math.min(100, Math.max(0, busy)),
      memoryUsedBytes: Math.max(0, memoryTotalBytes - os.freemem()),
      memoryTotalBytes,
      load1,
      load5,
      load15,
    };
  };
}

import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngineEvents } from "../../src/engine/events.js";
import { createScheduler } from "../../src/scheduler/index.js";
import { autoDispatchJob } from "../../src/scheduler/jobs/auto-dispatch.js";
import { heartbeatMonitorJob } from "../../src/scheduler/jobs/heartbeat-monitor.js";
import { leaseRecoveryJob } from "../../src/scheduler/jobs/lease-recovery.js";

describe("scheduler", () => {
  afterEach(() => void vi.useRealTimers());

  it("reports node-cron's own warnings (ticks missed while the event loop was blocked) as JSON log lines, not console text", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: "debug" }, sink);
    const printed: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void printed.push(args);
    const scheduler = createScheduler(
      [{ name: "tick", schedule: "* * * * * *", run: async () => 0 }],
      logger,
      createEngineEvents(() => {}),
    );
    try {
      scheduler.start();
      await new Promise((r) => setTimeout(r, 1100));
      const blockUntil = Date.now() + 2500; // a blocked event loop: node-cron misses ticks and warns
      while (Date.now() < blockUntil) {
        /* busy */
      }
      const deadline = Date.now() + 5000;
      while (!lines.some((l) => l.includes("node-cron")) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await scheduler.stop();
      console.warn = original;
    }
    const fromCron = lines.map((l) => JSON.parse(l)).filter((l) => l.source === "node-cron");
    expect(fromCron.length).toBeGreaterThan(0);
    expect(fromCron[0].msg).toMatch(/missed execution/);
    expect(printed).toEqual([]);
  });

  it("runs interval jobs at their interval, also one that does not divide a minute or is longer than 59 s", async () => {
    vi.useFakeTimers({ now: new Date("2026-03-01T10:00:07.000Z") });
    const runs: Record<string, number[]> = { "lease-recovery": [], "heartbeat-monitor": [], "auto-dispatch": [] };
    const at = (name: string) => async () => void runs[name]!.push(Date.now());
    const claims = { sweepExpiredLeases: at("lease-recovery"), markSilentAgentsOffline: at("heartbeat-monitor") };
    const runner = { dispatchPass: at("auto-dispatch") };
    const completed: string[] = [];
    const events = createEngineEvents(() => {});
    events.on("job:completed", (e) => void completed.push(e.job));
    const scheduler = createScheduler(
      [
        leaseRecoveryJob(claims as never, 45),
        heartbeatMonitorJob(claims as never, 90),
        autoDispatchJob(runner as never, 20),
      ],
      pino({ level: "silent" }),
      events,
    );
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 500);
    await scheduler.stop();
    const gaps = (name: string) => runs[name]!.slice(1).map((t, i) => Math.round((t - runs[name]![i]!) / 1000));
    // node-cron's "*/45" fires at :00 and :45 of each minute (45 s, then 15 s), "*/59" for 90 s at :00 and :59.
    expect(runs["lease-recovery"]!.length).toBeGreaterThanOrEqual(12);
    expect(new Set(gaps("lease-recovery"))).toEqual(new Set([45]));
    expect(runs["heartbeat-monitor"]!.length).toBeGreaterThanOrEqual(6);
    expect(new Set(gaps("heartbeat-monitor"))).toEqual(new Set([90]));
    expect(new Set(gaps("auto-dispatch"))).toEqual(new Set([20]));
    // The first run is one interval after the start, not at the next multiple on the clock.
    expect(Math.round((runs["lease-recovery"]![0]! - Date.parse("2026-03-01T10:00:07.000Z")) / 1000)).toBe(45);
    expect(completed.filter((j) => j === "lease-recovery").length).toBe(runs["lease-recovery"]!.length);
  });
});

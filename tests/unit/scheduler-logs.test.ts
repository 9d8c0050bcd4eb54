import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createScheduler } from "../../src/scheduler/index.js";

describe("scheduler logs", () => {
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
    const scheduler = createScheduler([{ name: "tick", schedule: "* * * * * *", run: async () => 0 }], logger);
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
});

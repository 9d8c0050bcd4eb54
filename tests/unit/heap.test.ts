import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { startHeapReclaim } from "../../src/heap.js";

const MiB = 2 ** 20;
const total = () => v8.getHeapStatistics().total_heap_size;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("heap reclaim", () => {
  it("runs a full GC once the process goes quiet after its heap grew, and gives the heap back", async () => {
    const reclaim = startHeapReclaim(0.5);
    try {
      await sleep(50); // the start-up GC
      // Garbage that survives long enough to be promoted (held across scavenges), then dropped.
      let held: unknown[][] = [];
      for (let i = 0; i < 40; i++) {
        held.push(Array.from({ length: 20_000 }, (_, k) => ({ k, s: `x${k}` })));
        if (i % 8 === 0) await sleep(0);
      }
      const grown = total();
      expect(grown).toBeGreaterThan(40 * MiB);
      held = [];
      // Quiet: no more than 10% of a core over an interval, then one reclaim.
      const deadline = Date.now() + 10_000;
      while (reclaim.reclaims === 0 && Date.now() < deadline) await sleep(100);
      expect(reclaim.reclaims).toBe(1);
      expect(total()).toBeLessThan(grown - 16 * MiB);
      expect(held).toHaveLength(0);
      // Nothing grew since: quiet intervals do not collect again.
      await sleep(1_500);
      expect(reclaim.reclaims).toBe(1);
    } finally {
      reclaim.stop();
    }
  });

  it("stays out of the way while the process is busy", async () => {
    const reclaim = startHeapReclaim(0.3);
    try {
      let held: unknown[][] = [];
      const until = Date.now() + 1_500;
      // Busy the whole time: allocating, and well over 10% of a core.
      while (Date.now() < until) {
        held.push(Array.from({ length: 5_000 }, (_, k) => ({ k })));
        if (held.length > 200) held = [];
        await sleep(0);
      }
      expect(reclaim.reclaims).toBe(0);
    } finally {
      reclaim.stop();
    }
  });

  it("is off at 0 seconds", async () => {
    const reclaim = startHeapReclaim(0);
    await sleep(100);
    expect(reclaim.reclaims).toBe(0);
    reclaim.stop();
  });
});

import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { exposedGc, type HeapProbes, startHeapReclaim } from "../../src/heap.js";

const MiB = 2 ** 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A process whose heap size and CPU time the test sets. (V8 itself may collect a real heap at any
 * moment, so the decisions are tested on these; the real `gc` is tested on its own below.)
 */
function fakeProcess() {
  const state = { heap: 40 * MiB, cpu: 0, busy: false, gcs: 0, liveAfterGc: 40 * MiB };
  const probes: HeapProbes = {
    gc() {
      state.gcs++;
      state.heap = state.liveAfterGc;
    },
    heapSize: () => state.heap,
    // While busy, a second of CPU between any two reads: far over 10% of any interval.
    cpuMs: () => {
      if (state.busy) state.cpu += 1000;
      return state.cpu;
    },
  };
  return { state, probes };
}

describe("heap reclaim", () => {
  const interval = 0.05; // seconds

  it("collects once the process goes quiet after its heap grew, and only then", async () => {
    const { state, probes } = fakeProcess();
    const reclaim = startHeapReclaim(interval, probes);
    try {
      await sleep(10);
      expect(state.gcs).toBe(0); // nothing holds up the start
      // The first interval's GC, busy or not. Under load it leaves 48 MiB (requests in flight); the
      // baseline stays at the 40 MiB the server started with.
      state.busy = true;
      state.liveAfterGc = 48 * MiB;
      await sleep(interval * 1000 + 30);
      expect(state.gcs).toBe(1);
      state.busy = false;
      state.liveAfterGc = 40 * MiB;
      // Quiet, heap not grown: nothing.
      await sleep(200);
      expect(reclaim.reclaims).toBe(0);
      // Grown by less than 16 MiB: nothing.
      state.heap = 50 * MiB;
      await sleep(200);
      expect(reclaim.reclaims).toBe(0);
      // Grown 17 MiB past the start's 40 (not past the 48 the busy first GC left), but busy (more than
      // 10% of a core each interval): nothing.
      state.heap = 57 * MiB;
      state.busy = true;
      await sleep(300);
      expect(reclaim.reclaims).toBe(0);
      // Quiet again: one reclaim, and the baseline is what the GC left.
      state.busy = false;
      await sleep(300);
      expect(reclaim.reclaims).toBe(1);
      expect(state.heap).toBe(40 * MiB);
      // Still quiet and not grown since: no second one.
      await sleep(300);
      expect(reclaim.reclaims).toBe(1);
      // A new burst that leaves 30 MiB more behind, then quiet: a second one.
      state.heap = 80 * MiB;
      state.liveAfterGc = 45 * MiB;
      await sleep(300);
      expect(reclaim.reclaims).toBe(2);
      // The baseline is now 45 MiB: 60 is less than 16 MiB above it.
      state.heap = 60 * MiB;
      await sleep(300);
      expect(reclaim.reclaims).toBe(2);
    } finally {
      reclaim.stop();
    }
  });

  it("stops with stop(), and does nothing at 0 seconds", async () => {
    const { state, probes } = fakeProcess();
    const reclaim = startHeapReclaim(interval, probes);
    await sleep(10);
    reclaim.stop();
    state.heap = 200 * MiB;
    await sleep(200);
    expect(reclaim.reclaims).toBe(0);

    const off = fakeProcess();
    const none = startHeapReclaim(0, off.probes);
    off.state.heap = 200 * MiB;
    await sleep(200);
    expect(none.reclaims).toBe(0);
    expect(off.state.gcs).toBe(0);
    none.stop();
  });

  it("exposes V8's full GC to the process, which collects garbage that was promoted", async () => {
    const gc = exposedGc();
    let held: unknown[][] = [];
    for (let i = 0; i < 30; i++) {
      held.push(Array.from({ length: 20_000 }, (_, k) => ({ k, s: `x${k}` })));
      if (i % 5 === 0) await sleep(0); // held across scavenges: promoted
    }
    const live = v8.getHeapStatistics().used_heap_size;
    const count = held.length; // (not through expect(held): an assertion may keep what it was given)
    held = [];
    expect(count).toBe(30);
    gc();
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(live - 30 * MiB);
  });
});

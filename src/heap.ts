/**
 * Memory that comes back after work. Measured (bench/memory.ts, PostgreSQL): after 2,000 claim +
 * complete cycles RSS was idle + 99 MiB and stayed there, yet the live heap after a full GC was the same
 * 33-34 MiB after 500 cycles as after 2,000. Nothing leaked. V8 let the old generation fill with the
 * garbage of requests that were in flight across a scavenge (promoted, then dead) up to a limit of up
 * to 4x the live heap, and then kept every page it had grown to: no major GC came while the server sat
 * idle, so the memory reducer never ran. The young generation also doubled under load (16 -> 32 MiB) and
 * stayed so. Five settings, all on V8's own controls, set here so that every way of starting the server
 * (`npm start`, the `mission-control` bin, `createServer` in a host process) gets them:
 *
 * - **A full GC soon after start** (at the first interval; the heap is small then: a few ms). Until
 *   its first one, V8 lets the old generation grow to a limit derived from the heap's maximum, not from
 *   what is live; on PostgreSQL, where requests stay in flight across scavenges, no major GC came in
 *   2,000 cycles. Not at start itself: its pause held up the first requests (~20-40 ms of a cold start).
 * - **A growth factor of 2** (`--heap-growing-percent=100`): after each full GC the old generation is
 *   next collected at twice its live size instead of V8's adaptive up-to-4x. A/B on this build
 *   (bench/memory.ts, SQLite / PostgreSQL): RSS after 2,000 cycles idle + 47 / + 45 MiB with it, + 57 / +
 *   52 without; it costs fan-out 33-34 us of CPU per delivered message against 31 (bench/fanout.ts),
 *   the price of keeping 1,000 live subscriptions' heap collected more often.
 * - **A young generation that keeps its size** (`--semi-space-growth-factor=1`). Measured in the same
 *   run (bench/claims.ts, SQLite, 32 agents, twice): server CPU per cycle 1.95-1.96 ms with V8's
 *   defaults, 1.68-1.86 ms with it (and a 1.5x old-generation factor); RSS after the cycles 182-210 MiB
 *   against 139-156 MiB.
 * - **A full GC once the process goes quiet** after its heap grew (no more than 10% of a core used over
 *   an interval, and at least 16 MiB more heap than after the last such GC), which hands the old space
 *   it no longer needs back. It never runs while requests keep coming.
 *
 * - **WebAssembly on its baseline compiler only** (`--liftoff-only`). Prisma's query compiler is a
 *   ~1.9 MB WebAssembly module, instantiated on the first ORM query. V8 compiles each function it calls
 *   with Liftoff, then again with TurboFan once it is hot, and the optimising compiler's code and zone
 *   memory stayed resident: RSS after the first ORM queries was idle + 41-44 MiB with V8's tiering, +
 *   14-15 MiB with Liftoff alone (tmp script over bench/lib.ts, SQLite, twice each). The compile step
 *   is now a small part of what is left on the ORM path (the hot paths run on the driver): CPU per
 *   `createAgent`, `createProject` and `agents` request was the same within the noise (4.4-5.8 ms
 *   either way). Set here, after the launcher has written its code cache (whose flags must match the
 *   next start's) and before the first ORM query compiles the module.
 *
 * Tried and left out: `--heap-growing-percent=50` (1.5x). Memory the same within a few MiB, but with
 * 1,000 live subscriptions it ran major GCs so often that fan-out cost 34-38 us per message.
 *
 * `MC_HEAP_RECLAIM_IDLE_SECONDS=0` leaves V8's defaults alone, these five included.
 */
import v8 from "node:v8";
import vm from "node:vm";

const MiB = 2 ** 20;
/** Heap growth since the last reclaim below which a quiet process is left alone. */
const GROWTH = 16 * MiB;
/** CPU share of one core, over an interval, under which the process counts as quiet. */
const QUIET_CPU = 0.1;

type Gc = () => void;

/** V8's `gc`, exposed for this process alone (as `--expose-gc` would, without a command-line flag). */
export function exposedGc(): Gc {
  const existing = (globalThis as { gc?: Gc }).gc;
  if (existing) return existing;
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as Gc;
  v8.setFlagsFromString("--no-expose-gc");
  return gc;
}

/** What the reclaim reads and does; the process's own by default, the tests' in tests/unit/heap.test.ts. */
export interface HeapProbes {
  gc(): void;
  /** Bytes the heap holds (V8's total_heap_size). */
  heapSize(): number;
  /** CPU time this process has used, in ms. */
  cpuMs(): number;
}

const processProbes = (): HeapProbes => ({
  gc: exposedGc(),
  heapSize: () => v8.getHeapStatistics().total_heap_size,
  cpuMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
});

export interface HeapReclaim {
  /** Full GCs run so far because the process went quiet. */
  readonly reclaims: number;
  stop(): void;
}

/** Tunes the heap's growth and starts the idle reclaim; `idleSeconds` 0 leaves V8's defaults alone. */
export function startHeapReclaim(idleSeconds: number, probes?: HeapProbes): HeapReclaim {
  let reclaims = 0;
  if (idleSeconds <= 0) return { reclaims, stop() {} };
  if (!probes) {
    v8.setFlagsFromString("--heap-growing-percent=100");
    v8.setFlagsFromString("--semi-space-growth-factor=1");
    v8.setFlagsFromString("--liftoff-only");
  }
  const { gc, heapSize, cpuMs } = probes ?? processProbes();
  const intervalMs = idleSeconds * 1000;
  let baseline = heapSize();
  // Until its first full GC, V8 lets the old generation grow to a limit set from the heap's maximum,
  // not from what is live; one at the first interval, busy or not (the heap is still small: a few ms),
  // puts it on the live-size rule. Not at once: it held up the first requests by its pause.
  let first = true;
  let cpu = cpuMs();
  const timer = setInterval(() => {
    const now = cpuMs();
    const busy = now - cpu > intervalMs * QUIET_CPU;
    cpu = now;
    if (first) {
      // Under load already, the heap this GC leaves holds the requests in flight: the baseline stays
      // at the heap the server started with if that was smaller, so that what the load leaves behind
      // is reclaimed once it ends.
      first = false;
      gc();
      baseline = Math.min(baseline, heapSize());
      cpu = cpuMs();
      return;
    }
    if (busy || heapSize() < baseline + GROWTH) return;
    gc();
    reclaims++;
    baseline = heapSize();
    cpu = cpuMs();
  }, intervalMs);
  timer.unref();
  return {
    get reclaims() {
      return reclaims;
    },
    stop: () => clearInterval(timer),
  };
}

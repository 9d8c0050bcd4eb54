/**
 * `mission-control worker`: turns any command into an agent. It registers (or finds) the agent,
 * heartbeats, claims tasks up to `concurrency`, runs the command once per task with the task's prompt on
 * stdin (argv, no shell), streams stdout/stderr as chunks, completes on exit 0 with stdout as the result
 * and fails otherwise. On SIGTERM/SIGINT it stops its commands and releases what it holds, so nothing
 * waits for a lease to expire. One progress line per task goes to stderr.
 */

import { type MissionControlClient, MissionControlError } from "../client/index.js";
import { createOutputPump } from "../execution/output-pump.js";
import { runProcess } from "../executors/process.js";
import { hostSampler } from "./host-metrics.js";

export interface WorkerOptions {
  client: MissionControlClient;
  agent: string;
  argv: string[];
  concurrency: number;
  /** Seconds between claims when there is nothing to do. */
  pollSeconds: number;
  heartbeatSeconds: number;
  /** Seconds a command may run. */
  timeoutSeconds: number;
  /** The most output (UTF-8 bytes) a command's run stores: head and tail (see output-pump.ts). @default 10 MB */
  maxOutputBytes?: number;
  log: (line: string) => void;
}

const RESULT_LIMIT = 5_000_000;

export function startWorker(opts: WorkerOptions) {
  const { client } = opts;
  const running = new Map<string, AbortController>();
  let agentId = "";
  let stopping = false;
  let wake: (() => void) | null = null;
  const sleep = (s: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, s * 1000);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  type Claimed = { id: string; title: string; attempts: number; maxAttempts: number };

  async function runOne(task: Claimed) {
    /** Tasks claimed together with this one's completion, started once its slot is free. */
    const following: Claimed[] = [];
    const started = Date.now();
    const controller = new AbortController();
    running.set(task.id, controller);
    opts.log(`> ${task.id} "${task.title}" (attempt ${task.attempts} of ${task.maxAttempts})`);
    const pump = createOutputPump(
      async (kind, content) => {
        try {
          await client.append(task.id, agentId, content, kind);
        } catch (error) {
          if (error instanceof MissionControlError && error.code === "CONFLICT") return "stop";
        }
        return undefined;
      },
      { maxBytes: opts.maxOutputBytes ?? 10_000_000 },
    );
    try {
      if (stopping) {
        // Claimed with the last completion while the worker was asked to stop: give it back unrun.
        await client.release(task.id, agentId, "the worker shut down").catch(() => {});
        opts.log(`~ ${task.id} released (worker stopping)`);
        return;
      }
      const prompt = await client.prompt(task.id, agentId);
      let stdout = "";
      let stderrTail = "";
      const outcome = await runProcess({
        argv: opts.argv,
        cwd: process.cwd(),
        env: {
          ...(process.env as Record<string, string>),
          MC_TASK_ID: task.id,
          MC_TASK_TITLE: task.title,
          MC_AGENT: opts.agent,
        },
        stdin: prompt,
        timeoutMs: opts.timeoutSeconds * 1000,
        signal: controller.signal,
        onStdout: (t) => {
          if (stdout.length < RESULT_LIMIT) stdout += t;
          pump.push("STDOUT", t);
        },
        onStderr: (t) => {
          stderrTail = (stderrTail + t).slice(-2000);
          pump.push("STDERR", t);
        },
      });
      await pump.flush();
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (outcome.aborted) {
        await client.release(task.id, agentId, "the worker shut down").catch(() => {});
        opts.log(`~ ${task.id} released after ${secs}s (worker stopping)`);
      } else if (outcome.exitCode === 0 && !outcome.timedOut) {
        if (stopping) {
          const done = await client.complete(task.id, agentId, stdout || null);
          opts.log(`+ ${task.id} ${done.status} in ${secs}s`);
        } else {
          // Finish and take the next task in one request; this slot carries on with it.
          const { completed, next } = await client.completeAndClaim(task.id, agentId, {
            result: stdout || null,
            maxCapacity: opts.concurrency,
          });
          opts.log(`+ ${task.id} ${completed.status} in ${secs}s`);
          if (next.outcome === "CLAIMED") for (const t of next.tasks) following.push(t);
        }
      } else {
        const why = outcome.spawnError
          ? `could not start ${opts.argv[0]}: ${outcome.spawnError}`
          : outcome.timedOut
            ? `timed out after ${opts.timeoutSeconds}s`
            : `exited with ${outcome.exitCode ?? outcome.signal}${stderrTail.trim() ? `: ${stderrTail.trim().split("\n").at(-1)}` : ""}`;
        const failed = await client.fail(task.id, agentId, why, !outcome.spawnError);
        opts.log(`x ${task.id} ${failed.status} after ${secs}s: ${why}`);
      }
    } catch (error) {
      opts.log(`! ${task.id}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running.delete(task.id);
      for (const t of following.splice(0)) void runOne(t);
      wake?.();
    }
  }

  async function loop() {
    const agent = await client.ensureAgent(opts.agent, { maxCapacity: opts.concurrency });
    agentId = agent.id;
    opts.log(`worker @${opts.agent} (${agentId}) running ${opts.argv.join(" ")} with concurrency ${opts.concurrency}`);
    // Each heartbeat carries the host's CPU, memory and load (fleet health on the board).
    const sample = hostSampler();
    const beatNow = () => client.heartbeat(agentId, undefined, sample());
    const beat = setInterval(() => void beatNow().catch(() => {}), opts.heartbeatSeconds * 1000);
    await beatNow();
    try {
      while (!stopping) {
        if (running.size >= opts.concurrency) {
          await sleep(opts.pollSeconds);
          continue;
        }
        let claimed = false;
        try {
          // As many as there are free slots, in one request.
          const r = await client.claim(agentId, opts.concurrency, opts.concurrency - running.size);
          if (r.outcome === "CLAIMED") {
            claimed = r.tasks.length > 0;
            for (const t of r.tasks) void runOne(t);
          }
        } catch (error) {
          opts.log(`! claim failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (!claimed) await sleep(opts.pollSeconds);
      }
    } finally {
      clearInterval(beat);
    }
  }

  const done = loop();
  return {
    done,
    get agentId() {
      return agentId;
    },
    /** Stops claiming, stops running commands (their tasks are released) and waits for them. */
    async stop() {
      stopping = true;
      wake?.();
      for (const c of running.values()) c.abort();
      while (running.size) await new Promise((r) => setTimeout(r, 20));
      await done.catch(() => {});
      await client.close();
    },
  };
}

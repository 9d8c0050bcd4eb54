/**
 * Background jobs on node-cron. Each job is single-flight: a tick that finds the previous run still going
 * is skipped rather than stacked. `stop()` waits for running jobs to finish. Each pass is reported as an
 * engine event (`job:completed`, `job:failed`), which the logs, metrics and traces subscribe to.
 *
 * A job runs either on a cron expression or every `everySeconds`. An interval is not written as
 * `*\/n` seconds: node-cron reads that as "the seconds of each minute divisible by n", so 45 fires at :00
 * and :45 (45 s then 15 s apart) and anything over 59 cannot be written at all. An interval job is
 * ticked every second and runs once `everySeconds` have passed since it last started. Jobs on the same
 * expression share one node-cron task.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { EngineEvents } from "../engine/events.js";
import type { Logger } from "../logger.js";

export type Job = {
  name: string;
  run(): Promise<unknown>;
} & ({ /** node-cron expression (six fields: with seconds). */ schedule: string } | { everySeconds: number });

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** Runs a job now (tests and the CLI). */
  runNow(name: string): Promise<unknown>;
}

/**
 * node-cron's own warnings (a missed tick after a blocked event loop, an overlap) as JSON log lines of
 * the server's logger, never plain text on the console. node-cron reports through one logger per task.
 */
export function cronLogger(logger: Logger) {
  const line = (level: "error" | "warn" | "info" | "debug") => (message: unknown, extra?: unknown) => {
    const fields = extra instanceof Error ? { err: extra } : extra === undefined ? {} : { detail: extra };
    if (message instanceof Error) logger[level]({ source: "node-cron", err: message }, message.message);
    else logger[level]({ source: "node-cron", ...fields }, String(message));
  };
  return { error: line("error"), warn: line("warn"), info: line("info"), debug: line("debug") };
}

/**
 * @param shouldRun asked before every tick: only the leader instance runs jobs (see leadership.ts)
 */
export function createScheduler(
  jobs: readonly Job[],
  logger: Logger,
  events: EngineEvents,
  shouldRun: () => boolean = () => true,
): Scheduler {
  const tasks: ScheduledTask[] = [];
  const viaLogger = cronLogger(logger);
  const running = new Map<string, Promise<unknown>>();

  function runOnce(job: Job): Promise<unknown> {
    const current = running.get(job.name);
    if (current) return current;
    const started = Date.now();
    const p = job
      .run()
      .then((result) => {
        events.emit("job:completed", { job: job.name, result, durationMs: Date.now() - started });
        return result;
      })
      .catch((error: unknown) => {
        events.emit("job:failed", { job: job.name, error, durationMs: Date.now() - started });
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, p);
    return p;
  }

  return {
    start() {
      const started = Date.now();
      // One node-cron task per distinct expression, ticking every job on it: node-cron works out each
      // task's next time through Intl date formatting on every tick, and every job here ticks each
      // second, so five tasks cost five times what one does, on every idle second.
      const ticks = new Map<string, (() => void)[]>();
      for (const job of jobs) {
        let tick = () => void (shouldRun() ? runOnce(job) : undefined);
        if ("everySeconds" in job) {
          const everyMs = Math.max(1, job.everySeconds) * 1000;
          let due = started + everyMs;
          const run = tick;
          tick = () => {
            // node-cron ticks on the second; a few ms early is the same second.
            const now = Date.now();
            if (now + 50 < due) return;
            due = Math.max(due + everyMs, now + everyMs - 50);
            run();
          };
        }
        const expression = "schedule" in job ? job.schedule : "* * * * * *";
        const group = ticks.get(expression) ?? [];
        group.push(tick);
        ticks.set(expression, group);
      }
      for (const [expression, group] of ticks) {
        tasks.push(
          cron.schedule(
            expression,
            () => {
              for (const tick of group) tick();
            },
            { name: expression, noOverlap: true, logger: viaLogger },
          ),
        );
      }
    },
    async stop() {
      for (const t of tasks) await t.stop();
      tasks.length = 0;
      await Promise.allSettled([...running.values()]);
    },
    runNow(name) {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`no job named ${name}`);
      return runOnce(job);
    },
  };
}

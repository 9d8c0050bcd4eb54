/**
 * Background jobs on node-cron. Each job is single-flight: a tick that finds the previous run still going
 * is skipped rather than stacked. `stop()` waits for running jobs to finish.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "../logger.js";

export interface Job {
  name: string;
  /** node-cron expression (six fields: with seconds). */
  schedule: string;
  run(): Promise<unknown>;
}

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
        if (typeof result === "number" && result > 0) {
          logger.info({ job: job.name, result, ms: Date.now() - started }, "job did work");
        }
        return result;
      })
      .catch((error: unknown) => {
        logger.error({ job: job.name, err: error }, "job failed");
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, p);
    return p;
  }

  return {
    start() {
      for (const job of jobs) {
        tasks.push(
          cron.schedule(job.schedule, () => void (shouldRun() ? runOnce(job) : undefined), {
            name: job.name,
            noOverlap: true,
            logger: viaLogger,
          }),
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

/**
 * Recurring tasks. Each occurrence creates exactly one task: firing is a compare-and-set on the job's
 * `nextRunAt` plus a unique (job, occurrence) row written in the same transaction as the task, so two
 * instances, a restart in the middle, or a retried tick never duplicate one, and a due occurrence stays
 * due until some instance commits it. Occurrences found more than MC_CRON_GRACE_SECONDS late were missed
 * while nobody ran the scheduler: `catchUp` SKIP (default) drops them, RUN_ONCE creates one task for the
 * latest of them.
 */
import { interpolate, nextOccurrence, previousOccurrence, scheduleError, shortestInterval } from "../domain/cron.js";
import { LIMITS } from "../domain/validate.js";
import { AppError, BadInputError, ConflictError, NotFoundError } from "../errors.js";
import type { CronJob, Task } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { cronJobsDue } from "../sql/due-work.js";
import { type Actor, recordActivity, requireIds, type ServiceDeps, SYSTEM, transact, type Unit } from "./context.js";
import type { CreateTaskInput, TaskService } from "./tasks.js";

export const CATCH_UP = ["SKIP", "RUN_ONCE"] as const;
export type CatchUp = (typeof CATCH_UP)[number];

export type TaskTemplate = Omit<CreateTaskInput, "dependsOn" | "dueAt"> & { dueInSeconds?: number | null };

export interface CreateCronJobInput {
  name: string;
  schedule: string;
  timezone?: string | null;
  taskTemplate: TaskTemplate;
  catchUp?: CatchUp | null;
  paused?: boolean | null;
}

function checkSchedule(schedule: string, timezone: string, minSeconds: number) {
  const reason = scheduleError(schedule, timezone);
  if (reason) throw new BadInputError(reason, { field: reason.startsWith("timezone") ? "timezone" : "schedule" });
  const every = shortestInterval(schedule, timezone, new Date());
  if (every !== null && every < minSeconds) {
    throw new BadInputError(
      `"${schedule}" fires ${every} s apart; the shortest interval a job may have is ${minSeconds} s (MC_CRON_MIN_INTERVAL_SECONDS)`,
      { field: "schedule", minSeconds },
    );
  }
}

export function createCronService(deps: ServiceDeps, tasks: TaskService) {
  async function load(unit: Unit, id: string): Promise<CronJob> {
    const job = await unit.tx.cronJob.findUnique({ where: { id } });
    if (!job) throw new NotFoundError("CronJob", id);
    return job;
  }

  function taskInput(job: CronJob, occurrence: Date): CreateTaskInput {
    const t = JSON.parse(job.taskTemplate) as TaskTemplate;
    const { dueInSeconds, ...rest } = t;
    return {
      ...rest,
      title: interpolate(t.title, occurrence, job.timezone).slice(0, LIMITS.title),
      description: t.description ? interpolate(t.description, occurrence, job.timezone) : t.description,
      tags: [...new Set([...(t.tags ?? []), "cron"])],
      dueAt: dueInSeconds ? new Date(occurrence.getTime() + dueInSeconds * 1000) : null,
    };
  }

  async function create(actor: Actor, input: CreateCronJobInput): Promise<CronJob> {
    // The shapes of the inputs (lengths, ranges) are declared on CreateCronJobInput (schema/input-shapes.ts);
    // what a schedule means is checked here.
    const { name, schedule } = input;
    const timezone = input.timezone?.trim() || "UTC";
    checkSchedule(schedule, timezone, deps.config.cronMinIntervalSeconds);
    const catchUp = input.catchUp ?? "SKIP";
    if (!CATCH_UP.includes(catchUp)) throw new BadInputError(`catchUp must be one of ${CATCH_UP.join(", ")}`);
    const template = input.taskTemplate;
    if (template.dueInSeconds != null && !(Number.isInteger(template.dueInSeconds) && template.dueInSeconds > 0)) {
      throw new BadInputError("taskTemplate.dueInSeconds must be a positive whole number");
    }
    return transact(deps, async (unit) => {
      if (await unit.tx.cronJob.findUnique({ where: { name } })) {
        throw new ConflictError(`a cron job named "${name}" already exists`, { field: "name" });
      }
      await requireIds(unit, "Project", [template.projectId]);
      await requireIds(unit, "Agent", template.assigneeIds ?? []);
      const now = new Date();
      const job = await unit.tx.cronJob.create({
        data: {
          id: newId("CronJob"),
          name,
          schedule,
          timezone,
          taskTemplate: JSON.stringify(template),
          catchUp,
          paused: input.paused ?? false,
          nextRunAt: nextOccurrence(schedule, timezone, now),
        },
      });
      await recordActivity(unit, {
        type: "cron.created",
        actor,
        summary: `created cron job "${name}" (${schedule}, ${timezone}); next run ${job.nextRunAt?.toISOString() ?? "never"}`,
        after: { cronJobId: job.id, schedule, timezone, catchUp },
      });
      return job;
    });
  }

  async function setPaused(actor: Actor, id: string, paused: boolean): Promise<CronJob> {
    return transact(deps, async (unit) => {
      const job = await load(unit, id);
      if (job.paused === paused) return job;
      // Resuming starts from now: occurrences that fell in the pause are not caught up.
      const nextRunAt = paused ? job.nextRunAt : nextOccurrence(job.schedule, job.timezone, new Date());
      const updated = await unit.tx.cronJob.update({ where: { id }, data: { paused, nextRunAt } });
      await recordActivity(unit, {
        type: paused ? "cron.paused" : "cron.resumed",
        actor,
        summary: `${paused ? "paused" : "resumed"} cron job "${job.name}"`,
        after: { cronJobId: id, nextRunAt: updated.nextRunAt?.toISOString() ?? null },
      });
      return updated;
    });
  }

  async function remove(actor: Actor, id: string): Promise<string> {
    return transact(deps, async (unit) => {
      const job = await load(unit, id);
      await unit.tx.cronJob.delete({ where: { id } });
      await recordActivity(unit, {
        type: "cron.deleted",
        actor,
        summary: `deleted cron job "${job.name}"`,
        before: { cronJobId: id },
      });
      return id;
    });
  }

  async function createOccurrence(
    unit: Unit,
    actor: Actor,
    job: CronJob,
    occurrence: Date,
    manual: boolean,
  ): Promise<Task> {
    const task = await tasks.createIn(unit, actor, taskInput(job, occurrence));
    await unit.tx.cronRun.create({
      data: { id: newId("CronRun"), jobId: job.id, occurrence, taskId: task.id, manual },
    });
    await recordActivity(unit, {
      type: "cron.fired",
      actor,
      taskId: task.id,
      projectId: task.projectId,
      summary: `cron job "${job.name}" ${manual ? "was triggered by hand" : `fired for ${occurrence.toISOString()}`}: created "${task.title}"`,
      after: { cronJobId: job.id, occurrence: occurrence.toISOString(), manual },
    });
    return task;
  }

  async function trigger(actor: Actor, id: string): Promise<Task> {
    return transact(deps, async (unit) => {
      const job = await load(unit, id);
      const task = await createOccurrence(unit, actor, job, new Date(), true);
      await unit.tx.cronJob.update({ where: { id }, data: { lastRunAt: new Date() } });
      return task;
    });
  }

  /**
   * Fires every due occurrence. Safe to run on several instances at once and to repeat: each job moves
   * forward by a conditional update on the `nextRunAt` it read.
   * @returns tasks created
   */
  async function tick(now = new Date()): Promise<number> {
    if (!(await cronJobsDue(deps.sql, now))) return 0;
    const due = await deps.db.cronJob.findMany({
      where: { paused: false, nextRunAt: { lte: now } },
      orderBy: { nextRunAt: "asc" },
      take: 500,
    });
    let created = 0;
    for (const job of due) {
      try {
        if (await fire(job, now)) created++;
      } catch (error) {
        deps.events.emit("cron:failed", { cronJobId: job.id, error });
      }
    }
    return created;
  }

  /**
   * A scheduled occurrence. When the template no longer works (an assignee or the project was deleted)
   * the occurrence is recorded without a task and a `cron.failed` activity says why: it is not retried
   * every second, and the next occurrences still run once the template is fixed.
   */
  async function scheduledOccurrence(unit: Unit, job: CronJob, occurrence: Date): Promise<boolean> {
    try {
      await createOccurrence(unit, SYSTEM, job, occurrence, false);
      return true;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await unit.tx.cronRun.create({ data: { id: newId("CronRun"), jobId: job.id, occurrence, taskId: null } });
      await recordActivity(unit, {
        type: "cron.failed",
        actor: SYSTEM,
        summary: `cron job "${job.name}" could not create its task for ${occurrence.toISOString()}: ${error.message}`,
        after: { cronJobId: job.id, occurrence: occurrence.toISOString(), code: error.code },
      });
      return false;
    }
  }

  /** A scheduled occurrence, fired at `now`: its lag is reported once the transaction commits. */
  async function fired(unit: Unit, job: CronJob, occurrence: Date, now: Date): Promise<boolean> {
    const created = await scheduledOccurrence(unit, job, occurrence);
    const lagSeconds = Math.max(0, (now.getTime() - occurrence.getTime()) / 1000);
    unit.afterCommit(() =>
      deps.events.emit("cron:fired", { cronJobId: job.id, name: job.name, occurrence, lagSeconds, created }),
    );
    return created;
  }

  async function fire(job: CronJob, now: Date): Promise<boolean> {
    const due = job.nextRunAt!;
    const late = now.getTime() - due.getTime() > deps.config.cronGraceSeconds * 1000;
    const next = nextOccurrence(job.schedule, job.timezone, now);
    return transact(deps, async (unit) => {
      const moved = await unit.tx.cronJob.updateMany({
        where: { id: job.id, paused: false, nextRunAt: due },
        data: { nextRunAt: next, ...(late && job.catchUp === "SKIP" ? {} : { lastRunAt: now }) },
      });
      if (moved.count === 0) return false; // another instance (or tick) fired it
      if (!late) return fired(unit, job, due, now);
      const latest = previousOccurrence(job.schedule, job.timezone, now) ?? due;
      if (job.catchUp === "RUN_ONCE") {
        const exists = await unit.tx.cronRun.findUnique({
          where: { jobId_occurrence: { jobId: job.id, occurrence: latest } },
        });
        if (exists) return false;
        return fired(unit, job, latest, now);
      }
      await recordActivity(unit, {
        type: "cron.skipped",
        actor: SYSTEM,
        summary: `cron job "${job.name}" skipped the occurrences from ${due.toISOString()} to ${latest.toISOString()}: missed while no scheduler ran (catchUp SKIP)`,
        after: { cronJobId: job.id, from: due.toISOString(), to: latest.toISOString() },
      });
      return false;
    });
  }

  return {
    create,
    pause: (a: Actor, id: string) => setPaused(a, id, true),
    resume: (a: Actor, id: string) => setPaused(a, id, false),
    remove,
    trigger,
    tick,
  };
}

export type CronService = ReturnType<typeof createCronService>;

import { LIMITS } from "../domain/validate.js";
import { rules } from "../security/roles.js";
import { CATCH_UP, type TaskTemplate } from "../services/cron.js";
import { builder } from "./builder.js";
import { TaskPriorityEnum } from "./enums.js";
import { expectId, expectIds } from "./ids.js";
import { intRange, labels, optionalText, text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";

const CatchUpEnum = builder.enumType("CronCatchUp", {
  description: "What to do with occurrences missed while no instance ran the scheduler.",
  values: CATCH_UP,
});

const TaskTemplateInput = builder.inputType("CronTaskTemplateInput", {
  description:
    "The task each occurrence creates. `{{date}}` and `{{occurrence}}` in the title and description are filled in.",
  fields: (t) => ({
    title: t.string({ required: true, validate: text(LIMITS.title) }),
    description: t.string({ validate: optionalText(LIMITS.description) }),
    priority: t.field({ type: TaskPriorityEnum }),
    tags: t.stringList({ validate: labels() }),
    requiredSpecialties: t.stringList({ validate: labels() }),
    projectId: t.id(),
    assigneeIds: t.idList(),
    requiresReview: t.boolean(),
    maxAttempts: t.int({ validate: intRange(1, 100) }),
    command: t.stringList(),
    dueInSeconds: t.int({ description: "Due this long after the occurrence." }),
  }),
});

const CreateCronJobInput = builder.inputType("CreateCronJobInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(LIMITS.name) }),
    schedule: t.string({
      required: true,
      description: "Cron expression: 5 fields, or 6 with seconds first.",
      validate: text(200),
    }),
    timezone: t.string({ description: 'IANA timezone the schedule is read in. Default "UTC".' }),
    taskTemplate: t.field({ type: TaskTemplateInput, required: true }),
    catchUp: t.field({ type: CatchUpEnum, description: "Default SKIP." }),
    paused: t.boolean(),
  }),
});

builder.prismaNode("CronJob", {
  authScopes: rules.read,
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    schedule: t.exposeString("schedule"),
    timezone: t.exposeString("timezone"),
    paused: t.exposeBoolean("paused"),
    catchUp: t.field({ type: CatchUpEnum, select: { catchUp: true }, resolve: (j) => j.catchUp as "SKIP" }),
    taskTemplate: t.field({ type: "JSON", select: { taskTemplate: true }, resolve: (j) => JSON.parse(j.taskTemplate) }),
    nextRunAt: t.expose("nextRunAt", { type: "DateTime", nullable: true }),
    lastRunAt: t.expose("lastRunAt", { type: "DateTime", nullable: true }),
    recentTasks: t.prismaField({
      type: ["Task"],
      description: "Tasks created by this job, newest first (at most 50).",
      select: { id: true },
      resolve: async (query, j, _a, ctx) => {
        const runs = await ctx.db.cronRun.findMany({
          where: { jobId: j.id, taskId: { not: null } },
          orderBy: { occurrence: "desc" },
          take: 50,
        });
        const ids = runs.map((r) => r.taskId!);
        const tasks = await ctx.db.task.findMany({ ...query, where: { id: { in: ids } } });
        const order = new Map(ids.map((id, i) => [id, i]));
        return tasks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function template(input: typeof TaskTemplateInput.$inferInput): TaskTemplate {
  return {
    title: input.title,
    description: input.description ?? null,
    priority: input.priority ?? null,
    tags: input.tags ?? null,
    requiredSpecialties: input.requiredSpecialties ?? null,
    projectId: input.projectId ? expectId("Project", input.projectId, "taskTemplate.projectId") : null,
    assigneeIds: expectIds("Agent", input.assigneeIds, "taskTemplate.assigneeIds"),
    requiresReview: input.requiresReview ?? null,
    maxAttempts: input.maxAttempts ?? null,
    command: input.command ?? null,
    dueInSeconds: input.dueInSeconds ?? null,
  };
}

builder.queryField("cronJobs", (t) =>
  t.prismaField({
    authScopes: rules.read,
    type: ["CronJob"],
    resolve: (query, _r, _a, ctx) => ctx.db.cronJob.findMany({ ...query, orderBy: { name: "asc" }, take: 1000 }),
  }),
);

builder.mutationFields((t) => ({
  createCronJob: t.prismaField({
    authScopes: rules.manage,
    type: "CronJob",
    description: "A recurring task. An invalid schedule or timezone is BAD_USER_INPUT with the reason.",
    args: { input: t.arg({ type: CreateCronJobInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const job = await ctx.services.cron.create(ctx.actor, {
        name: input.name,
        schedule: input.schedule,
        timezone: input.timezone,
        catchUp: input.catchUp,
        paused: input.paused,
        taskTemplate: template(input.taskTemplate),
      });
      return rowFor(ctx, "CronJob", query, job);
    },
  }),
  pauseCronJob: t.prismaField({
    authScopes: rules.manage,
    type: "CronJob",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      rowFor(ctx, "CronJob", query, await ctx.services.cron.pause(ctx.actor, expectId("CronJob", id))),
  }),
  resumeCronJob: t.prismaField({
    authScopes: rules.manage,
    type: "CronJob",
    description: "Resumes from now: occurrences that fell in the pause are not caught up.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      rowFor(ctx, "CronJob", query, await ctx.services.cron.resume(ctx.actor, expectId("CronJob", id))),
  }),
  deleteCronJob: t.id({
    authScopes: rules.manage,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => ctx.services.cron.remove(ctx.actor, expectId("CronJob", id)),
  }),
  triggerCronJob: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description: "Creates the job's task now, outside its schedule.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      rowFor(ctx, "Task", query, await ctx.services.cron.trigger(ctx.actor, expectId("CronJob", id))),
  }),
}));

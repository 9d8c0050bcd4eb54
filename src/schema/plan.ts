/** planGoal and what a planning task shows of its plan (docs/planning.md). */
import { MAX_PLAN_TASKS } from "../domain/plan.js";
import { LIMITS } from "../domain/validate.js";
import { AppError } from "../errors.js";
import { rules } from "../security/roles.js";
import { DEFAULT_PLAN_TASKS, type StoredPlan, storedPlan } from "../services/plans.js";
import { builder } from "./builder.js";
import { TaskPriorityEnum } from "./enums.js";
import { expectId } from "./ids.js";
import { intRange, text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";
import { TaskRef } from "./task.js";

type PlanView = StoredPlan & { taskId: string };

const PlanRef = builder.objectRef<PlanView>("Plan").implement({
  authScopes: rules.anyKey,
  description:
    "What a planning task (planGoal) was asked, and once its planner's answer was accepted, what it became. The plan's tasks are Task.plannedTasks; its PRD is the planning task's result.",
  fields: (t) => ({
    goal: t.exposeString("goal"),
    maxTasks: t.exposeInt("maxTasks"),
    requireApproval: t.exposeBoolean("requireApproval", {
      description: "The planning task waits in REVIEW, and its tasks with it, until an operator approves.",
    }),
    accepted: t.boolean({ resolve: (p) => !!p.accepted }),
    title: t.string({ nullable: true, resolve: (p) => p.accepted?.title ?? null }),
    acceptedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (p) => (p.accepted ? new Date(p.accepted.at) : null),
    }),
    prd: t.prismaField({
      type: "Document",
      nullable: true,
      description: "The PRD document of the accepted plan (a DELIVERABLE of the planning task).",
      resolve: (query, p, _a, ctx) =>
        p.accepted ? ctx.db.document.findUnique({ ...query, where: { id: p.accepted.prdDocumentId } }) : null,
    }),
  }),
});

builder.prismaObjectFields(TaskRef, (t) => ({
  plan: t.field({
    type: PlanRef,
    nullable: true,
    description: "Set on a planning task (planGoal): the request and, once accepted, the plan.",
    select: { plan: true },
    resolve: (task) => (task.plan ? { ...storedPlan(task.plan), taskId: task.id } : null),
  }),
  planTask: t.relation("planTask", {
    nullable: true,
    description: "The planning task whose accepted plan created this task.",
  }),
  plannedTasks: t.relation("plannedTasks", {
    description: "The tasks this planning task's accepted plan created, in plan order (empty for other tasks).",
    query: { orderBy: [{ createdAt: "asc" }, { claimKey: "asc" }] },
  }),
}));

const PlanGoalInput = builder.inputType("PlanGoalInput", {
  fields: (t) => ({
    goal: t.string({
      required: true,
      description: "What to achieve, in plain words (the planner's brief).",
      validate: text(LIMITS.description),
    }),
    projectId: t.id({ description: "The project the planning task, the PRD and the plan's tasks belong to." }),
    plannerAgentId: t.id({ required: true, description: "The agent that plans (any backend)." }),
    requireApproval: t.boolean({
      description:
        "Default false. true: the accepted plan waits as a draft (the planning task in REVIEW) until an operator approves it with reviewTask; a rejection with feedback discards the drafts and plans again.",
    }),
    maxTasks: t.int({
      description: `At most this many tasks (default ${DEFAULT_PLAN_TASKS}, 1-${MAX_PLAN_TASKS}).`,
      validate: intRange(1, MAX_PLAN_TASKS),
    }),
    priority: t.field({ type: TaskPriorityEnum, description: "The planning task's priority (default MEDIUM)." }),
  }),
});

builder.mutationFields((t) => ({
  planGoal: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description:
      "Plans a goal into a dependency graph of assigned tasks: creates the planning task, assigned to the planner, and starts its run (server-side backends run now; an external agent is told to claim it). Its output streams the planning; its result is the PRD, its dependents the first tasks of the plan (docs/planning.md).",
    args: { input: t.arg({ type: PlanGoalInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const task = await ctx.services.plans.plan(ctx.actor, {
        ...input,
        plannerAgentId: expectId("Agent", input.plannerAgentId, "plannerAgentId"),
        projectId: input.projectId ? expectId("Project", input.projectId, "projectId") : null,
      });
      let started = task;
      try {
        started = await ctx.runner.runTask(ctx.actor, task.id);
      } catch (error) {
        // Auto-dispatch took it first, it waits for a sign-off, the planner is at capacity or over its
        // budget: the planning task stays ASSIGNED and runs as any assigned task does, when it can.
        if (!(error instanceof AppError)) throw error;
      }
      return rowFor(ctx, "Task", query, started);
    },
  }),
}));

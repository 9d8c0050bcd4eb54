import type { AgentBackend } from "../domain/enums.js";
import { BadInputError, NotFoundError } from "../errors.js";
import { rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { AgentBackendEnum } from "./enums.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";
import { TaskRef } from "./task.js";

const StopOutcomeEnum = builder.enumType("StopOutcome", {
  description: "What stopTask does with the task: RELEASE returns it to the queue, FAIL fails it for good.",
  values: ["RELEASE", "FAIL"] as const,
});

builder.prismaNode("TaskRun", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  select: { id: true },
  description: "One server-side execution of a task (WORK) or of its automatic review (REVIEW).",
  fields: (t) => ({
    kind: t.exposeString("kind"),
    backend: t.exposeString("backend", {
      deprecationReason: "Use backendType, the same as an enum. backend stays a string until the next major release.",
    }),
    backendType: t.field({
      type: AgentBackendEnum,
      select: { backend: true },
      resolve: (r) => r.backend as AgentBackend,
    }),
    model: t.exposeString("model", { nullable: true, description: "The model routing chose." }),
    tier: t.exposeString("tier", { nullable: true, description: "complex, routine or default." }),
    status: t.exposeString("status", {
      description: "RUNNING, SUCCEEDED, FAILED, STOPPED, LOST (its instance died) or NOTIFIED.",
    }),
    error: t.exposeString("error", { nullable: true }),
    exitCode: t.exposeInt("exitCode", { nullable: true }),
    instanceId: t.exposeString("instanceId", { nullable: true }),
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      select: { agentId: true },
      resolve: (query, r, _a, ctx) => ctx.db.agent.findUnique({ ...query, where: { id: r.agentId } }),
    }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObjectFields(TaskRef, (t) => ({
  runs: t.relation("runs", {
    description: "Server-side runs, newest first.",
    query: { orderBy: { startedAt: "desc" }, take: 100 },
  }),
}));

builder.mutationFields((t) => ({
  runTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description:
      "Dispatches an ASSIGNED task to its agent: server-side backends (shell, openai, claude-code) claim and start it now (the task comes back IN_PROGRESS); external agents are notified and claim it themselves.",
    args: { taskId: t.arg.id({ required: true }) },
    resolve: async (query, _r, { taskId }, ctx) =>
      rowFor(ctx, "Task", query, await ctx.runner.runTask(ctx.actor, expectId("Task", taskId, "taskId"))),
  }),
  stopTask: t.prismaField({
    authScopes: rules.manage,
    type: "Task",
    description:
      "Stops a running task wherever it runs: aborts its executor, then releases it to the queue (default) or fails it.",
    args: {
      taskId: t.arg.id({ required: true }),
      outcome: t.arg({ type: StopOutcomeEnum, description: "Default RELEASE." }),
      reason: t.arg.string(),
    },
    resolve: async (query, _r, { taskId, outcome, reason }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.runner.stopTask(ctx.actor, expectId("Task", taskId, "taskId"), outcome ?? "RELEASE", reason ?? null),
      ),
  }),
}));

builder.prismaObjectFields(TaskRef, (t) => ({
  prompt: t.string({
    description:
      "The prompt this task gives an agent: identity, project and PRD, the task, its dependencies' deliverables, review feedback, the last error. For `agentId`, else the agent holding or assigned it.",
    args: { agentId: t.arg.id() },
    select: { id: true },
    resolve: async (task, { agentId }, ctx) => {
      const full = await ctx.db.task.findUniqueOrThrow({
        where: { id: task.id },
        include: { assignments: { orderBy: { createdAt: "asc" }, take: 1 } },
      });
      const id = agentId
        ? expectId("Agent", agentId, "agentId")
        : (full.claimedById ??
          full.assignments[0]?.agentId ??
          (ctx.viewer?.role === "AGENT" ? ctx.viewer.agentId : null));
      if (!id) throw new BadInputError("this task has no agent yet: pass agentId", { field: "agentId" });
      const agent = await ctx.db.agent.findUnique({ where: { id } });
      if (!agent) throw new NotFoundError("Agent", id);
      return (await ctx.services.prompts.forTask(full, agent)).text;
    },
  }),
}));

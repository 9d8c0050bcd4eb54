import { asOwnAgent, rules } from "../security/roles.js";
import type { UsageBucket } from "../services/usage.js";
import { AgentRef } from "./agent.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { ProjectRef } from "./project.js";

const UsageBucketRef = builder.objectRef<UsageBucket>("UsageBucket").implement({
  authScopes: rules.anyKey,
  description: "Usage grouped by one key: a model name, an agent id or a task id.",
  fields: (t) => ({
    key: t.exposeString("key"),
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    costUsd: t.exposeFloat("costUsd"),
    records: t.exposeInt("records"),
  }),
});

type Summary = Awaited<ReturnType<import("../services/usage.js").UsageService["summary"]>>;

const UsageSummaryRef = builder.objectRef<Summary>("UsageSummary").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    totalCostUsd: t.exposeFloat("totalCostUsd"),
    records: t.exposeInt("records"),
    byModel: t.field({ type: [UsageBucketRef], resolve: (s) => s.byModel }),
    byAgent: t.field({ type: [UsageBucketRef], resolve: (s) => s.byAgent }),
    byTask: t.field({ type: [UsageBucketRef], resolve: (s) => s.byTask }),
  }),
});

builder.queryField("usage", (t) =>
  t.field({
    authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
    type: UsageSummaryRef,
    description:
      "Token usage and cost with totals by model, agent and task. Costs absent from reports are priced from the price table.",
    args: {
      agentId: t.arg.id(),
      projectId: t.arg.id(),
      taskId: t.arg.id(),
      model: t.arg.string(),
      since: t.arg({ type: "DateTime" }),
    },
    resolve: (_r, a, ctx) =>
      ctx.services.usage.summary({
        // An AGENT key sees its own agent's usage only.
        agentId: a.agentId
          ? expectId("Agent", a.agentId, "agentId")
          : ctx.viewer?.role === "AGENT"
            ? (ctx.viewer.agentId ?? "")
            : null,
        projectId: a.projectId ? expectId("Project", a.projectId, "projectId") : null,
        taskId: a.taskId ? expectId("Task", a.taskId, "taskId") : null,
        model: a.model,
        since: a.since,
      }),
  }),
);

const BudgetInput = builder.inputType("SetBudgetInput", {
  description: "Exactly one of agentId or projectId. A null limit removes it; an omitted one is left as is.",
  fields: (t) => ({
    agentId: t.id(),
    projectId: t.id(),
    dailyUsd: t.float({ description: "Limit per UTC day." }),
    monthlyUsd: t.float({ description: "Limit per UTC month." }),
  }),
});

type BudgetResult = Awaited<ReturnType<import("../services/usage.js").UsageService["setBudget"]>>;

const BudgetResultRef = builder.objectRef<BudgetResult>("SetBudgetResult").implement({
  authScopes: rules.admin,
  fields: (t) => ({
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      resolve: (query, r, _a, ctx) =>
        r.agent ? ctx.db.agent.findUnique({ ...query, where: { id: r.agent.id } }) : null,
    }),
    project: t.prismaField({
      type: "Project",
      nullable: true,
      resolve: (query, r, _a, ctx) =>
        r.project ? ctx.db.project.findUnique({ ...query, where: { id: r.project.id } }) : null,
    }),
  }),
});

builder.mutationField("setBudget", (t) =>
  t.field({
    authScopes: rules.admin,
    type: BudgetResultRef,
    description:
      "Sets an agent's or a project's daily and monthly spend limits (USD). Claims and runs that would start over them are refused with BUDGET_EXCEEDED.",
    args: { input: t.arg({ type: BudgetInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      ctx.services.usage.setBudget(ctx.actor, {
        agentId: input.agentId ? expectId("Agent", input.agentId, "agentId") : null,
        projectId: input.projectId ? expectId("Project", input.projectId, "projectId") : null,
        ...(input.dailyUsd !== undefined ? { dailyUsd: input.dailyUsd } : {}),
        ...(input.monthlyUsd !== undefined ? { monthlyUsd: input.monthlyUsd } : {}),
      }),
  }),
);

const budgetFields = {
  dailyBudgetUsd: { description: "Spend limit per UTC day; null: none." },
  monthlyBudgetUsd: { description: "Spend limit per UTC month; null: none." },
};

builder.prismaObjectFields(AgentRef, (t) => ({
  dailyBudgetUsd: t.exposeFloat("dailyBudgetUsd", { nullable: true, ...budgetFields.dailyBudgetUsd }),
  monthlyBudgetUsd: t.exposeFloat("monthlyBudgetUsd", { nullable: true, ...budgetFields.monthlyBudgetUsd }),
  budgetExceededAt: t.expose("budgetExceededAt", {
    type: "DateTime",
    nullable: true,
    description: "Set when work was refused for budget; cleared once spend is back under the limits.",
  }),
  spentTodayUsd: t.float({
    select: { id: true },
    resolve: (a, _args, ctx) => {
      const now = new Date();
      return ctx.services.usage.spent(
        { agentId: a.id },
        new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
      );
    },
  }),
}));

builder.prismaObjectFields(ProjectRef, (t) => ({
  dailyBudgetUsd: t.exposeFloat("dailyBudgetUsd", { nullable: true, ...budgetFields.dailyBudgetUsd }),
  monthlyBudgetUsd: t.exposeFloat("monthlyBudgetUsd", { nullable: true, ...budgetFields.monthlyBudgetUsd }),
  reviewer: t.prismaField({
    type: "Agent",
    nullable: true,
    description: "The reviewer agent tasks of this project are sent to when they enter REVIEW.",
    select: { reviewerAgentId: true },
    resolve: (query, p, _a, ctx) =>
      p.reviewerAgentId ? ctx.db.agent.findUnique({ ...query, where: { id: p.reviewerAgentId } }) : null,
  }),
}));

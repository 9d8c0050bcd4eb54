import { ApprovalKind, ApprovalStatus } from "../domain/sign-off.js";
import type { Approval } from "../generated/prisma/client.js";
import type { ApprovalPayload } from "../realtime/events.js";
import { filtered } from "../realtime/pubsub.js";
import { rules, type ScopeMap } from "../security/roles.js";
import { MAX_WAIT_SECONDS } from "../services/approvals.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";
import { TaskRef } from "./task.js";

const ApprovalStatusEnum = builder.enumType("ApprovalStatus", { values: Object.values(ApprovalStatus) });
const ApprovalKindEnum = builder.enumType("ApprovalKind", {
  description: "TOOL: a tool call an agent's run asks to make. RUN: the start of a task's run (a sign-off).",
  values: Object.values(ApprovalKind),
});

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Approvals are operators' decisions: operators' readers see them; an AGENT key none (not even its own
 * agent's: the task's status says it waits), a run's own key those of its run.
 */
const readApproval = (a: { runId: string | null }): ScopeMap =>
  a.runId ? { $any: { ...rules.read, runKey: a.runId } } : rules.read;

export const ApprovalRef = builder.prismaNode("Approval", {
  authScopes: readApproval,
  id: { field: "id" },
  // What the type's rule reads: always selected.
  select: { id: true, runId: true },
  description: "An operator's decision a run waits for (docs/approvals.md).",
  fields: (t) => ({
    kind: t.field({ type: ApprovalKindEnum, select: { kind: true }, resolve: (a) => a.kind as ApprovalKind }),
    status: t.field({
      type: ApprovalStatusEnum,
      select: { status: true },
      resolve: (a) => a.status as ApprovalStatus,
    }),
    task: t.relation("task", { nullable: true }),
    run: t.prismaField({
      type: "TaskRun",
      nullable: true,
      select: { runId: true },
      resolve: (query, a, _args, ctx) =>
        a.runId ? ctx.db.taskRun.findUnique({ ...query, where: { id: a.runId } }) : null,
    }),
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      description: "The agent whose run asks (TOOL), or the task's first assignee (RUN).",
      select: { agentId: true },
      resolve: (query, a, _args, ctx) =>
        a.agentId ? ctx.db.agent.findUnique({ ...query, where: { id: a.agentId } }) : null,
    }),
    tool: t.exposeString("tool", { nullable: true, description: "The tool asked for (TOOL), e.g. Bash." }),
    input: t.field({
      type: "JSON",
      nullable: true,
      description: "The tool call's input (TOOL); null for RUN.",
      select: { input: true },
      resolve: (a) => parse(a.input),
    }),
    updatedInput: t.field({
      type: "JSON",
      nullable: true,
      description: "The input the operator allowed instead of the one asked for, if any.",
      select: { updatedInput: true },
      resolve: (a) => parse(a.updatedInput),
    }),
    message: t.exposeString("message", { nullable: true, description: "The operator's message to the agent." }),
    decidedBy: t.exposeString("decidedBy", {
      nullable: true,
      description: "The name of the key that decided, or `timeout` when it expired.",
    }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObjectFields(TaskRef, (t) => ({
  signOff: t.prismaField({
    type: "Approval",
    nullable: true,
    description: "The task's latest sign-off (an Approval of kind RUN), or null if it never needed one.",
    select: { id: true },
    resolve: (query, task, _a, ctx) =>
      ctx.db.approval.findFirst({
        ...query,
        where: { taskId: task.id, kind: ApprovalKind.RUN },
        orderBy: { createdAt: "desc" },
      }),
  }),
  approvals: t.relation("approvals", {
    description: "Every approval of this task's runs, newest first.",
    query: { orderBy: { createdAt: "desc" }, take: 500 },
  }),
}));

builder.queryField("approvals", (t) =>
  t.prismaField({
    authScopes: rules.read,
    type: ["Approval"],
    description: "Approvals, oldest first (the queue order), at most 500: by default the PENDING ones.",
    args: {
      status: t.arg({ type: ApprovalStatusEnum, description: "Default PENDING." }),
      taskId: t.arg.id(),
    },
    resolve: (query, _r, { status, taskId }, ctx) =>
      ctx.db.approval.findMany({
        ...query,
        where: {
          status: status ?? ApprovalStatus.PENDING,
          ...(taskId ? { taskId: expectId("Task", taskId, "taskId") } : {}),
        },
        orderBy: { createdAt: "asc" },
        take: 500,
      }),
  }),
);

builder.mutationField("decideApproval", (t) =>
  t.prismaField({
    authScopes: rules.manage,
    type: "Approval",
    description:
      "Allows or denies a PENDING approval, once. RUN: allowed, the task may be claimed and dispatched; denied, it is CANCELLED with the message. TOOL: the waiting run proceeds (with updatedInput if given) or the tool is refused with the message.",
    args: {
      id: t.arg.id({ required: true }),
      allow: t.arg.boolean({ required: true }),
      message: t.arg.string({ description: "What the agent (or the task's note, for a denied RUN) is told." }),
      updatedInput: t.arg({ type: "JSON", description: "TOOL only: the input to run the tool with instead." }),
    },
    resolve: async (query, _r, { id, allow, message, updatedInput }, ctx) => {
      const approval = await ctx.services.approvals.decide(
        ctx.actor,
        ctx.viewer,
        expectId("Approval", id),
        allow,
        message,
        updatedInput,
      );
      return rowFor(ctx, "Approval", query, approval);
    },
  }),
);

builder.mutationField("requestToolApproval", (t) =>
  t.prismaField({
    authScopes: rules.runKey,
    type: "Approval",
    description: `A run asks whether it may make a tool call (called by the run's own key, from the permission-prompt tool of \`mission-control mcp\`). The agent's config.permissions answers at once (ALLOWED or DENIED, decidedBy "policy") or an operator decides (PENDING until decideApproval or MC_APPROVAL_TIMEOUT_SECONDS, then EXPIRED). Waits up to waitSeconds (default 25, at most ${MAX_WAIT_SECONDS}) for the decision; with approvalId it keeps waiting for that one.`,
    args: {
      tool: t.arg.string({ required: true, description: "The tool's name, e.g. Bash." }),
      input: t.arg({ type: "JSON", description: "The tool call's input." }),
      approvalId: t.arg.id({ description: "Keep waiting for this approval (of this run) instead of asking again." }),
      waitSeconds: t.arg.int(),
    },
    resolve: async (query, _r, { tool, input, approvalId, waitSeconds }, ctx) => {
      const approval = await ctx.services.approvals.requestTool(ctx.viewer!, {
        tool,
        input,
        approvalId: approvalId ? expectId("Approval", approvalId, "approvalId") : null,
        waitSeconds,
      });
      return rowFor(ctx, "Approval", query, approval);
    },
  }),
);

const DATES = ["createdAt", "decidedAt", "expiresAt"] as const;

builder.subscriptionField("approvals", (t) =>
  t.prismaField({
    authScopes: rules.read,
    type: "Approval",
    description: "Approvals as they are requested and decided, for one task or all.",
    args: { taskId: t.arg.id() },
    subscribe: (_r, { taskId }, ctx) => {
      const task = taskId ? expectId("Task", taskId, "taskId") : null;
      return filtered(
        ctx.pubsub.subscribe("approval")[Symbol.asyncIterator](),
        (e: ApprovalPayload) => !task || e.taskId === task,
      );
    },
    resolve: (query, e: ApprovalPayload, _a, ctx) => {
      const row: Record<string, unknown> = { ...e };
      for (const k of DATES) if (typeof row[k] === "string") row[k] = new Date(row[k] as string);
      return rowFor(ctx, "Approval", query, row as unknown as Approval);
    },
  }),
);

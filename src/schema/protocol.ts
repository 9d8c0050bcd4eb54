/** The agent work protocol: claim, heartbeat, output, complete, fail, release, and live output. */

import type { AppContext } from "../context.js";
import type { OutputKind } from "../domain/enums.js";
import { BadInputError, NotFoundError } from "../errors.js";
import type { OutputChunkPayload } from "../realtime/events.js";
import { replayThenLive } from "../realtime/output-replay.js";
import { asOwnAgent, rules } from "../security/roles.js";
import type { ClaimResult } from "../services/claims.js";
import { findRow } from "../sql/find-row.js";
import { builder } from "./builder.js";
import { ClaimOutcomeEnum, OutputKindEnum } from "./enums.js";
import { HostMetricsInput } from "./fleet.js";
import { expectId } from "./ids.js";
import { rowFor, rowsFor } from "./loaded.js";

export const OutputChunkRef = builder.prismaObject("TaskOutput", {
  authScopes: rules.anyKey,
  name: "TaskOutputChunk",
  fields: (t) => ({
    seq: t.exposeInt("seq", { description: "Per-task sequence number: 1, 2, 3… with no gaps." }),
    kind: t.field({ type: OutputKindEnum, resolve: (c) => c.kind as OutputKind }),
    content: t.exposeString("content"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const UsageInput = builder.inputType("UsageInput", {
  fields: (t) => ({
    model: t.string({ required: true }),
    inputTokens: t.int({ required: true }),
    outputTokens: t.int({ required: true }),
    costUsd: t.float(),
  }),
});

const ClaimResultRef = builder.objectRef<ClaimResult>("ClaimResult").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    outcome: t.field({ type: ClaimOutcomeEnum, resolve: (r) => r.outcome }),
    task: t.prismaField({
      type: "Task",
      nullable: true,
      description: "The task claimed (the first one when `limit` asked for several).",
      resolve: (query, r, _a, ctx) => (r.task ? rowFor(ctx, "Task", query, r.task) : null),
    }),
    tasks: t.prismaField({
      type: ["Task"],
      description: "Every task this claim took, in claim order (at most `limit`, within capacity).",
      resolve: (query, r, _a, ctx) => rowsFor(ctx, query, r.tasks),
    }),
  }),
});

type CompleteAndClaimShape = Awaited<ReturnType<AppContext["services"]["claims"]["completeAndClaim"]>>;

const CompleteAndClaimRef = builder.objectRef<CompleteAndClaimShape>("CompleteAndClaimResult").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    completed: t.prismaField({
      type: "Task",
      description: "The task just completed (DONE, or REVIEW by the review rule).",
      resolve: (query, r, _a, ctx) => rowFor(ctx, "Task", query, r.completed),
    }),
    next: t.field({ type: ClaimResultRef, description: "The claim made right after.", resolve: (r) => r.next }),
  }),
});

type HeartbeatShape = Awaited<ReturnType<AppContext["services"]["claims"]["heartbeat"]>>;

const HeartbeatRef = builder.objectRef<HeartbeatShape>("Heartbeat").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    agent: t.prismaField({ type: "Agent", resolve: (query, h, _a, ctx) => rowFor(ctx, "Agent", query, h.agent) }),
    pendingTasks: t.exposeInt("pendingTasks", { description: "Tasks this agent could claim right now." }),
    unreadNotifications: t.exposeInt("unreadNotifications"),
  }),
});

/** The agent an action is written as: `agentId` if given, else the caller's AGENT key's agent, else none (a human). */
export function authorAgent(ctx: AppContext, agentId: string | null | undefined, field: string): string | null {
  if (agentId) return expectId("Agent", agentId, field);
  return ctx.viewer?.role === "AGENT" ? ctx.viewer.agentId : null;
}

/** The acting agent: `agentId` if given, else the agent of the caller's AGENT key. */
export function actingAgent(ctx: AppContext, agentId: string | null | undefined): string {
  if (agentId) return expectId("Agent", agentId, "agentId");
  if (ctx.actor.type === "agent" && ctx.actor.id) return ctx.actor.id;
  throw new BadInputError("agentId is required (or call with an AGENT key)", { field: "agentId" });
}

builder.mutationFields((t) => ({
  claimTask: t.field({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: ClaimResultRef,
    description:
      "Atomically takes the next task for the agent: CLAIMED with the task, AT_CAPACITY (nothing changes) or NO_TASK.",
    args: {
      agentId: t.arg.id({ required: true }),
      maxCapacity: t.arg.int({
        description:
          "Capacity to check instead of the agent's own maxCapacity. From an AGENT key it can only lower the agent's setting, never raise it.",
      }),
      limit: t.arg.int({
        description:
          "Take up to this many tasks at once, within capacity (1-100). `task` is the first, `tasks` all. Default 1.",
      }),
    },
    resolve: (_r, { agentId, maxCapacity, limit }, ctx) =>
      ctx.services.claims.claim(expectId("Agent", agentId, "agentId"), maxCapacity, {
        limit,
        agentKey: ctx.viewer?.role === "AGENT",
      }),
  }),
  completeAndClaim: t.field({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: CompleteAndClaimRef,
    description:
      "completeTask, then claimTask for the same agent, in one request: `completed` is the finished task, `next` the claim (CLAIMED, AT_CAPACITY or NO_TASK). The completion stands whatever the claim finds.",
    args: {
      taskId: t.arg.id({ required: true }),
      agentId: t.arg.id(),
      result: t.arg.string(),
      usage: t.arg({ type: [UsageInput] }),
      maxCapacity: t.arg.int({
        description:
          "Capacity to check instead of the agent's own maxCapacity. From an AGENT key it can only lower the agent's setting, never raise it.",
      }),
      limit: t.arg.int({ description: "Claim up to this many tasks (1-100, within capacity). Default 1." }),
    },
    resolve: (_r, { taskId, agentId, result, usage, maxCapacity, limit }, ctx) =>
      ctx.services.claims.completeAndClaim(expectId("Task", taskId, "taskId"), actingAgent(ctx, agentId), {
        result,
        usage,
        maxCapacity,
        limit,
        agentKey: ctx.viewer?.role === "AGENT",
      }),
  }),
  heartbeat: t.field({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: HeartbeatRef,
    description: "Marks the agent alive, extends the leases it holds, records usage, and says whether work waits.",
    args: {
      agentId: t.arg.id({ required: true }),
      usage: t.arg({ type: [UsageInput] }),
      host: t.arg({
        type: HostMetricsInput,
        description: "The agent's host now: CPU, memory, load (shown as fleet health on Agent.host and stats.fleet).",
      }),
    },
    resolve: (_r, { agentId, usage, host }, ctx) =>
      ctx.services.claims.heartbeat(expectId("Agent", agentId, "agentId"), usage, host),
  }),
  appendTaskOutput: t.field({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: OutputChunkRef,
    description:
      "Appends a chunk to the output of a task the agent holds; extends its lease. A NUL or an unpaired surrogate in `content` is stored as U+FFFD.",
    extensions: { storableTextArgs: ["content"] },
    args: {
      taskId: t.arg.id({ required: true }),
      agentId: t.arg.id(),
      content: t.arg.string({ required: true }),
      kind: t.arg({ type: OutputKindEnum }),
    },
    resolve: (_r, { taskId, agentId, content, kind }, ctx) =>
      ctx.services.claims.appendOutput(
        expectId("Task", taskId, "taskId"),
        actingAgent(ctx, agentId),
        content,
        kind ?? undefined,
      ),
  }),
  completeTask: t.prismaField({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: "Task",
    description:
      "Finishes a held task: REVIEW or DONE by the review rule; the result is kept as a DELIVERABLE document.",
    args: {
      taskId: t.arg.id({ required: true }),
      agentId: t.arg.id(),
      result: t.arg.string(),
      usage: t.arg({ type: [UsageInput] }),
    },
    resolve: async (query, _r, { taskId, agentId, result, usage }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.claims.complete(
          expectId("Task", taskId, "taskId"),
          actingAgent(ctx, agentId),
          result,
          usage,
        ),
      ),
  }),
  failTask: t.prismaField({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: "Task",
    description: "Reports a failure: requeued while attempts remain and `retryable` (default true), else FAILED.",
    args: {
      taskId: t.arg.id({ required: true }),
      agentId: t.arg.id(),
      error: t.arg.string({ required: true }),
      retryable: t.arg.boolean(),
    },
    resolve: async (query, _r, { taskId, agentId, error, retryable }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.claims.fail(
          expectId("Task", taskId, "taskId"),
          actingAgent(ctx, agentId),
          error,
          retryable ?? true,
        ),
      ),
  }),
  releaseTask: t.prismaField({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: "Task",
    description: "Gives a held task back to its queue without counting the attempt.",
    args: { taskId: t.arg.id({ required: true }), agentId: t.arg.id(), reason: t.arg.string() },
    resolve: async (query, _r, { taskId, agentId, reason }, ctx) =>
      rowFor(
        ctx,
        "Task",
        query,
        await ctx.services.claims.release(expectId("Task", taskId, "taskId"), actingAgent(ctx, agentId), reason),
      ),
  }),
}));

builder.subscriptionField("taskOutput", (t) =>
  t.field({
    authScopes: rules.readAndAgent,
    type: OutputChunkRef,
    description:
      "Stored chunks with seq > fromSeq (default 0: all), then live ones as they are appended: no gap, no duplicate. Reconnect with the last seq you saw.",
    args: { taskId: t.arg.id({ required: true }), fromSeq: t.arg.int() },
    subscribe: async (_r, { taskId, fromSeq }, ctx) => {
      const id = expectId("Task", taskId, "taskId");
      if (!(await findRow(ctx.deps.sql, "Task", id))) throw new NotFoundError("Task", id);
      return replayThenLive(ctx.deps.sql, ctx.pubsub, id, Math.max(fromSeq ?? 0, 0));
    },
    resolve: (c: OutputChunkPayload) => ({ ...c, createdAt: new Date(c.createdAt) }),
  }),
);

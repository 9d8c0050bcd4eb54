import { asOwnAgent, rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";
import { authorAgent } from "./protocol.js";
import { TaskRef } from "./task.js";

export const ReviewVerdictEnum = builder.enumType("ReviewVerdict", { values: ["APPROVED", "REJECTED"] as const });

builder.prismaObject("Review", {
  authScopes: rules.anyKey,
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    verdict: t.field({
      type: ReviewVerdictEnum,
      select: { verdict: true },
      resolve: (r) => r.verdict as "APPROVED" | "REJECTED",
    }),
    feedback: t.exposeString("feedback"),
    reviewer: t.prismaField({
      type: "Agent",
      nullable: true,
      description: "The reviewer agent; null when a human reviewed.",
      select: { reviewerAgentId: true },
      resolve: (query, r, _a, ctx) =>
        r.reviewerAgentId ? ctx.db.agent.findUnique({ ...query, where: { id: r.reviewerAgentId } }) : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectFields(TaskRef, (t) => ({
  reviews: t.relation("reviews", { query: { orderBy: { createdAt: "asc" } } }),
  reviewCycles: t.exposeInt("reviewCycles", { description: "Rejections so far." }),
}));

builder.mutationField("reviewTask", (t) =>
  t.prismaField({
    authScopes: asOwnAgent(rules.work, "reviewerAgentId"),
    type: "Task",
    description:
      "Approves (DONE) or rejects (back to its agent with the feedback; FAILED after maxReviewCycles) a task in REVIEW. An agent can never review its own work (FORBIDDEN).",
    args: {
      taskId: t.arg.id({ required: true }),
      verdict: t.arg({ type: ReviewVerdictEnum, required: true }),
      feedback: t.arg.string(),
      reviewerAgentId: t.arg.id({
        description: "The reviewer agent; omit for a human review. AGENT keys review as their agent.",
      }),
    },
    resolve: async (query, _r, { taskId, verdict, feedback, reviewerAgentId }, ctx) => {
      const reviewer = authorAgent(ctx, reviewerAgentId, "reviewerAgentId");
      const task = await ctx.services.reviews.review(ctx.actor, {
        taskId: expectId("Task", taskId, "taskId"),
        verdict,
        feedback,
        reviewerAgentId: reviewer,
        reviewerKeyId: ctx.viewer?.keyId ?? null,
      });
      return rowFor(ctx, "Task", query, task);
    },
  }),
);

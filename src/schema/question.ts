import { QUESTION_STATUSES } from "../services/questions.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";

const QuestionStatusEnum = builder.enumType("QuestionStatus", { values: QUESTION_STATUSES });

builder.prismaNode("Question", {
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    question: t.exposeString("question"),
    answer: t.exposeString("answer", { nullable: true }),
    status: t.field({ type: QuestionStatusEnum, select: { status: true }, resolve: (q) => q.status as "OPEN" }),
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      select: { agentId: true },
      resolve: (query, q, _a, ctx) => ctx.db.agent.findUnique({ ...query, where: { id: q.agentId } }),
    }),
    task: t.prismaField({
      type: "Task",
      nullable: true,
      select: { taskId: true },
      resolve: (query, q, _a, ctx) => (q.taskId ? ctx.db.task.findUnique({ ...query, where: { id: q.taskId } }) : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryField("questions", (t) =>
  t.prismaField({
    type: ["Question"],
    description: "Questions agents asked, newest first (at most 500).",
    args: { status: t.arg({ type: QuestionStatusEnum }), agentId: t.arg.id() },
    resolve: (query, _r, { status, agentId }, ctx) =>
      ctx.db.question.findMany({
        ...query,
        where: {
          ...(status ? { status } : {}),
          // An AGENT key sees its own agent's questions only.
          ...(agentId
            ? { agentId: expectId("Agent", agentId, "agentId") }
            : ctx.viewer?.role === "AGENT"
              ? { agentId: ctx.viewer.agentId ?? "" }
              : {}),
        },
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
  }),
);

builder.mutationFields((t) => ({
  askQuestion: t.prismaField({
    type: "Question",
    description: "An agent asks a human, optionally about a task. The answer reaches the agent as a notification.",
    args: { agentId: t.arg.id({ required: true }), question: t.arg.string({ required: true }), taskId: t.arg.id() },
    resolve: async (query, _r, { agentId, question, taskId }, ctx) => {
      const q = await ctx.services.questions.ask(
        ctx.actor,
        expectId("Agent", agentId, "agentId"),
        question,
        taskId ? expectId("Task", taskId, "taskId") : null,
      );
      return rowFor(ctx, "Question", query, q);
    },
  }),
  answerQuestion: t.prismaField({
    type: "Question",
    args: { id: t.arg.id({ required: true }), answer: t.arg.string({ required: true }) },
    resolve: async (query, _r, { id, answer }, ctx) => {
      const q = await ctx.services.questions.answer(
        ctx.actor,
        expectId("Question", id),
        answer,
        ctx.viewer?.keyId ?? null,
      );
      return rowFor(ctx, "Question", query, q);
    },
  }),
  dismissQuestion: t.prismaField({
    type: "Question",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const q = await ctx.services.questions.dismiss(ctx.actor, expectId("Question", id));
      return rowFor(ctx, "Question", query, q);
    },
  }),
}));

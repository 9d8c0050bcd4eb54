import { LIMITS } from "../domain/validate.js";
import { asOwnAgent, readByOwner, rules } from "../security/roles.js";
import { QUESTION_STATUSES } from "../services/questions.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { expectId } from "./ids.js";
import { text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";

const QuestionStatusEnum = builder.enumType("QuestionStatus", { values: QUESTION_STATUSES });

const QuestionRef = builder.prismaNode("Question", {
  authScopes: readByOwner((q) => q.agentId),
  id: { field: "id" },
  // What the type's rule reads: always selected.
  select: { id: true, agentId: true },
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

/** Which questions a caller may list: an AGENT key sees its own agent's only. */
function questionWhere(
  status: string | null | undefined,
  agentId: string | null | undefined,
  viewer: { role: string; agentId: string | null } | null,
) {
  return {
    ...(status ? { status } : {}),
    ...(agentId
      ? { agentId: expectId("Agent", agentId, "agentId") }
      : viewer?.role === "AGENT"
        ? { agentId: viewer.agentId ?? "" }
        : {}),
  };
}

builder.queryField("questions", (t) =>
  t.prismaField({
    authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
    type: ["Question"],
    description: "Questions agents asked, newest first (at most 500).",
    deprecationReason: "Use questionsConnection, which pages past 500.",
    args: { status: t.arg({ type: QuestionStatusEnum }), agentId: t.arg.id() },
    resolve: (query, _r, { status, agentId }, ctx) =>
      ctx.db.question.findMany({
        ...query,
        where: questionWhere(status, agentId, ctx.viewer),
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
  }),
);

builder.queryField("questionsConnection", (t) =>
  t.prismaConnection(
    {
      authScopes: asOwnAgent(rules.readAndAgent, "agentId"),
      type: "Question",
      cursor: "id",
      defaultSize: 50,
      maxSize: 500,
      description: "Questions agents asked, newest first, a page at a time.",
      args: { status: t.arg({ type: QuestionStatusEnum }), agentId: t.arg.id() },
      resolve: (query, _r, { status, agentId }, ctx) =>
        ctx.db.question.findMany({
          ...query,
          where: questionWhere(status, agentId, ctx.viewer),
          orderBy: { id: "desc" },
        }),
      totalCount: (_c, { status, agentId }, ctx) =>
        ctx.db.question.count({ where: questionWhere(status, agentId, ctx.viewer) }),
    },
    nodeConnection(QuestionRef, "Question"),
  ),
);

builder.mutationFields((t) => ({
  askQuestion: t.prismaField({
    authScopes: asOwnAgent(rules.work, "agentId"),
    type: "Question",
    description: "An agent asks a human, optionally about a task. The answer reaches the agent as a notification.",
    args: {
      agentId: t.arg.id({ required: true }),
      question: t.arg.string({ required: true, validate: text(LIMITS.note) }),
      taskId: t.arg.id(),
    },
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
    authScopes: rules.manage,
    type: "Question",
    args: {
      id: t.arg.id({ required: true }),
      answer: t.arg.string({ required: true, validate: text(LIMITS.description) }),
    },
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
    authScopes: rules.manage,
    type: "Question",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const q = await ctx.services.questions.dismiss(ctx.actor, expectId("Question", id));
      return rowFor(ctx, "Question", query, q);
    },
  }),
}));

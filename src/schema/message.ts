import { parseList } from "../domain/validate.js";
import { asOwnAgent, rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { rowFor } from "./loaded.js";
import { authorAgent } from "./protocol.js";
import { TaskRef } from "./task.js";

builder.prismaNode("Message", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    content: t.exposeString("content"),
    authorName: t.exposeString("authorName", { description: "The author agent's name, or the human key's name." }),
    author: t.prismaField({
      type: "Agent",
      nullable: true,
      description: "The author agent; null when a human (or the system) posted.",
      select: { authorAgentId: true },
      resolve: (query, m, _a, ctx) =>
        m.authorAgentId ? ctx.db.agent.findUnique({ ...query, where: { id: m.authorAgentId } }) : null,
    }),
    task: t.relation("task"),
    replyTo: t.relation("replyTo", { nullable: true }),
    replies: t.relation("replies", { query: { orderBy: { createdAt: "asc" }, take: 500 } }),
    mentions: t.prismaField({
      type: ["Agent"],
      description: "The agents this message mentioned by name (and so notified).",
      select: { mentions: true },
      resolve: (query, m, _a, ctx) => {
        const ids = parseList(m.mentions);
        return ids.length
          ? ctx.db.agent.findMany({ ...query, where: { id: { in: ids } }, orderBy: { name: "asc" } })
          : [];
      },
    }),
    unresolvedMentions: t.stringList({
      description: "@names in the text that match no agent: nobody was notified for them.",
      select: { unresolvedMentions: true },
      resolve: (m) => parseList(m.unresolvedMentions),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectFields(TaskRef, (t) => ({
  messages: t.relation("messages", {
    description: "The task's thread, oldest first.",
    query: { orderBy: { createdAt: "asc" }, take: 1000 },
  }),
}));

builder.mutationField("postMessage", (t) =>
  t.prismaField({
    authScopes: asOwnAgent(rules.work, "authorAgentId"),
    type: "Message",
    description:
      "Posts on a task's thread. @name notifies that agent, @all every agent on the task's project (or all agents); a reply notifies the author it answers. Names that match nobody come back in unresolvedMentions.",
    args: {
      taskId: t.arg.id({ required: true }),
      content: t.arg.string({ required: true }),
      authorAgentId: t.arg.id({ description: "Post as this agent (AGENT keys post as their own agent)." }),
      replyToId: t.arg.id({ description: "The message this one answers." }),
    },
    resolve: async (query, _r, args, ctx) => {
      const agentId = authorAgent(ctx, args.authorAgentId, "authorAgentId");
      const message = await ctx.services.messages.post(ctx.actor, {
        taskId: expectId("Task", args.taskId, "taskId"),
        content: args.content,
        replyToId: args.replyToId ? expectId("Message", args.replyToId, "replyToId") : null,
        author: { agentId, keyId: ctx.viewer?.keyId ?? null, name: ctx.viewer?.name ?? null },
      });
      return rowFor(ctx, "Message", query, message);
    },
  }),
);

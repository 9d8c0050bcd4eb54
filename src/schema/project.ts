import { LIMITS } from "../domain/validate.js";
import { rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { optionalText, text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";

export const ProjectRef = builder.prismaNode("Project", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  // Select mode: every query reads the columns nearly every selection shows (their fields resolve off
  // the row with no per-row lookup, see direct-fields.ts); any other is read when a field asks for it.
  select: { id: true, name: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    requiresSignOff: t.exposeBoolean("requiresSignOff", {
      description:
        "Tasks of this project wait for an operator's sign-off before they run (tasks created or assigned after it is set).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    // tasks: the TaskConnection, defined with it in task.ts.
  }),
});

const CreateProjectInput = builder.inputType("CreateProjectInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(LIMITS.name * 2) }),
    description: t.string({ validate: optionalText(LIMITS.description) }),
    reviewerAgentId: t.id({ description: "Reviewer agent for tasks of this project entering REVIEW." }),
    requiresSignOff: t.boolean({ description: "Its tasks wait for an operator's sign-off before they run." }),
  }),
});

builder.queryField("projects", (t) =>
  t.prismaField({
    authScopes: rules.readAndAgent,
    type: ["Project"],
    description: "Every project, by name.",
    resolve: (query, _root, _args, ctx) => ctx.db.project.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
);

builder.mutationField("createProject", (t) =>
  t.prismaField({
    authScopes: rules.manage,
    type: "Project",
    args: { input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) =>
      rowFor(
        ctx,
        "Project",
        query,
        await ctx.services.projects.create(ctx.actor, {
          ...input,
          reviewerAgentId: input.reviewerAgentId ? expectId("Agent", input.reviewerAgentId, "reviewerAgentId") : null,
        }),
      ),
  }),
);

builder.mutationField("setProjectSignOff", (t) =>
  t.prismaField({
    authScopes: rules.manage,
    type: "Project",
    description:
      "Whether tasks of this project wait for an operator's sign-off (an Approval of kind RUN) before they run; applies to tasks created or assigned from now on.",
    args: { projectId: t.arg.id({ required: true }), required: t.arg.boolean({ required: true }) },
    resolve: async (query, _r, { projectId, required }, ctx) =>
      rowFor(
        ctx,
        "Project",
        query,
        await ctx.services.projects.setSignOff(ctx.actor, expectId("Project", projectId, "projectId"), required),
      ),
  }),
);

builder.mutationField("setProjectReviewer", (t) =>
  t.prismaField({
    authScopes: rules.manage,
    type: "Project",
    description: "Sets the reviewer agent that tasks of this project entering REVIEW are sent to (null clears it).",
    args: { projectId: t.arg.id({ required: true }), reviewerAgentId: t.arg.id() },
    resolve: async (query, _r, { projectId, reviewerAgentId }, ctx) =>
      rowFor(
        ctx,
        "Project",
        query,
        await ctx.services.projects.setReviewer(
          ctx.actor,
          expectId("Project", projectId, "projectId"),
          reviewerAgentId ? expectId("Agent", reviewerAgentId, "reviewerAgentId") : null,
        ),
      ),
  }),
);

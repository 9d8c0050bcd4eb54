import type { DocumentType } from "../domain/enums.js";
import { LIMITS } from "../domain/validate.js";
import { BadInputError } from "../errors.js";
import { asOwnAgent, rules } from "../security/roles.js";
import { builder } from "./builder.js";
import { nodeConnection } from "./connections.js";
import { DocumentTypeEnum } from "./enums.js";
import { expectId } from "./ids.js";
import { intRange, optionalText, text } from "./input-shapes.js";
import { rowFor } from "./loaded.js";
import { authorAgent } from "./protocol.js";

export const DocumentRef = builder.prismaNode("Document", {
  authScopes: rules.anyKey,
  id: { field: "id" },
  // Select mode: a query loads only the columns its GraphQL fields need.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString("title"),
    type: t.field({ type: DocumentTypeEnum, select: { type: true }, resolve: (d) => d.type as DocumentType }),
    content: t.exposeString("content"),
    version: t.exposeInt("version", { description: "Starts at 1; each update adds one." }),
    task: t.relation("task", { nullable: true }),
    project: t.relation("project", { nullable: true }),
    author: t.relation("author", {
      nullable: true,
      description: "The agent that wrote this version; null for a human.",
    }),
    versions: t.relation("versions", {
      description: "Every version, newest first (the current one included).",
      query: { orderBy: { version: "desc" }, take: 500 },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("DocumentVersion", {
  authScopes: rules.anyKey,
  fields: (t) => ({
    version: t.exposeInt("version"),
    title: t.exposeString("title"),
    content: t.exposeString("content"),
    author: t.prismaField({
      type: "Agent",
      nullable: true,
      resolve: (query, v, _a, ctx) =>
        v.authorAgentId ? ctx.db.agent.findUnique({ ...query, where: { id: v.authorAgentId } }) : null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const CreateDocumentInput = builder.inputType("CreateDocumentInput", {
  fields: (t) => ({
    title: t.string({ required: true, validate: text(LIMITS.title) }),
    content: t.string({ required: true, validate: optionalText(LIMITS.result) }),
    type: t.field({ type: DocumentTypeEnum, description: "Default DRAFT." }),
    taskId: t.id(),
    projectId: t.id({ description: "Defaults to the task's project." }),
    authorAgentId: t.id({ description: "Write as this agent (AGENT keys write as their own agent)." }),
  }),
});

function documentWhere(taskId?: string | null, projectId?: string | null, type?: string | null) {
  return {
    ...(taskId ? { taskId: expectId("Task", taskId, "taskId") } : {}),
    ...(projectId ? { projectId: expectId("Project", projectId, "projectId") } : {}),
    ...(type ? { type } : {}),
  };
}

builder.queryField("documentsConnection", (t) =>
  t.prismaConnection(
    {
      authScopes: rules.readAndAgent,
      type: "Document",
      cursor: "id",
      defaultSize: 50,
      maxSize: 500,
      description: "Documents, newest first, a page at a time (full-text search: `documents(search:)`, ranked).",
      args: { taskId: t.arg.id(), projectId: t.arg.id(), type: t.arg({ type: DocumentTypeEnum }) },
      resolve: (query, _r, { taskId, projectId, type }, ctx) =>
        ctx.db.document.findMany({ ...query, where: documentWhere(taskId, projectId, type), orderBy: { id: "desc" } }),
      totalCount: (_c, { taskId, projectId, type }, ctx) =>
        ctx.db.document.count({ where: documentWhere(taskId, projectId, type) }),
    },
    nodeConnection(DocumentRef, "Document"),
  ),
);

builder.queryFields((t) => ({
  documents: t.prismaField({
    authScopes: rules.readAndAgent,
    type: ["Document"],
    description:
      "Documents, newest first; with `search`, full-text matches ranked best first (title hits weigh more). At most 500 (`first`).",
    args: {
      taskId: t.arg.id(),
      projectId: t.arg.id(),
      type: t.arg({ type: DocumentTypeEnum }),
      search: t.arg.string({ description: "Words to find (all must match; stemmed, case-insensitive)." }),
      first: t.arg.int(),
    },
    resolve: async (query, _r, { taskId, projectId, type, search, first }, ctx) => {
      const take = Math.min(Math.max(first ?? 500, 1), 500);
      const where = documentWhere(taskId, projectId, type);
      if (search != null) {
        if (search.length > 500) throw new BadInputError("search is limited to 500 characters", { field: "search" });
        const ids = await ctx.services.documents.searchIds(search, where, take);
        if (!ids.length) return [];
        const rows = await ctx.db.document.findMany({ ...query, where: { id: { in: ids } } });
        const rank = new Map(ids.map((id, i) => [id, i]));
        return rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      }
      return ctx.db.document.findMany({ ...query, where, orderBy: { createdAt: "desc" }, take });
    },
  }),
  document: t.prismaField({
    authScopes: rules.readAndAgent,
    type: "Document",
    nullable: true,
    description: "A document; with `version`, that version of it (its `version` field says which).",
    args: { id: t.arg.id({ required: true }), version: t.arg.int() },
    resolve: async (query, _r, { id, version }, ctx) => {
      const docId = expectId("Document", id);
      if (version == null) return ctx.db.document.findUnique({ ...query, where: { id: docId } });
      const [doc, old] = await Promise.all([
        ctx.db.document.findUnique({ ...query, where: { id: docId } }),
        ctx.db.documentVersion.findUnique({ where: { documentId_version: { documentId: docId, version } } }),
      ]);
      if (!doc || !old) return null;
      return {
        ...doc,
        version: old.version,
        title: old.title,
        content: old.content,
        authorAgentId: old.authorAgentId,
        updatedAt: old.createdAt,
      };
    },
  }),
}));

builder.mutationFields((t) => ({
  createDocument: t.prismaField({
    authScopes: asOwnAgent(rules.work, "input.authorAgentId"),
    type: "Document",
    args: { input: t.arg({ type: CreateDocumentInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const agentId = authorAgent(ctx, input.authorAgentId, "authorAgentId");
      const doc = await ctx.services.documents.create(
        ctx.actor,
        {
          title: input.title,
          content: input.content,
          type: input.type ?? null,
          taskId: input.taskId ? expectId("Task", input.taskId, "taskId") : null,
          projectId: input.projectId ? expectId("Project", input.projectId, "projectId") : null,
        },
        { agentId, keyId: ctx.viewer?.keyId ?? null },
      );
      return rowFor(ctx, "Document", query, doc);
    },
  }),
  updateDocument: t.prismaField({
    authScopes: asOwnAgent(rules.work, "authorAgentId"),
    type: "Document",
    description:
      "Saves a new version. `baseVersion` is the version the change was made from; when someone saved since, VERSION_CONFLICT (nothing is overwritten).",
    args: {
      id: t.arg.id({ required: true }),
      content: t.arg.string({ required: true, validate: optionalText(LIMITS.result) }),
      baseVersion: t.arg.int({ required: true, validate: intRange(1, 2_000_000_000) }),
      title: t.arg.string({ validate: text(LIMITS.title).nullish() }),
      authorAgentId: t.arg.id(),
    },
    resolve: async (query, _r, args, ctx) => {
      const agentId = authorAgent(ctx, args.authorAgentId, "authorAgentId");
      const doc = await ctx.services.documents.update(
        ctx.actor,
        { id: expectId("Document", args.id), content: args.content, baseVersion: args.baseVersion, title: args.title },
        { agentId, keyId: ctx.viewer?.keyId ?? null },
      );
      return rowFor(ctx, "Document", query, doc);
    },
  }),
}));

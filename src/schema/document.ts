import type { DocumentType } from "../domain/enums.js";
import { builder } from "./builder.js";
import { DocumentTypeEnum } from "./enums.js";
import { expectId } from "./ids.js";

export const DocumentRef = builder.prismaNode("Document", {
  id: { field: "id" },
  // Select mode: a query loads only the columns its GraphQL fields need.
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString("title"),
    type: t.field({ type: DocumentTypeEnum, select: { type: true }, resolve: (d) => d.type as DocumentType }),
    content: t.exposeString("content"),
    version: t.exposeInt("version"),
    task: t.relation("task", { nullable: true }),
    project: t.relation("project", { nullable: true }),
    author: t.relation("author", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  documents: t.prismaField({
    type: ["Document"],
    args: { taskId: t.arg.id(), projectId: t.arg.id(), type: t.arg({ type: DocumentTypeEnum }) },
    resolve: (query, _r, { taskId, projectId, type }, ctx) =>
      ctx.db.document.findMany({
        ...query,
        where: {
          ...(taskId ? { taskId: expectId("Task", taskId, "taskId") } : {}),
          ...(projectId ? { projectId: expectId("Project", projectId, "projectId") } : {}),
          ...(type ? { type } : {}),
        },
        orderBy: { createdAt: "desc" },
        take: 500,
      }),
  }),
  document: t.prismaField({
    type: "Document",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) =>
      ctx.db.document.findUnique({ ...query, where: { id: expectId("Document", id) } }),
  }),
}));

/** A new document and its first version, in one transaction (a completion's result, for one). */
import type { Document } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { sql } from "./sql.js";

export async function insertDocument(q: Queryable, d: Omit<Document, "version" | "updatedAt">): Promise<Document> {
  const doc: Document = { ...d, version: 1, updatedAt: d.createdAt };
  await q.execute(sql`INSERT INTO "Document" ("id", "title", "type", "content", "version", "taskId", "projectId", "authorAgentId", "authorKeyId", "createdAt", "updatedAt")
    VALUES (${doc.id}, ${doc.title}, ${doc.type}, ${doc.content}, 1, ${doc.taskId}, ${doc.projectId}, ${doc.authorAgentId}, ${doc.authorKeyId}, ${doc.createdAt}, ${doc.updatedAt})`);
  await q.execute(sql`INSERT INTO "DocumentVersion" ("documentId", "version", "title", "content", "authorAgentId", "authorKeyId", "createdAt")
    VALUES (${doc.id}, 1, ${doc.title}, ${doc.content}, ${doc.authorAgentId}, ${doc.authorKeyId}, ${doc.createdAt})`);
  return doc;
}

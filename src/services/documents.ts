/**
 * Versioned documents. `Document` holds the latest copy and `DocumentVersion` every version (the latest
 * included). An update names the version it was based on; a stale base is VERSION_CONFLICT and writes
 * nothing, because the version check and the write are one conditional UPDATE.
 */
import { Prisma } from "../db/client.js";
import { DocumentType } from "../domain/enums.js";
import { BadInputError, NotFoundError, VersionConflictError } from "../errors.js";
import type { Document } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { insertDocument } from "../sql/insert-document.js";
import { type Actor, recordActivity, requireIds, type ServiceDeps, type SqlUnit, transact } from "./context.js";

export interface DocumentAuthor {
  agentId?: string | null;
  keyId?: string | null;
}

export interface CreateDocumentInput {
  title: string;
  content: string;
  type?: DocumentType | null;
  taskId?: string | null;
  projectId?: string | null;
}

export interface UpdateDocumentInput {
  id: string;
  content: string;
  baseVersion: number;
  title?: string | null;
}

const DOCUMENT_TYPES = new Set<string>(Object.values(DocumentType));

/** The history row of a document's current version. */
function versionOf(doc: Document, createdAt: Date) {
  return {
    documentId: doc.id,
    version: doc.version,
    title: doc.title,
    content: doc.content,
    authorAgentId: doc.authorAgentId,
    authorKeyId: doc.authorKeyId,
    createdAt,
  };
}

/** Creates a document and its version 1 in the caller's transaction (completions write deliverables so). */
export async function createDocumentIn(
  unit: SqlUnit,
  input: CreateDocumentInput & { title: string },
  author: DocumentAuthor,
): Promise<Document> {
  return insertDocument(unit.sql, {
    id: newId("Document"),
    title: input.title,
    type: input.type ?? DocumentType.DRAFT,
    content: input.content,
    taskId: input.taskId ?? null,
    projectId: input.projectId ?? null,
    authorAgentId: author.agentId ?? null,
    authorKeyId: author.keyId ?? null,
    createdAt: new Date(),
  });
}

/** An FTS5 query from free text: each word quoted (no operator injection), all required. */
/** An FTS5 query of the words of `search`: all of them (a search box), or any (relevance to a text). */
/** The words a search is made of (at most 32): letters, digits and `_`. */
const searchWords = (search: string) => (search.match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, 32);

export function ftsQuery(search: string, mode: "all" | "any" = "all"): string | null {
  const words = searchWords(search);
  if (!words.length) return null;
  return words.map((w) => `"${w}"`).join(mode === "all" ? " " : " OR ");
}

export function createDocumentService(deps: ServiceDeps) {
  const pg = () => deps.provider === "postgresql";

  async function create(actor: Actor, input: CreateDocumentInput, author: DocumentAuthor): Promise<Document> {
    // The shapes of title and content are declared on CreateDocumentInput (schema/input-shapes.ts).
    const { title } = input;
    const content = input.content ?? "";
    if (input.type && !DOCUMENT_TYPES.has(input.type)) throw new BadInputError(`unknown document type ${input.type}`);
    return transact(deps, async (unit) => {
      let projectId = input.projectId ?? null;
      if (input.taskId) {
        const task = await unit.tx.task.findUnique({ where: { id: input.taskId }, select: { projectId: true } });
        if (!task) throw new NotFoundError("Task", input.taskId);
        projectId ??= task.projectId;
      }
      await requireIds(unit, "Project", [input.projectId]);
      await requireIds(unit, "Agent", [author.agentId]);
      const doc = await createDocumentIn(unit, { ...input, title, content, projectId }, author);
      await recordActivity(unit, {
        type: "document.created",
        actor,
        agentId: author.agentId ?? null,
        taskId: doc.taskId,
        projectId: doc.projectId,
        summary: `created ${doc.type} document "${doc.title}"`,
        after: { documentId: doc.id, version: 1 },
      });
      return doc;
    });
  }

  async function update(actor: Actor, input: UpdateDocumentInput, author: DocumentAuthor): Promise<Document> {
    // Shapes declared on updateDocument's arguments (schema/input-shapes.ts).
    const content = input.content ?? "";
    const title = input.title ?? undefined;
    return transact(deps, async (unit) => {
      await requireIds(unit, "Agent", [author.agentId]);
      const now = new Date();
      const res = await unit.tx.document.updateMany({
        where: { id: input.id, version: input.baseVersion },
        data: {
          content,
          ...(title ? { title } : {}),
          version: { increment: 1 },
          authorAgentId: author.agentId ?? null,
          authorKeyId: author.keyId ?? null,
          updatedAt: now,
        },
      });
      const doc = await unit.tx.document.findUnique({ where: { id: input.id } });
      if (!doc) throw new NotFoundError("Document", input.id);
      if (res.count === 0) throw new VersionConflictError(input.id, input.baseVersion, doc.version);
      await unit.tx.documentVersion.create({ data: versionOf(doc, now) });
      await recordActivity(unit, {
        type: "document.updated",
        actor,
        agentId: author.agentId ?? null,
        taskId: doc.taskId,
        projectId: doc.projectId,
        summary: `updated document "${doc.title}" to version ${doc.version}`,
        before: { version: input.baseVersion },
        after: { documentId: doc.id, version: doc.version },
      });
      return doc;
    });
  }

  /** Ids of the documents matching `search`, best first, within the other filters. */
  /**
   * Documents matching `search`, best first: every word (`all`, the search box) or any word (`any`, how
   * relevant documents are found for a task's prompt). `where.type` may be a list.
   */
  async function searchIds(
    search: string,
    where: Omit<Prisma.DocumentWhereInput, "type"> & { type?: string | readonly string[] | null },
    limit: number,
    mode: "all" | "any" = "all",
  ): Promise<string[]> {
    const filters: Prisma.Sql[] = [];
    if (typeof where.taskId === "string") filters.push(Prisma.sql`d."taskId" = ${where.taskId}`);
    if (typeof where.projectId === "string") filters.push(Prisma.sql`d."projectId" = ${where.projectId}`);
    if (typeof where.type === "string") filters.push(Prisma.sql`d."type" = ${where.type}`);
    else if (Array.isArray(where.type) && where.type.length)
      filters.push(Prisma.sql`d."type" IN (${Prisma.join(where.type)})`);
    const extra = filters.length ? Prisma.sql` AND ${Prisma.join(filters, " AND ")}` : Prisma.empty;
    if (pg()) {
      const words = searchWords(search);
      if (mode === "any" && !words.length) return [];
      const text = mode === "any" ? words.join(" or ") : search;
      const rows = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT d."id" FROM "Document" d, websearch_to_tsquery('english', ${text}) q
        WHERE to_tsvector('english', d."title" || ' ' || d."content") @@ q ${extra}
        ORDER BY ts_rank(to_tsvector('english', d."title" || ' ' || d."content"), q) DESC, d."updatedAt" DESC
        LIMIT ${limit}`);
      return rows.map((r) => r.id);
    }
    const query = ftsQuery(search, mode);
    if (!query) return [];
    // bm25 weights: a hit in the title counts five times one in the body.
    const rows = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT d."id" FROM "DocumentSearch" s JOIN "Document" d ON d."id" = s."documentId"
      WHERE "DocumentSearch" MATCH ${query} ${extra}
      ORDER BY bm25("DocumentSearch", 0.0, 5.0, 1.0), d."updatedAt" DESC
      LIMIT ${limit}`);
    return rows.map((r) => r.id);
  }

  return { create, update, searchIds };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

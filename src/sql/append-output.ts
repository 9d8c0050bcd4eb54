/**
 * An output chunk: taking the next sequence number and extending the lease is one conditional UPDATE,
 * so only the holder of a live claim gets a number, and numbers are gap-free because the row is locked
 * until the chunk is inserted in the same transaction.
 */
import type { TaskOutput } from "../generated/prisma/client.js";
import type { Queryable } from "./driver.js";
import { count } from "./rows.js";
import { sql } from "./sql.js";
import { TS } from "./vocabulary.js";

export async function appendOutput(
  q: Queryable,
  c: { taskId: string; agentId: string; kind: string; content: string; now: Date; leaseExpiresAt: Date },
): Promise<TaskOutput | null> {
  const rows = await q.query<{ outputSeq: unknown }>(sql`
    UPDATE "Task" SET "outputSeq" = "outputSeq" + 1, "leaseExpiresAt" = ${c.leaseExpiresAt}, "updatedAt" = ${c.now}
    WHERE "id" = ${c.taskId} AND "status" = ${TS.IN_PROGRESS} AND "claimedById" = ${c.agentId}
    RETURNING "outputSeq"`);
  if (!rows[0]) return null;
  const seq = count(rows[0].outputSeq);
  await q.execute(sql`INSERT INTO "TaskOutput" ("taskId", "seq", "kind", "content", "createdAt")
    VALUES (${c.taskId}, ${seq}, ${c.kind}, ${c.content}, ${c.now})`);
  return { taskId: c.taskId, seq, kind: c.kind, content: c.content, createdAt: c.now };
}

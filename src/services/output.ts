/**
 * An output chunk appended inside a unit of work: the next sequence number (only for the holder of a
 * live claim, src/sql/append-output.ts), the lease extended, and the live event queued for after the
 * commit. The agent protocol's `appendTaskOutput` and a planning task's progress lines both use it.
 */
import type { TaskOutput } from "../generated/prisma/client.js";
import { appendOutput as appendOutputRow } from "../sql/append-output.js";
import type { ServiceDeps, SqlUnit } from "./context.js";

/** @returns the chunk, or null when `agentId` does not hold a live claim on the task */
export async function appendChunkIn(
  unit: SqlUnit,
  deps: ServiceDeps,
  c: { taskId: string; agentId: string; kind: string; content: string },
): Promise<TaskOutput | null> {
  const now = new Date();
  const chunk = await appendOutputRow(unit.sql, {
    ...c,
    now,
    leaseExpiresAt: new Date(now.getTime() + deps.config.leaseSeconds * 1000),
  });
  if (chunk) unit.emit({ topic: "task:output", payload: { ...chunk, createdAt: now.toISOString() } });
  return chunk;
}

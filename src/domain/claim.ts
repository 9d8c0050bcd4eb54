/** The claim order as data; the claim policy's SQL is src/sql/claimable.ts. */
import { PRIORITY_RANK, type TaskPriority } from "./enums.js";

/**
 * The claim order as one sortable string: priority rank, then due date (none last), then creation time,
 * then id. Stored on the task (`claimKey`) and indexed over the claimable queue, so taking the next task
 * walks an index instead of sorting the table.
 */
export function claimKey(priority: TaskPriority, dueAt: Date | null, createdAt: Date, id: string): string {
  return `${PRIORITY_RANK[priority]}${dueAt ? `a${dueAt.toISOString()}` : "b"}${createdAt.toISOString()}${id}`;
}

/**
 * The capacity a claim is checked against: the agent's own `maxCapacity`, or the `maxCapacity`
 * argument. For an AGENT key the argument can only lower the agent's setting, never raise it: the
 * operator's setting is a ceiling. Operators and admins may pass any value.
 */
export function effectiveCapacity(agentMax: number, requested: number | null | undefined, agentKey: boolean): number {
  if (requested == null) return agentMax;
  return agentKey ? Math.min(requested, agentMax) : requested;
}

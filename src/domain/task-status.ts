/**
 * The task state machine from the API contract, as data. Everything that moves a task asks
 * `assertTransition` first, so an illegal move is refused in one place with the allowed targets named.
 */
import { InvalidTransitionError } from "../errors.js";

export const TaskStatus = {
  INBOX: "INBOX",
  ASSIGNED: "ASSIGNED",
  IN_PROGRESS: "IN_PROGRESS",
  REVIEW: "REVIEW",
  DONE: "DONE",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
  BLOCKED: "BLOCKED",
  SKIPPED: "SKIPPED",
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export const TASK_STATUSES = Object.values(TaskStatus);

export const TERMINAL_STATUSES: readonly TaskStatus[] = ["DONE", "FAILED", "CANCELLED", "SKIPPED"];

/** A dependency in one of these lets its dependents go. */
export const FINISHED_STATUSES: readonly TaskStatus[] = ["DONE", "SKIPPED"];

/** Statuses a claim can take a task from. */
export const CLAIMABLE_STATUSES: readonly TaskStatus[] = ["INBOX", "ASSIGNED"];

/**
 * Every legal move. INBOX/ASSIGNED swap on assignment; BLOCKED follows dependencies; IN_PROGRESS is
 * entered only by a claim; REVIEW is left by a review (or an operator's decision).
 */
export const TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  INBOX: ["ASSIGNED", "IN_PROGRESS", "BLOCKED", "CANCELLED", "SKIPPED"],
  ASSIGNED: ["INBOX", "IN_PROGRESS", "BLOCKED", "CANCELLED", "SKIPPED"],
  IN_PROGRESS: ["ASSIGNED", "INBOX", "REVIEW", "DONE", "FAILED", "BLOCKED", "CANCELLED", "SKIPPED"],
  REVIEW: ["DONE", "ASSIGNED", "INBOX", "FAILED", "CANCELLED", "SKIPPED"],
  BLOCKED: ["ASSIGNED", "INBOX", "CANCELLED", "SKIPPED"],
  DONE: [],
  FAILED: [],
  CANCELLED: [],
  SKIPPED: [],
};

export function isTerminal(status: TaskStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isFinished(status: TaskStatus): boolean {
  return FINISHED_STATUSES.includes(status);
}

export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws INVALID_TRANSITION (naming the allowed targets) unless `from -> to` is legal. */
export function assertTransition(from: TaskStatus, to: TaskStatus, reason?: string): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to, TRANSITIONS[from], reason);
}

/** Where a task goes when nothing holds it: its assignees' queue, or the shared inbox. */
export function queuedStatus(hasAssignees: boolean): TaskStatus {
  return hasAssignees ? "ASSIGNED" : "INBOX";
}

/**
 * Statuses an operator may set by hand with `setTaskStatus`. IN_PROGRESS needs a claim and BLOCKED
 * follows the dependency graph, so neither is set directly.
 */
export const MANUAL_TARGETS: readonly TaskStatus[] = [
  "INBOX",
  "ASSIGNED",
  "REVIEW",
  "DONE",
  "FAILED",
  "CANCELLED",
  "SKIPPED",
];

export interface ReviewRuleInput {
  requiresReview: boolean;
  agentLevel: string | null;
}

/**
 * The contract's review rule: review is needed when the task asks for it or the finishing agent is an
 * INTERN; a LEAD never needs review unless the task asks.
 */
export function needsReview({ requiresReview, agentLevel }: ReviewRuleInput): boolean {
  if (requiresReview) return true;
  return agentLevel === "INTERN";
}

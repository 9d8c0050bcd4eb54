/**
 * Sign-off before a run: a task waits in its queue (INBOX or ASSIGNED) with an Approval of kind RUN until
 * an operator allows it; claims and auto-dispatch skip it until then. The task's `signOff` column says
 * where it stands, so the claim path tests one column, not a join.
 */
export const SignOff = { NONE: "NONE", PENDING: "PENDING", ALLOWED: "ALLOWED", DENIED: "DENIED" } as const;
export type SignOff = (typeof SignOff)[keyof typeof SignOff];

export const ApprovalKind = { TOOL: "TOOL", RUN: "RUN" } as const;
export type ApprovalKind = (typeof ApprovalKind)[keyof typeof ApprovalKind];

export const ApprovalStatus = { PENDING: "PENDING", ALLOWED: "ALLOWED", DENIED: "DENIED", EXPIRED: "EXPIRED" } as const;
export type ApprovalStatus = (typeof ApprovalStatus)[keyof typeof ApprovalStatus];

export interface SignOffRuleInput {
  /** The task's own `requiresSignOff`. */
  task: boolean;
  /** Its project's `requiresSignOff`. */
  project: boolean;
  /** The levels of its assignees. */
  assigneeLevels: readonly string[];
  /** MC_SIGN_OFF_LEVELS. */
  levels: readonly string[];
}

/** Whether a task needs an operator's sign-off before it runs: it asks, its project does, or an assignee's level does. */
export function needsSignOff({ task, project, assigneeLevels, levels }: SignOffRuleInput): boolean {
  return task || project || assigneeLevels.some((l) => levels.includes(l));
}

/**
 * Whether a task that needs sign-off must ask (again): it has none yet, or its last one was denied
 * (a retried task asks again). One that is pending or allowed keeps it.
 */
export function mustAskSignOff(current: string): boolean {
  return current === SignOff.NONE || current === SignOff.DENIED;
}

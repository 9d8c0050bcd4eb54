/** Closed sets from the API contract, stored as strings so both databases hold them. */

export const AgentStatus = { IDLE: "IDLE", ACTIVE: "ACTIVE", BLOCKED: "BLOCKED", OFFLINE: "OFFLINE" } as const;
export type AgentStatus = (typeof AgentStatus)[keyof typeof AgentStatus];

export const AgentLevel = { INTERN: "INTERN", SPECIALIST: "SPECIALIST", LEAD: "LEAD" } as const;
export type AgentLevel = (typeof AgentLevel)[keyof typeof AgentLevel];

export const TaskPriority = { CRITICAL: "CRITICAL", HIGH: "HIGH", MEDIUM: "MEDIUM", LOW: "LOW" } as const;
export type TaskPriority = (typeof TaskPriority)[keyof typeof TaskPriority];

/** Claim order: lower rank is claimed first. */
export const PRIORITY_RANK: Record<TaskPriority, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

export const DocumentType = {
  DELIVERABLE: "DELIVERABLE",
  RESEARCH: "RESEARCH",
  PROTOCOL: "PROTOCOL",
  TEMPLATE: "TEMPLATE",
  DRAFT: "DRAFT",
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];

export const ClaimOutcome = { CLAIMED: "CLAIMED", AT_CAPACITY: "AT_CAPACITY", NO_TASK: "NO_TASK" } as const;
export type ClaimOutcome = (typeof ClaimOutcome)[keyof typeof ClaimOutcome];

export const OutputKind = {
  MESSAGE: "MESSAGE",
  TOOL_USE: "TOOL_USE",
  TOOL_RESULT: "TOOL_RESULT",
  STDOUT: "STDOUT",
  STDERR: "STDERR",
  SYSTEM: "SYSTEM",
} as const;
export type OutputKind = (typeof OutputKind)[keyof typeof OutputKind];

export const AgentBackend = {
  EXTERNAL: "external",
  SHELL: "shell",
  OPENAI: "openai",
  CLAUDE_CODE: "claude-code",
} as const;
export type AgentBackend = (typeof AgentBackend)[keyof typeof AgentBackend];

/**
 * What a `taskEvents` event says happened. The values are the event's wire names (lower case, as
 * published since the first release), so making the field an enum changed no client's data.
 */
export const TASK_EVENT_TYPES = [
  "created",
  "updated",
  "deleted",
  "assigned",
  "status_changed",
  "blocked",
  "unblocked",
  "claimed",
  "completed",
  "failed",
  "released",
  "lease_expired",
  "approved",
  "rejected",
  "dependency_added",
  "dependency_removed",
  "approval_requested",
  "approval_decided",
] as const;
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];

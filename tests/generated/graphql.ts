/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an agent's work runs. */
export type AgentBackend =
  /** Claude Code, run by the server (`claude -p`). */
  | 'CLAUDE_CODE'
  /** Outside the server: a worker, an MCP client or your own code claims its tasks. */
  | 'EXTERNAL'
  /** An OpenAI-compatible chat completions API the server calls. */
  | 'OPENAI'
  /** A program the server runs (ADMIN keys only). */
  | 'SHELL';

/** INTERN: all work goes to REVIEW. LEAD: never needs review unless the task asks. */
export type AgentLevel =
  | 'INTERN'
  | 'LEAD'
  | 'SPECIALIST';

export type AgentStatus =
  | 'ACTIVE'
  | 'BLOCKED'
  | 'IDLE'
  | 'OFFLINE';

/** TOOL: a tool call an agent's run asks to make. RUN: the start of a task's run (a sign-off). */
export type ApprovalKind =
  | 'RUN'
  | 'TOOL';

export type ApprovalStatus =
  | 'ALLOWED'
  | 'DENIED'
  | 'EXPIRED'
  | 'PENDING';

export type ClaimOutcome =
  | 'AT_CAPACITY'
  | 'CLAIMED'
  | 'NO_TASK';

export type CreateAgentInput = {
  /** external (default) | shell | openai | claude-code; or backendType, an enum */
  backend?: string | null | undefined;
  /** Default EXTERNAL. */
  backendType?: AgentBackend | null | undefined;
  config?: unknown;
  level?: AgentLevel | null | undefined;
  /** Tasks it may hold IN_PROGRESS at once. Default 1. */
  maxCapacity?: number | null | undefined;
  model?: string | null | undefined;
  /** Unique slug: lowercase letters, digits, . _ - */
  name: string;
  role?: string | null | undefined;
  specialties?: Array<string> | null | undefined;
  systemPrompt?: string | null | undefined;
};

export type CreateApiKeyInput = {
  /** Required for AGENT keys: the agent the key acts for. */
  agentId?: string | number | null | undefined;
  expiresAt?: string | null | undefined;
  name: string;
  role: Role;
};

export type CreateCronJobInput = {
  /** Default SKIP. */
  catchUp?: CronCatchUp | null | undefined;
  name: string;
  paused?: boolean | null | undefined;
  /** Cron expression: 5 fields, or 6 with seconds first. */
  schedule: string;
  taskTemplate: CronTaskTemplateInput;
  /** IANA timezone the schedule is read in. Default "UTC". */
  timezone?: string | null | undefined;
};

export type CreateDocumentInput = {
  /** Write as this agent (AGENT keys write as their own agent). */
  authorAgentId?: string | number | null | undefined;
  content: string;
  /** Defaults to the task's project. */
  projectId?: string | number | null | undefined;
  taskId?: string | number | null | undefined;
  title: string;
  /** Default DRAFT. */
  type?: DocumentType | null | undefined;
};

export type CreateProjectInput = {
  description?: string | null | undefined;
  name: string;
  /** Its tasks wait for an operator's sign-off before they run. */
  requiresSignOff?: boolean | null | undefined;
  /** Reviewer agent for tasks of this project entering REVIEW. */
  reviewerAgentId?: string | number | null | undefined;
};

export type CreateTaskInput = {
  assigneeIds?: Array<string | number> | null | undefined;
  /** argv for the shell backend. */
  command?: Array<string> | null | undefined;
  /** Existing tasks this one waits on. */
  dependsOn?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  /** Claims allowed before the task FAILS. Default 5. */
  maxAttempts?: number | null | undefined;
  /** Default MEDIUM. */
  priority?: TaskPriority | null | undefined;
  projectId?: string | number | null | undefined;
  requiredSpecialties?: Array<string> | null | undefined;
  requiresReview?: boolean | null | undefined;
  /** Wait for an operator's sign-off (an Approval of kind RUN) before running. */
  requiresSignOff?: boolean | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

/** What to do with occurrences missed while no instance ran the scheduler. */
export type CronCatchUp =
  | 'RUN_ONCE'
  | 'SKIP';

/** The task each occurrence creates. `{{date}}` and `{{occurrence}}` in the title and description are filled in. */
export type CronTaskTemplateInput = {
  assigneeIds?: Array<string | number> | null | undefined;
  command?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Due this long after the occurrence. */
  dueInSeconds?: number | null | undefined;
  maxAttempts?: number | null | undefined;
  priority?: TaskPriority | null | undefined;
  projectId?: string | number | null | undefined;
  requiredSpecialties?: Array<string> | null | undefined;
  requiresReview?: boolean | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

export type DocumentType =
  | 'DELIVERABLE'
  | 'DRAFT'
  | 'PROTOCOL'
  | 'RESEARCH'
  | 'TEMPLATE';

/** What a worker's host looks like now (the worker CLI sends it with each heartbeat). */
export type HostMetricsInput = {
  /** Busy share of all CPUs since the last report, 0-100. */
  cpuPercent: number;
  /** Logical CPUs. */
  cpus: number;
  hostname?: string | null | undefined;
  /** 1-minute load average. */
  load1: number;
  load5?: number | null | undefined;
  load15?: number | null | undefined;
  memoryTotalBytes: number;
  memoryUsedBytes: number;
};

export type NotificationKind =
  | 'APPROVAL'
  | 'BUDGET_EXCEEDED'
  | 'DISPATCH'
  | 'MENTION'
  | 'QUESTION_ANSWERED'
  | 'REPLY'
  | 'REVIEW';

export type OutputKind =
  | 'MESSAGE'
  | 'STDERR'
  | 'STDOUT'
  | 'SYSTEM'
  | 'TOOL_RESULT'
  | 'TOOL_USE';

export type PlanGoalInput = {
  /** What to achieve, in plain words (the planner's brief). */
  goal: string;
  /** At most this many tasks (default 20, 1-100). */
  maxTasks?: number | null | undefined;
  /** The agent that plans (any backend). */
  plannerAgentId: string | number;
  /** The planning task's priority (default MEDIUM). */
  priority?: TaskPriority | null | undefined;
  /** The project the planning task, the PRD and the plan's tasks belong to. */
  projectId?: string | number | null | undefined;
  /** Default false. true: the accepted plan waits as a draft (the planning task in REVIEW) until an operator approves it with reviewTask; a rejection with feedback discards the drafts and plans again. */
  requireApproval?: boolean | null | undefined;
};

export type QuestionStatus =
  | 'ANSWERED'
  | 'DISMISSED'
  | 'OPEN';

export type ReviewVerdict =
  | 'APPROVED'
  | 'REJECTED';

/** VIEWER reads and subscribes; OPERATOR also manages work; ADMIN also manages keys; AGENT acts as one agent. */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'OPERATOR'
  | 'VIEWER';

/** What a taskEvents event says happened. */
export type TaskEventType =
  | 'approval_decided'
  | 'approval_requested'
  | 'approved'
  | 'assigned'
  | 'blocked'
  | 'claimed'
  | 'completed'
  | 'created'
  | 'deleted'
  | 'dependency_added'
  | 'dependency_removed'
  | 'failed'
  | 'lease_expired'
  | 'rejected'
  | 'released'
  | 'status_changed'
  | 'unblocked'
  | 'updated';

/** One task of a createTasks batch. */
export type TaskGraphInput = {
  assigneeIds?: Array<string | number> | null | undefined;
  command?: Array<string> | null | undefined;
  /** Existing tasks this one waits on. */
  dependsOn?: Array<string | number> | null | undefined;
  /** Refs of other items in the batch this one waits on. */
  dependsOnRefs?: Array<string> | null | undefined;
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  maxAttempts?: number | null | undefined;
  priority?: TaskPriority | null | undefined;
  projectId?: string | number | null | undefined;
  /** Client-side name, unique in the batch. */
  ref: string;
  requiredSpecialties?: Array<string> | null | undefined;
  requiresReview?: boolean | null | undefined;
  requiresSignOff?: boolean | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

export type TaskPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type TaskStatus =
  | 'ASSIGNED'
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'INBOX'
  | 'IN_PROGRESS'
  | 'REVIEW'
  | 'SKIPPED';

export type UpdateAgentInput = {
  /** external | shell | openai | claude-code; or backendType, an enum */
  backend?: string | null | undefined;
  backendType?: AgentBackend | null | undefined;
  config?: unknown;
  level?: AgentLevel | null | undefined;
  maxCapacity?: number | null | undefined;
  model?: string | null | undefined;
  name?: string | null | undefined;
  role?: string | null | undefined;
  specialties?: Array<string> | null | undefined;
  status?: AgentStatus | null | undefined;
  systemPrompt?: string | null | undefined;
};

export type UsageInput = {
  costUsd?: number | null | undefined;
  inputTokens: number;
  model: string;
  outputTokens: number;
};

export type ApprovalsClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsClaimTaskMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string } | null } };

export type ApprovalsDecideApprovalMutationVariables = Exact<{
  id: string | number;
  allow: boolean;
  m?: string | null | undefined;
}>;


export type ApprovalsDecideApprovalMutation = { decideApproval: { id: string, kind: ApprovalKind, status: ApprovalStatus, message: string | null, decidedBy: string | null, decidedAt: string | null, task: { id: string, status: TaskStatus } | null } };

export type ApprovalsTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsTaskQuery = { task: { status: TaskStatus, statusNote: string | null, requiresSignOff: boolean, signOff: { id: string, kind: ApprovalKind, status: ApprovalStatus, agent: { name: string } | null } | null } | null };

export type ApprovalsCreateAgentMutationVariables = Exact<{
  n: string;
  l?: AgentLevel | null | undefined;
}>;


export type ApprovalsCreateAgentMutation = { createAgent: { id: string, name: string } };

export type ApprovalsKeyForMutationVariables = Exact<{
  n: string;
  r: Role;
  a?: string | number | null | undefined;
}>;


export type ApprovalsKeyForMutation = { createApiKey: { secret: string } };

export type ApprovalsCreateTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsCreateTaskMutation = { createTask: { id: string, status: TaskStatus, signOff: { id: string, status: ApprovalStatus } | null } };

export type ApprovalsReadyTasksQueryVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsReadyTasksQuery = { readyTasks: Array<{ id: string }> };

export type ApprovalsApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsApprovalsQuery = { approvals: Array<{ id: string, kind: ApprovalKind, status: ApprovalStatus, task: { id: string } | null, agent: { name: string } | null }> };

export type ApprovalsActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsActivityQuery = { activity: { edges: Array<{ node: { type: string } }> } };

export type ApprovalsNotificationsQueryVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsNotificationsQuery = { notifications: Array<{ kind: NotificationKind, task: { id: string } | null }> };

export type ApprovalsCreateTask2MutationVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsCreateTask2Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type ApprovalsCreateProjectMutationVariables = Exact<{
  n: string;
}>;


export type ApprovalsCreateProjectMutation = { createProject: { id: string, requiresSignOff: boolean } };

export type ApprovalsCreateTasksMutationVariables = Exact<{
  p: string | number;
  a: string | number;
  i: string | number;
}>;


export type ApprovalsCreateTasksMutation = { createTasks: Array<{ title: string, status: TaskStatus, signOff: { status: ApprovalStatus } | null }> };

export type ApprovalsCreateTask3MutationVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsCreateTask3Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type ApprovalsAssignTaskMutationVariables = Exact<{
  id: string | number;
  i: string | number;
}>;


export type ApprovalsAssignTaskMutation = { assignTask: { id: string } };

export type ApprovalsAgentQueryVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsAgentQuery = { agent: { currentTasks: Array<{ title: string }> } | null };

export type ApprovalsCreateTask4MutationVariables = Exact<{
  a: string | number;
}>;


export type ApprovalsCreateTask4Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type ApprovalsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsNodeQuery = { node:
    | { status: ApprovalStatus, decidedBy: string | null }
    | Record<PropertyKey, never>
   | null };

export type ApprovalsNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsNode2Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ApprovalsCreateShellMutationVariables = Exact<{
  n: string;
}>;


export type ApprovalsCreateShellMutation = { createAgent: { id: string } };

export type ApprovalsCreateTask5MutationVariables = Exact<{
  a: string | number;
  c?: Array<string> | string | null | undefined;
}>;


export type ApprovalsCreateTask5Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type ApprovalsCreateTask6MutationVariables = Exact<{
  a: string | number;
  c?: Array<string> | string | null | undefined;
}>;


export type ApprovalsCreateTask6Mutation = { createTask: { id: string } };

export type ApprovalsApprovals2QueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;


export type ApprovalsApprovals2Query = { approvals: Array<{ id: string, kind: ApprovalKind, tool: string | null, input: unknown, run: { id: string } | null, agent: { id: string } | null }> };

export type ApprovalsTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsTask2Query = { task: { status: TaskStatus, result: string | null, error: string | null } | null };

export type ApprovalsCreateTask7MutationVariables = Exact<{
  a: string | number;
  d: string;
}>;


export type ApprovalsCreateTask7Mutation = { createTask: { id: string } };

export type ApprovalsTaskEventsSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type ApprovalsTaskEventsSubscription = { taskEvents: { type: TaskEventType, task: { id: string } } };

export type ApprovalsRunTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type ApprovalsRunTaskMutation = { runTask: { id: string } };

export type ApprovalsCreateApiKeyMutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type ApprovalsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type ApprovalsDecideApproval2MutationVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsDecideApproval2Mutation = { decideApproval: { id: string } };

export type ApprovalsDecideApproval3MutationVariables = Exact<{
  id: string | number;
}>;


export type ApprovalsDecideApproval3Mutation = { decideApproval: { id: string } };

export type ApprovalsDecideApproval4MutationVariables = Exact<{
  id: string | number;
  u?: unknown;
}>;


export type ApprovalsDecideApproval4Mutation = { decideApproval: { id: string } };

export type ApprovalsApprovals3QueryVariables = Exact<{
  t?: string | number | null | undefined;
}>;


export type ApprovalsApprovals3Query = { approvals: Array<{ tool: string | null, decidedBy: string | null, message: string | null }> };

export type ApprovalsApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsApiKeysQuery = { apiKeys: Array<{ name: string, active: boolean }> };

export type ApprovalsCreateTask8MutationVariables = Exact<{
  a: string | number;
  d: string;
}>;


export type ApprovalsCreateTask8Mutation = { createTask: { id: string } };

export type ApprovalsRequestToolApprovalMutationVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsRequestToolApprovalMutation = { requestToolApproval: { id: string } };

export type ApprovalsCreateTask9MutationVariables = Exact<{
  a: string | number;
  d: string;
}>;


export type ApprovalsCreateTask9Mutation = { createTask: { id: string } };

export type BoardCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateAgentMutation = { createAgent: { id: string } };

export type BoardCreateTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateTaskMutation = { createTask: { id: string } };

export type BoardCreateTask2MutationVariables = Exact<{
  d?: Array<string | number> | string | number | null | undefined;
}>;


export type BoardCreateTask2Mutation = { createTask: { id: string } };

export type BoardAssignTaskMutationVariables = Exact<{
  t: string | number;
  a: Array<string | number> | string | number;
}>;


export type BoardAssignTaskMutation = { assignTask: { id: string } };

export type BoardClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type BoardClaimTaskMutation = { claimTask: { outcome: ClaimOutcome } };

export type BoardAppendTaskOutputMutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  c: string;
}>;


export type BoardAppendTaskOutputMutation = { appendTaskOutput: { seq: number } };

export type BoardAppendTaskOutput2MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  c: string;
}>;


export type BoardAppendTaskOutput2Mutation = { appendTaskOutput: { seq: number } };

export type BoardCreateTask3MutationVariables = Exact<{
  a: string | number;
  t: string;
}>;


export type BoardCreateTask3Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type BoardTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardTaskQuery = { task: { status: TaskStatus, statusNote: string | null, signOff: { status: ApprovalStatus } | null } | null };

export type BoardCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateApiKeyMutation = { createApiKey: { secret: string } };

export type BoardCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateAgent2Mutation = { createAgent: { id: string } };

export type BoardCreateTask4MutationVariables = Exact<{
  a: string | number;
}>;


export type BoardCreateTask4Mutation = { createTask: { id: string } };

export type BoardCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
}>;


export type BoardCompleteTaskMutation = { completeTask: { id: string } };

export type BoardCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateAgent3Mutation = { createAgent: { id: string } };

export type BoardTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type BoardTask2Query = { task: { id: string, title: string, status: TaskStatus, statusNote: string | null, prompt: string, assignees: Array<{ name: string }>, dependencies: Array<{ title: string }> } | null };

export type BoardClaimTask2MutationVariables = Exact<{
  a: string | number;
}>;


export type BoardClaimTask2Mutation = { claimTask: { task: { id: string } | null } };

export type BoardCompleteTask2MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  r?: string | null | undefined;
}>;


export type BoardCompleteTask2Mutation = { completeTask: { status: TaskStatus } };

export type BoardNotificationsQueryVariables = Exact<{
  a: string | number;
}>;


export type BoardNotificationsQuery = { notifications: Array<{ kind: NotificationKind, content: string }> };

export type BoardAskQuestionMutationVariables = Exact<{
  a: string | number;
}>;


export type BoardAskQuestionMutation = { askQuestion: { id: string } };

export type BoardQuestionsConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardQuestionsConnectionQuery = { questionsConnection: { edges: Array<{ node: { id: string, answer: string | null } }> } };

export type BoardCreateApiKey2MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateApiKey2Mutation = { createApiKey: { secret: string } };

export type BoardTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardTasksQuery = { tasks: { totalCount: number } };

export type BoardCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateProjectMutation = { createProject: { id: string } };

export type BoardCreateAgent4MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateAgent4Mutation = { createAgent: { id: string } };

export type BoardHeartbeatMutationVariables = Exact<{
  a: string | number;
  h?: HostMetricsInput | null | undefined;
}>;


export type BoardHeartbeatMutation = { heartbeat: { agent: { id: string } } };

export type BoardCreateTask5MutationVariables = Exact<{
  p: string | number;
  a: string | number;
}>;


export type BoardCreateTask5Mutation = { createTask: { id: string } };

export type BoardCompleteTask3MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  u?: Array<UsageInput> | UsageInput | null | undefined;
}>;


export type BoardCompleteTask3Mutation = { completeTask: { status: TaskStatus } };

export type BoardSetBudgetMutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type BoardSetBudgetMutation = { setBudget: { agent: { id: string } | null } };

export type BoardCreateTask6MutationVariables = Exact<{
  a: string | number;
}>;


export type BoardCreateTask6Mutation = { createTask: { id: string } };

export type BoardCompleteTask4MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  u?: Array<UsageInput> | UsageInput | null | undefined;
}>;


export type BoardCompleteTask4Mutation = { completeTask: { status: TaskStatus } };

export type BoardCreateCronJobMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateCronJobMutation = { createCronJob: { id: string } };

export type BoardTasks2QueryVariables = Exact<{ [key: string]: never; }>;


export type BoardTasks2Query = { tasks: { totalCount: number } };

export type BoardCreateWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateWebhookMutation = { createWebhook: { webhook: { id: string } } };

export type BoardCreateTask7MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateTask7Mutation = { createTask: { id: string } };

export type BoardCreateTask8MutationVariables = Exact<{
  a: string | number;
}>;


export type BoardCreateTask8Mutation = { createTask: { id: string } };

export type BoardAppendTaskOutput3MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  c: string;
}>;


export type BoardAppendTaskOutput3Mutation = { appendTaskOutput: { seq: number } };

export type BoardCreateTask9MutationVariables = Exact<{ [key: string]: never; }>;


export type BoardCreateTask9Mutation = { createTask: { id: string } };

export type ClaimsClaimTaskMutationVariables = Exact<{
  a: string | number;
  c?: number | null | undefined;
}>;


export type ClaimsClaimTaskMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string, title: string, status: TaskStatus, attempts: number, leaseExpiresAt: string | null, claimedBy: { name: string } | null } | null } };

export type ClaimsCreateAgentMutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type ClaimsCreateAgentMutation = { createAgent: { id: string, name: string } };

export type ClaimsCreateProjectMutationVariables = Exact<{
  n: string;
}>;


export type ClaimsCreateProjectMutation = { createProject: { id: string } };

export type ClaimsCreateTaskMutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type ClaimsCreateTaskMutation = { createTask: { id: string, title: string, status: TaskStatus } };

export type ClaimsTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimsTaskQuery = { task: { id: string, status: TaskStatus, attempts: number, error: string | null, statusNote: string | null, leaseExpiresAt: string | null, claimedBy: { id: string } | null } | null };

export type ClaimsTasksQueryVariables = Exact<{
  p: string | number;
}>;


export type ClaimsTasksQuery = { tasks: { totalCount: number }, activity: { totalCount: number } };

export type ClaimsSetTaskStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type ClaimsSetTaskStatusMutation = { setTaskStatus: { id: string } };

export type ClaimsReadyTasksQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type ClaimsReadyTasksQuery = { readyTasks: Array<{ requiredSpecialties: Array<string> }> };

export type ClaimsClaimManyMutationVariables = Exact<{
  a: string | number;
  l?: number | null | undefined;
}>;


export type ClaimsClaimManyMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string } | null, tasks: Array<{ id: string, status: TaskStatus, claimedBy: { id: string } | null }> } };

export type ClaimsCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type ClaimsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type ClaimsCompleteAndClaimMutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  c?: number | null | undefined;
}>;


export type ClaimsCompleteAndClaimMutation = { completeAndClaim: { next: { outcome: ClaimOutcome } } };

export type ClaimsTasks2QueryVariables = Exact<{
  a: string | number;
}>;


export type ClaimsTasks2Query = { tasks: { edges: Array<{ node: { id: string } }> } };

export type ClaimsCompleteAndClaim2MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  r?: string | null | undefined;
  c?: number | null | undefined;
}>;


export type ClaimsCompleteAndClaim2Mutation = { completeAndClaim: { completed: { id: string, status: TaskStatus, result: string | null }, next: { outcome: ClaimOutcome, task: { id: string, status: TaskStatus, attempts: number } | null, tasks: Array<{ id: string }> } } };

export type ClaimsTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimsTask2Query = { task: { documents: Array<{ type: DocumentType, content: string }> } | null };

export type ClaimsAppendTaskOutputMutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  c: string;
  k?: OutputKind | null | undefined;
}>;


export type ClaimsAppendTaskOutputMutation = { appendTaskOutput: { seq: number, kind: OutputKind, content: string } };

export type ClaimsTask3QueryVariables = Exact<{
  t: string | number;
}>;


export type ClaimsTask3Query = { task: { lastOutputSeq: number, output: Array<{ seq: number }> } | null };

export type ClaimsCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
  r?: string | null | undefined;
  u?: Array<UsageInput> | UsageInput | null | undefined;
}>;


export type ClaimsCompleteTaskMutation = { completeTask: { status: TaskStatus, completedAt: string | null, result: string | null, claimedBy: { id: string } | null, documents: Array<{ type: DocumentType, title: string, content: string, author: { id: string } | null }> } };

export type ClaimsCompleteTask2MutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type ClaimsCompleteTask2Mutation = { completeTask: { status: TaskStatus } };

export type ClaimsFailTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
  e: string;
  r?: boolean | null | undefined;
}>;


export type ClaimsFailTaskMutation = { failTask: { status: TaskStatus, attempts: number, error: string | null, claimedBy: { id: string } | null } };

export type ClaimsReleaseTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type ClaimsReleaseTaskMutation = { releaseTask: { status: TaskStatus, attempts: number, statusNote: string | null, claimedBy: { id: string } | null } };

export type ClaimsActivityQueryVariables = Exact<{
  t: string | number;
}>;


export type ClaimsActivityQuery = { activity: { edges: Array<{ node: { type: string, actorType: string, actorId: string | null } }> } };

export type ClaimsActivity2QueryVariables = Exact<{
  t: string | number;
}>;


export type ClaimsActivity2Query = { activity: { edges: Array<{ node: { type: string, actorType: string, summary: string } }> } };

export type ClaimsHeartbeatMutationVariables = Exact<{
  a: string | number;
}>;


export type ClaimsHeartbeatMutation = { heartbeat: { pendingTasks: number, unreadNotifications: number, agent: { status: AgentStatus, lastHeartbeatAt: string | null } } };

export type ClaimsHeartbeat2MutationVariables = Exact<{
  a: string | number;
}>;


export type ClaimsHeartbeat2Mutation = { heartbeat: { pendingTasks: number } };

export type ClaimsCreateProject2MutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimsCreateProject2Mutation = { createProject: { id: string } };

export type ClaimsCreateTasksMutationVariables = Exact<{
  i: Array<TaskGraphInput> | TaskGraphInput;
}>;


export type ClaimsCreateTasksMutation = { createTasks: Array<{ id: string }> };

export type ClaimsClaimTask2MutationVariables = Exact<{
  a: string | number;
}>;


export type ClaimsClaimTask2Mutation = { claimTask: { outcome: ClaimOutcome, tasks: Array<{ id: string }> } };

export type ClaimsCreateTask2MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ClaimsCreateTask2Mutation = { createTask: { id: string } };

export type ClientsTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientsTaskQuery = { task: { output: Array<{ kind: OutputKind, content: string }> } | null };

export type ClientsAgentQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientsAgentQuery = { agent: { host: { hostname: string | null, cpus: number, cpuPercent: number, memoryTotalBytes: number, memoryPercent: number, load1: number, reportedAt: string } | null } | null };

export type ClientsTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type ClientsTask2Query = { task: { status: TaskStatus, output: Array<{ content: string }> } | null };

export type ClientsCreateAgentMutationVariables = Exact<{
  n: string;
}>;


export type ClientsCreateAgentMutation = { createAgent: { id: string } };

export type CollaborationCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateAgentMutation = { createAgent: { id: string } };

export type CollaborationCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateAgent2Mutation = { createAgent: { id: string } };

export type CollaborationCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateProjectMutation = { createProject: { id: string } };

export type CollaborationCreateTaskMutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
  p?: string | number | null | undefined;
}>;


export type CollaborationCreateTaskMutation = { createTask: { id: string } };

export type CollaborationCreateDocumentMutationVariables = Exact<{
  i: CreateDocumentInput;
}>;


export type CollaborationCreateDocumentMutation = { createDocument: { id: string, version: number, type: DocumentType, author: { name: string } | null, project: { id: string } | null } };

export type CollaborationUpdateDocumentV2MutationVariables = Exact<{
  id: string | number;
  b: string | number;
}>;


export type CollaborationUpdateDocumentV2Mutation = { updateDocument: { version: number, content: string, author: { name: string } | null } };

export type CollaborationUpdateDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationUpdateDocumentMutation = { updateDocument: { version: number } };

export type CollaborationUpdateDocument2MutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationUpdateDocument2Mutation = { updateDocument: { version: number } };

export type CollaborationDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDocumentQuery = { document: { version: number, content: string, versions: Array<{ version: number, content: string, author: { name: string } | null }> } | null };

export type CollaborationDocument2QueryVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDocument2Query = { document: { version: number, content: string } | null };

export type CollaborationDocument3QueryVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDocument3Query = { document: { id: string } | null };

export type CollaborationCreateDocument2MutationVariables = Exact<{
  i: CreateDocumentInput;
}>;


export type CollaborationCreateDocument2Mutation = { createDocument: { id: string } };

export type CollaborationDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationDocumentsQuery = { documents: Array<{ id: string, title: string }> };

export type CollaborationDocuments2QueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationDocuments2Query = { documents: Array<{ id: string }> };

export type CollaborationDocuments3QueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationDocuments3Query = { documents: Array<{ id: string }> };

export type CollaborationDocuments4QueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type CollaborationDocuments4Query = { documents: Array<{ id: string }> };

export type CollaborationPostMessageMutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
}>;


export type CollaborationPostMessageMutation = { postMessage: { id: string, authorName: string, unresolvedMentions: Array<string>, mentions: Array<{ name: string }> } };

export type CollaborationPostMessage2MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
  r?: string | number | null | undefined;
}>;


export type CollaborationPostMessage2Mutation = { postMessage: { replyTo: { id: string } | null } };

export type CollaborationPostMessage3MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
}>;


export type CollaborationPostMessage3Mutation = { postMessage: { id: string } };

export type CollaborationDeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDeleteAgentMutation = { deleteAgent: string };

export type CollaborationPostMessage4MutationVariables = Exact<{
  t: string | number;
  r?: string | number | null | undefined;
}>;


export type CollaborationPostMessage4Mutation = { postMessage: { replyTo: { id: string, authorName: string } | null } };

export type CollaborationNotificationsQueryVariables = Exact<{
  a: string | number;
}>;


export type CollaborationNotificationsQuery = { notifications: Array<{ kind: NotificationKind }> };

export type CollaborationHeartbeatMutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationHeartbeatMutation = { heartbeat: { unreadNotifications: number } };

export type CollaborationPostMessage5MutationVariables = Exact<{
  t: string | number;
  a?: string | number | null | undefined;
}>;


export type CollaborationPostMessage5Mutation = { postMessage: { id: string } };

export type CollaborationNotifications2QueryVariables = Exact<{
  a: string | number;
}>;


export type CollaborationNotifications2Query = { notifications: Array<{ id: string }> };

export type CollaborationMarkNotificationsReadMutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationMarkNotificationsReadMutation = { markNotificationsRead: number };

export type CollaborationTaskQueryVariables = Exact<{
  t: string | number;
}>;


export type CollaborationTaskQuery = { task: { messages: Array<{ content: string, authorName: string }> } | null };

export type CollaborationAskQuestionMutationVariables = Exact<{
  a: string | number;
  t?: string | number | null | undefined;
}>;


export type CollaborationAskQuestionMutation = { askQuestion: { id: string, status: QuestionStatus, agent: { name: string } | null, task: { id: string } | null } };

export type CollaborationQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationQuestionsQuery = { questions: Array<{ id: string }> };

export type CollaborationAnswerQuestionMutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationAnswerQuestionMutation = { answerQuestion: { status: QuestionStatus, answer: string | null } };

export type CollaborationNotifications3QueryVariables = Exact<{
  a: string | number;
}>;


export type CollaborationNotifications3Query = { notifications: Array<{ kind: NotificationKind, content: string }> };

export type CollaborationDismissQuestionMutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDismissQuestionMutation = { dismissQuestion: { status: QuestionStatus } };

export type CollaborationAskQuestion2MutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationAskQuestion2Mutation = { askQuestion: { id: string } };

export type CollaborationAnswerQuestion2MutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationAnswerQuestion2Mutation = { answerQuestion: { status: QuestionStatus } };

export type CollaborationAskQuestion3MutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationAskQuestion3Mutation = { askQuestion: { id: string } };

export type CollaborationHeartbeat2MutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationHeartbeat2Mutation = { heartbeat: { agent: { id: string } } };

export type CollaborationUsageQueryVariables = Exact<{
  a: string | number;
}>;


export type CollaborationUsageQuery = { usage: { inputTokens: number, outputTokens: number, totalCostUsd: number, byModel: Array<{ key: string, costUsd: number }>, byAgent: Array<{ key: string }> } };

export type CollaborationUsage2QueryVariables = Exact<{
  a: string | number;
}>;


export type CollaborationUsage2Query = { usage: { totalCostUsd: number } };

export type CollaborationCreateTask2MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type CollaborationCreateTask2Mutation = { createTask: { id: string } };

export type CollaborationSetBudgetMutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type CollaborationSetBudgetMutation = { setBudget: { agent: { dailyBudgetUsd: number | null } | null } };

export type CollaborationHeartbeat3MutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationHeartbeat3Mutation = { heartbeat: { agent: { id: string } } };

export type CollaborationAgentQueryVariables = Exact<{
  a: string | number;
  t: string | number;
}>;


export type CollaborationAgentQuery = { agent: { budgetExceededAt: string | null, spentTodayUsd: number } | null, task: { status: TaskStatus, attempts: number } | null, notifications: Array<{ kind: NotificationKind }> };

export type CollaborationSetBudget2MutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type CollaborationSetBudget2Mutation = { setBudget: { agent: { budgetExceededAt: string | null } | null } };

export type CollaborationCreateProject2MutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateProject2Mutation = { createProject: { id: string } };

export type CollaborationCreateTask3MutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type CollaborationCreateTask3Mutation = { createTask: { id: string } };

export type CollaborationClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type CollaborationClaimTaskMutation = { claimTask: { task: { id: string, projectId: { id: string } | null } | null } };

export type CollaborationCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type CollaborationCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type CollaborationSetBudget3MutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type CollaborationSetBudget3Mutation = { setBudget: { project: { monthlyBudgetUsd: number | null } | null } };

export type CollaborationCreateTask4MutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type CollaborationCreateTask4Mutation = { createTask: { id: string } };

export type CollaborationTask2QueryVariables = Exact<{
  t: string | number;
}>;


export type CollaborationTask2Query = { task: { status: TaskStatus } | null };

export type CollaborationCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateApiKeyMutation = { createApiKey: { secret: string } };

export type CollaborationSetBudget4MutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type CollaborationSetBudget4Mutation = { setBudget: { agent: { id: string } | null } };

export type CollaborationCreateWebhookMutationVariables = Exact<{
  u: string;
}>;


export type CollaborationCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, events: Array<string> } } };

export type CollaborationCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type CollaborationCreateAgent3Mutation = { createAgent: { id: string } };

export type CollaborationWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationWebhooksQuery = { webhooks: Array<{ deliveries: Array<{ event: string, status: string, attempts: number, lastStatusCode: number | null }> }> };

export type CollaborationDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type CollaborationDeleteWebhookMutation = { deleteWebhook: string };

export type CollaborationCreateWebhook2MutationVariables = Exact<{
  u: string;
}>;


export type CollaborationCreateWebhook2Mutation = { createWebhook: { secret: string } };

export type CollaborationWebhooks2QueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationWebhooks2Query = { webhooks: Array<{ id: string }> };

export type CollaborationStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationStatsQuery = { stats: { documents: number, tasksInReview: number, completionRate: number, successRate: number, throughputPerHour: number, totalTasks: number, activeAgents: number, tasks: Array<{ status: string, count: number }>, agents: Array<{ status: string, count: number }> } };

export type CollaborationStandupQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationStandupQuery = { standup: string };

export type CronCreateCronJobMutationVariables = Exact<{
  i: CreateCronJobInput;
}>;


export type CronCreateCronJobMutation = { createCronJob: { id: string, name: string, schedule: string, timezone: string, paused: boolean, catchUp: CronCatchUp, nextRunAt: string | null, lastRunAt: string | null } };

export type CronCronJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type CronCronJobsQuery = { cronJobs: Array<{ id: string, lastRunAt: string | null, nextRunAt: string | null, recentTasks: Array<{ id: string, title: string, tags: Array<string>, priority: TaskPriority }> }> };

export type CronCronJobs2QueryVariables = Exact<{ [key: string]: never; }>;


export type CronCronJobs2Query = { cronJobs: Array<{ id: string }> };

export type CronActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type CronActivityQuery = { activity: { edges: Array<{ node: { type: string, summary: string } }> } };

export type CronActivity2QueryVariables = Exact<{ [key: string]: never; }>;


export type CronActivity2Query = { activity: { edges: Array<{ node: { type: string, summary: string } }> } };

export type CronPauseCronJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CronPauseCronJobMutation = { pauseCronJob: { paused: boolean } };

export type CronResumeCronJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CronResumeCronJobMutation = { resumeCronJob: { paused: boolean, nextRunAt: string | null } };

export type CronTriggerCronJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CronTriggerCronJobMutation = { triggerCronJob: { id: string, title: string, status: TaskStatus } };

export type CronDeleteCronJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CronDeleteCronJobMutation = { deleteCronJob: string };

export type CronTriggerCronJob2MutationVariables = Exact<{
  id: string | number;
}>;


export type CronTriggerCronJob2Mutation = { triggerCronJob: { id: string } };

export type CronCronJobs3QueryVariables = Exact<{ [key: string]: never; }>;


export type CronCronJobs3Query = { cronJobs: Array<{ id: string, recentTasks: Array<{ title: string }> }> };

export type CronPauseCronJob2MutationVariables = Exact<{
  id: string | number;
}>;


export type CronPauseCronJob2Mutation = { pauseCronJob: { id: string } };

export type DeveloperCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type DeveloperCreateApiKeyMutation = { createApiKey: { secret: string } };

export type DeveloperDeepTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type DeveloperDeepTasksQuery = { tasks: { edges: Array<{ node: { project: { tasks: { edges: Array<{ node: { project: { tasks: { edges: Array<{ node: { project: { tasks: { edges: Array<{ node: { id: string } }> } } | null } }> } } | null } }> } } | null } }> } };

export type DeveloperCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type DeveloperCreateProjectMutation = { createProject: { id: string } };

export type DeveloperCreateTaskMutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type DeveloperCreateTaskMutation = { createTask: { id: string } };

export type DeveloperTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type DeveloperTasksQuery = { tasks: { __typename: 'TaskConnection', totalCount: number, edges: Array<{ __typename: 'TaskConnectionEdge' }> }, activity: { __typename: 'ActivityConnection', totalCount: number, edges: Array<{ __typename: 'ActivityConnectionEdge' }> }, projects: Array<{ tasks: { __typename: 'TaskConnection', totalCount: number, edges: Array<{ __typename: 'TaskConnectionEdge', node: { title: string } }> } }> };

export type DeveloperPostMessageMutationVariables = Exact<{
  t: string | number;
  c: string;
}>;


export type DeveloperPostMessageMutation = { postMessage: { id: string } };

export type DeveloperAskQuestionMutationVariables = Exact<{
  a: string | number;
  q: string;
}>;


export type DeveloperAskQuestionMutation = { askQuestion: { id: string } };

export type DeveloperCreateDocumentMutationVariables = Exact<{
  t?: string | number | null | undefined;
  n: string;
}>;


export type DeveloperCreateDocumentMutation = { createDocument: { id: string } };

export type DeveloperCreateWebhookMutationVariables = Exact<{ [key: string]: never; }>;


export type DeveloperCreateWebhookMutation = { createWebhook: { secret: string } };

export type DeveloperCreateTask2MutationVariables = Exact<{
  n: string;
}>;


export type DeveloperCreateTask2Mutation = { createTask: { id: string } };

export type DeveloperWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type DeveloperWebhooksQuery = { webhooks: Array<{ deliveriesConnection: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { event: string, status: string } }> } }> };

export type DeveloperTypeQueryVariables = Exact<{
  n: string;
}>;


export type DeveloperTypeQuery = { __type: { fields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null } | null };

export type DispatchCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type DispatchCreateAgentMutation = { createAgent: { id: string } };

export type DispatchTasksQueryVariables = Exact<{
  a: string | number;
}>;


export type DispatchTasksQuery = { tasks: { edges: Array<{ node: { status: TaskStatus, runs: Array<{ startedAt: string, finishedAt: string | null, status: string }> } }> } };

export type DispatchCreateProjectMutationVariables = Exact<{
  r?: string | number | null | undefined;
}>;


export type DispatchCreateProjectMutation = { createProject: { id: string, reviewer: { name: string } | null } };

export type DispatchCreateTaskMutationVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type DispatchCreateTaskMutation = { createTask: { id: string } };

export type DispatchTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type DispatchTaskQuery = { task: { status: TaskStatus, result: string | null, reviewCycles: number, reviews: Array<{ verdict: ReviewVerdict, feedback: string, reviewer: { name: string } | null }>, runs: Array<{ kind: string, status: string, agent: { name: string } | null }> } | null };

export type DispatchCreateProject2MutationVariables = Exact<{
  r?: string | number | null | undefined;
}>;


export type DispatchCreateProject2Mutation = { createProject: { id: string } };

export type DispatchCreateTask2MutationVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type DispatchCreateTask2Mutation = { createTask: { id: string } };

export type DispatchTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type DispatchTask2Query = { task: { status: TaskStatus } | null };

export type DispatchTask3QueryVariables = Exact<{
  id: string | number;
}>;


export type DispatchTask3Query = { task: { status: TaskStatus, reviews: Array<{ verdict: ReviewVerdict }>, runs: Array<{ kind: string }> } | null };

export type TestCreateAgentMutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type TestCreateAgentMutation = { createAgent: { id: string, name: string } };

export type TestCreateProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type TestCreateProjectMutation = { createProject: { id: string, name: string } };

export type TestCreateTaskMutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type TestCreateTaskMutation = { createTask: { id: string, title: string } };

export type TestCreateTasksMutationVariables = Exact<{
  i: Array<TaskGraphInput> | TaskGraphInput;
}>;


export type TestCreateTasksMutation = { createTasks: Array<{ id: string }> };

export type TestTasksListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TestTasksListQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: TaskStatus, priority: TaskPriority, isReady: boolean, project: { name: string } | null, assignees: Array<{ name: string }>, dependencies: Array<{ id: string }>, blockedBy: Array<{ id: string }> } }> } };

export type TestTaskGraphQueryVariables = Exact<{
  id: string | number;
}>;


export type TestTaskGraphQuery = { taskGraph: { order: Array<string>, nodes: Array<{ id: string, title: string, status: TaskStatus }>, edges: Array<{ from: string, to: string }>, criticalPath: Array<{ id: string }> } };

export type TestActivityFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  taskId?: string | number | null | undefined;
}>;


export type TestActivityFeedQuery = { activity: { totalCount: number, edges: Array<{ node: { type: string, summary: string, createdAt: string } }> } };

export type TestTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TestTaskQuery = { task: { id: string, title: string, status: TaskStatus, statusNote: string | null, attempts: number, claimedBy: { id: string } | null } | null };

export type TestClaimTaskMutationVariables = Exact<{
  agentId: string | number;
}>;


export type TestClaimTaskMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string, status: TaskStatus } | null } };

export type TestCompleteTaskMutationVariables = Exact<{
  taskId: string | number;
  agentId?: string | number | null | undefined;
  result?: string | null | undefined;
}>;


export type TestCompleteTaskMutation = { completeTask: { id: string, status: TaskStatus } };

export type TestOutputSeqSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type TestOutputSeqSubscription = { taskOutput: { seq: number } };

export type TestOutputFromStartSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type TestOutputFromStartSubscription = { taskOutput: { seq: number, kind: OutputKind, content: string } };

export type TestOutputContentFromStartSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type TestOutputContentFromStartSubscription = { taskOutput: { content: string } };

export type TestOutputKindContentSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type TestOutputKindContentSubscription = { taskOutput: { kind: OutputKind, content: string } };

export type TestTaskEventStatusAttemptsSubscriptionVariables = Exact<{
  t?: string | number | null | undefined;
}>;


export type TestTaskEventStatusAttemptsSubscription = { taskEvents: { type: TaskEventType, task: { status: TaskStatus, attempts: number } } };

export type TestTaskEventAssigneesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TestTaskEventAssigneesSubscription = { taskEvents: { type: TaskEventType, task: { id: string, title: string, status: TaskStatus, assignees: Array<{ name: string }> } } };

export type TestProjectEventTitlesSubscriptionVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type TestProjectEventTitlesSubscription = { taskEvents: { type: TaskEventType, task: { title: string } } };

export type TestProjectEventStatusSubscriptionVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type TestProjectEventStatusSubscription = { taskEvents: { type: TaskEventType, task: { title: string, status: TaskStatus } } };

export type TestProjectEventMovesSubscriptionVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type TestProjectEventMovesSubscription = { taskEvents: { type: TaskEventType, previousStatus: TaskStatus | null, task: { id: string, title: string, status: TaskStatus } } };

export type TestTaskActivitySubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TestTaskActivitySubscription = { activity: { type: string, taskId: string | null, summary: string } };

export type TestActivityTypesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestActivityTypesSubscription = { activity: { type: string } };

export type TestNotificationTasksSubscriptionVariables = Exact<{
  a: string | number;
}>;


export type TestNotificationTasksSubscription = { notifications: { kind: NotificationKind, task: { id: string } | null } };

export type TestNotificationMessagesSubscriptionVariables = Exact<{
  a: string | number;
}>;


export type TestNotificationMessagesSubscription = { notifications: { kind: NotificationKind, content: string, message: { id: string } | null } };

export type TestAgentEventTypesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestAgentEventTypesSubscription = { agentEvents: { type: string } };

export type TestAgentEventStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestAgentEventStatusSubscription = { agentEvents: { type: string, agentId: string, status: AgentStatus, previousStatus: AgentStatus | null } };

export type TestAgentEventAgentsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestAgentEventAgentsSubscription = { agentEvents: { type: string, agent: { id: string } | null } };

export type TestOutputResumedSubscriptionVariables = Exact<{
  t: string | number;
  f?: number | null | undefined;
}>;


export type TestOutputResumedSubscription = { taskOutput: { seq: number, content: string } };

export type ExecutionTaskFieldsFragment = { id: string, status: TaskStatus, attempts: number, error: string | null, result: string | null, statusNote: string | null, runs: Array<{ kind: string, backend: string, backendType: AgentBackend, model: string | null, tier: string | null, status: string, error: string | null, exitCode: number | null }>, messages: Array<{ authorName: string, content: string }> };

export type ExecutionCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type ExecutionCreateAgentMutation = { createAgent: { id: string } };

export type ExecutionCreateTaskMutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type ExecutionCreateTaskMutation = { createTask: { id: string, status: TaskStatus } };

export type ExecutionGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionGetQuery = { task: { id: string, status: TaskStatus, attempts: number, error: string | null, result: string | null, statusNote: string | null, runs: Array<{ kind: string, backend: string, backendType: AgentBackend, model: string | null, tier: string | null, status: string, error: string | null, exitCode: number | null }>, messages: Array<{ authorName: string, content: string }> } | null };

export type ExecutionRunTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionRunTaskMutation = { runTask: { status: TaskStatus, attempts: number } };

export type ExecutionCreateTask2MutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type ExecutionCreateTask2Mutation = { createTask: { id: string } };

export type ExecutionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionTaskQuery = { task: { prompt: string } | null };

export type ExecutionStopTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionStopTaskMutation = { stopTask: { status: TaskStatus, attempts: number, statusNote: string | null } };

export type ExecutionStopTask2MutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionStopTask2Mutation = { stopTask: { status: TaskStatus, error: string | null } };

export type ExecutionTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionTask2Query = { task: { output: Array<{ content: string }> } | null };

export type ExecutionStopTask3MutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionStopTask3Mutation = { stopTask: { status: TaskStatus, attempts: number } };

export type ExecutionCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type ExecutionCreateAgent2Mutation = { createAgent: { id: string } };

export type ExecutionStopInboxMutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionStopInboxMutation = { stopTask: { id: string } };

export type ExecutionRunTask2MutationVariables = Exact<{
  t: string | number;
}>;


export type ExecutionRunTask2Mutation = { runTask: { status: TaskStatus } };

export type ExecutionHeartbeatMutationVariables = Exact<{
  a: string | number;
}>;


export type ExecutionHeartbeatMutation = { heartbeat: { unreadNotifications: number, pendingTasks: number } };

export type ExecutionUsageQueryVariables = Exact<{
  a: string | number;
}>;


export type ExecutionUsageQuery = { usage: { inputTokens: number, outputTokens: number, totalCostUsd: number, byModel: Array<{ key: string }> } };

export type ExecutionCreateAgent3MutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type ExecutionCreateAgent3Mutation = { createAgent: { id: string } };

export type ExecutionAgentQueryVariables = Exact<{ [key: string]: never; }>;


export type ExecutionAgentQuery = { agent: { id: string } | null };

export type ExecutionCreateAgent4MutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type ExecutionCreateAgent4Mutation = { createAgent: { id: string, config: unknown } };

export type ExecutionUpdateAgentMutationVariables = Exact<{
  id: string | number;
  i: UpdateAgentInput;
}>;


export type ExecutionUpdateAgentMutation = { updateAgent: { id: string } };

export type ExecutionCreateAgent5MutationVariables = Exact<{ [key: string]: never; }>;


export type ExecutionCreateAgent5Mutation = { createAgent: { id: string } };

export type ExecutionCreateTask3MutationVariables = Exact<{
  a: string | number;
}>;


export type ExecutionCreateTask3Mutation = { createTask: { id: string } };

export type ExecutionTask3QueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionTask3Query = { task: { status: TaskStatus, result: string | null, documents: Array<{ type: DocumentType, content: string }> } | null };

export type ExecutionUsage2QueryVariables = Exact<{
  a: string | number;
}>;


export type ExecutionUsage2Query = { usage: { inputTokens: number, outputTokens: number, totalCostUsd: number, byModel: Array<{ key: string, costUsd: number }> } };

export type ExecutionTask4QueryVariables = Exact<{
  id: string | number;
}>;


export type ExecutionTask4Query = { task: { status: TaskStatus, error: string | null } | null };

export type ExecutionCreateAgent6MutationVariables = Exact<{ [key: string]: never; }>;


export type ExecutionCreateAgent6Mutation = { createAgent: { id: string } };

export type ExecutionCreateTask4MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ExecutionCreateTask4Mutation = { createTask: { id: string } };

export type ExecutionTask5QueryVariables = Exact<{
  t: string | number;
}>;


export type ExecutionTask5Query = { task: { status: TaskStatus, runs: Array<{ status: string }> } | null };

export type FailoverCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type FailoverCreateAgentMutation = { createAgent: { id: string } };

export type FailoverCreateTaskMutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type FailoverCreateTaskMutation = { createTask: { id: string } };

export type FailoverTaskQueryVariables = Exact<{
  t: string | number;
}>;


export type FailoverTaskQuery = { task: { status: TaskStatus, attempts: number, statusNote: string | null, claimedBy: { id: string } | null } | null };

export type FailoverCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type FailoverCreateAgent2Mutation = { createAgent: { id: string } };

export type FailoverCreateTask2MutationVariables = Exact<{
  a: string | number;
  c?: Array<string> | string | null | undefined;
}>;


export type FailoverCreateTask2Mutation = { createTask: { id: string } };

export type FailoverTask2QueryVariables = Exact<{
  t: string | number;
}>;


export type FailoverTask2Query = { task: { attempts: number, result: string | null, runs: Array<{ status: string, error: string | null }> } | null };

export type FailoverCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type FailoverCreateProjectMutation = { createProject: { id: string } };

export type FailoverCreateTask3MutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type FailoverCreateTask3Mutation = { createTask: { id: string } };

export type FailoverCreateTask4MutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type FailoverCreateTask4Mutation = { createTask: { id: string } };

export type FailoverCreateAgent4MutationVariables = Exact<{
  n: string;
}>;


export type FailoverCreateAgent4Mutation = { createAgent: { id: string } };

export type FailoverClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type FailoverClaimTaskMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string } | null } };

export type FailoverCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type FailoverCreateAgent3Mutation = { createAgent: { id: string } };

export type FailoverCreateTask5MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type FailoverCreateTask5Mutation = { createTask: { id: string } };

export type FleetAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetAgentsQuery = { agents: Array<{ name: string, host: { hostname: string | null, cpus: number, cpuPercent: number, memoryPercent: number, load1: number, saturated: boolean, saturation: Array<string>, reportedAt: string } | null }> };

export type FleetStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetStatsQuery = { stats: { fleet: { agentsReporting: number, hosts: number, cpus: number, cpuPercent: number | null, memoryUsedBytes: number, memoryTotalBytes: number, memoryPercent: number | null, saturatedAgents: Array<{ name: string }> } } };

export type FleetAgentQueryVariables = Exact<{
  a: string | number;
}>;


export type FleetAgentQuery = { agent: { lastHeartbeatAt: string | null, host: { cpus: number } | null } | null };

export type FoundationCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateProjectMutation = { createProject: { id: string, name: string } };

export type FoundationCreateAgentMutationVariables = Exact<{
  p?: Array<string> | string | null | undefined;
}>;


export type FoundationCreateAgentMutation = { createAgent: { id: string, name: string, role: string, specialties: Array<string>, level: AgentLevel, maxCapacity: number, config: unknown, status: AgentStatus } };

export type FoundationCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type FoundationCreateTaskMutation = { createTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, tags: Array<string>, dueAt: string | null, project: { name: string } | null, assignees: Array<{ name: string }> } };

export type FoundationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationNodeQuery = { node:
    | { __typename: 'Activity', id: string }
    | { __typename: 'Agent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Approval', id: string }
    | { __typename: 'CronJob', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'Question', id: string }
    | { __typename: 'Task', title: string, id: string }
    | { __typename: 'TaskRun', id: string }
    | { __typename: 'Webhook', id: string }
   | null };

export type FoundationNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationNode2Query = { node:
    | { __typename: 'Activity' }
    | { __typename: 'Agent', name: string }
    | { __typename: 'ApiKey' }
    | { __typename: 'Approval' }
    | { __typename: 'CronJob' }
    | { __typename: 'Document' }
    | { __typename: 'Message' }
    | { __typename: 'Notification' }
    | { __typename: 'Project' }
    | { __typename: 'Question' }
    | { __typename: 'Task' }
    | { __typename: 'TaskRun' }
    | { __typename: 'Webhook' }
   | null };

export type FoundationAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationAgentsQuery = { agents: Array<{ name: string }>, projects: Array<{ name: string }>, agent: { id: string } | null, tasks: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type FoundationCreateTask2MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateTask2Mutation = { createTask: { id: string, status: TaskStatus } };

export type FoundationUpdateTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationUpdateTaskMutation = { updateTask: { id: string } };

export type FoundationAssignTaskMutationVariables = Exact<{
  id: string | number;
  a: Array<string | number> | string | number;
}>;


export type FoundationAssignTaskMutation = { assignTask: { status: TaskStatus } };

export type FoundationUpdateAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationUpdateAgentMutation = { updateAgent: { role: string, maxCapacity: number } };

export type FoundationActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationActivityQuery = { activity: { totalCount: number, edges: Array<{ node: { type: string, summary: string, before: unknown, after: unknown } }> } };

export type FoundationDeleteTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationDeleteTaskMutation = { deleteTask: string };

export type FoundationTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationTaskQuery = { task: { id: string } | null };

export type FoundationActivity2QueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationActivity2Query = { activity: { edges: Array<{ node: { type: string } }> } };

export type FoundationActivity3QueryVariables = Exact<{
  id: string | number;
}>;


export type FoundationActivity3Query = { activity: { edges: Array<{ node: { type: string } }> } };

export type FoundationCreateTask3MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type FoundationCreateTask3Mutation = { createTask: { id: string } };

export type FoundationCreateTask4MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type FoundationCreateTask4Mutation = { createTask: { id: string } };

export type FoundationXQueryVariables = Exact<{
  x: string | number;
  y: string | number;
}>;


export type FoundationXQuery = { x: { status: TaskStatus, assignees: Array<{ name: string }> } | null, y: { status: TaskStatus, assignees: Array<{ name: string }> } | null };

export type FoundationClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type FoundationClaimTaskMutation = { claimTask: { outcome: ClaimOutcome } };

export type FoundationTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationTasksQuery = { tasks: { totalCount: number }, activity: { totalCount: number }, agents: Array<{ id: string }> };

export type FoundationCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateAgent2Mutation = { createAgent: { id: string, backend: string, backendType: AgentBackend } };

export type FoundationCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateAgent3Mutation = { createAgent: { backend: string, backendType: AgentBackend } };

export type FoundationUpdateAgent2MutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationUpdateAgent2Mutation = { updateAgent: { backend: string, backendType: AgentBackend } };

export type FoundationUpdateAgent3MutationVariables = Exact<{
  id: string | number;
}>;


export type FoundationUpdateAgent3Mutation = { updateAgent: { backendType: AgentBackend } };

export type FoundationCreateAgent4MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateAgent4Mutation = { createAgent: { id: string } };

export type FoundationTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationTypeQuery = { __type: { fields: Array<{ name: string, deprecationReason: string | null }> | null } | null };

export type FoundationCreateAgent5MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateAgent5Mutation = { createAgent: { id: string } };

export type FoundationCreateTask5MutationVariables = Exact<{
  d?: Array<string | number> | string | number | null | undefined;
}>;


export type FoundationCreateTask5Mutation = { createTask: { id: string } };

export type FoundationCreateProject2MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateProject2Mutation = { createProject: { id: string } };

export type FoundationTasksPageQueryVariables = Exact<{
  n?: number | null | undefined;
  p: string | number;
}>;


export type FoundationTasksPageQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, project: { name: string } | null, assignees: Array<{ name: string }>, dependencies: Array<{ id: string, title: string }>, dependents: Array<{ id: string }>, blockedBy: Array<{ id: string }> } }> } };

export type FoundationCreateProject3MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateProject3Mutation = { createProject: { id: string } };

export type FoundationCreateOwnAgentMutationVariables = Exact<{
  n: string;
  s?: Array<string> | string | null | undefined;
}>;


export type FoundationCreateOwnAgentMutation = { createAgent: { id: string, name: string } };

export type FoundationCreateTasksMutationVariables = Exact<{
  i: Array<TaskGraphInput> | TaskGraphInput;
}>;


export type FoundationCreateTasksMutation = { createTasks: Array<{ id: string, title: string }> };

export type FoundationTasks2QueryVariables = Exact<{
  p: string | number;
  tag?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FoundationTasks2Query = { tasks: { totalCount: number, pageInfo: { endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type FoundationTasks3QueryVariables = Exact<{
  p: string | number;
}>;


export type FoundationTasks3Query = { tasks: { totalCount: number } };

export type FoundationCreateProject4MutationVariables = Exact<{ [key: string]: never; }>;


export type FoundationCreateProject4Mutation = { createProject: { id: string } };

export type FoundationCreatePagedMutationVariables = Exact<{
  n: string;
  p?: string | number | null | undefined;
}>;


export type FoundationCreatePagedMutation = { createTask: { id: string } };

export type FoundationTasks4QueryVariables = Exact<{
  p: string | number;
  after?: string | null | undefined;
}>;


export type FoundationTasks4Query = { tasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { title: string } }> } };

export type HostileProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileProjectsQuery = { projects: Array<{ id: string }> };

export type IdleJobsCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type IdleJobsCreateAgentMutation = { createAgent: { id: string } };

export type IdleJobsCreateTaskMutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type IdleJobsCreateTaskMutation = { createTask: { id: string } };

export type IdleJobsCreatePausedCronMutationVariables = Exact<{ [key: string]: never; }>;


export type IdleJobsCreatePausedCronMutation = { createCronJob: { id: string } };

export type IdleJobsCreateDueCronMutationVariables = Exact<{ [key: string]: never; }>;


export type IdleJobsCreateDueCronMutation = { createCronJob: { id: string } };

export type InputShapesTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type InputShapesTasksQuery = { tasks: { totalCount: number }, projects: Array<{ id: string }>, agents: Array<{ id: string }>, cronJobs: Array<{ id: string }>, documents: Array<{ id: string }>, apiKeys: Array<{ id: string }> };

export type InputShapesCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type InputShapesCreateProjectMutation = { createProject: { name: string } };

export type InputShapesAskQuestionMutationVariables = Exact<{
  a: string | number;
}>;


export type InputShapesAskQuestionMutation = { askQuestion: { question: string } };

export type LifecycleDescribeMutationVariables = Exact<{
  id: string | number;
  d?: string | null | undefined;
}>;


export type LifecycleDescribeMutation = { updateTask: { id: string } };

export type LifecycleTaskFieldsFragment = { id: string, title: string, status: TaskStatus, statusNote: string | null, blockedReason: string | null, isReady: boolean, blockedBy: Array<{ id: string, title: string, status: TaskStatus }> };

export type LifecycleCreateMutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type LifecycleCreateMutation = { createTask: { id: string, title: string, status: TaskStatus, statusNote: string | null, blockedReason: string | null, isReady: boolean, blockedBy: Array<{ id: string, title: string, status: TaskStatus }> } };

export type LifecycleSetStatusMutationVariables = Exact<{
  id: string | number;
  s: TaskStatus;
  n?: string | null | undefined;
}>;


export type LifecycleSetStatusMutation = { setTaskStatus: { id: string, title: string, status: TaskStatus, statusNote: string | null, blockedReason: string | null, isReady: boolean, blockedBy: Array<{ id: string, title: string, status: TaskStatus }> } };

export type LifecycleAddDependencyMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type LifecycleAddDependencyMutation = { addDependency: { id: string, title: string, status: TaskStatus, statusNote: string | null, blockedReason: string | null, isReady: boolean, blockedBy: Array<{ id: string, title: string, status: TaskStatus }> } };

export type LifecycleCreateAgentMutationVariables = Exact<{
  n: string;
}>;


export type LifecycleCreateAgentMutation = { createAgent: { id: string } };

export type LifecycleAssignTaskMutationVariables = Exact<{
  id: string | number;
  a: Array<string | number> | string | number;
}>;


export type LifecycleAssignTaskMutation = { assignTask: { id: string } };

export type LifecycleUpdateTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleUpdateTaskMutation = { updateTask: { id: string } };

export type LifecycleCompleteTaskMutationVariables = Exact<{
  id: string | number;
  a: string | number;
}>;


export type LifecycleCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type LifecycleGetQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleGetQuery = { task: { id: string, title: string, status: TaskStatus, statusNote: string | null, blockedReason: string | null, isReady: boolean, blockedBy: Array<{ id: string, title: string, status: TaskStatus }> } | null };

export type LifecycleActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleActivityQuery = { activity: { edges: Array<{ node: { type: string, after: unknown } }> } };

export type LifecycleActivity2QueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleActivity2Query = { activity: { edges: Array<{ node: { type: string, summary: string } }> } };

export type LifecycleTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTaskQuery = { task: { dependencies: Array<{ id: string }>, dependents: Array<{ id: string }> } | null };

export type LifecycleRemoveDependencyMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type LifecycleRemoveDependencyMutation = { removeDependency: { status: TaskStatus } };

export type LifecycleRetryTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleRetryTaskMutation = { retryTask: { id: string, title: string, status: TaskStatus, statusNote: string | null, priority: TaskPriority, tags: Array<string>, assignees: Array<{ id: string }>, dependencies: Array<{ id: string }>, dependents: Array<{ id: string }> } };

export type LifecycleTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleTasksQuery = { tasks: { totalCount: number } };

export type LifecycleTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleTask2Query = { task: { leaseExpiresAt: string | null, claimedBy: { id: string } | null } | null };

export type LifecycleClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type LifecycleClaimTaskMutation = { claimTask: { task: { id: string } | null } };

export type LifecycleCompleteTask2MutationVariables = Exact<{
  id: string | number;
  a: string | number;
}>;


export type LifecycleCompleteTask2Mutation = { completeTask: { status: TaskStatus } };

export type LifecycleCreateTasksMutationVariables = Exact<{
  i: Array<TaskGraphInput> | TaskGraphInput;
}>;


export type LifecycleCreateTasksMutation = { createTasks: Array<{ id: string, title: string, status: TaskStatus, dependencies: Array<{ title: string }> }> };

export type LifecycleTasks2QueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleTasks2Query = { tasks: { totalCount: number } };

export type LifecycleCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type LifecycleCreateProjectMutation = { createProject: { id: string } };

export type LifecycleTaskGraphQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type LifecycleTaskGraphQuery = { taskGraph: { order: Array<string>, mermaid: string, nodes: Array<{ title: string }>, edges: Array<{ from: string, to: string }>, criticalPath: Array<{ title: string }>, progress: { total: number, finished: number, percentComplete: number, byStatus: Array<{ status: string, count: number }> } } };

export type LifecycleTaskGraph2QueryVariables = Exact<{
  r?: string | number | null | undefined;
}>;


export type LifecycleTaskGraph2Query = { taskGraph: { nodes: Array<{ title: string }> } };

export type LifecycleReadyTasksQueryVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type LifecycleReadyTasksQuery = { readyTasks: Array<{ id: string }> };

export type LifecycleCreateProject2MutationVariables = Exact<{ [key: string]: never; }>;


export type LifecycleCreateProject2Mutation = { createProject: { id: string } };

export type LifecycleUpdateTask2MutationVariables = Exact<{
  id: string | number;
}>;


export type LifecycleUpdateTask2Mutation = { updateTask: { id: string } };

export type LifecycleActivity3QueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleActivity3Query = { activity: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { type: string, after: unknown } }> } };

export type LifecycleActivity4QueryVariables = Exact<{
  id: string | number;
  c?: string | null | undefined;
}>;


export type LifecycleActivity4Query = { activity: { edges: Array<{ node: { type: string } }> } };

export type OperationsCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type OperationsCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateAgentMutation = { createAgent: { id: string } };

export type OperationsCreateTaskMutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type OperationsCreateTaskMutation = { createTask: { id: string } };

export type OperationsCreateTask2MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type OperationsCreateTask2Mutation = { createTask: { id: string } };

export type ClaimWorkMutationVariables = Exact<{
  a: string | number;
}>;


export type ClaimWorkMutation = { claimTask: { outcome: ClaimOutcome } };

export type OperationsCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type OperationsCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type OperationsSetBudgetMutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type OperationsSetBudgetMutation = { setBudget: { agent: { id: string } | null } };

export type OperationsHeartbeatMutationVariables = Exact<{
  a: string | number;
}>;


export type OperationsHeartbeatMutation = { heartbeat: { agent: { id: string } } };

export type OperationsCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateAgent2Mutation = { createAgent: { id: string } };

export type OperationsTaskQueryVariables = Exact<{
  t: string | number;
}>;


export type OperationsTaskQuery = { task: { runs: Array<{ status: string }> } | null };

export type OperationsCreateWebhookMutationVariables = Exact<{
  u: string;
}>;


export type OperationsCreateWebhookMutation = { createWebhook: { secret: string } };

export type OperationsCreateTask3MutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateTask3Mutation = { createTask: { id: string } };

export type OperationsCreateCronJobMutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateCronJobMutation = { createCronJob: { id: string } };

export type OperationsTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsTasksQuery = { tasks: { edges: Array<{ node: { status: TaskStatus } }> }, agents: Array<{ status: AgentStatus }> };

export type OperationsReadyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsReadyTasksQuery = { readyTasks: Array<{ id: string }> };

export type BrokenQueryVariables = Exact<{ [key: string]: never; }>;


export type BrokenQuery = { task: { id: string } | null };

export type OperationsCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateAgent3Mutation = { createAgent: { id: string } };

export type OperationsCreateAgent4MutationVariables = Exact<{ [key: string]: never; }>;


export type OperationsCreateAgent4Mutation = { createAgent: { id: string } };

export type RunItMutationVariables = Exact<{
  t: string | number;
}>;


export type RunItMutation = { runTask: { status: TaskStatus } };

export type PlanningPlanGoalMutationVariables = Exact<{
  i: PlanGoalInput;
}>;


export type PlanningPlanGoalMutation = { planGoal: { id: string, title: string, status: TaskStatus, assignees: Array<{ name: string }>, plan: { goal: string, requireApproval: boolean, maxTasks: number, accepted: boolean } | null } };

export type PlanningTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanningTaskQuery = { task: { id: string, status: TaskStatus, attempts: number, error: string | null, result: string | null, prompt: string, plan: { accepted: boolean, title: string | null, prd: { title: string, type: DocumentType, content: string } | null } | null, dependents: Array<{ id: string }>, runs: Array<{ status: string, error: string | null }>, output: Array<{ kind: OutputKind, content: string }>, plannedTasks: Array<{ id: string, title: string, status: TaskStatus, priority: TaskPriority, description: string, planTask: { id: string } | null, assignees: Array<{ name: string }>, dependencies: Array<{ id: string, title: string }> }> } | null };

export type PlanningAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningAgentsQuery = { agents: Array<{ id: string, name: string }> };

export type PlanningCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type PlanningCompleteTaskMutation = { completeTask: { id: string } };

export type PlanningReviewTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type PlanningReviewTaskMutation = { reviewTask: { status: TaskStatus } };

export type PlanningUpdateTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanningUpdateTaskMutation = { updateTask: { id: string } };

export type PlanningReviewTask2MutationVariables = Exact<{
  t: string | number;
}>;


export type PlanningReviewTask2Mutation = { reviewTask: { status: TaskStatus, dependents: Array<{ status: TaskStatus, title: string }> } };

export type PlanningSetTaskStatusMutationVariables = Exact<{
  t: string | number;
}>;


export type PlanningSetTaskStatusMutation = { setTaskStatus: { status: TaskStatus } };

export type PlanningActivityQueryVariables = Exact<{
  t: string | number;
}>;


export type PlanningActivityQuery = { activity: { edges: Array<{ node: { type: string } }> } };

export type PlanningClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type PlanningClaimTaskMutation = { claimTask: { task: { id: string, prompt: string } | null } };

export type PlanningCompleteTask2MutationVariables = Exact<{
  t: string | number;
  a: string | number;
  r?: string | null | undefined;
}>;


export type PlanningCompleteTask2Mutation = { completeTask: { status: TaskStatus, error: string | null } };

export type PlanningCompleteTask3MutationVariables = Exact<{
  t: string | number;
  a: string | number;
  r?: string | null | undefined;
}>;


export type PlanningCompleteTask3Mutation = { completeTask: { status: TaskStatus, plannedTasks: Array<{ title: string, status: TaskStatus }> } };

export type PlanningCreateApiKeyMutationVariables = Exact<{
  n: string;
  a?: string | number | null | undefined;
}>;


export type PlanningCreateApiKeyMutation = { createApiKey: { secret: string } };

export type PlanningTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type PlanningTask2Query = { task: { status: TaskStatus, plan: { title: string | null } | null, plannedTasks: Array<{ title: string, project: { id: string } | null, assignees: Array<{ name: string }> }> } | null };

export type PlanningUsageQueryVariables = Exact<{
  a: string | number;
}>;


export type PlanningUsageQuery = { usage: { inputTokens: number, outputTokens: number } };

export type ProcessCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type ProcessCreateAgentMutation = { createAgent: { id: string } };

export type ProcessCreateTaskMutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type ProcessCreateTaskMutation = { createTask: { id: string } };

export type ProcessRunTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type ProcessRunTaskMutation = { runTask: { id: string } };

export type ProcessTaskOutputQueryVariables = Exact<{
  t: string | number;
}>;


export type ProcessTaskOutputQuery = { task: { output: Array<{ kind: OutputKind, content: string }> } | null };

export type ProcessTaskAfterRestartQueryVariables = Exact<{
  t: string | number;
}>;


export type ProcessTaskAfterRestartQuery = { task: { status: TaskStatus, statusNote: string | null, runs: Array<{ status: string }> } | null };

export type ProcessCreateBundledMutationVariables = Exact<{ [key: string]: never; }>;


export type ProcessCreateBundledMutation = { createAgent: { id: string } };

export type ProcessCreateInBundleMutationVariables = Exact<{ [key: string]: never; }>;


export type ProcessCreateInBundleMutation = { createTask: { id: string } };

export type ProcessCreateTickMutationVariables = Exact<{ [key: string]: never; }>;


export type ProcessCreateTickMutation = { createTask: { id: string } };

export type ProcessClaimMutationVariables = Exact<{
  a: string | number;
}>;


export type ProcessClaimMutation = { claimTask: { outcome: ClaimOutcome } };

export type ReliabilityTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityTasksQuery = { tasks: { totalCount: number }, agents: Array<{ id: string }> };

export type ReliabilityCreateTask2MutationVariables = Exact<{
  i: CreateTaskInput;
}>;


export type ReliabilityCreateTask2Mutation = { createTask: { title: string } };

export type ReliabilityCreateAgentDeepMutationVariables = Exact<{
  i: CreateAgentInput;
}>;


export type ReliabilityCreateAgentDeepMutation = { createAgent: { id: string } };

export type ReliabilityCreateBytesMutationVariables = Exact<{
  n: string;
}>;


export type ReliabilityCreateBytesMutation = { createAgent: { id: string } };

export type ReliabilityCreateTask3MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ReliabilityCreateTask3Mutation = { createTask: { id: string } };

export type ReliabilityClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type ReliabilityClaimTaskMutation = { claimTask: { tasks: Array<{ id: string }> } };

export type ReliabilityAppendTaskOutputMutationVariables = Exact<{
  t: string | number;
  a: string | number;
  c: string;
}>;


export type ReliabilityAppendTaskOutputMutation = { appendTaskOutput: { seq: number, content: string } };

export type ReliabilityTaskQueryVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTaskQuery = { task: { output: Array<{ content: string }> } | null };

export type ReliabilityCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
  r?: string | null | undefined;
}>;


export type ReliabilityCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type ReliabilityCreateNulMutationVariables = Exact<{
  n: string;
}>;


export type ReliabilityCreateNulMutation = { createAgent: { id: string } };

export type ReliabilityTask2QueryVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTask2Query = { task: { status: TaskStatus, result: string | null, runs: Array<{ status: string }>, output: Array<{ kind: OutputKind, content: string }> } | null };

export type ReliabilityCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateAgentMutation = { createAgent: { id: string } };

export type ReliabilityTask3QueryVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTask3Query = { task: { output: Array<{ kind: OutputKind, content: string }> } | null };

export type ReliabilityCreateTask4MutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateTask4Mutation = { createTask: { id: string } };

export type ReliabilityCreateTask5MutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateTask5Mutation = { createTask: { id: string } };

export type ReliabilityCreateTask6MutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateTask6Mutation = { createTask: { id: string } };

export type ReliabilityTaskEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityTaskEventsSubscription = { taskEvents: { type: TaskEventType } };

export type ReliabilityCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type ReliabilityCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type ReliabilityCreateTask7MutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateTask7Mutation = { createTask: { id: string } };

export type ReliabilityRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ReliabilityRevokeApiKeyMutation = { revokeApiKey: { id: string } };

export type ReliabilityCreateTask8MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ReliabilityCreateTask8Mutation = { createTask: { id: string } };

export type ReliabilityTaskOutputSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTaskOutputSubscription = { taskOutput: { seq: number, content: string } };

export type ReliabilityAppendTaskOutput2MutationVariables = Exact<{
  t: string | number;
  a: string | number;
  c: string;
}>;


export type ReliabilityAppendTaskOutput2Mutation = { appendTaskOutput: { seq: number } };

export type ReliabilityTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityTypenameQuery = { __typename: 'Query' };

export type ReliabilityCreateSharedKeyMutationVariables = Exact<{
  n: string;
}>;


export type ReliabilityCreateSharedKeyMutation = { createApiKey: { secret: string } };

export type ReliabilityCreateTask9MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ReliabilityCreateTask9Mutation = { createTask: { id: string } };

export type ReliabilityCreateTask10MutationVariables = Exact<{ [key: string]: never; }>;


export type ReliabilityCreateTask10Mutation = { createTask: { id: string } };

export type ReliabilityCreateTask11MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ReliabilityCreateTask11Mutation = { createTask: { id: string } };

export type ReliabilityTaskOutput2SubscriptionVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTaskOutput2Subscription = { taskOutput: { seq: number, content: string } };

export type ReliabilityTaskOutput3SubscriptionVariables = Exact<{
  t: string | number;
}>;


export type ReliabilityTaskOutput3Subscription = { taskOutput: { seq: number, payload: string, type: OutputKind } };

export type ReviewsReviewTaskMutationVariables = Exact<{
  t: string | number;
  v: ReviewVerdict;
  f?: string | null | undefined;
  r?: string | number | null | undefined;
}>;


export type ReviewsReviewTaskMutation = { reviewTask: { status: TaskStatus, reviewCycles: number, error: string | null, statusNote: string | null, assignees: Array<{ id: string }>, reviews: Array<{ verdict: ReviewVerdict, feedback: string, reviewer: { id: string } | null }> } };

export type ReviewsCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type ReviewsCreateAgentMutation = { createAgent: { id: string } };

export type ReviewsCreateAgent2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReviewsCreateAgent2Mutation = { createAgent: { id: string } };

export type ReviewsCreateWorkMutationVariables = Exact<{
  n: string;
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ReviewsCreateWorkMutation = { createTask: { id: string } };

export type ReviewsClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type ReviewsClaimTaskMutation = { claimTask: { task: { id: string } | null } };

export type ReviewsCompleteTaskMutationVariables = Exact<{
  t: string | number;
  a: string | number;
}>;


export type ReviewsCompleteTaskMutation = { completeTask: { status: TaskStatus } };

export type ReviewsCreateTaskMutationVariables = Exact<{
  d?: Array<string | number> | string | number | null | undefined;
}>;


export type ReviewsCreateTaskMutation = { createTask: { status: TaskStatus } };

export type ReviewsTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsTasksQuery = { tasks: { edges: Array<{ node: { status: TaskStatus } }> } };

export type ReviewsTaskQueryVariables = Exact<{
  t: string | number;
}>;


export type ReviewsTaskQuery = { task: { status: TaskStatus, reviews: Array<{ id: string }> } | null };

export type ReviewsCreateApiKeyMutationVariables = Exact<{
  a?: string | number | null | undefined;
}>;


export type ReviewsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type ReviewsTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewsTask2Query = { task: { attempts: number, reviewCycles: number } | null };

export type ReviewsTask3QueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewsTask3Query = { task: { status: TaskStatus, reviewCycles: number, reviews: Array<{ verdict: ReviewVerdict }> } | null };

export type ScaleCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateProjectMutation = { createProject: { id: string } };

export type ScaleDescribeMutationVariables = Exact<{
  id: string | number;
  d?: string | null | undefined;
}>;


export type ScaleDescribeMutation = { updateTask: { id: string } };

export type ScaleCreateTaskMutationVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type ScaleCreateTaskMutation = { createTask: { id: string } };

export type ScaleCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateAgentMutation = { createAgent: { id: string } };

export type ScaleCreateTask2MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ScaleCreateTask2Mutation = { createTask: { id: string } };

export type ScaleCreateProject2MutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateProject2Mutation = { createProject: { id: string } };

export type ScaleCreateAgent2MutationVariables = Exact<{
  n: string;
}>;


export type ScaleCreateAgent2Mutation = { createAgent: { id: string } };

export type ScaleClaimTaskMutationVariables = Exact<{
  a: string | number;
}>;


export type ScaleClaimTaskMutation = { claimTask: { outcome: ClaimOutcome, task: { id: string } | null } };

export type ScaleTasksQueryVariables = Exact<{
  p: string | number;
}>;


export type ScaleTasksQuery = { tasks: { totalCount: number } };

export type ScaleCreateCronJobMutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateCronJobMutation = { createCronJob: { id: string, nextRunAt: string | null } };

export type ScaleCreateAgent3MutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateAgent3Mutation = { createAgent: { id: string } };

export type ScaleCreateTask3MutationVariables = Exact<{
  a: string | number;
  c?: Array<string> | string | null | undefined;
}>;


export type ScaleCreateTask3Mutation = { createTask: { id: string } };

export type ScaleStopTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type ScaleStopTaskMutation = { stopTask: { status: TaskStatus } };

export type ScaleCreateAgent4MutationVariables = Exact<{ [key: string]: never; }>;


export type ScaleCreateAgent4Mutation = { createAgent: { id: string } };

export type ScaleCreateTask4MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type ScaleCreateTask4Mutation = { createTask: { id: string } };

export type SecurityCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type SecurityCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, role: Role } } };

export type SecurityAskQuestionMutationVariables = Exact<{
  a: string | number;
}>;


export type SecurityAskQuestionMutation = { askQuestion: { id: string } };

export type SecurityAskQuestion2MutationVariables = Exact<{
  a: string | number;
}>;


export type SecurityAskQuestion2Mutation = { askQuestion: { id: string } };

export type SecurityHeartbeatMutationVariables = Exact<{
  a: string | number;
}>;


export type SecurityHeartbeatMutation = { heartbeat: { agent: { id: string } } };

export type SecurityQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityQuestionsQuery = { questions: Array<{ question: string, agent: { id: string } | null }>, usage: { totalCostUsd: number } };

export type SecurityQuestionsConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityQuestionsConnectionQuery = { questionsConnection: { edges: Array<{ node: { question: string, agent: { id: string } | null } }> } };

export type SecurityNotificationsConnectionQueryVariables = Exact<{
  a: string | number;
}>;


export type SecurityNotificationsConnectionQuery = { notificationsConnection: { totalCount: number } };

export type SecurityPostMessageMutationVariables = Exact<{
  t: string | number;
}>;


export type SecurityPostMessageMutation = { postMessage: { id: string } };

export type SecurityCreateTaskMutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type SecurityCreateTaskMutation = { createTask: { id: string, signOff: { id: string } | null } };

export type SecurityCreateTask2MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type SecurityCreateTask2Mutation = { createTask: { id: string, signOff: { id: string } | null } };

export type SecurityTaskSignOffQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityTaskSignOffQuery = { task: { id: string, title: string, requiresSignOff: boolean, signOff: { id: string, agent: { id: string } | null } | null } | null };

export type SecurityTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityTaskQuery = { task: { approvals: Array<{ id: string }> } | null };

export type SecurityApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityApiKeysQuery = { apiKeys: Array<{ id: string }> };

export type SecurityActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityActivityQuery = { activity: { edges: Array<{ node: { id: string } }> } };

export type SecurityHeartbeat2MutationVariables = Exact<{
  a: string | number;
}>;


export type SecurityHeartbeat2Mutation = { heartbeat: { agent: { id: string } } };

export type SecurityCreateTask3MutationVariables = Exact<{
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type SecurityCreateTask3Mutation = { createTask: { id: string } };

export type SecurityAppendTaskOutputMutationVariables = Exact<{
  t: string | number;
}>;


export type SecurityAppendTaskOutputMutation = { appendTaskOutput: { seq: number } };

export type SecurityCompleteTaskMutationVariables = Exact<{
  t: string | number;
}>;


export type SecurityCompleteTaskMutation = { completeTask: { status: TaskStatus, claimedBy: { id: string } | null } };

export type SecurityViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityViewerQuery = { viewer: { role: Role, keyId: string | null, agent: { id: string } | null } };

export type SecurityActivity2QueryVariables = Exact<{
  t: string | number;
}>;


export type SecurityActivity2Query = { activity: { edges: Array<{ node: { actorType: string, actorId: string | null } }> } };

export type SecurityCreateApiKey2MutationVariables = Exact<{
  d?: string | null | undefined;
}>;


export type SecurityCreateApiKey2Mutation = { createApiKey: { secret: string } };

export type SecurityCreateApiKey3MutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityCreateApiKey3Mutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role, active: boolean, lastUsedAt: string | null } } };

export type SecurityViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityViewer2Query = { viewer: { role: Role } };

export type SecurityApiKeys2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityApiKeys2Query = { apiKeys: Array<{ id: string, lastUsedAt: string | null, active: boolean }> };

export type SecurityRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityRevokeApiKeyMutation = { revokeApiKey: { revokedAt: string | null, active: boolean } };

export type SecurityActivity3QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityActivity3Query = { activity: { edges: Array<{ node: { type: string, summary: string } }> } };

export type SecurityActivity4QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityActivity4Query = { activity: { edges: Array<{ node: { type: string, summary: string } }> } };

export type SecurityUpdateAgentMutationVariables = Exact<{
  id: string | number;
  c?: unknown;
}>;


export type SecurityUpdateAgentMutation = { updateAgent: { id: string } };

export type SecurityCreateAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityCreateAgentMutation = { createAgent: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExecutionTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExecutionTaskFields on Task {
  id
  status
  attempts
  error
  result
  statusNote
  runs {
    kind
    backend
    backendType
    model
    tier
    status
    error
    exitCode
  }
  messages {
    authorName
    content
  }
}
    `, {"fragmentName":"ExecutionTaskFields"}) as unknown as TypedDocumentString<ExecutionTaskFieldsFragment, unknown>;
export const LifecycleTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment LifecycleTaskFields on Task {
  id
  title
  status
  statusNote
  blockedBy {
    id
    title
    status
  }
  blockedReason
  isReady
}
    `, {"fragmentName":"LifecycleTaskFields"}) as unknown as TypedDocumentString<LifecycleTaskFieldsFragment, unknown>;
export const ApprovalsClaimTaskDocument = new TypedDocumentString(`
    mutation ApprovalsClaimTask($a: ID!) {
  claimTask(agentId: $a) {
    outcome
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsClaimTaskMutation, ApprovalsClaimTaskMutationVariables>;
export const ApprovalsDecideApprovalDocument = new TypedDocumentString(`
    mutation ApprovalsDecideApproval($id: ID!, $allow: Boolean!, $m: String) {
  decideApproval(id: $id, allow: $allow, message: $m) {
    id
    kind
    status
    message
    decidedBy
    decidedAt
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsDecideApprovalMutation, ApprovalsDecideApprovalMutationVariables>;
export const ApprovalsTaskDocument = new TypedDocumentString(`
    query ApprovalsTask($id: ID!) {
  task(id: $id) {
    status
    statusNote
    requiresSignOff
    signOff {
      id
      kind
      status
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsTaskQuery, ApprovalsTaskQueryVariables>;
export const ApprovalsCreateAgentDocument = new TypedDocumentString(`
    mutation ApprovalsCreateAgent($n: String!, $l: AgentLevel) {
  createAgent(input: {name: $n, level: $l}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateAgentMutation, ApprovalsCreateAgentMutationVariables>;
export const ApprovalsKeyForDocument = new TypedDocumentString(`
    mutation ApprovalsKeyFor($n: String!, $r: Role!, $a: ID) {
  createApiKey(input: {name: $n, role: $r, agentId: $a}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ApprovalsKeyForMutation, ApprovalsKeyForMutationVariables>;
export const ApprovalsCreateTaskDocument = new TypedDocumentString(`
    mutation ApprovalsCreateTask($a: ID!) {
  createTask(input: {title: "deploy", assigneeIds: [$a], requiresSignOff: true}) {
    id
    status
    signOff {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTaskMutation, ApprovalsCreateTaskMutationVariables>;
export const ApprovalsReadyTasksDocument = new TypedDocumentString(`
    query ApprovalsReadyTasks($a: ID!) {
  readyTasks(agentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsReadyTasksQuery, ApprovalsReadyTasksQueryVariables>;
export const ApprovalsApprovalsDocument = new TypedDocumentString(`
    query ApprovalsApprovals {
  approvals {
    id
    kind
    status
    task {
      id
    }
    agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsApprovalsQuery, ApprovalsApprovalsQueryVariables>;
export const ApprovalsActivityDocument = new TypedDocumentString(`
    query ApprovalsActivity($id: ID!) {
  activity(taskId: $id) {
    edges {
      node {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsActivityQuery, ApprovalsActivityQueryVariables>;
export const ApprovalsNotificationsDocument = new TypedDocumentString(`
    query ApprovalsNotifications($a: ID!) {
  notifications(agentId: $a) {
    kind
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsNotificationsQuery, ApprovalsNotificationsQueryVariables>;
export const ApprovalsCreateTask2Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask2($a: ID!) {
  createTask(
    input: {title: "drop the table", assigneeIds: [$a], requiresSignOff: true}
  ) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask2Mutation, ApprovalsCreateTask2MutationVariables>;
export const ApprovalsCreateProjectDocument = new TypedDocumentString(`
    mutation ApprovalsCreateProject($n: String!) {
  createProject(input: {name: $n, requiresSignOff: true}) {
    id
    requiresSignOff
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateProjectMutation, ApprovalsCreateProjectMutationVariables>;
export const ApprovalsCreateTasksDocument = new TypedDocumentString(`
    mutation ApprovalsCreateTasks($p: ID!, $a: ID!, $i: ID!) {
  createTasks(
    input: [{ref: "in-project", title: "in the project", projectId: $p, assigneeIds: [$a]}, {ref: "intern", title: "an intern's", assigneeIds: [$i]}, {ref: "free", title: "free to run", assigneeIds: [$a]}, {ref: "later", title: "after it", assigneeIds: [$a], dependsOnRefs: ["in-project"], projectId: $p}]
  ) {
    title
    status
    signOff {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTasksMutation, ApprovalsCreateTasksMutationVariables>;
export const ApprovalsCreateTask3Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask3 {
  createTask(input: {title: "unassigned"}) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask3Mutation, ApprovalsCreateTask3MutationVariables>;
export const ApprovalsAssignTaskDocument = new TypedDocumentString(`
    mutation ApprovalsAssignTask($id: ID!, $i: ID!) {
  assignTask(taskId: $id, agentIds: [$i]) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsAssignTaskMutation, ApprovalsAssignTaskMutationVariables>;
export const ApprovalsAgentDocument = new TypedDocumentString(`
    query ApprovalsAgent($a: ID!) {
  agent(id: $a) {
    currentTasks {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsAgentQuery, ApprovalsAgentQueryVariables>;
export const ApprovalsCreateTask4Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask4($a: ID!) {
  createTask(input: {title: "guarded", assigneeIds: [$a], requiresSignOff: true}) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask4Mutation, ApprovalsCreateTask4MutationVariables>;
export const ApprovalsNodeDocument = new TypedDocumentString(`
    query ApprovalsNode($id: ID!) {
  node(id: $id) {
    ... on Approval {
      status
      decidedBy
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsNodeQuery, ApprovalsNodeQueryVariables>;
export const ApprovalsNode2Document = new TypedDocumentString(`
    query ApprovalsNode2($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsNode2Query, ApprovalsNode2QueryVariables>;
export const ApprovalsCreateShellDocument = new TypedDocumentString(`
    mutation ApprovalsCreateShell($n: String!) {
  createAgent(input: {name: $n, backendType: SHELL, level: LEAD}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateShellMutation, ApprovalsCreateShellMutationVariables>;
export const ApprovalsCreateTask5Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask5($a: ID!, $c: [String!]) {
  createTask(
    input: {title: "signed run", assigneeIds: [$a], requiresSignOff: true, command: $c}
  ) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask5Mutation, ApprovalsCreateTask5MutationVariables>;
export const ApprovalsCreateTask6Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask6($a: ID!, $c: [String!]) {
  createTask(input: {title: "unsigned run", assigneeIds: [$a], command: $c}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask6Mutation, ApprovalsCreateTask6MutationVariables>;
export const ApprovalsApprovals2Document = new TypedDocumentString(`
    query ApprovalsApprovals2($t: ID) {
  approvals(taskId: $t) {
    id
    kind
    tool
    input
    run {
      id
    }
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsApprovals2Query, ApprovalsApprovals2QueryVariables>;
export const ApprovalsTask2Document = new TypedDocumentString(`
    query ApprovalsTask2($id: ID!) {
  task(id: $id) {
    status
    result
    error
  }
}
    `) as unknown as TypedDocumentString<ApprovalsTask2Query, ApprovalsTask2QueryVariables>;
export const ApprovalsCreateTask7Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask7($a: ID!, $d: String!) {
  createTask(input: {title: "live approvals", description: $d, assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask7Mutation, ApprovalsCreateTask7MutationVariables>;
export const ApprovalsTaskEventsDocument = new TypedDocumentString(`
    subscription ApprovalsTaskEvents($t: ID!) {
  taskEvents(taskId: $t) {
    type
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovalsTaskEventsSubscription, ApprovalsTaskEventsSubscriptionVariables>;
export const ApprovalsRunTaskDocument = new TypedDocumentString(`
    mutation ApprovalsRunTask($t: ID!) {
  runTask(taskId: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsRunTaskMutation, ApprovalsRunTaskMutationVariables>;
export const ApprovalsCreateApiKeyDocument = new TypedDocumentString(`
    mutation ApprovalsCreateApiKey($a: ID) {
  createApiKey(input: {name: "cc-live key", role: AGENT, agentId: $a}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateApiKeyMutation, ApprovalsCreateApiKeyMutationVariables>;
export const ApprovalsDecideApproval2Document = new TypedDocumentString(`
    mutation ApprovalsDecideApproval2($id: ID!) {
  decideApproval(id: $id, allow: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsDecideApproval2Mutation, ApprovalsDecideApproval2MutationVariables>;
export const ApprovalsDecideApproval3Document = new TypedDocumentString(`
    mutation ApprovalsDecideApproval3($id: ID!) {
  decideApproval(id: $id, allow: false, message: "not the build folder") {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsDecideApproval3Mutation, ApprovalsDecideApproval3MutationVariables>;
export const ApprovalsDecideApproval4Document = new TypedDocumentString(`
    mutation ApprovalsDecideApproval4($id: ID!, $u: JSON) {
  decideApproval(id: $id, allow: true, updatedInput: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsDecideApproval4Mutation, ApprovalsDecideApproval4MutationVariables>;
export const ApprovalsApprovals3Document = new TypedDocumentString(`
    query ApprovalsApprovals3($t: ID) {
  approvals(taskId: $t, status: DENIED) {
    tool
    decidedBy
    message
  }
}
    `) as unknown as TypedDocumentString<ApprovalsApprovals3Query, ApprovalsApprovals3QueryVariables>;
export const ApprovalsApiKeysDocument = new TypedDocumentString(`
    query ApprovalsApiKeys {
  apiKeys {
    name
    active
  }
}
    `) as unknown as TypedDocumentString<ApprovalsApiKeysQuery, ApprovalsApiKeysQueryVariables>;
export const ApprovalsCreateTask8Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask8($a: ID!, $d: String!) {
  createTask(input: {title: "expiry", description: $d, assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask8Mutation, ApprovalsCreateTask8MutationVariables>;
export const ApprovalsRequestToolApprovalDocument = new TypedDocumentString(`
    mutation ApprovalsRequestToolApproval {
  requestToolApproval(tool: "Bash") {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsRequestToolApprovalMutation, ApprovalsRequestToolApprovalMutationVariables>;
export const ApprovalsCreateTask9Document = new TypedDocumentString(`
    mutation ApprovalsCreateTask9($a: ID!, $d: String!) {
  createTask(input: {title: "two instances", description: $d, assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovalsCreateTask9Mutation, ApprovalsCreateTask9MutationVariables>;
export const BoardCreateAgentDocument = new TypedDocumentString(`
    mutation BoardCreateAgent {
  createAgent(input: {name: "painter", role: "illustrator"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateAgentMutation, BoardCreateAgentMutationVariables>;
export const BoardCreateTaskDocument = new TypedDocumentString(`
    mutation BoardCreateTask {
  createTask(input: {title: "Sketch the logo", priority: HIGH}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTaskMutation, BoardCreateTaskMutationVariables>;
export const BoardCreateTask2Document = new TypedDocumentString(`
    mutation BoardCreateTask2($d: [ID!]) {
  createTask(input: {title: "Color the logo", dependsOn: $d}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask2Mutation, BoardCreateTask2MutationVariables>;
export const BoardAssignTaskDocument = new TypedDocumentString(`
    mutation BoardAssignTask($t: ID!, $a: [ID!]!) {
  assignTask(taskId: $t, agentIds: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardAssignTaskMutation, BoardAssignTaskMutationVariables>;
export const BoardClaimTaskDocument = new TypedDocumentString(`
    mutation BoardClaimTask($a: ID!) {
  claimTask(agentId: $a) {
    outcome
  }
}
    `) as unknown as TypedDocumentString<BoardClaimTaskMutation, BoardClaimTaskMutationVariables>;
export const BoardAppendTaskOutputDocument = new TypedDocumentString(`
    mutation BoardAppendTaskOutput($t: ID!, $a: ID, $c: String!) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) {
    seq
  }
}
    `) as unknown as TypedDocumentString<BoardAppendTaskOutputMutation, BoardAppendTaskOutputMutationVariables>;
export const BoardAppendTaskOutput2Document = new TypedDocumentString(`
    mutation BoardAppendTaskOutput2($t: ID!, $a: ID, $c: String!) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) {
    seq
  }
}
    `) as unknown as TypedDocumentString<BoardAppendTaskOutput2Mutation, BoardAppendTaskOutput2MutationVariables>;
export const BoardCreateTask3Document = new TypedDocumentString(`
    mutation BoardCreateTask3($a: ID!, $t: String!) {
  createTask(input: {title: $t, assigneeIds: [$a], requiresSignOff: true}) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask3Mutation, BoardCreateTask3MutationVariables>;
export const BoardTaskDocument = new TypedDocumentString(`
    query BoardTask($id: ID!) {
  task(id: $id) {
    status
    statusNote
    signOff {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTaskQuery, BoardTaskQueryVariables>;
export const BoardCreateApiKeyDocument = new TypedDocumentString(`
    mutation BoardCreateApiKey {
  createApiKey(input: {name: "watcher", role: VIEWER}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<BoardCreateApiKeyMutation, BoardCreateApiKeyMutationVariables>;
export const BoardCreateAgent2Document = new TypedDocumentString(`
    mutation BoardCreateAgent2 {
  createAgent(input: {name: "newcomer", role: "tester"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateAgent2Mutation, BoardCreateAgent2MutationVariables>;
export const BoardCreateTask4Document = new TypedDocumentString(`
    mutation BoardCreateTask4($a: ID!) {
  createTask(input: {title: "Write the summary", assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask4Mutation, BoardCreateTask4MutationVariables>;
export const BoardCompleteTaskDocument = new TypedDocumentString(`
    mutation BoardCompleteTask($t: ID!, $a: ID) {
  completeTask(taskId: $t, agentId: $a, result: "All done: 3 findings.") {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCompleteTaskMutation, BoardCompleteTaskMutationVariables>;
export const BoardCreateAgent3Document = new TypedDocumentString(`
    mutation BoardCreateAgent3 {
  createAgent(input: {name: "builder", role: "engineer"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateAgent3Mutation, BoardCreateAgent3MutationVariables>;
export const BoardTask2Document = new TypedDocumentString(`
    query BoardTask2($id: ID!) {
  task(id: $id) {
    id
    title
    status
    statusNote
    prompt
    assignees {
      name
    }
    dependencies {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTask2Query, BoardTask2QueryVariables>;
export const BoardClaimTask2Document = new TypedDocumentString(`
    mutation BoardClaimTask2($a: ID!) {
  claimTask(agentId: $a) {
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardClaimTask2Mutation, BoardClaimTask2MutationVariables>;
export const BoardCompleteTask2Document = new TypedDocumentString(`
    mutation BoardCompleteTask2($t: ID!, $a: ID, $r: String) {
  completeTask(taskId: $t, agentId: $a, result: $r) {
    status
  }
}
    `) as unknown as TypedDocumentString<BoardCompleteTask2Mutation, BoardCompleteTask2MutationVariables>;
export const BoardNotificationsDocument = new TypedDocumentString(`
    query BoardNotifications($a: ID!) {
  notifications(agentId: $a) {
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<BoardNotificationsQuery, BoardNotificationsQueryVariables>;
export const BoardAskQuestionDocument = new TypedDocumentString(`
    mutation BoardAskQuestion($a: ID!) {
  askQuestion(agentId: $a, question: "Which database?") {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardAskQuestionMutation, BoardAskQuestionMutationVariables>;
export const BoardQuestionsConnectionDocument = new TypedDocumentString(`
    query BoardQuestionsConnection {
  questionsConnection(status: ANSWERED) {
    edges {
      node {
        id
        answer
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardQuestionsConnectionQuery, BoardQuestionsConnectionQueryVariables>;
export const BoardCreateApiKey2Document = new TypedDocumentString(`
    mutation BoardCreateApiKey2 {
  createApiKey(input: {name: "looker", role: VIEWER}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<BoardCreateApiKey2Mutation, BoardCreateApiKey2MutationVariables>;
export const BoardTasksDocument = new TypedDocumentString(`
    query BoardTasks {
  tasks(first: 500, filter: {search: "Not allowed"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BoardTasksQuery, BoardTasksQueryVariables>;
export const BoardCreateProjectDocument = new TypedDocumentString(`
    mutation BoardCreateProject {
  createProject(input: {name: "alpha"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateProjectMutation, BoardCreateProjectMutationVariables>;
export const BoardCreateAgent4Document = new TypedDocumentString(`
    mutation BoardCreateAgent4 {
  createAgent(input: {name: "gpu-box", level: LEAD}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateAgent4Mutation, BoardCreateAgent4MutationVariables>;
export const BoardHeartbeatDocument = new TypedDocumentString(`
    mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) {
  heartbeat(agentId: $a, host: $h) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardHeartbeatMutation, BoardHeartbeatMutationVariables>;
export const BoardCreateTask5Document = new TypedDocumentString(`
    mutation BoardCreateTask5($p: ID!, $a: ID!) {
  createTask(
    input: {title: "Train the model", projectId: $p, tags: ["ml"], assigneeIds: [$a]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask5Mutation, BoardCreateTask5MutationVariables>;
export const BoardCompleteTask3Document = new TypedDocumentString(`
    mutation BoardCompleteTask3($t: ID!, $a: ID, $u: [UsageInput!]) {
  completeTask(taskId: $t, agentId: $a, result: "model trained", usage: $u) {
    status
  }
}
    `) as unknown as TypedDocumentString<BoardCompleteTask3Mutation, BoardCompleteTask3MutationVariables>;
export const BoardSetBudgetDocument = new TypedDocumentString(`
    mutation BoardSetBudget($a: ID) {
  setBudget(input: {agentId: $a, dailyUsd: 5}) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardSetBudgetMutation, BoardSetBudgetMutationVariables>;
export const BoardCreateTask6Document = new TypedDocumentString(`
    mutation BoardCreateTask6($a: ID!) {
  createTask(input: {title: "Evaluate", priority: CRITICAL, assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask6Mutation, BoardCreateTask6MutationVariables>;
export const BoardCompleteTask4Document = new TypedDocumentString(`
    mutation BoardCompleteTask4($t: ID!, $a: ID, $u: [UsageInput!]) {
  completeTask(taskId: $t, agentId: $a, usage: $u) {
    status
  }
}
    `) as unknown as TypedDocumentString<BoardCompleteTask4Mutation, BoardCompleteTask4MutationVariables>;
export const BoardCreateCronJobDocument = new TypedDocumentString(`
    mutation BoardCreateCronJob {
  createCronJob(
    input: {name: "nightly-report", schedule: "0 3 * * *", timezone: "UTC", taskTemplate: {title: "Nightly report"}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateCronJobMutation, BoardCreateCronJobMutationVariables>;
export const BoardTasks2Document = new TypedDocumentString(`
    query BoardTasks2 {
  tasks(first: 5, filter: {search: "Nightly report"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BoardTasks2Query, BoardTasks2QueryVariables>;
export const BoardCreateWebhookDocument = new TypedDocumentString(`
    mutation BoardCreateWebhook {
  createWebhook(input: {url: "http://127.0.0.1:9/mc", events: ["task.*"]}) {
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardCreateWebhookMutation, BoardCreateWebhookMutationVariables>;
export const BoardCreateTask7Document = new TypedDocumentString(`
    mutation BoardCreateTask7 {
  createTask(input: {title: "Announce it"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask7Mutation, BoardCreateTask7MutationVariables>;
export const BoardCreateTask8Document = new TypedDocumentString(`
    mutation BoardCreateTask8($a: ID!) {
  createTask(input: {title: "Long job", priority: CRITICAL, assigneeIds: [$a]}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask8Mutation, BoardCreateTask8MutationVariables>;
export const BoardAppendTaskOutput3Document = new TypedDocumentString(`
    mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c) {
    seq
  }
}
    `) as unknown as TypedDocumentString<BoardAppendTaskOutput3Mutation, BoardAppendTaskOutput3MutationVariables>;
export const BoardCreateTask9Document = new TypedDocumentString(`
    mutation BoardCreateTask9 {
  createTask(input: {title: "Created while hidden"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardCreateTask9Mutation, BoardCreateTask9MutationVariables>;
export const ClaimsClaimTaskDocument = new TypedDocumentString(`
    mutation ClaimsClaimTask($a: ID!, $c: Int) {
  claimTask(agentId: $a, maxCapacity: $c) {
    outcome
    task {
      id
      title
      status
      attempts
      claimedBy {
        name
      }
      leaseExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsClaimTaskMutation, ClaimsClaimTaskMutationVariables>;
export const ClaimsCreateAgentDocument = new TypedDocumentString(`
    mutation ClaimsCreateAgent($i: CreateAgentInput!) {
  createAgent(input: $i) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateAgentMutation, ClaimsCreateAgentMutationVariables>;
export const ClaimsCreateProjectDocument = new TypedDocumentString(`
    mutation ClaimsCreateProject($n: String!) {
  createProject(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateProjectMutation, ClaimsCreateProjectMutationVariables>;
export const ClaimsCreateTaskDocument = new TypedDocumentString(`
    mutation ClaimsCreateTask($i: CreateTaskInput!) {
  createTask(input: $i) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateTaskMutation, ClaimsCreateTaskMutationVariables>;
export const ClaimsTaskDocument = new TypedDocumentString(`
    query ClaimsTask($id: ID!) {
  task(id: $id) {
    id
    status
    attempts
    error
    statusNote
    claimedBy {
      id
    }
    leaseExpiresAt
  }
}
    `) as unknown as TypedDocumentString<ClaimsTaskQuery, ClaimsTaskQueryVariables>;
export const ClaimsTasksDocument = new TypedDocumentString(`
    query ClaimsTasks($p: ID!) {
  tasks(filter: {projectId: $p, status: ASSIGNED}) {
    totalCount
  }
  activity {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ClaimsTasksQuery, ClaimsTasksQueryVariables>;
export const ClaimsSetTaskStatusDocument = new TypedDocumentString(`
    mutation ClaimsSetTaskStatus($id: ID!) {
  setTaskStatus(taskId: $id, status: CANCELLED) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsSetTaskStatusMutation, ClaimsSetTaskStatusMutationVariables>;
export const ClaimsReadyTasksDocument = new TypedDocumentString(`
    query ClaimsReadyTasks($a: ID) {
  readyTasks(agentId: $a) {
    requiredSpecialties
  }
}
    `) as unknown as TypedDocumentString<ClaimsReadyTasksQuery, ClaimsReadyTasksQueryVariables>;
export const ClaimsClaimManyDocument = new TypedDocumentString(`
    mutation ClaimsClaimMany($a: ID!, $l: Int) {
  claimTask(agentId: $a, limit: $l) {
    outcome
    task {
      id
    }
    tasks {
      id
      status
      claimedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsClaimManyMutation, ClaimsClaimManyMutationVariables>;
export const ClaimsCreateApiKeyDocument = new TypedDocumentString(`
    mutation ClaimsCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateApiKeyMutation, ClaimsCreateApiKeyMutationVariables>;
export const ClaimsCompleteAndClaimDocument = new TypedDocumentString(`
    mutation ClaimsCompleteAndClaim($t: ID!, $a: ID, $c: Int) {
  completeAndClaim(taskId: $t, agentId: $a, maxCapacity: $c) {
    next {
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsCompleteAndClaimMutation, ClaimsCompleteAndClaimMutationVariables>;
export const ClaimsTasks2Document = new TypedDocumentString(`
    query ClaimsTasks2($a: ID!) {
  tasks(filter: {assigneeId: $a, status: IN_PROGRESS}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsTasks2Query, ClaimsTasks2QueryVariables>;
export const ClaimsCompleteAndClaim2Document = new TypedDocumentString(`
    mutation ClaimsCompleteAndClaim2($t: ID!, $a: ID, $r: String, $c: Int) {
  completeAndClaim(taskId: $t, agentId: $a, result: $r, maxCapacity: $c) {
    completed {
      id
      status
      result
    }
    next {
      outcome
      task {
        id
        status
        attempts
      }
      tasks {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsCompleteAndClaim2Mutation, ClaimsCompleteAndClaim2MutationVariables>;
export const ClaimsTask2Document = new TypedDocumentString(`
    query ClaimsTask2($id: ID!) {
  task(id: $id) {
    documents {
      type
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsTask2Query, ClaimsTask2QueryVariables>;
export const ClaimsAppendTaskOutputDocument = new TypedDocumentString(`
    mutation ClaimsAppendTaskOutput($t: ID!, $a: ID, $c: String!, $k: OutputKind) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: $k) {
    seq
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<ClaimsAppendTaskOutputMutation, ClaimsAppendTaskOutputMutationVariables>;
export const ClaimsTask3Document = new TypedDocumentString(`
    query ClaimsTask3($t: ID!) {
  task(id: $t) {
    lastOutputSeq
    output(fromSeq: 15, limit: 3) {
      seq
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsTask3Query, ClaimsTask3QueryVariables>;
export const ClaimsCompleteTaskDocument = new TypedDocumentString(`
    mutation ClaimsCompleteTask($t: ID!, $a: ID!, $r: String, $u: [UsageInput!]) {
  completeTask(taskId: $t, agentId: $a, result: $r, usage: $u) {
    status
    completedAt
    result
    claimedBy {
      id
    }
    documents {
      type
      title
      content
      author {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsCompleteTaskMutation, ClaimsCompleteTaskMutationVariables>;
export const ClaimsCompleteTask2Document = new TypedDocumentString(`
    mutation ClaimsCompleteTask2($t: ID!, $a: ID!) {
  completeTask(taskId: $t, agentId: $a) {
    status
  }
}
    `) as unknown as TypedDocumentString<ClaimsCompleteTask2Mutation, ClaimsCompleteTask2MutationVariables>;
export const ClaimsFailTaskDocument = new TypedDocumentString(`
    mutation ClaimsFailTask($t: ID!, $a: ID!, $e: String!, $r: Boolean) {
  failTask(taskId: $t, agentId: $a, error: $e, retryable: $r) {
    status
    attempts
    error
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsFailTaskMutation, ClaimsFailTaskMutationVariables>;
export const ClaimsReleaseTaskDocument = new TypedDocumentString(`
    mutation ClaimsReleaseTask($t: ID!, $a: ID!) {
  releaseTask(taskId: $t, agentId: $a, reason: "shutting down") {
    status
    attempts
    statusNote
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsReleaseTaskMutation, ClaimsReleaseTaskMutationVariables>;
export const ClaimsActivityDocument = new TypedDocumentString(`
    query ClaimsActivity($t: ID!) {
  activity(taskId: $t, first: 1) {
    edges {
      node {
        type
        actorType
        actorId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsActivityQuery, ClaimsActivityQueryVariables>;
export const ClaimsActivity2Document = new TypedDocumentString(`
    query ClaimsActivity2($t: ID!) {
  activity(taskId: $t, first: 1) {
    edges {
      node {
        type
        actorType
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsActivity2Query, ClaimsActivity2QueryVariables>;
export const ClaimsHeartbeatDocument = new TypedDocumentString(`
    mutation ClaimsHeartbeat($a: ID!) {
  heartbeat(agentId: $a) {
    pendingTasks
    unreadNotifications
    agent {
      status
      lastHeartbeatAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsHeartbeatMutation, ClaimsHeartbeatMutationVariables>;
export const ClaimsHeartbeat2Document = new TypedDocumentString(`
    mutation ClaimsHeartbeat2($a: ID!) {
  heartbeat(agentId: $a) {
    pendingTasks
  }
}
    `) as unknown as TypedDocumentString<ClaimsHeartbeat2Mutation, ClaimsHeartbeat2MutationVariables>;
export const ClaimsCreateProject2Document = new TypedDocumentString(`
    mutation ClaimsCreateProject2 {
  createProject(input: {name: "race"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateProject2Mutation, ClaimsCreateProject2MutationVariables>;
export const ClaimsCreateTasksDocument = new TypedDocumentString(`
    mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) {
  createTasks(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateTasksMutation, ClaimsCreateTasksMutationVariables>;
export const ClaimsClaimTask2Document = new TypedDocumentString(`
    mutation ClaimsClaimTask2($a: ID!) {
  claimTask(agentId: $a, limit: 7) {
    outcome
    tasks {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimsClaimTask2Mutation, ClaimsClaimTask2MutationVariables>;
export const ClaimsCreateTask2Document = new TypedDocumentString(`
    mutation ClaimsCreateTask2($a: [ID!]) {
  createTask(input: {title: "survive", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimsCreateTask2Mutation, ClaimsCreateTask2MutationVariables>;
export const ClientsTaskDocument = new TypedDocumentString(`
    query ClientsTask($id: ID!) {
  task(id: $id) {
    output {
      kind
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsTaskQuery, ClientsTaskQueryVariables>;
export const ClientsAgentDocument = new TypedDocumentString(`
    query ClientsAgent {
  agent(name: "cli-worker") {
    host {
      hostname
      cpus
      cpuPercent
      memoryTotalBytes
      memoryPercent
      load1
      reportedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsAgentQuery, ClientsAgentQueryVariables>;
export const ClientsTask2Document = new TypedDocumentString(`
    query ClientsTask2($id: ID!) {
  task(id: $id) {
    status
    output {
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ClientsTask2Query, ClientsTask2QueryVariables>;
export const ClientsCreateAgentDocument = new TypedDocumentString(`
    mutation ClientsCreateAgent($n: String!) {
  createAgent(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClientsCreateAgentMutation, ClientsCreateAgentMutationVariables>;
export const CollaborationCreateAgentDocument = new TypedDocumentString(`
    mutation CollaborationCreateAgent {
  createAgent(input: {name: "ada", role: "writer"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateAgentMutation, CollaborationCreateAgentMutationVariables>;
export const CollaborationCreateAgent2Document = new TypedDocumentString(`
    mutation CollaborationCreateAgent2 {
  createAgent(input: {name: "bob", role: "tester"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateAgent2Mutation, CollaborationCreateAgent2MutationVariables>;
export const CollaborationCreateProjectDocument = new TypedDocumentString(`
    mutation CollaborationCreateProject {
  createProject(input: {name: "launch"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateProjectMutation, CollaborationCreateProjectMutationVariables>;
export const CollaborationCreateTaskDocument = new TypedDocumentString(`
    mutation CollaborationCreateTask($a: [ID!], $p: ID) {
  createTask(input: {title: "write docs", assigneeIds: $a, projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateTaskMutation, CollaborationCreateTaskMutationVariables>;
export const CollaborationCreateDocumentDocument = new TypedDocumentString(`
    mutation CollaborationCreateDocument($i: CreateDocumentInput!) {
  createDocument(input: $i) {
    id
    version
    type
    author {
      name
    }
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateDocumentMutation, CollaborationCreateDocumentMutationVariables>;
export const CollaborationUpdateDocumentV2Document = new TypedDocumentString(`
    mutation CollaborationUpdateDocumentV2($id: ID!, $b: ID!) {
  updateDocument(id: $id, content: "v2 text", baseVersion: 1, authorAgentId: $b) {
    version
    content
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationUpdateDocumentV2Mutation, CollaborationUpdateDocumentV2MutationVariables>;
export const CollaborationUpdateDocumentDocument = new TypedDocumentString(`
    mutation CollaborationUpdateDocument($id: ID!) {
  updateDocument(
    id: $id
    content: "x"
    baseVersion: 2
    authorAgentId: "agent_0mwremvif0004cd8044ee971"
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<CollaborationUpdateDocumentMutation, CollaborationUpdateDocumentMutationVariables>;
export const CollaborationUpdateDocument2Document = new TypedDocumentString(`
    mutation CollaborationUpdateDocument2($id: ID!) {
  updateDocument(id: $id, content: "lost update", baseVersion: 1) {
    version
  }
}
    `) as unknown as TypedDocumentString<CollaborationUpdateDocument2Mutation, CollaborationUpdateDocument2MutationVariables>;
export const CollaborationDocumentDocument = new TypedDocumentString(`
    query CollaborationDocument($id: ID!) {
  document(id: $id) {
    version
    content
    versions {
      version
      content
      author {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocumentQuery, CollaborationDocumentQueryVariables>;
export const CollaborationDocument2Document = new TypedDocumentString(`
    query CollaborationDocument2($id: ID!) {
  document(id: $id, version: 1) {
    version
    content
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocument2Query, CollaborationDocument2QueryVariables>;
export const CollaborationDocument3Document = new TypedDocumentString(`
    query CollaborationDocument3($id: ID!) {
  document(id: $id, version: 9) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocument3Query, CollaborationDocument3QueryVariables>;
export const CollaborationCreateDocument2Document = new TypedDocumentString(`
    mutation CollaborationCreateDocument2($i: CreateDocumentInput!) {
  createDocument(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateDocument2Mutation, CollaborationCreateDocument2MutationVariables>;
export const CollaborationDocumentsDocument = new TypedDocumentString(`
    query CollaborationDocuments {
  documents(search: "deployment") {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocumentsQuery, CollaborationDocumentsQueryVariables>;
export const CollaborationDocuments2Document = new TypedDocumentString(`
    query CollaborationDocuments2 {
  documents(search: "deploys server") {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocuments2Query, CollaborationDocuments2QueryVariables>;
export const CollaborationDocuments3Document = new TypedDocumentString(`
    query CollaborationDocuments3 {
  documents(search: "zebra") {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocuments3Query, CollaborationDocuments3QueryVariables>;
export const CollaborationDocuments4Document = new TypedDocumentString(`
    query CollaborationDocuments4($p: ID) {
  documents(search: "deployment", projectId: $p, type: DRAFT) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationDocuments4Query, CollaborationDocuments4QueryVariables>;
export const CollaborationPostMessageDocument = new TypedDocumentString(`
    mutation CollaborationPostMessage($t: ID!, $a: ID) {
  postMessage(
    taskId: $t
    content: "@bob please check, and @nobody too (mail me at x@ada.dev)."
    authorAgentId: $a
  ) {
    id
    authorName
    mentions {
      name
    }
    unresolvedMentions
  }
}
    `) as unknown as TypedDocumentString<CollaborationPostMessageMutation, CollaborationPostMessageMutationVariables>;
export const CollaborationPostMessage2Document = new TypedDocumentString(`
    mutation CollaborationPostMessage2($t: ID!, $a: ID, $r: ID) {
  postMessage(taskId: $t, content: "done", authorAgentId: $a, replyToId: $r) {
    replyTo {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationPostMessage2Mutation, CollaborationPostMessage2MutationVariables>;
export const CollaborationPostMessage3Document = new TypedDocumentString(`
    mutation CollaborationPostMessage3($t: ID!, $a: ID) {
  postMessage(taskId: $t, content: "bye", authorAgentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationPostMessage3Mutation, CollaborationPostMessage3MutationVariables>;
export const CollaborationDeleteAgentDocument = new TypedDocumentString(`
    mutation CollaborationDeleteAgent($id: ID!) {
  deleteAgent(id: $id)
}
    `) as unknown as TypedDocumentString<CollaborationDeleteAgentMutation, CollaborationDeleteAgentMutationVariables>;
export const CollaborationPostMessage4Document = new TypedDocumentString(`
    mutation CollaborationPostMessage4($t: ID!, $r: ID) {
  postMessage(taskId: $t, content: "too late", replyToId: $r) {
    replyTo {
      id
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationPostMessage4Mutation, CollaborationPostMessage4MutationVariables>;
export const CollaborationNotificationsDocument = new TypedDocumentString(`
    query CollaborationNotifications($a: ID!) {
  notifications(agentId: $a, unreadOnly: true) {
    kind
  }
}
    `) as unknown as TypedDocumentString<CollaborationNotificationsQuery, CollaborationNotificationsQueryVariables>;
export const CollaborationHeartbeatDocument = new TypedDocumentString(`
    mutation CollaborationHeartbeat($a: ID!) {
  heartbeat(agentId: $a) {
    unreadNotifications
  }
}
    `) as unknown as TypedDocumentString<CollaborationHeartbeatMutation, CollaborationHeartbeatMutationVariables>;
export const CollaborationPostMessage5Document = new TypedDocumentString(`
    mutation CollaborationPostMessage5($t: ID!, $a: ID) {
  postMessage(taskId: $t, content: "@all standup in 5", authorAgentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationPostMessage5Mutation, CollaborationPostMessage5MutationVariables>;
export const CollaborationNotifications2Document = new TypedDocumentString(`
    query CollaborationNotifications2($a: ID!) {
  notifications(agentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationNotifications2Query, CollaborationNotifications2QueryVariables>;
export const CollaborationMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation CollaborationMarkNotificationsRead($a: ID!) {
  markNotificationsRead(agentId: $a)
}
    `) as unknown as TypedDocumentString<CollaborationMarkNotificationsReadMutation, CollaborationMarkNotificationsReadMutationVariables>;
export const CollaborationTaskDocument = new TypedDocumentString(`
    query CollaborationTask($t: ID!) {
  task(id: $t) {
    messages {
      content
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationTaskQuery, CollaborationTaskQueryVariables>;
export const CollaborationAskQuestionDocument = new TypedDocumentString(`
    mutation CollaborationAskQuestion($a: ID!, $t: ID) {
  askQuestion(agentId: $a, taskId: $t, question: "Which audience?") {
    id
    status
    agent {
      name
    }
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationAskQuestionMutation, CollaborationAskQuestionMutationVariables>;
export const CollaborationQuestionsDocument = new TypedDocumentString(`
    query CollaborationQuestions {
  questions(status: OPEN) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationQuestionsQuery, CollaborationQuestionsQueryVariables>;
export const CollaborationAnswerQuestionDocument = new TypedDocumentString(`
    mutation CollaborationAnswerQuestion($id: ID!) {
  answerQuestion(id: $id, answer: "Operators.") {
    status
    answer
  }
}
    `) as unknown as TypedDocumentString<CollaborationAnswerQuestionMutation, CollaborationAnswerQuestionMutationVariables>;
export const CollaborationNotifications3Document = new TypedDocumentString(`
    query CollaborationNotifications3($a: ID!) {
  notifications(agentId: $a, unreadOnly: true) {
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<CollaborationNotifications3Query, CollaborationNotifications3QueryVariables>;
export const CollaborationDismissQuestionDocument = new TypedDocumentString(`
    mutation CollaborationDismissQuestion($id: ID!) {
  dismissQuestion(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<CollaborationDismissQuestionMutation, CollaborationDismissQuestionMutationVariables>;
export const CollaborationAskQuestion2Document = new TypedDocumentString(`
    mutation CollaborationAskQuestion2($a: ID!) {
  askQuestion(agentId: $a, question: "Still there?") {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationAskQuestion2Mutation, CollaborationAskQuestion2MutationVariables>;
export const CollaborationAnswerQuestion2Document = new TypedDocumentString(`
    mutation CollaborationAnswerQuestion2($id: ID!) {
  answerQuestion(id: $id, answer: "No.") {
    status
  }
}
    `) as unknown as TypedDocumentString<CollaborationAnswerQuestion2Mutation, CollaborationAnswerQuestion2MutationVariables>;
export const CollaborationAskQuestion3Document = new TypedDocumentString(`
    mutation CollaborationAskQuestion3($a: ID!) {
  askQuestion(agentId: $a, question: "Lunch?") {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationAskQuestion3Mutation, CollaborationAskQuestion3MutationVariables>;
export const CollaborationHeartbeat2Document = new TypedDocumentString(`
    mutation CollaborationHeartbeat2($a: ID!) {
  heartbeat(
    agentId: $a
    usage: [{model: "claude-sonnet-4-5", inputTokens: 1000000, outputTokens: 100000}, {model: "custom", inputTokens: 10, outputTokens: 10, costUsd: 0.5}]
  ) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationHeartbeat2Mutation, CollaborationHeartbeat2MutationVariables>;
export const CollaborationUsageDocument = new TypedDocumentString(`
    query CollaborationUsage($a: ID!) {
  usage(agentId: $a) {
    inputTokens
    outputTokens
    totalCostUsd
    byModel {
      key
      costUsd
    }
    byAgent {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationUsageQuery, CollaborationUsageQueryVariables>;
export const CollaborationUsage2Document = new TypedDocumentString(`
    query CollaborationUsage2($a: ID!) {
  usage(agentId: $a, since: "2999-01-01T00:00:00Z") {
    totalCostUsd
  }
}
    `) as unknown as TypedDocumentString<CollaborationUsage2Query, CollaborationUsage2QueryVariables>;
export const CollaborationCreateTask2Document = new TypedDocumentString(`
    mutation CollaborationCreateTask2($a: [ID!]) {
  createTask(input: {title: "costly", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateTask2Mutation, CollaborationCreateTask2MutationVariables>;
export const CollaborationSetBudgetDocument = new TypedDocumentString(`
    mutation CollaborationSetBudget($a: ID) {
  setBudget(input: {agentId: $a, dailyUsd: 1.0}) {
    agent {
      dailyBudgetUsd
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationSetBudgetMutation, CollaborationSetBudgetMutationVariables>;
export const CollaborationHeartbeat3Document = new TypedDocumentString(`
    mutation CollaborationHeartbeat3($a: ID!) {
  heartbeat(
    agentId: $a
    usage: [{model: "x", inputTokens: 1, outputTokens: 1, costUsd: 1.25}]
  ) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationHeartbeat3Mutation, CollaborationHeartbeat3MutationVariables>;
export const CollaborationAgentDocument = new TypedDocumentString(`
    query CollaborationAgent($a: ID!, $t: ID!) {
  agent(id: $a) {
    budgetExceededAt
    spentTodayUsd
  }
  task(id: $t) {
    status
    attempts
  }
  notifications(agentId: $a) {
    kind
  }
}
    `) as unknown as TypedDocumentString<CollaborationAgentQuery, CollaborationAgentQueryVariables>;
export const CollaborationSetBudget2Document = new TypedDocumentString(`
    mutation CollaborationSetBudget2($a: ID) {
  setBudget(input: {agentId: $a, dailyUsd: 5}) {
    agent {
      budgetExceededAt
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationSetBudget2Mutation, CollaborationSetBudget2MutationVariables>;
export const CollaborationCreateProject2Document = new TypedDocumentString(`
    mutation CollaborationCreateProject2 {
  createProject(input: {name: "capped"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateProject2Mutation, CollaborationCreateProject2MutationVariables>;
export const CollaborationCreateTask3Document = new TypedDocumentString(`
    mutation CollaborationCreateTask3($p: ID) {
  createTask(input: {title: "capped work", projectId: $p, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateTask3Mutation, CollaborationCreateTask3MutationVariables>;
export const CollaborationClaimTaskDocument = new TypedDocumentString(`
    mutation CollaborationClaimTask($a: ID!) {
  claimTask(agentId: $a) {
    task {
      id
      projectId: project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationClaimTaskMutation, CollaborationClaimTaskMutationVariables>;
export const CollaborationCompleteTaskDocument = new TypedDocumentString(`
    mutation CollaborationCompleteTask($t: ID!, $a: ID!) {
  completeTask(
    taskId: $t
    agentId: $a
    usage: [{model: "x", inputTokens: 1, outputTokens: 1, costUsd: 2}]
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<CollaborationCompleteTaskMutation, CollaborationCompleteTaskMutationVariables>;
export const CollaborationSetBudget3Document = new TypedDocumentString(`
    mutation CollaborationSetBudget3($p: ID) {
  setBudget(input: {projectId: $p, monthlyUsd: 2}) {
    project {
      monthlyBudgetUsd
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationSetBudget3Mutation, CollaborationSetBudget3MutationVariables>;
export const CollaborationCreateTask4Document = new TypedDocumentString(`
    mutation CollaborationCreateTask4($p: ID) {
  createTask(
    input: {title: "more capped work", projectId: $p, priority: CRITICAL}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateTask4Mutation, CollaborationCreateTask4MutationVariables>;
export const CollaborationTask2Document = new TypedDocumentString(`
    query CollaborationTask2($t: ID!) {
  task(id: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<CollaborationTask2Query, CollaborationTask2QueryVariables>;
export const CollaborationCreateApiKeyDocument = new TypedDocumentString(`
    mutation CollaborationCreateApiKey {
  createApiKey(input: {name: "op", role: OPERATOR}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateApiKeyMutation, CollaborationCreateApiKeyMutationVariables>;
export const CollaborationSetBudget4Document = new TypedDocumentString(`
    mutation CollaborationSetBudget4($a: ID) {
  setBudget(input: {agentId: $a, dailyUsd: 100}) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationSetBudget4Mutation, CollaborationSetBudget4MutationVariables>;
export const CollaborationCreateWebhookDocument = new TypedDocumentString(`
    mutation CollaborationCreateWebhook($u: String!) {
  createWebhook(
    input: {url: $u, events: ["task.created", "message.*"], secret: "s3cret-s3cret-s3cret"}
  ) {
    secret
    webhook {
      id
      events
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateWebhookMutation, CollaborationCreateWebhookMutationVariables>;
export const CollaborationCreateAgent3Document = new TypedDocumentString(`
    mutation CollaborationCreateAgent3 {
  createAgent(input: {name: "not-subscribed"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateAgent3Mutation, CollaborationCreateAgent3MutationVariables>;
export const CollaborationWebhooksDocument = new TypedDocumentString(`
    query CollaborationWebhooks {
  webhooks {
    deliveries {
      event
      status
      attempts
      lastStatusCode
    }
  }
}
    `) as unknown as TypedDocumentString<CollaborationWebhooksQuery, CollaborationWebhooksQueryVariables>;
export const CollaborationDeleteWebhookDocument = new TypedDocumentString(`
    mutation CollaborationDeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<CollaborationDeleteWebhookMutation, CollaborationDeleteWebhookMutationVariables>;
export const CollaborationCreateWebhook2Document = new TypedDocumentString(`
    mutation CollaborationCreateWebhook2($u: String!) {
  createWebhook(input: {url: $u, events: ["*"]}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CollaborationCreateWebhook2Mutation, CollaborationCreateWebhook2MutationVariables>;
export const CollaborationWebhooks2Document = new TypedDocumentString(`
    query CollaborationWebhooks2 {
  webhooks {
    id
  }
}
    `) as unknown as TypedDocumentString<CollaborationWebhooks2Query, CollaborationWebhooks2QueryVariables>;
export const CollaborationStatsDocument = new TypedDocumentString(`
    query CollaborationStats {
  stats {
    tasks {
      status
      count
    }
    agents {
      status
      count
    }
    documents
    tasksInReview
    completionRate
    successRate
    throughputPerHour
    totalTasks
    activeAgents
  }
}
    `) as unknown as TypedDocumentString<CollaborationStatsQuery, CollaborationStatsQueryVariables>;
export const CollaborationStandupDocument = new TypedDocumentString(`
    query CollaborationStandup {
  standup
}
    `) as unknown as TypedDocumentString<CollaborationStandupQuery, CollaborationStandupQueryVariables>;
export const CronCreateCronJobDocument = new TypedDocumentString(`
    mutation CronCreateCronJob($i: CreateCronJobInput!) {
  createCronJob(input: $i) {
    id
    name
    schedule
    timezone
    paused
    catchUp
    nextRunAt
    lastRunAt
  }
}
    `) as unknown as TypedDocumentString<CronCreateCronJobMutation, CronCreateCronJobMutationVariables>;
export const CronCronJobsDocument = new TypedDocumentString(`
    query CronCronJobs {
  cronJobs {
    id
    lastRunAt
    nextRunAt
    recentTasks {
      id
      title
      tags
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<CronCronJobsQuery, CronCronJobsQueryVariables>;
export const CronCronJobs2Document = new TypedDocumentString(`
    query CronCronJobs2 {
  cronJobs {
    id
  }
}
    `) as unknown as TypedDocumentString<CronCronJobs2Query, CronCronJobs2QueryVariables>;
export const CronActivityDocument = new TypedDocumentString(`
    query CronActivity {
  activity(first: 50) {
    edges {
      node {
        type
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CronActivityQuery, CronActivityQueryVariables>;
export const CronActivity2Document = new TypedDocumentString(`
    query CronActivity2 {
  activity(first: 20) {
    edges {
      node {
        type
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CronActivity2Query, CronActivity2QueryVariables>;
export const CronPauseCronJobDocument = new TypedDocumentString(`
    mutation CronPauseCronJob($id: ID!) {
  pauseCronJob(id: $id) {
    paused
  }
}
    `) as unknown as TypedDocumentString<CronPauseCronJobMutation, CronPauseCronJobMutationVariables>;
export const CronResumeCronJobDocument = new TypedDocumentString(`
    mutation CronResumeCronJob($id: ID!) {
  resumeCronJob(id: $id) {
    paused
    nextRunAt
  }
}
    `) as unknown as TypedDocumentString<CronResumeCronJobMutation, CronResumeCronJobMutationVariables>;
export const CronTriggerCronJobDocument = new TypedDocumentString(`
    mutation CronTriggerCronJob($id: ID!) {
  triggerCronJob(id: $id) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<CronTriggerCronJobMutation, CronTriggerCronJobMutationVariables>;
export const CronDeleteCronJobDocument = new TypedDocumentString(`
    mutation CronDeleteCronJob($id: ID!) {
  deleteCronJob(id: $id)
}
    `) as unknown as TypedDocumentString<CronDeleteCronJobMutation, CronDeleteCronJobMutationVariables>;
export const CronTriggerCronJob2Document = new TypedDocumentString(`
    mutation CronTriggerCronJob2($id: ID!) {
  triggerCronJob(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CronTriggerCronJob2Mutation, CronTriggerCronJob2MutationVariables>;
export const CronCronJobs3Document = new TypedDocumentString(`
    query CronCronJobs3 {
  cronJobs {
    id
    recentTasks {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CronCronJobs3Query, CronCronJobs3QueryVariables>;
export const CronPauseCronJob2Document = new TypedDocumentString(`
    mutation CronPauseCronJob2($id: ID!) {
  pauseCronJob(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CronPauseCronJob2Mutation, CronPauseCronJob2MutationVariables>;
export const DeveloperCreateApiKeyDocument = new TypedDocumentString(`
    mutation DeveloperCreateApiKey {
  createApiKey(input: {name: "docs", role: VIEWER}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateApiKeyMutation, DeveloperCreateApiKeyMutationVariables>;
export const DeveloperDeepTasksDocument = new TypedDocumentString(`
    query DeveloperDeepTasks {
  tasks(first: 1) {
    edges {
      node {
        project {
          tasks(first: 1) {
            edges {
              node {
                project {
                  tasks(first: 1) {
                    edges {
                      node {
                        project {
                          tasks(first: 1) {
                            edges {
                              node {
                                id
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeveloperDeepTasksQuery, DeveloperDeepTasksQueryVariables>;
export const DeveloperCreateProjectDocument = new TypedDocumentString(`
    mutation DeveloperCreateProject {
  createProject(input: {name: "named"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateProjectMutation, DeveloperCreateProjectMutationVariables>;
export const DeveloperCreateTaskDocument = new TypedDocumentString(`
    mutation DeveloperCreateTask($p: ID) {
  createTask(input: {title: "named", projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateTaskMutation, DeveloperCreateTaskMutationVariables>;
export const DeveloperTasksDocument = new TypedDocumentString(`
    query DeveloperTasks {
  tasks(first: 1) {
    __typename
    totalCount
    edges {
      __typename
    }
  }
  activity(first: 1) {
    __typename
    totalCount
    edges {
      __typename
    }
  }
  projects {
    tasks(first: 5) {
      __typename
      totalCount
      edges {
        __typename
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeveloperTasksQuery, DeveloperTasksQueryVariables>;
export const DeveloperPostMessageDocument = new TypedDocumentString(`
    mutation DeveloperPostMessage($t: ID!, $c: String!) {
  postMessage(taskId: $t, content: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperPostMessageMutation, DeveloperPostMessageMutationVariables>;
export const DeveloperAskQuestionDocument = new TypedDocumentString(`
    mutation DeveloperAskQuestion($a: ID!, $q: String!) {
  askQuestion(agentId: $a, question: $q) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperAskQuestionMutation, DeveloperAskQuestionMutationVariables>;
export const DeveloperCreateDocumentDocument = new TypedDocumentString(`
    mutation DeveloperCreateDocument($t: ID, $n: String!) {
  createDocument(input: {taskId: $t, title: $n, content: "x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateDocumentMutation, DeveloperCreateDocumentMutationVariables>;
export const DeveloperCreateWebhookDocument = new TypedDocumentString(`
    mutation DeveloperCreateWebhook {
  createWebhook(input: {url: "http://127.0.0.1:9/hook", events: ["task.created"]}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateWebhookMutation, DeveloperCreateWebhookMutationVariables>;
export const DeveloperCreateTask2Document = new TypedDocumentString(`
    mutation DeveloperCreateTask2($n: String!) {
  createTask(input: {title: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeveloperCreateTask2Mutation, DeveloperCreateTask2MutationVariables>;
export const DeveloperWebhooksDocument = new TypedDocumentString(`
    query DeveloperWebhooks {
  webhooks {
    deliveriesConnection(first: 2) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          event
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeveloperWebhooksQuery, DeveloperWebhooksQueryVariables>;
export const DeveloperTypeDocument = new TypedDocumentString(`
    query DeveloperType($n: String!) {
  __type(name: $n) {
    fields(includeDeprecated: true) {
      name
      isDeprecated
      deprecationReason
    }
  }
}
    `) as unknown as TypedDocumentString<DeveloperTypeQuery, DeveloperTypeQueryVariables>;
export const DispatchCreateAgentDocument = new TypedDocumentString(`
    mutation DispatchCreateAgent {
  createAgent(
    input: {name: "busy", backend: "shell", level: LEAD, maxCapacity: 10}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DispatchCreateAgentMutation, DispatchCreateAgentMutationVariables>;
export const DispatchTasksDocument = new TypedDocumentString(`
    query DispatchTasks($a: ID!) {
  tasks(filter: {assigneeId: $a}) {
    edges {
      node {
        status
        runs {
          startedAt
          finishedAt
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchTasksQuery, DispatchTasksQueryVariables>;
export const DispatchCreateProjectDocument = new TypedDocumentString(`
    mutation DispatchCreateProject($r: ID) {
  createProject(input: {name: "reviewed", reviewerAgentId: $r}) {
    id
    reviewer {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchCreateProjectMutation, DispatchCreateProjectMutationVariables>;
export const DispatchCreateTaskDocument = new TypedDocumentString(`
    mutation DispatchCreateTask($a: ID!, $p: ID!) {
  createTask(input: {title: "write it", assigneeIds: [$a], projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DispatchCreateTaskMutation, DispatchCreateTaskMutationVariables>;
export const DispatchTaskDocument = new TypedDocumentString(`
    query DispatchTask($id: ID!) {
  task(id: $id) {
    status
    result
    reviewCycles
    reviews {
      verdict
      feedback
      reviewer {
        name
      }
    }
    runs {
      kind
      status
      agent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchTaskQuery, DispatchTaskQueryVariables>;
export const DispatchCreateProject2Document = new TypedDocumentString(`
    mutation DispatchCreateProject2($r: ID) {
  createProject(input: {name: "self", reviewerAgentId: $r}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DispatchCreateProject2Mutation, DispatchCreateProject2MutationVariables>;
export const DispatchCreateTask2Document = new TypedDocumentString(`
    mutation DispatchCreateTask2($a: ID!, $p: ID!) {
  createTask(input: {title: "mine", assigneeIds: [$a], projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DispatchCreateTask2Mutation, DispatchCreateTask2MutationVariables>;
export const DispatchTask2Document = new TypedDocumentString(`
    query DispatchTask2($id: ID!) {
  task(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<DispatchTask2Query, DispatchTask2QueryVariables>;
export const DispatchTask3Document = new TypedDocumentString(`
    query DispatchTask3($id: ID!) {
  task(id: $id) {
    status
    reviews {
      verdict
    }
    runs {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchTask3Query, DispatchTask3QueryVariables>;
export const TestCreateAgentDocument = new TypedDocumentString(`
    mutation TestCreateAgent($i: CreateAgentInput!) {
  createAgent(input: $i) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TestCreateAgentMutation, TestCreateAgentMutationVariables>;
export const TestCreateProjectDocument = new TypedDocumentString(`
    mutation TestCreateProject($i: CreateProjectInput!) {
  createProject(input: $i) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TestCreateProjectMutation, TestCreateProjectMutationVariables>;
export const TestCreateTaskDocument = new TypedDocumentString(`
    mutation TestCreateTask($i: CreateTaskInput!) {
  createTask(input: $i) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<TestCreateTaskMutation, TestCreateTaskMutationVariables>;
export const TestCreateTasksDocument = new TypedDocumentString(`
    mutation TestCreateTasks($i: [TaskGraphInput!]!) {
  createTasks(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<TestCreateTasksMutation, TestCreateTasksMutationVariables>;
export const TestTasksListDocument = new TypedDocumentString(`
    query TestTasksList($first: Int) {
  tasks(first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        priority
        project {
          name
        }
        assignees {
          name
        }
        dependencies {
          id
        }
        blockedBy {
          id
        }
        isReady
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestTasksListQuery, TestTasksListQueryVariables>;
export const TestTaskGraphDocument = new TypedDocumentString(`
    query TestTaskGraph($id: ID!) {
  taskGraph(rootTaskId: $id) {
    nodes {
      id
      title
      status
    }
    edges {
      from
      to
    }
    order
    criticalPath {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestTaskGraphQuery, TestTaskGraphQueryVariables>;
export const TestActivityFeedDocument = new TypedDocumentString(`
    query TestActivityFeed($first: Int, $taskId: ID) {
  activity(first: $first, taskId: $taskId) {
    totalCount
    edges {
      node {
        type
        summary
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestActivityFeedQuery, TestActivityFeedQueryVariables>;
export const TestTaskDocument = new TypedDocumentString(`
    query TestTask($id: ID!) {
  task(id: $id) {
    id
    title
    status
    statusNote
    attempts
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestTaskQuery, TestTaskQueryVariables>;
export const TestClaimTaskDocument = new TypedDocumentString(`
    mutation TestClaimTask($agentId: ID!) {
  claimTask(agentId: $agentId) {
    outcome
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TestClaimTaskMutation, TestClaimTaskMutationVariables>;
export const TestCompleteTaskDocument = new TypedDocumentString(`
    mutation TestCompleteTask($taskId: ID!, $agentId: ID, $result: String) {
  completeTask(taskId: $taskId, agentId: $agentId, result: $result) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TestCompleteTaskMutation, TestCompleteTaskMutationVariables>;
export const TestOutputSeqDocument = new TypedDocumentString(`
    subscription TestOutputSeq($t: ID!) {
  taskOutput(taskId: $t) {
    seq
  }
}
    `) as unknown as TypedDocumentString<TestOutputSeqSubscription, TestOutputSeqSubscriptionVariables>;
export const TestOutputFromStartDocument = new TypedDocumentString(`
    subscription TestOutputFromStart($t: ID!) {
  taskOutput(taskId: $t, fromSeq: 0) {
    seq
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<TestOutputFromStartSubscription, TestOutputFromStartSubscriptionVariables>;
export const TestOutputContentFromStartDocument = new TypedDocumentString(`
    subscription TestOutputContentFromStart($t: ID!) {
  taskOutput(taskId: $t, fromSeq: 0) {
    content
  }
}
    `) as unknown as TypedDocumentString<TestOutputContentFromStartSubscription, TestOutputContentFromStartSubscriptionVariables>;
export const TestOutputKindContentDocument = new TypedDocumentString(`
    subscription TestOutputKindContent($t: ID!) {
  taskOutput(taskId: $t) {
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<TestOutputKindContentSubscription, TestOutputKindContentSubscriptionVariables>;
export const TestTaskEventStatusAttemptsDocument = new TypedDocumentString(`
    subscription TestTaskEventStatusAttempts($t: ID) {
  taskEvents(taskId: $t) {
    type
    task {
      status
      attempts
    }
  }
}
    `) as unknown as TypedDocumentString<TestTaskEventStatusAttemptsSubscription, TestTaskEventStatusAttemptsSubscriptionVariables>;
export const TestTaskEventAssigneesDocument = new TypedDocumentString(`
    subscription TestTaskEventAssignees($id: ID) {
  taskEvents(taskId: $id) {
    type
    task {
      id
      title
      status
      assignees {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestTaskEventAssigneesSubscription, TestTaskEventAssigneesSubscriptionVariables>;
export const TestProjectEventTitlesDocument = new TypedDocumentString(`
    subscription TestProjectEventTitles($p: ID) {
  taskEvents(projectId: $p) {
    type
    task {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<TestProjectEventTitlesSubscription, TestProjectEventTitlesSubscriptionVariables>;
export const TestProjectEventStatusDocument = new TypedDocumentString(`
    subscription TestProjectEventStatus($p: ID) {
  taskEvents(projectId: $p) {
    type
    task {
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TestProjectEventStatusSubscription, TestProjectEventStatusSubscriptionVariables>;
export const TestProjectEventMovesDocument = new TypedDocumentString(`
    subscription TestProjectEventMoves($p: ID) {
  taskEvents(projectId: $p) {
    type
    previousStatus
    task {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TestProjectEventMovesSubscription, TestProjectEventMovesSubscriptionVariables>;
export const TestTaskActivityDocument = new TypedDocumentString(`
    subscription TestTaskActivity($id: ID) {
  activity(taskId: $id) {
    type
    taskId
    summary
  }
}
    `) as unknown as TypedDocumentString<TestTaskActivitySubscription, TestTaskActivitySubscriptionVariables>;
export const TestActivityTypesDocument = new TypedDocumentString(`
    subscription TestActivityTypes {
  activity {
    type
  }
}
    `) as unknown as TypedDocumentString<TestActivityTypesSubscription, TestActivityTypesSubscriptionVariables>;
export const TestNotificationTasksDocument = new TypedDocumentString(`
    subscription TestNotificationTasks($a: ID!) {
  notifications(agentId: $a) {
    kind
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestNotificationTasksSubscription, TestNotificationTasksSubscriptionVariables>;
export const TestNotificationMessagesDocument = new TypedDocumentString(`
    subscription TestNotificationMessages($a: ID!) {
  notifications(agentId: $a) {
    kind
    content
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestNotificationMessagesSubscription, TestNotificationMessagesSubscriptionVariables>;
export const TestAgentEventTypesDocument = new TypedDocumentString(`
    subscription TestAgentEventTypes {
  agentEvents {
    type
  }
}
    `) as unknown as TypedDocumentString<TestAgentEventTypesSubscription, TestAgentEventTypesSubscriptionVariables>;
export const TestAgentEventStatusDocument = new TypedDocumentString(`
    subscription TestAgentEventStatus {
  agentEvents {
    type
    agentId
    status
    previousStatus
  }
}
    `) as unknown as TypedDocumentString<TestAgentEventStatusSubscription, TestAgentEventStatusSubscriptionVariables>;
export const TestAgentEventAgentsDocument = new TypedDocumentString(`
    subscription TestAgentEventAgents {
  agentEvents {
    type
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestAgentEventAgentsSubscription, TestAgentEventAgentsSubscriptionVariables>;
export const TestOutputResumedDocument = new TypedDocumentString(`
    subscription TestOutputResumed($t: ID!, $f: Int) {
  taskOutput(taskId: $t, fromSeq: $f) {
    seq
    content
  }
}
    `) as unknown as TypedDocumentString<TestOutputResumedSubscription, TestOutputResumedSubscriptionVariables>;
export const ExecutionCreateAgentDocument = new TypedDocumentString(`
    mutation ExecutionCreateAgent {
  createAgent(input: {name: "sh", backend: "shell", level: LEAD, maxCapacity: 5}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgentMutation, ExecutionCreateAgentMutationVariables>;
export const ExecutionCreateTaskDocument = new TypedDocumentString(`
    mutation ExecutionCreateTask($i: CreateTaskInput!) {
  createTask(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateTaskMutation, ExecutionCreateTaskMutationVariables>;
export const ExecutionGetDocument = new TypedDocumentString(`
    query ExecutionGet($id: ID!) {
  task(id: $id) {
    ...ExecutionTaskFields
  }
}
    fragment ExecutionTaskFields on Task {
  id
  status
  attempts
  error
  result
  statusNote
  runs {
    kind
    backend
    backendType
    model
    tier
    status
    error
    exitCode
  }
  messages {
    authorName
    content
  }
}`) as unknown as TypedDocumentString<ExecutionGetQuery, ExecutionGetQueryVariables>;
export const ExecutionRunTaskDocument = new TypedDocumentString(`
    mutation ExecutionRunTask($t: ID!) {
  runTask(taskId: $t) {
    status
    attempts
  }
}
    `) as unknown as TypedDocumentString<ExecutionRunTaskMutation, ExecutionRunTaskMutationVariables>;
export const ExecutionCreateTask2Document = new TypedDocumentString(`
    mutation ExecutionCreateTask2($i: CreateTaskInput!) {
  createTask(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateTask2Mutation, ExecutionCreateTask2MutationVariables>;
export const ExecutionTaskDocument = new TypedDocumentString(`
    query ExecutionTask($id: ID!) {
  task(id: $id) {
    prompt
  }
}
    `) as unknown as TypedDocumentString<ExecutionTaskQuery, ExecutionTaskQueryVariables>;
export const ExecutionStopTaskDocument = new TypedDocumentString(`
    mutation ExecutionStopTask($t: ID!) {
  stopTask(taskId: $t, reason: "wrong input") {
    status
    attempts
    statusNote
  }
}
    `) as unknown as TypedDocumentString<ExecutionStopTaskMutation, ExecutionStopTaskMutationVariables>;
export const ExecutionStopTask2Document = new TypedDocumentString(`
    mutation ExecutionStopTask2($t: ID!) {
  stopTask(taskId: $t, outcome: FAIL) {
    status
    error
  }
}
    `) as unknown as TypedDocumentString<ExecutionStopTask2Mutation, ExecutionStopTask2MutationVariables>;
export const ExecutionTask2Document = new TypedDocumentString(`
    query ExecutionTask2($id: ID!) {
  task(id: $id) {
    output {
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionTask2Query, ExecutionTask2QueryVariables>;
export const ExecutionStopTask3Document = new TypedDocumentString(`
    mutation ExecutionStopTask3($t: ID!) {
  stopTask(taskId: $t) {
    status
    attempts
  }
}
    `) as unknown as TypedDocumentString<ExecutionStopTask3Mutation, ExecutionStopTask3MutationVariables>;
export const ExecutionCreateAgent2Document = new TypedDocumentString(`
    mutation ExecutionCreateAgent2 {
  createAgent(
    input: {name: "timed", backend: "shell", config: {timeoutSeconds: 1}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgent2Mutation, ExecutionCreateAgent2MutationVariables>;
export const ExecutionStopInboxDocument = new TypedDocumentString(`
    mutation ExecutionStopInbox($t: ID!) {
  stopTask(taskId: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionStopInboxMutation, ExecutionStopInboxMutationVariables>;
export const ExecutionRunTask2Document = new TypedDocumentString(`
    mutation ExecutionRunTask2($t: ID!) {
  runTask(taskId: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<ExecutionRunTask2Mutation, ExecutionRunTask2MutationVariables>;
export const ExecutionHeartbeatDocument = new TypedDocumentString(`
    mutation ExecutionHeartbeat($a: ID!) {
  heartbeat(agentId: $a) {
    unreadNotifications
    pendingTasks
  }
}
    `) as unknown as TypedDocumentString<ExecutionHeartbeatMutation, ExecutionHeartbeatMutationVariables>;
export const ExecutionUsageDocument = new TypedDocumentString(`
    query ExecutionUsage($a: ID!) {
  usage(agentId: $a) {
    inputTokens
    outputTokens
    totalCostUsd
    byModel {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionUsageQuery, ExecutionUsageQueryVariables>;
export const ExecutionCreateAgent3Document = new TypedDocumentString(`
    mutation ExecutionCreateAgent3($i: CreateAgentInput!) {
  createAgent(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgent3Mutation, ExecutionCreateAgent3MutationVariables>;
export const ExecutionAgentDocument = new TypedDocumentString(`
    query ExecutionAgent {
  agent(name: "cc-bad-perms") {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionAgentQuery, ExecutionAgentQueryVariables>;
export const ExecutionCreateAgent4Document = new TypedDocumentString(`
    mutation ExecutionCreateAgent4($i: CreateAgentInput!) {
  createAgent(input: $i) {
    id
    config
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgent4Mutation, ExecutionCreateAgent4MutationVariables>;
export const ExecutionUpdateAgentDocument = new TypedDocumentString(`
    mutation ExecutionUpdateAgent($id: ID!, $i: UpdateAgentInput!) {
  updateAgent(id: $id, input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionUpdateAgentMutation, ExecutionUpdateAgentMutationVariables>;
export const ExecutionCreateAgent5Document = new TypedDocumentString(`
    mutation ExecutionCreateAgent5 {
  createAgent(input: {name: "cc2", backend: "claude-code"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgent5Mutation, ExecutionCreateAgent5MutationVariables>;
export const ExecutionCreateTask3Document = new TypedDocumentString(`
    mutation ExecutionCreateTask3($a: ID!) {
  createTask(
    input: {title: "greet", description: "Say hello.", assigneeIds: [$a], maxAttempts: 1}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateTask3Mutation, ExecutionCreateTask3MutationVariables>;
export const ExecutionTask3Document = new TypedDocumentString(`
    query ExecutionTask3($id: ID!) {
  task(id: $id) {
    status
    result
    documents {
      type
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionTask3Query, ExecutionTask3QueryVariables>;
export const ExecutionUsage2Document = new TypedDocumentString(`
    query ExecutionUsage2($a: ID!) {
  usage(agentId: $a) {
    inputTokens
    outputTokens
    totalCostUsd
    byModel {
      key
      costUsd
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionUsage2Query, ExecutionUsage2QueryVariables>;
export const ExecutionTask4Document = new TypedDocumentString(`
    query ExecutionTask4($id: ID!) {
  task(id: $id) {
    status
    error
  }
}
    `) as unknown as TypedDocumentString<ExecutionTask4Query, ExecutionTask4QueryVariables>;
export const ExecutionCreateAgent6Document = new TypedDocumentString(`
    mutation ExecutionCreateAgent6 {
  createAgent(input: {name: "hung", backend: "openai"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateAgent6Mutation, ExecutionCreateAgent6MutationVariables>;
export const ExecutionCreateTask4Document = new TypedDocumentString(`
    mutation ExecutionCreateTask4($a: [ID!]) {
  createTask(input: {title: "never ends", assigneeIds: $a, maxAttempts: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExecutionCreateTask4Mutation, ExecutionCreateTask4MutationVariables>;
export const ExecutionTask5Document = new TypedDocumentString(`
    query ExecutionTask5($t: ID!) {
  task(id: $t) {
    status
    runs {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ExecutionTask5Query, ExecutionTask5QueryVariables>;
export const FailoverCreateAgentDocument = new TypedDocumentString(`
    mutation FailoverCreateAgent {
  createAgent(input: {name: "doomed"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateAgentMutation, FailoverCreateAgentMutationVariables>;
export const FailoverCreateTaskDocument = new TypedDocumentString(`
    mutation FailoverCreateTask($a: [ID!]) {
  createTask(input: {title: "survives", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateTaskMutation, FailoverCreateTaskMutationVariables>;
export const FailoverTaskDocument = new TypedDocumentString(`
    query FailoverTask($t: ID!) {
  task(id: $t) {
    status
    attempts
    statusNote
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FailoverTaskQuery, FailoverTaskQueryVariables>;
export const FailoverCreateAgent2Document = new TypedDocumentString(`
    mutation FailoverCreateAgent2 {
  createAgent(input: {name: "crashy", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateAgent2Mutation, FailoverCreateAgent2MutationVariables>;
export const FailoverCreateTask2Document = new TypedDocumentString(`
    mutation FailoverCreateTask2($a: ID!, $c: [String!]) {
  createTask(input: {title: "fragile", assigneeIds: [$a], command: $c}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateTask2Mutation, FailoverCreateTask2MutationVariables>;
export const FailoverTask2Document = new TypedDocumentString(`
    query FailoverTask2($t: ID!) {
  task(id: $t) {
    attempts
    result
    runs {
      status
      error
    }
  }
}
    `) as unknown as TypedDocumentString<FailoverTask2Query, FailoverTask2QueryVariables>;
export const FailoverCreateProjectDocument = new TypedDocumentString(`
    mutation FailoverCreateProject {
  createProject(input: {name: "mp"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateProjectMutation, FailoverCreateProjectMutationVariables>;
export const FailoverCreateTask3Document = new TypedDocumentString(`
    mutation FailoverCreateTask3($p: ID) {
  createTask(input: {title: "probe", projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateTask3Mutation, FailoverCreateTask3MutationVariables>;
export const FailoverCreateTask4Document = new TypedDocumentString(`
    mutation FailoverCreateTask4($p: ID) {
  createTask(input: {title: "from B", projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateTask4Mutation, FailoverCreateTask4MutationVariables>;
export const FailoverCreateAgent4Document = new TypedDocumentString(`
    mutation FailoverCreateAgent4($n: String!) {
  createAgent(input: {name: $n, specialties: ["mp"], maxCapacity: 1000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateAgent4Mutation, FailoverCreateAgent4MutationVariables>;
export const FailoverClaimTaskDocument = new TypedDocumentString(`
    mutation FailoverClaimTask($a: ID!) {
  claimTask(agentId: $a) {
    outcome
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FailoverClaimTaskMutation, FailoverClaimTaskMutationVariables>;
export const FailoverCreateAgent3Document = new TypedDocumentString(`
    mutation FailoverCreateAgent3 {
  createAgent(input: {name: "mp-streamer"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateAgent3Mutation, FailoverCreateAgent3MutationVariables>;
export const FailoverCreateTask5Document = new TypedDocumentString(`
    mutation FailoverCreateTask5($a: [ID!]) {
  createTask(input: {title: "mp stream", assigneeIds: $a, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailoverCreateTask5Mutation, FailoverCreateTask5MutationVariables>;
export const FleetAgentsDocument = new TypedDocumentString(`
    query FleetAgents {
  agents {
    name
    host {
      hostname
      cpus
      cpuPercent
      memoryPercent
      load1
      saturated
      saturation
      reportedAt
    }
  }
}
    `) as unknown as TypedDocumentString<FleetAgentsQuery, FleetAgentsQueryVariables>;
export const FleetStatsDocument = new TypedDocumentString(`
    query FleetStats {
  stats {
    fleet {
      agentsReporting
      hosts
      cpus
      cpuPercent
      memoryUsedBytes
      memoryTotalBytes
      memoryPercent
      saturatedAgents {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FleetStatsQuery, FleetStatsQueryVariables>;
export const FleetAgentDocument = new TypedDocumentString(`
    query FleetAgent($a: ID!) {
  agent(id: $a) {
    lastHeartbeatAt
    host {
      cpus
    }
  }
}
    `) as unknown as TypedDocumentString<FleetAgentQuery, FleetAgentQueryVariables>;
export const FoundationCreateProjectDocument = new TypedDocumentString(`
    mutation FoundationCreateProject {
  createProject(input: {name: "Apollo", description: "moon"}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateProjectMutation, FoundationCreateProjectMutationVariables>;
export const FoundationCreateAgentDocument = new TypedDocumentString(`
    mutation FoundationCreateAgent($p: [String!]) {
  createAgent(
    input: {name: "ada", role: "engineer", specialties: $p, level: LEAD, maxCapacity: 2, config: {temperature: 0.2}}
  ) {
    id
    name
    role
    specialties
    level
    maxCapacity
    config
    status
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateAgentMutation, FoundationCreateAgentMutationVariables>;
export const FoundationCreateTaskDocument = new TypedDocumentString(`
    mutation FoundationCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    id
    title
    status
    priority
    tags
    dueAt
    project {
      name
    }
    assignees {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTaskMutation, FoundationCreateTaskMutationVariables>;
export const FoundationNodeDocument = new TypedDocumentString(`
    query FoundationNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Task {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationNodeQuery, FoundationNodeQueryVariables>;
export const FoundationNode2Document = new TypedDocumentString(`
    query FoundationNode2($id: ID!) {
  node(id: $id) {
    __typename
    ... on Agent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationNode2Query, FoundationNode2QueryVariables>;
export const FoundationAgentsDocument = new TypedDocumentString(`
    query FoundationAgents {
  agents {
    name
  }
  projects {
    name
  }
  agent(name: "ada") {
    id
  }
  tasks(filter: {tag: "plan"}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationAgentsQuery, FoundationAgentsQueryVariables>;
export const FoundationCreateTask2Document = new TypedDocumentString(`
    mutation FoundationCreateTask2 {
  createTask(input: {title: "draft"}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTask2Mutation, FoundationCreateTask2MutationVariables>;
export const FoundationUpdateTaskDocument = new TypedDocumentString(`
    mutation FoundationUpdateTask($id: ID!) {
  updateTask(id: $id, input: {title: "final", priority: LOW}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationUpdateTaskMutation, FoundationUpdateTaskMutationVariables>;
export const FoundationAssignTaskDocument = new TypedDocumentString(`
    mutation FoundationAssignTask($id: ID!, $a: [ID!]!) {
  assignTask(taskId: $id, agentIds: $a) {
    status
  }
}
    `) as unknown as TypedDocumentString<FoundationAssignTaskMutation, FoundationAssignTaskMutationVariables>;
export const FoundationUpdateAgentDocument = new TypedDocumentString(`
    mutation FoundationUpdateAgent($id: ID!) {
  updateAgent(id: $id, input: {role: "reviewer", maxCapacity: 3}) {
    role
    maxCapacity
  }
}
    `) as unknown as TypedDocumentString<FoundationUpdateAgentMutation, FoundationUpdateAgentMutationVariables>;
export const FoundationActivityDocument = new TypedDocumentString(`
    query FoundationActivity($id: ID!) {
  activity(taskId: $id) {
    totalCount
    edges {
      node {
        type
        summary
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationActivityQuery, FoundationActivityQueryVariables>;
export const FoundationDeleteTaskDocument = new TypedDocumentString(`
    mutation FoundationDeleteTask($id: ID!) {
  deleteTask(id: $id)
}
    `) as unknown as TypedDocumentString<FoundationDeleteTaskMutation, FoundationDeleteTaskMutationVariables>;
export const FoundationTaskDocument = new TypedDocumentString(`
    query FoundationTask($id: ID!) {
  task(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationTaskQuery, FoundationTaskQueryVariables>;
export const FoundationActivity2Document = new TypedDocumentString(`
    query FoundationActivity2($id: ID!) {
  activity(taskId: $id, first: 1) {
    edges {
      node {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationActivity2Query, FoundationActivity2QueryVariables>;
export const FoundationActivity3Document = new TypedDocumentString(`
    query FoundationActivity3($id: ID!) {
  activity(agentId: $id) {
    edges {
      node {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationActivity3Query, FoundationActivity3QueryVariables>;
export const FoundationCreateTask3Document = new TypedDocumentString(`
    mutation FoundationCreateTask3($a: [ID!]) {
  createTask(input: {title: "only a", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTask3Mutation, FoundationCreateTask3MutationVariables>;
export const FoundationCreateTask4Document = new TypedDocumentString(`
    mutation FoundationCreateTask4($a: [ID!]) {
  createTask(input: {title: "a and b", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTask4Mutation, FoundationCreateTask4MutationVariables>;
export const FoundationXDocument = new TypedDocumentString(`
    query FoundationX($x: ID!, $y: ID!) {
  x: task(id: $x) {
    status
    assignees {
      name
    }
  }
  y: task(id: $y) {
    status
    assignees {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationXQuery, FoundationXQueryVariables>;
export const FoundationClaimTaskDocument = new TypedDocumentString(`
    mutation FoundationClaimTask($a: ID!) {
  claimTask(agentId: $a, maxCapacity: 100) {
    outcome
  }
}
    `) as unknown as TypedDocumentString<FoundationClaimTaskMutation, FoundationClaimTaskMutationVariables>;
export const FoundationTasksDocument = new TypedDocumentString(`
    query FoundationTasks {
  tasks {
    totalCount
  }
  activity {
    totalCount
  }
  agents {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationTasksQuery, FoundationTasksQueryVariables>;
export const FoundationCreateAgent2Document = new TypedDocumentString(`
    mutation FoundationCreateAgent2 {
  createAgent(
    input: {name: "enum-oa", backendType: OPENAI, config: {baseUrl: "https://api.openai.com/v1"}}
  ) {
    id
    backend
    backendType
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateAgent2Mutation, FoundationCreateAgent2MutationVariables>;
export const FoundationCreateAgent3Document = new TypedDocumentString(`
    mutation FoundationCreateAgent3 {
  createAgent(
    input: {name: "string-ex", backend: "external", backendType: EXTERNAL}
  ) {
    backend
    backendType
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateAgent3Mutation, FoundationCreateAgent3MutationVariables>;
export const FoundationUpdateAgent2Document = new TypedDocumentString(`
    mutation FoundationUpdateAgent2($id: ID!) {
  updateAgent(id: $id, input: {backendType: EXTERNAL}) {
    backend
    backendType
  }
}
    `) as unknown as TypedDocumentString<FoundationUpdateAgent2Mutation, FoundationUpdateAgent2MutationVariables>;
export const FoundationUpdateAgent3Document = new TypedDocumentString(`
    mutation FoundationUpdateAgent3($id: ID!) {
  updateAgent(
    id: $id
    input: {backend: "openai", config: {baseUrl: "https://api.openai.com/v1"}}
  ) {
    backendType
  }
}
    `) as unknown as TypedDocumentString<FoundationUpdateAgent3Mutation, FoundationUpdateAgent3MutationVariables>;
export const FoundationCreateAgent4Document = new TypedDocumentString(`
    mutation FoundationCreateAgent4 {
  createAgent(input: {name: "enum-cc", backendType: CLAUDE_CODE}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateAgent4Mutation, FoundationCreateAgent4MutationVariables>;
export const FoundationTypeDocument = new TypedDocumentString(`
    query FoundationType {
  __type(name: "Agent") {
    fields(includeDeprecated: true) {
      name
      deprecationReason
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationTypeQuery, FoundationTypeQueryVariables>;
export const FoundationCreateAgent5Document = new TypedDocumentString(`
    mutation FoundationCreateAgent5 {
  createAgent(input: {name: "dup"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateAgent5Mutation, FoundationCreateAgent5MutationVariables>;
export const FoundationCreateTask5Document = new TypedDocumentString(`
    mutation FoundationCreateTask5($d: [ID!]) {
  createTask(input: {title: "x", dependsOn: $d}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTask5Mutation, FoundationCreateTask5MutationVariables>;
export const FoundationCreateProject2Document = new TypedDocumentString(`
    mutation FoundationCreateProject2 {
  createProject(input: {name: "nplus1"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateProject2Mutation, FoundationCreateProject2MutationVariables>;
export const FoundationTasksPageDocument = new TypedDocumentString(`
    query FoundationTasksPage($n: Int, $p: ID!) {
  tasks(first: $n, filter: {projectId: $p}) {
    totalCount
    edges {
      node {
        id
        title
        project {
          name
        }
        assignees {
          name
        }
        dependencies {
          id
          title
        }
        dependents {
          id
        }
        blockedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationTasksPageQuery, FoundationTasksPageQueryVariables>;
export const FoundationCreateProject3Document = new TypedDocumentString(`
    mutation FoundationCreateProject3 {
  createProject(input: {name: "rows-own"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateProject3Mutation, FoundationCreateProject3MutationVariables>;
export const FoundationCreateOwnAgentDocument = new TypedDocumentString(`
    mutation FoundationCreateOwnAgent($n: String!, $s: [String!]) {
  createAgent(input: {name: $n, specialties: $s}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateOwnAgentMutation, FoundationCreateOwnAgentMutationVariables>;
export const FoundationCreateTasksDocument = new TypedDocumentString(`
    mutation FoundationCreateTasks($i: [TaskGraphInput!]!) {
  createTasks(input: $i) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateTasksMutation, FoundationCreateTasksMutationVariables>;
export const FoundationTasks2Document = new TypedDocumentString(`
    query FoundationTasks2($p: ID!, $tag: String, $first: Int, $last: Int, $after: String) {
  tasks(
    first: $first
    last: $last
    after: $after
    filter: {projectId: $p, tag: $tag}
  ) {
    totalCount
    pageInfo {
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationTasks2Query, FoundationTasks2QueryVariables>;
export const FoundationTasks3Document = new TypedDocumentString(`
    query FoundationTasks3($p: ID!) {
  tasks(filter: {projectId: $p}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FoundationTasks3Query, FoundationTasks3QueryVariables>;
export const FoundationCreateProject4Document = new TypedDocumentString(`
    mutation FoundationCreateProject4 {
  createProject(input: {name: "paging"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateProject4Mutation, FoundationCreateProject4MutationVariables>;
export const FoundationCreatePagedDocument = new TypedDocumentString(`
    mutation FoundationCreatePaged($n: String!, $p: ID) {
  createTask(input: {title: $n, projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationCreatePagedMutation, FoundationCreatePagedMutationVariables>;
export const FoundationTasks4Document = new TypedDocumentString(`
    query FoundationTasks4($p: ID!, $after: String) {
  tasks(first: 2, after: $after, filter: {projectId: $p}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationTasks4Query, FoundationTasks4QueryVariables>;
export const HostileProjectsDocument = new TypedDocumentString(`
    query HostileProjects {
  projects {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileProjectsQuery, HostileProjectsQueryVariables>;
export const IdleJobsCreateAgentDocument = new TypedDocumentString(`
    mutation IdleJobsCreateAgent {
  createAgent(input: {name: "idle-external"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdleJobsCreateAgentMutation, IdleJobsCreateAgentMutationVariables>;
export const IdleJobsCreateTaskDocument = new TypedDocumentString(`
    mutation IdleJobsCreateTask($a: [ID!]) {
  createTask(input: {title: "theirs", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdleJobsCreateTaskMutation, IdleJobsCreateTaskMutationVariables>;
export const IdleJobsCreatePausedCronDocument = new TypedDocumentString(`
    mutation IdleJobsCreatePausedCron {
  createCronJob(
    input: {name: "idle-paused", schedule: "* * * * *", paused: true, taskTemplate: {title: "never"}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdleJobsCreatePausedCronMutation, IdleJobsCreatePausedCronMutationVariables>;
export const IdleJobsCreateDueCronDocument = new TypedDocumentString(`
    mutation IdleJobsCreateDueCron {
  createCronJob(
    input: {name: "idle-due", schedule: "0 0 1 1 *", taskTemplate: {title: "fired"}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdleJobsCreateDueCronMutation, IdleJobsCreateDueCronMutationVariables>;
export const InputShapesTasksDocument = new TypedDocumentString(`
    query InputShapesTasks {
  tasks {
    totalCount
  }
  projects {
    id
  }
  agents {
    id
  }
  cronJobs {
    id
  }
  documents {
    id
  }
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<InputShapesTasksQuery, InputShapesTasksQueryVariables>;
export const InputShapesCreateProjectDocument = new TypedDocumentString(`
    mutation InputShapesCreateProject {
  createProject(input: {name: "  padded name  "}) {
    name
  }
}
    `) as unknown as TypedDocumentString<InputShapesCreateProjectMutation, InputShapesCreateProjectMutationVariables>;
export const InputShapesAskQuestionDocument = new TypedDocumentString(`
    mutation InputShapesAskQuestion($a: ID!) {
  askQuestion(agentId: $a, question: "  why?  ") {
    question
  }
}
    `) as unknown as TypedDocumentString<InputShapesAskQuestionMutation, InputShapesAskQuestionMutationVariables>;
export const LifecycleDescribeDocument = new TypedDocumentString(`
    mutation LifecycleDescribe($id: ID!, $d: String) {
  updateTask(id: $id, input: {description: $d}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleDescribeMutation, LifecycleDescribeMutationVariables>;
export const LifecycleCreateDocument = new TypedDocumentString(`
    mutation LifecycleCreate($i: CreateTaskInput!) {
  createTask(input: $i) {
    ...LifecycleTaskFields
  }
}
    fragment LifecycleTaskFields on Task {
  id
  title
  status
  statusNote
  blockedBy {
    id
    title
    status
  }
  blockedReason
  isReady
}`) as unknown as TypedDocumentString<LifecycleCreateMutation, LifecycleCreateMutationVariables>;
export const LifecycleSetStatusDocument = new TypedDocumentString(`
    mutation LifecycleSetStatus($id: ID!, $s: TaskStatus!, $n: String) {
  setTaskStatus(taskId: $id, status: $s, note: $n) {
    ...LifecycleTaskFields
  }
}
    fragment LifecycleTaskFields on Task {
  id
  title
  status
  statusNote
  blockedBy {
    id
    title
    status
  }
  blockedReason
  isReady
}`) as unknown as TypedDocumentString<LifecycleSetStatusMutation, LifecycleSetStatusMutationVariables>;
export const LifecycleAddDependencyDocument = new TypedDocumentString(`
    mutation LifecycleAddDependency($a: ID!, $b: ID!) {
  addDependency(taskId: $a, dependsOnId: $b) {
    ...LifecycleTaskFields
  }
}
    fragment LifecycleTaskFields on Task {
  id
  title
  status
  statusNote
  blockedBy {
    id
    title
    status
  }
  blockedReason
  isReady
}`) as unknown as TypedDocumentString<LifecycleAddDependencyMutation, LifecycleAddDependencyMutationVariables>;
export const LifecycleCreateAgentDocument = new TypedDocumentString(`
    mutation LifecycleCreateAgent($n: String!) {
  createAgent(input: {name: $n, level: LEAD}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateAgentMutation, LifecycleCreateAgentMutationVariables>;
export const LifecycleAssignTaskDocument = new TypedDocumentString(`
    mutation LifecycleAssignTask($id: ID!, $a: [ID!]!) {
  assignTask(taskId: $id, agentIds: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleAssignTaskMutation, LifecycleAssignTaskMutationVariables>;
export const LifecycleUpdateTaskDocument = new TypedDocumentString(`
    mutation LifecycleUpdateTask($id: ID!) {
  updateTask(id: $id, input: {priority: CRITICAL, dueAt: "2000-01-01T00:00:00Z"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleUpdateTaskMutation, LifecycleUpdateTaskMutationVariables>;
export const LifecycleCompleteTaskDocument = new TypedDocumentString(`
    mutation LifecycleCompleteTask($id: ID!, $a: ID!) {
  completeTask(taskId: $id, agentId: $a, result: "ok") {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleCompleteTaskMutation, LifecycleCompleteTaskMutationVariables>;
export const LifecycleGetDocument = new TypedDocumentString(`
    query LifecycleGet($id: ID!) {
  task(id: $id) {
    ...LifecycleTaskFields
  }
}
    fragment LifecycleTaskFields on Task {
  id
  title
  status
  statusNote
  blockedBy {
    id
    title
    status
  }
  blockedReason
  isReady
}`) as unknown as TypedDocumentString<LifecycleGetQuery, LifecycleGetQueryVariables>;
export const LifecycleActivityDocument = new TypedDocumentString(`
    query LifecycleActivity($id: ID!) {
  activity(taskId: $id, first: 1) {
    edges {
      node {
        type
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleActivityQuery, LifecycleActivityQueryVariables>;
export const LifecycleActivity2Document = new TypedDocumentString(`
    query LifecycleActivity2($id: ID!) {
  activity(taskId: $id, first: 1) {
    edges {
      node {
        type
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleActivity2Query, LifecycleActivity2QueryVariables>;
export const LifecycleTaskDocument = new TypedDocumentString(`
    query LifecycleTask($id: ID!) {
  task(id: $id) {
    dependencies {
      id
    }
    dependents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleTaskQuery, LifecycleTaskQueryVariables>;
export const LifecycleRemoveDependencyDocument = new TypedDocumentString(`
    mutation LifecycleRemoveDependency($a: ID!, $b: ID!) {
  removeDependency(taskId: $a, dependsOnId: $b) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleRemoveDependencyMutation, LifecycleRemoveDependencyMutationVariables>;
export const LifecycleRetryTaskDocument = new TypedDocumentString(`
    mutation LifecycleRetryTask($id: ID!) {
  retryTask(taskId: $id) {
    id
    title
    status
    statusNote
    priority
    tags
    assignees {
      id
    }
    dependencies {
      id
    }
    dependents {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleRetryTaskMutation, LifecycleRetryTaskMutationVariables>;
export const LifecycleTasksDocument = new TypedDocumentString(`
    query LifecycleTasks {
  tasks(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleTasksQuery, LifecycleTasksQueryVariables>;
export const LifecycleTask2Document = new TypedDocumentString(`
    query LifecycleTask2($id: ID!) {
  task(id: $id) {
    claimedBy {
      id
    }
    leaseExpiresAt
  }
}
    `) as unknown as TypedDocumentString<LifecycleTask2Query, LifecycleTask2QueryVariables>;
export const LifecycleClaimTaskDocument = new TypedDocumentString(`
    mutation LifecycleClaimTask($a: ID!) {
  claimTask(agentId: $a, maxCapacity: 5) {
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleClaimTaskMutation, LifecycleClaimTaskMutationVariables>;
export const LifecycleCompleteTask2Document = new TypedDocumentString(`
    mutation LifecycleCompleteTask2($id: ID!, $a: ID!) {
  completeTask(taskId: $id, agentId: $a) {
    status
  }
}
    `) as unknown as TypedDocumentString<LifecycleCompleteTask2Mutation, LifecycleCompleteTask2MutationVariables>;
export const LifecycleCreateTasksDocument = new TypedDocumentString(`
    mutation LifecycleCreateTasks($i: [TaskGraphInput!]!) {
  createTasks(input: $i) {
    id
    title
    status
    dependencies {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateTasksMutation, LifecycleCreateTasksMutationVariables>;
export const LifecycleTasks2Document = new TypedDocumentString(`
    query LifecycleTasks2 {
  tasks {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleTasks2Query, LifecycleTasks2QueryVariables>;
export const LifecycleCreateProjectDocument = new TypedDocumentString(`
    mutation LifecycleCreateProject {
  createProject(input: {name: "graph"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateProjectMutation, LifecycleCreateProjectMutationVariables>;
export const LifecycleTaskGraphDocument = new TypedDocumentString(`
    query LifecycleTaskGraph($p: ID) {
  taskGraph(projectId: $p) {
    nodes {
      title
    }
    edges {
      from
      to
    }
    order
    criticalPath {
      title
    }
    progress {
      total
      finished
      percentComplete
      byStatus {
        status
        count
      }
    }
    mermaid
  }
}
    `) as unknown as TypedDocumentString<LifecycleTaskGraphQuery, LifecycleTaskGraphQueryVariables>;
export const LifecycleTaskGraph2Document = new TypedDocumentString(`
    query LifecycleTaskGraph2($r: ID) {
  taskGraph(rootTaskId: $r) {
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleTaskGraph2Query, LifecycleTaskGraph2QueryVariables>;
export const LifecycleReadyTasksDocument = new TypedDocumentString(`
    query LifecycleReadyTasks($a: ID) {
  readyTasks(agentId: $a) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleReadyTasksQuery, LifecycleReadyTasksQueryVariables>;
export const LifecycleCreateProject2Document = new TypedDocumentString(`
    mutation LifecycleCreateProject2 {
  createProject(input: {name: "live-ws"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleCreateProject2Mutation, LifecycleCreateProject2MutationVariables>;
export const LifecycleUpdateTask2Document = new TypedDocumentString(`
    mutation LifecycleUpdateTask2($id: ID!) {
  updateTask(id: $id, input: {title: "elsewhere"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleUpdateTask2Mutation, LifecycleUpdateTask2MutationVariables>;
export const LifecycleActivity3Document = new TypedDocumentString(`
    query LifecycleActivity3($id: ID!) {
  activity(taskId: $id, first: 2) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        type
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleActivity3Query, LifecycleActivity3QueryVariables>;
export const LifecycleActivity4Document = new TypedDocumentString(`
    query LifecycleActivity4($id: ID!, $c: String) {
  activity(taskId: $id, first: 10, after: $c) {
    edges {
      node {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleActivity4Query, LifecycleActivity4QueryVariables>;
export const OperationsCreateApiKeyDocument = new TypedDocumentString(`
    mutation OperationsCreateApiKey {
  createApiKey(input: {name: "viewer", role: VIEWER}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateApiKeyMutation, OperationsCreateApiKeyMutationVariables>;
export const OperationsCreateAgentDocument = new TypedDocumentString(`
    mutation OperationsCreateAgent {
  createAgent(input: {name: "metered", maxCapacity: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateAgentMutation, OperationsCreateAgentMutationVariables>;
export const OperationsCreateTaskDocument = new TypedDocumentString(`
    mutation OperationsCreateTask($a: [ID!]) {
  createTask(input: {title: "metered work", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateTaskMutation, OperationsCreateTaskMutationVariables>;
export const OperationsCreateTask2Document = new TypedDocumentString(`
    mutation OperationsCreateTask2($a: [ID!]) {
  createTask(input: {title: "metered later", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateTask2Mutation, OperationsCreateTask2MutationVariables>;
export const ClaimWorkDocument = new TypedDocumentString(`
    mutation ClaimWork($a: ID!) {
  claimTask(agentId: $a) {
    outcome
  }
}
    `) as unknown as TypedDocumentString<ClaimWorkMutation, ClaimWorkMutationVariables>;
export const OperationsCompleteTaskDocument = new TypedDocumentString(`
    mutation OperationsCompleteTask($t: ID!, $a: ID!) {
  completeTask(
    taskId: $t
    agentId: $a
    result: "ok"
    usage: [{model: "metered-model", inputTokens: 1200, outputTokens: 300, costUsd: 0.42}]
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<OperationsCompleteTaskMutation, OperationsCompleteTaskMutationVariables>;
export const OperationsSetBudgetDocument = new TypedDocumentString(`
    mutation OperationsSetBudget($a: ID) {
  setBudget(input: {agentId: $a, dailyUsd: 0.01}) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsSetBudgetMutation, OperationsSetBudgetMutationVariables>;
export const OperationsHeartbeatDocument = new TypedDocumentString(`
    mutation OperationsHeartbeat($a: ID!) {
  heartbeat(
    agentId: $a
    usage: [{model: "metered-model", inputTokens: 0, outputTokens: 0, costUsd: 0.02}]
  ) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsHeartbeatMutation, OperationsHeartbeatMutationVariables>;
export const OperationsCreateAgent2Document = new TypedDocumentString(`
    mutation OperationsCreateAgent2 {
  createAgent(input: {name: "metered-shell", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateAgent2Mutation, OperationsCreateAgent2MutationVariables>;
export const OperationsTaskDocument = new TypedDocumentString(`
    query OperationsTask($t: ID!) {
  task(id: $t) {
    runs {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsTaskQuery, OperationsTaskQueryVariables>;
export const OperationsCreateWebhookDocument = new TypedDocumentString(`
    mutation OperationsCreateWebhook($u: String!) {
  createWebhook(input: {url: $u, events: ["task.created"]}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateWebhookMutation, OperationsCreateWebhookMutationVariables>;
export const OperationsCreateTask3Document = new TypedDocumentString(`
    mutation OperationsCreateTask3 {
  createTask(input: {title: "announced"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateTask3Mutation, OperationsCreateTask3MutationVariables>;
export const OperationsCreateCronJobDocument = new TypedDocumentString(`
    mutation OperationsCreateCronJob {
  createCronJob(
    input: {name: "metered-cron", schedule: "0 0 1 1 *", taskTemplate: {title: "yearly"}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateCronJobMutation, OperationsCreateCronJobMutationVariables>;
export const OperationsTasksDocument = new TypedDocumentString(`
    query OperationsTasks {
  tasks(first: 500) {
    edges {
      node {
        status
      }
    }
  }
  agents {
    status
  }
}
    `) as unknown as TypedDocumentString<OperationsTasksQuery, OperationsTasksQueryVariables>;
export const OperationsReadyTasksDocument = new TypedDocumentString(`
    query OperationsReadyTasks {
  readyTasks(limit: 500) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsReadyTasksQuery, OperationsReadyTasksQueryVariables>;
export const BrokenDocument = new TypedDocumentString(`
    query Broken {
  task(id: "task_missing") {
    id
  }
}
    `) as unknown as TypedDocumentString<BrokenQuery, BrokenQueryVariables>;
export const OperationsCreateAgent3Document = new TypedDocumentString(`
    mutation OperationsCreateAgent3 {
  createAgent(input: {name: "gauged"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateAgent3Mutation, OperationsCreateAgent3MutationVariables>;
export const OperationsCreateAgent4Document = new TypedDocumentString(`
    mutation OperationsCreateAgent4 {
  createAgent(input: {name: "traced", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<OperationsCreateAgent4Mutation, OperationsCreateAgent4MutationVariables>;
export const RunItDocument = new TypedDocumentString(`
    mutation RunIt($t: ID!) {
  runTask(taskId: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<RunItMutation, RunItMutationVariables>;
export const PlanningPlanGoalDocument = new TypedDocumentString(`
    mutation PlanningPlanGoal($i: PlanGoalInput!) {
  planGoal(input: $i) {
    id
    title
    status
    assignees {
      name
    }
    plan {
      goal
      requireApproval
      maxTasks
      accepted
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningPlanGoalMutation, PlanningPlanGoalMutationVariables>;
export const PlanningTaskDocument = new TypedDocumentString(`
    query PlanningTask($id: ID!) {
  task(id: $id) {
    id
    status
    attempts
    error
    result
    prompt
    plan {
      accepted
      title
      prd {
        title
        type
        content
      }
    }
    dependents {
      id
    }
    runs {
      status
      error
    }
    output {
      kind
      content
    }
    plannedTasks {
      id
      title
      status
      priority
      description
      planTask {
        id
      }
      assignees {
        name
      }
      dependencies {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningTaskQuery, PlanningTaskQueryVariables>;
export const PlanningAgentsDocument = new TypedDocumentString(`
    query PlanningAgents {
  agents {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PlanningAgentsQuery, PlanningAgentsQueryVariables>;
export const PlanningCompleteTaskDocument = new TypedDocumentString(`
    mutation PlanningCompleteTask($t: ID!, $a: ID!) {
  completeTask(taskId: $t, agentId: $a, result: "ok") {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanningCompleteTaskMutation, PlanningCompleteTaskMutationVariables>;
export const PlanningReviewTaskDocument = new TypedDocumentString(`
    mutation PlanningReviewTask($t: ID!) {
  reviewTask(taskId: $t, verdict: REJECTED, feedback: "Add refunds.") {
    status
  }
}
    `) as unknown as TypedDocumentString<PlanningReviewTaskMutation, PlanningReviewTaskMutationVariables>;
export const PlanningUpdateTaskDocument = new TypedDocumentString(`
    mutation PlanningUpdateTask($id: ID!) {
  updateTask(id: $id, input: {title: "Design the schema (cards, refunds)"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlanningUpdateTaskMutation, PlanningUpdateTaskMutationVariables>;
export const PlanningReviewTask2Document = new TypedDocumentString(`
    mutation PlanningReviewTask2($t: ID!) {
  reviewTask(taskId: $t, verdict: APPROVED) {
    status
    dependents {
      status
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningReviewTask2Mutation, PlanningReviewTask2MutationVariables>;
export const PlanningSetTaskStatusDocument = new TypedDocumentString(`
    mutation PlanningSetTaskStatus($t: ID!) {
  setTaskStatus(taskId: $t, status: CANCELLED, note: "not now") {
    status
  }
}
    `) as unknown as TypedDocumentString<PlanningSetTaskStatusMutation, PlanningSetTaskStatusMutationVariables>;
export const PlanningActivityDocument = new TypedDocumentString(`
    query PlanningActivity($t: ID!) {
  activity(taskId: $t) {
    edges {
      node {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningActivityQuery, PlanningActivityQueryVariables>;
export const PlanningClaimTaskDocument = new TypedDocumentString(`
    mutation PlanningClaimTask($a: ID!) {
  claimTask(agentId: $a) {
    task {
      id
      prompt
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningClaimTaskMutation, PlanningClaimTaskMutationVariables>;
export const PlanningCompleteTask2Document = new TypedDocumentString(`
    mutation PlanningCompleteTask2($t: ID!, $a: ID!, $r: String) {
  completeTask(taskId: $t, agentId: $a, result: $r) {
    status
    error
  }
}
    `) as unknown as TypedDocumentString<PlanningCompleteTask2Mutation, PlanningCompleteTask2MutationVariables>;
export const PlanningCompleteTask3Document = new TypedDocumentString(`
    mutation PlanningCompleteTask3($t: ID!, $a: ID!, $r: String) {
  completeTask(taskId: $t, agentId: $a, result: $r) {
    status
    plannedTasks {
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningCompleteTask3Mutation, PlanningCompleteTask3MutationVariables>;
export const PlanningCreateApiKeyDocument = new TypedDocumentString(`
    mutation PlanningCreateApiKey($n: String!, $a: ID) {
  createApiKey(input: {name: $n, role: AGENT, agentId: $a}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PlanningCreateApiKeyMutation, PlanningCreateApiKeyMutationVariables>;
export const PlanningTask2Document = new TypedDocumentString(`
    query PlanningTask2($id: ID!) {
  task(id: $id) {
    status
    plan {
      title
    }
    plannedTasks {
      title
      project {
        id
      }
      assignees {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningTask2Query, PlanningTask2QueryVariables>;
export const PlanningUsageDocument = new TypedDocumentString(`
    query PlanningUsage($a: ID!) {
  usage(agentId: $a) {
    inputTokens
    outputTokens
  }
}
    `) as unknown as TypedDocumentString<PlanningUsageQuery, PlanningUsageQueryVariables>;
export const ProcessCreateAgentDocument = new TypedDocumentString(`
    mutation ProcessCreateAgent {
  createAgent(input: {name: "sh", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessCreateAgentMutation, ProcessCreateAgentMutationVariables>;
export const ProcessCreateTaskDocument = new TypedDocumentString(`
    mutation ProcessCreateTask($i: CreateTaskInput!) {
  createTask(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessCreateTaskMutation, ProcessCreateTaskMutationVariables>;
export const ProcessRunTaskDocument = new TypedDocumentString(`
    mutation ProcessRunTask($t: ID!) {
  runTask(taskId: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessRunTaskMutation, ProcessRunTaskMutationVariables>;
export const ProcessTaskOutputDocument = new TypedDocumentString(`
    query ProcessTaskOutput($t: ID!) {
  task(id: $t) {
    output {
      kind
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessTaskOutputQuery, ProcessTaskOutputQueryVariables>;
export const ProcessTaskAfterRestartDocument = new TypedDocumentString(`
    query ProcessTaskAfterRestart($t: ID!) {
  task(id: $t) {
    status
    statusNote
    runs {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessTaskAfterRestartQuery, ProcessTaskAfterRestartQueryVariables>;
export const ProcessCreateBundledDocument = new TypedDocumentString(`
    mutation ProcessCreateBundled {
  createAgent(input: {name: "bundled"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessCreateBundledMutation, ProcessCreateBundledMutationVariables>;
export const ProcessCreateInBundleDocument = new TypedDocumentString(`
    mutation ProcessCreateInBundle {
  createTask(input: {title: "in the bundle"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessCreateInBundleMutation, ProcessCreateInBundleMutationVariables>;
export const ProcessCreateTickDocument = new TypedDocumentString(`
    mutation ProcessCreateTick {
  createTask(input: {title: "tick"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProcessCreateTickMutation, ProcessCreateTickMutationVariables>;
export const ProcessClaimDocument = new TypedDocumentString(`
    mutation ProcessClaim($a: ID!) {
  claimTask(agentId: $a) {
    outcome
  }
}
    `) as unknown as TypedDocumentString<ProcessClaimMutation, ProcessClaimMutationVariables>;
export const ReliabilityTasksDocument = new TypedDocumentString(`
    query ReliabilityTasks {
  tasks(first: 1) {
    totalCount
  }
  agents {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTasksQuery, ReliabilityTasksQueryVariables>;
export const ReliabilityCreateTask2Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask2($i: CreateTaskInput!) {
  createTask(input: $i) {
    title
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask2Mutation, ReliabilityCreateTask2MutationVariables>;
export const ReliabilityCreateAgentDeepDocument = new TypedDocumentString(`
    mutation ReliabilityCreateAgentDeep($i: CreateAgentInput!) {
  createAgent(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateAgentDeepMutation, ReliabilityCreateAgentDeepMutationVariables>;
export const ReliabilityCreateBytesDocument = new TypedDocumentString(`
    mutation ReliabilityCreateBytes($n: String!) {
  createAgent(input: {name: $n, maxCapacity: 100}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateBytesMutation, ReliabilityCreateBytesMutationVariables>;
export const ReliabilityCreateTask3Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask3($a: [ID!]) {
  createTask(input: {title: "bytes", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask3Mutation, ReliabilityCreateTask3MutationVariables>;
export const ReliabilityClaimTaskDocument = new TypedDocumentString(`
    mutation ReliabilityClaimTask($a: ID!) {
  claimTask(agentId: $a, limit: 100) {
    tasks {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReliabilityClaimTaskMutation, ReliabilityClaimTaskMutationVariables>;
export const ReliabilityAppendTaskOutputDocument = new TypedDocumentString(`
    mutation ReliabilityAppendTaskOutput($t: ID!, $a: ID!, $c: String!) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c) {
    seq
    content
  }
}
    `) as unknown as TypedDocumentString<ReliabilityAppendTaskOutputMutation, ReliabilityAppendTaskOutputMutationVariables>;
export const ReliabilityTaskDocument = new TypedDocumentString(`
    query ReliabilityTask($t: ID!) {
  task(id: $t) {
    output {
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTaskQuery, ReliabilityTaskQueryVariables>;
export const ReliabilityCompleteTaskDocument = new TypedDocumentString(`
    mutation ReliabilityCompleteTask($t: ID!, $a: ID!, $r: String) {
  completeTask(taskId: $t, agentId: $a, result: $r) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCompleteTaskMutation, ReliabilityCompleteTaskMutationVariables>;
export const ReliabilityCreateNulDocument = new TypedDocumentString(`
    mutation ReliabilityCreateNul($n: String!) {
  createAgent(input: {name: $n, backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateNulMutation, ReliabilityCreateNulMutationVariables>;
export const ReliabilityTask2Document = new TypedDocumentString(`
    query ReliabilityTask2($t: ID!) {
  task(id: $t) {
    status
    result
    runs {
      status
    }
    output {
      kind
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTask2Query, ReliabilityTask2QueryVariables>;
export const ReliabilityCreateAgentDocument = new TypedDocumentString(`
    mutation ReliabilityCreateAgent {
  createAgent(input: {name: "loud", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateAgentMutation, ReliabilityCreateAgentMutationVariables>;
export const ReliabilityTask3Document = new TypedDocumentString(`
    query ReliabilityTask3($t: ID!) {
  task(id: $t) {
    output(limit: 5000) {
      kind
      content
    }
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTask3Query, ReliabilityTask3QueryVariables>;
export const ReliabilityCreateTask4Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask4 {
  createTask(input: {title: "wake"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask4Mutation, ReliabilityCreateTask4MutationVariables>;
export const ReliabilityCreateTask5Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask5 {
  createTask(input: {title: "again"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask5Mutation, ReliabilityCreateTask5MutationVariables>;
export const ReliabilityCreateTask6Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask6 {
  createTask(input: {title: "before"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask6Mutation, ReliabilityCreateTask6MutationVariables>;
export const ReliabilityTaskEventsDocument = new TypedDocumentString(`
    subscription ReliabilityTaskEvents {
  taskEvents {
    type
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTaskEventsSubscription, ReliabilityTaskEventsSubscriptionVariables>;
export const ReliabilityCreateApiKeyDocument = new TypedDocumentString(`
    mutation ReliabilityCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateApiKeyMutation, ReliabilityCreateApiKeyMutationVariables>;
export const ReliabilityCreateTask7Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask7 {
  createTask(input: {title: "seen"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask7Mutation, ReliabilityCreateTask7MutationVariables>;
export const ReliabilityRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ReliabilityRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityRevokeApiKeyMutation, ReliabilityRevokeApiKeyMutationVariables>;
export const ReliabilityCreateTask8Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask8($a: [ID!]) {
  createTask(input: {title: "firehose", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask8Mutation, ReliabilityCreateTask8MutationVariables>;
export const ReliabilityTaskOutputDocument = new TypedDocumentString(`
    subscription ReliabilityTaskOutput($t: ID!) {
  taskOutput(taskId: $t, fromSeq: 0) {
    seq
    content
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTaskOutputSubscription, ReliabilityTaskOutputSubscriptionVariables>;
export const ReliabilityAppendTaskOutput2Document = new TypedDocumentString(`
    mutation ReliabilityAppendTaskOutput2($t: ID!, $a: ID!, $c: String!) {
  appendTaskOutput(taskId: $t, agentId: $a, content: $c) {
    seq
  }
}
    `) as unknown as TypedDocumentString<ReliabilityAppendTaskOutput2Mutation, ReliabilityAppendTaskOutput2MutationVariables>;
export const ReliabilityTypenameDocument = new TypedDocumentString(`
    query ReliabilityTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ReliabilityTypenameQuery, ReliabilityTypenameQueryVariables>;
export const ReliabilityCreateSharedKeyDocument = new TypedDocumentString(`
    mutation ReliabilityCreateSharedKey($n: String!) {
  createApiKey(input: {name: $n, role: OPERATOR}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateSharedKeyMutation, ReliabilityCreateSharedKeyMutationVariables>;
export const ReliabilityCreateTask9Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask9($a: [ID!]) {
  createTask(input: {title: "churn", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask9Mutation, ReliabilityCreateTask9MutationVariables>;
export const ReliabilityCreateTask10Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask10 {
  createTask(input: {title: "elsewhere"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask10Mutation, ReliabilityCreateTask10MutationVariables>;
export const ReliabilityCreateTask11Document = new TypedDocumentString(`
    mutation ReliabilityCreateTask11($a: [ID!]) {
  createTask(input: {title: "frames", assigneeIds: $a}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReliabilityCreateTask11Mutation, ReliabilityCreateTask11MutationVariables>;
export const ReliabilityTaskOutput2Document = new TypedDocumentString(`
    subscription ReliabilityTaskOutput2($t: ID!) {
  taskOutput(taskId: $t) {
    seq
    content
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTaskOutput2Subscription, ReliabilityTaskOutput2SubscriptionVariables>;
export const ReliabilityTaskOutput3Document = new TypedDocumentString(`
    subscription ReliabilityTaskOutput3($t: ID!) {
  taskOutput(taskId: $t) {
    seq
    payload: content
    type: kind
  }
}
    `) as unknown as TypedDocumentString<ReliabilityTaskOutput3Subscription, ReliabilityTaskOutput3SubscriptionVariables>;
export const ReviewsReviewTaskDocument = new TypedDocumentString(`
    mutation ReviewsReviewTask($t: ID!, $v: ReviewVerdict!, $f: String, $r: ID) {
  reviewTask(taskId: $t, verdict: $v, feedback: $f, reviewerAgentId: $r) {
    status
    reviewCycles
    error
    statusNote
    assignees {
      id
    }
    reviews {
      verdict
      feedback
      reviewer {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsReviewTaskMutation, ReviewsReviewTaskMutationVariables>;
export const ReviewsCreateAgentDocument = new TypedDocumentString(`
    mutation ReviewsCreateAgent {
  createAgent(input: {name: "intern", level: INTERN}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateAgentMutation, ReviewsCreateAgentMutationVariables>;
export const ReviewsCreateAgent2Document = new TypedDocumentString(`
    mutation ReviewsCreateAgent2 {
  createAgent(input: {name: "reviewer", level: LEAD}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateAgent2Mutation, ReviewsCreateAgent2MutationVariables>;
export const ReviewsCreateWorkDocument = new TypedDocumentString(`
    mutation ReviewsCreateWork($n: String!, $a: [ID!]) {
  createTask(input: {title: $n, assigneeIds: $a, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateWorkMutation, ReviewsCreateWorkMutationVariables>;
export const ReviewsClaimTaskDocument = new TypedDocumentString(`
    mutation ReviewsClaimTask($a: ID!) {
  claimTask(agentId: $a, maxCapacity: 10) {
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsClaimTaskMutation, ReviewsClaimTaskMutationVariables>;
export const ReviewsCompleteTaskDocument = new TypedDocumentString(`
    mutation ReviewsCompleteTask($t: ID!, $a: ID!) {
  completeTask(taskId: $t, agentId: $a, result: "draft") {
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewsCompleteTaskMutation, ReviewsCompleteTaskMutationVariables>;
export const ReviewsCreateTaskDocument = new TypedDocumentString(`
    mutation ReviewsCreateTask($d: [ID!]) {
  createTask(input: {title: "after review", dependsOn: $d}) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateTaskMutation, ReviewsCreateTaskMutationVariables>;
export const ReviewsTasksDocument = new TypedDocumentString(`
    query ReviewsTasks {
  tasks(filter: {search: "after review"}) {
    edges {
      node {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsTasksQuery, ReviewsTasksQueryVariables>;
export const ReviewsTaskDocument = new TypedDocumentString(`
    query ReviewsTask($t: ID!) {
  task(id: $t) {
    status
    reviews {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsTaskQuery, ReviewsTaskQueryVariables>;
export const ReviewsCreateApiKeyDocument = new TypedDocumentString(`
    mutation ReviewsCreateApiKey($a: ID) {
  createApiKey(input: {name: "intern key", role: AGENT, agentId: $a}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateApiKeyMutation, ReviewsCreateApiKeyMutationVariables>;
export const ReviewsTask2Document = new TypedDocumentString(`
    query ReviewsTask2($id: ID!) {
  task(id: $id) {
    attempts
    reviewCycles
  }
}
    `) as unknown as TypedDocumentString<ReviewsTask2Query, ReviewsTask2QueryVariables>;
export const ReviewsTask3Document = new TypedDocumentString(`
    query ReviewsTask3($id: ID!) {
  task(id: $id) {
    status
    reviewCycles
    reviews {
      verdict
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsTask3Query, ReviewsTask3QueryVariables>;
export const ScaleCreateProjectDocument = new TypedDocumentString(`
    mutation ScaleCreateProject {
  createProject(input: {name: "x-instance"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateProjectMutation, ScaleCreateProjectMutationVariables>;
export const ScaleDescribeDocument = new TypedDocumentString(`
    mutation ScaleDescribe($id: ID!, $d: String) {
  updateTask(id: $id, input: {description: $d}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleDescribeMutation, ScaleDescribeMutationVariables>;
export const ScaleCreateTaskDocument = new TypedDocumentString(`
    mutation ScaleCreateTask($p: ID) {
  createTask(input: {title: "made on B", projectId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateTaskMutation, ScaleCreateTaskMutationVariables>;
export const ScaleCreateAgentDocument = new TypedDocumentString(`
    mutation ScaleCreateAgent {
  createAgent(input: {name: "streamer-x"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateAgentMutation, ScaleCreateAgentMutationVariables>;
export const ScaleCreateTask2Document = new TypedDocumentString(`
    mutation ScaleCreateTask2($a: [ID!]) {
  createTask(input: {title: "stream", assigneeIds: $a, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateTask2Mutation, ScaleCreateTask2MutationVariables>;
export const ScaleCreateProject2Document = new TypedDocumentString(`
    mutation ScaleCreateProject2 {
  createProject(input: {name: "x-race"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateProject2Mutation, ScaleCreateProject2MutationVariables>;
export const ScaleCreateAgent2Document = new TypedDocumentString(`
    mutation ScaleCreateAgent2($n: String!) {
  createAgent(input: {name: $n, specialties: ["x-race"], maxCapacity: 1000}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateAgent2Mutation, ScaleCreateAgent2MutationVariables>;
export const ScaleClaimTaskDocument = new TypedDocumentString(`
    mutation ScaleClaimTask($a: ID!) {
  claimTask(agentId: $a, maxCapacity: 1000) {
    outcome
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleClaimTaskMutation, ScaleClaimTaskMutationVariables>;
export const ScaleTasksDocument = new TypedDocumentString(`
    query ScaleTasks($p: ID!) {
  tasks(filter: {projectId: $p, status: [INBOX, ASSIGNED]}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ScaleTasksQuery, ScaleTasksQueryVariables>;
export const ScaleCreateCronJobDocument = new TypedDocumentString(`
    mutation ScaleCreateCronJob {
  createCronJob(
    input: {name: "x-cron", schedule: "0 * * * *", taskTemplate: {title: "hourly"}}
  ) {
    id
    nextRunAt
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateCronJobMutation, ScaleCreateCronJobMutationVariables>;
export const ScaleCreateAgent3Document = new TypedDocumentString(`
    mutation ScaleCreateAgent3 {
  createAgent(input: {name: "x-runner", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateAgent3Mutation, ScaleCreateAgent3MutationVariables>;
export const ScaleCreateTask3Document = new TypedDocumentString(`
    mutation ScaleCreateTask3($a: ID!, $c: [String!]) {
  createTask(input: {title: "long", assigneeIds: [$a], command: $c}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateTask3Mutation, ScaleCreateTask3MutationVariables>;
export const ScaleStopTaskDocument = new TypedDocumentString(`
    mutation ScaleStopTask($t: ID!) {
  stopTask(taskId: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<ScaleStopTaskMutation, ScaleStopTaskMutationVariables>;
export const ScaleCreateAgent4Document = new TypedDocumentString(`
    mutation ScaleCreateAgent4 {
  createAgent(input: {name: "x-flaky"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateAgent4Mutation, ScaleCreateAgent4MutationVariables>;
export const ScaleCreateTask4Document = new TypedDocumentString(`
    mutation ScaleCreateTask4($a: [ID!]) {
  createTask(input: {title: "flaky", assigneeIds: $a, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateTask4Mutation, ScaleCreateTask4MutationVariables>;
export const SecurityCreateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    secret
    apiKey {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateApiKeyMutation, SecurityCreateApiKeyMutationVariables>;
export const SecurityAskQuestionDocument = new TypedDocumentString(`
    mutation SecurityAskQuestion($a: ID!) {
  askQuestion(agentId: $a, question: "mine?") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityAskQuestionMutation, SecurityAskQuestionMutationVariables>;
export const SecurityAskQuestion2Document = new TypedDocumentString(`
    mutation SecurityAskQuestion2($a: ID!) {
  askQuestion(agentId: $a, question: "theirs?") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityAskQuestion2Mutation, SecurityAskQuestion2MutationVariables>;
export const SecurityHeartbeatDocument = new TypedDocumentString(`
    mutation SecurityHeartbeat($a: ID!) {
  heartbeat(
    agentId: $a
    usage: [{model: "m", inputTokens: 1, outputTokens: 1, costUsd: 7}]
  ) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityHeartbeatMutation, SecurityHeartbeatMutationVariables>;
export const SecurityQuestionsDocument = new TypedDocumentString(`
    query SecurityQuestions {
  questions {
    question
    agent {
      id
    }
  }
  usage {
    totalCostUsd
  }
}
    `) as unknown as TypedDocumentString<SecurityQuestionsQuery, SecurityQuestionsQueryVariables>;
export const SecurityQuestionsConnectionDocument = new TypedDocumentString(`
    query SecurityQuestionsConnection {
  questionsConnection(first: 500) {
    edges {
      node {
        question
        agent {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityQuestionsConnectionQuery, SecurityQuestionsConnectionQueryVariables>;
export const SecurityNotificationsConnectionDocument = new TypedDocumentString(`
    query SecurityNotificationsConnection($a: ID!) {
  notificationsConnection(agentId: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SecurityNotificationsConnectionQuery, SecurityNotificationsConnectionQueryVariables>;
export const SecurityPostMessageDocument = new TypedDocumentString(`
    mutation SecurityPostMessage($t: ID!) {
  postMessage(taskId: $t, content: "@someone-else look") {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityPostMessageMutation, SecurityPostMessageMutationVariables>;
export const SecurityCreateTaskDocument = new TypedDocumentString(`
    mutation SecurityCreateTask($a: [ID!]) {
  createTask(
    input: {title: "mine to sign", assigneeIds: $a, requiresSignOff: true}
  ) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateTaskMutation, SecurityCreateTaskMutationVariables>;
export const SecurityCreateTask2Document = new TypedDocumentString(`
    mutation SecurityCreateTask2($a: [ID!]) {
  createTask(
    input: {title: "theirs to sign", assigneeIds: $a, requiresSignOff: true}
  ) {
    id
    signOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateTask2Mutation, SecurityCreateTask2MutationVariables>;
export const SecurityTaskSignOffDocument = new TypedDocumentString(`
    query SecurityTaskSignOff($id: ID!) {
  task(id: $id) {
    id
    title
    requiresSignOff
    signOff {
      id
      agent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityTaskSignOffQuery, SecurityTaskSignOffQueryVariables>;
export const SecurityTaskDocument = new TypedDocumentString(`
    query SecurityTask($id: ID!) {
  task(id: $id) {
    approvals {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityTaskQuery, SecurityTaskQueryVariables>;
export const SecurityApiKeysDocument = new TypedDocumentString(`
    query SecurityApiKeys {
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeysQuery, SecurityApiKeysQueryVariables>;
export const SecurityActivityDocument = new TypedDocumentString(`
    query SecurityActivity {
  activity(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityActivityQuery, SecurityActivityQueryVariables>;
export const SecurityHeartbeat2Document = new TypedDocumentString(`
    mutation SecurityHeartbeat2($a: ID!) {
  heartbeat(agentId: $a) {
    agent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityHeartbeat2Mutation, SecurityHeartbeat2MutationVariables>;
export const SecurityCreateTask3Document = new TypedDocumentString(`
    mutation SecurityCreateTask3($a: [ID!]) {
  createTask(input: {title: "for the agent", assigneeIds: $a, priority: CRITICAL}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateTask3Mutation, SecurityCreateTask3MutationVariables>;
export const SecurityAppendTaskOutputDocument = new TypedDocumentString(`
    mutation SecurityAppendTaskOutput($t: ID!) {
  appendTaskOutput(taskId: $t, content: "hi") {
    seq
  }
}
    `) as unknown as TypedDocumentString<SecurityAppendTaskOutputMutation, SecurityAppendTaskOutputMutationVariables>;
export const SecurityCompleteTaskDocument = new TypedDocumentString(`
    mutation SecurityCompleteTask($t: ID!) {
  completeTask(taskId: $t) {
    status
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCompleteTaskMutation, SecurityCompleteTaskMutationVariables>;
export const SecurityViewerDocument = new TypedDocumentString(`
    query SecurityViewer {
  viewer {
    role
    agent {
      id
    }
    keyId
  }
}
    `) as unknown as TypedDocumentString<SecurityViewerQuery, SecurityViewerQueryVariables>;
export const SecurityActivity2Document = new TypedDocumentString(`
    query SecurityActivity2($t: ID!) {
  activity(taskId: $t, first: 1) {
    edges {
      node {
        actorType
        actorId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityActivity2Query, SecurityActivity2QueryVariables>;
export const SecurityCreateApiKey2Document = new TypedDocumentString(`
    mutation SecurityCreateApiKey2($d: DateTime) {
  createApiKey(input: {name: "brief", role: VIEWER, expiresAt: $d}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateApiKey2Mutation, SecurityCreateApiKey2MutationVariables>;
export const SecurityCreateApiKey3Document = new TypedDocumentString(`
    mutation SecurityCreateApiKey3 {
  createApiKey(input: {name: "temp", role: OPERATOR}) {
    secret
    apiKey {
      id
      name
      role
      active
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateApiKey3Mutation, SecurityCreateApiKey3MutationVariables>;
export const SecurityViewer2Document = new TypedDocumentString(`
    query SecurityViewer2 {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<SecurityViewer2Query, SecurityViewer2QueryVariables>;
export const SecurityApiKeys2Document = new TypedDocumentString(`
    query SecurityApiKeys2 {
  apiKeys {
    id
    lastUsedAt
    active
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeys2Query, SecurityApiKeys2QueryVariables>;
export const SecurityRevokeApiKeyDocument = new TypedDocumentString(`
    mutation SecurityRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<SecurityRevokeApiKeyMutation, SecurityRevokeApiKeyMutationVariables>;
export const SecurityActivity3Document = new TypedDocumentString(`
    query SecurityActivity3 {
  activity(first: 5) {
    edges {
      node {
        type
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityActivity3Query, SecurityActivity3QueryVariables>;
export const SecurityActivity4Document = new TypedDocumentString(`
    query SecurityActivity4 {
  activity(first: 3) {
    edges {
      node {
        type
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityActivity4Query, SecurityActivity4QueryVariables>;
export const SecurityUpdateAgentDocument = new TypedDocumentString(`
    mutation SecurityUpdateAgent($id: ID!, $c: JSON) {
  updateAgent(id: $id, input: {config: $c}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityUpdateAgentMutation, SecurityUpdateAgentMutationVariables>;
export const SecurityCreateAgentDocument = new TypedDocumentString(`
    mutation SecurityCreateAgent {
  createAgent(input: {name: "sh", backend: "shell"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateAgentMutation, SecurityCreateAgentMutationVariables>;
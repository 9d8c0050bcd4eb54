/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type OutputKind =
  | 'MESSAGE'
  | 'STDERR'
  | 'STDOUT'
  | 'SYSTEM'
  | 'TOOL_RESULT'
  | 'TOOL_USE';

export type QuestionStatus =
  | 'ANSWERED'
  | 'DISMISSED'
  | 'OPEN';

export type ReviewVerdict =
  | 'APPROVED'
  | 'REJECTED';

/** What stopTask does with the task: RELEASE returns it to the queue, FAIL fails it for good. */
export type StopOutcome =
  | 'FAIL'
  | 'RELEASE';

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

export type BoardTaskFragment = { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null };

export type BoardAgentFragment = { id: string, name: string, role: string, status: AgentStatus, level: AgentLevel, maxCapacity: number, lastHeartbeatAt: string | null, spentTodayUsd: number, dailyBudgetUsd: number | null, currentTasks: Array<{ id: string }>, host: { hostname: string | null, cpus: number, cpuPercent: number, memoryPercent: number, load1: number, saturated: boolean, saturation: Array<string> } | null };

export type BoardApprovalFragment = { id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null };

export type BoardQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardQuestionsQuery = { questionsConnection: { edges: Array<{ node: { id: string, question: string, createdAt: string, agent: { name: string } | null, task: { id: string, title: string } | null } }> } };

export type BoardStartQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardStartQuery = { tasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } }> }, agents: Array<{ id: string, name: string, role: string, status: AgentStatus, level: AgentLevel, maxCapacity: number, lastHeartbeatAt: string | null, spentTodayUsd: number, dailyBudgetUsd: number | null, currentTasks: Array<{ id: string }>, host: { hostname: string | null, cpus: number, cpuPercent: number, memoryPercent: number, load1: number, saturated: boolean, saturation: Array<string> } | null }>, projects: Array<{ id: string, name: string }>, approvals: Array<{ id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null }>, activity: { edges: Array<{ node: { summary: string, createdAt: string } }> } };

export type BoardQuestionFragment = { id: string, question: string, createdAt: string, agent: { name: string } | null, task: { id: string, title: string } | null };

export type BoardTaskPanelQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardTaskPanelQuery = { task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, requiresReview: boolean, result: string | null, error: string | null, statusNote: string | null, assignees: Array<{ id: string, name: string }>, reviews: Array<{ verdict: ReviewVerdict, feedback: string, createdAt: string }>, messages: Array<{ id: string, authorName: string, content: string, createdAt: string }>, runs: Array<{ status: string, model: string | null, exitCode: number | null, error: string | null, startedAt: string }> } | null, taskGraph: { order: Array<string>, nodes: Array<{ id: string, title: string, status: TaskStatus }>, edges: Array<{ from: string, to: string }> } };

export type BoardTaskOutputSubscriptionVariables = Exact<{
  t: string | number;
  fromSeq?: number | null | undefined;
}>;


export type BoardTaskOutputSubscription = { taskOutput: { seq: number, kind: OutputKind, content: string } };

export type BoardTaskEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardTaskEventsSubscription = { taskEvents: { type: TaskEventType, task: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } } };

export type BoardAgentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardAgentEventsSubscription = { agentEvents: { type: string, agentId: string, status: AgentStatus, agent: { id: string, name: string, role: string, status: AgentStatus, level: AgentLevel, maxCapacity: number, lastHeartbeatAt: string | null, spentTodayUsd: number, dailyBudgetUsd: number | null, currentTasks: Array<{ id: string }>, host: { hostname: string | null, cpus: number, cpuPercent: number, memoryPercent: number, load1: number, saturated: boolean, saturation: Array<string> } | null } | null } };

export type BoardActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardActivitySubscription = { activity: { type: string, summary: string, createdAt: string, taskId: string | null } };

export type BoardApprovalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardApprovalsSubscription = { approvals: { id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null } };

export type BoardDecideApprovalMutationVariables = Exact<{
  id: string | number;
  allow: boolean;
  message?: string | null | undefined;
}>;


export type BoardDecideApprovalMutation = { decideApproval: { id: string, status: ApprovalStatus } };

export type BoardCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type BoardCreateTaskMutation = { createTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardAssignTaskMutationVariables = Exact<{
  taskId: string | number;
  agentIds: Array<string | number> | string | number;
}>;


export type BoardAssignTaskMutation = { assignTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardRunTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type BoardRunTaskMutation = { runTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardStopTaskMutationVariables = Exact<{
  taskId: string | number;
  outcome?: StopOutcome | null | undefined;
}>;


export type BoardStopTaskMutation = { stopTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardSetStatusMutationVariables = Exact<{
  taskId: string | number;
  status: TaskStatus;
  note?: string | null | undefined;
}>;


export type BoardSetStatusMutation = { setTaskStatus: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardRetryTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type BoardRetryTaskMutation = { retryTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardReviewTaskMutationVariables = Exact<{
  taskId: string | number;
  verdict: ReviewVerdict;
  feedback?: string | null | undefined;
}>;


export type BoardReviewTaskMutation = { reviewTask: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, tags: Array<string>, project: { id: string, name: string } | null, assignees: Array<{ id: string, name: string }>, claimedBy: { name: string } | null } };

export type BoardPostMessageMutationVariables = Exact<{
  taskId: string | number;
  content: string;
}>;


export type BoardPostMessageMutation = { postMessage: { id: string, unresolvedMentions: Array<string> } };

export type BoardAnswerQuestionMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type BoardAnswerQuestionMutation = { answerQuestion: { id: string, status: QuestionStatus } };

export type BoardDismissQuestionMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardDismissQuestionMutation = { dismissQuestion: { id: string, status: QuestionStatus } };

export type BoardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardOverviewQuery = { stats: { totalTasks: number, activeAgents: number, tasksInReview: number, completionRate: number, successRate: number, throughputPerHour: number, completedLastHour: number, failedLastDay: number, tasks: Array<{ status: string, count: number }>, fleet: { agentsReporting: number, hosts: number, cpus: number, cpuPercent: number | null, memoryUsedBytes: number, memoryTotalBytes: number, memoryPercent: number | null, saturatedAgents: Array<{ name: string }> } }, runningTasks: Array<{ id: string }> };

export type BoardCostsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCostsQuery = { usage: { inputTokens: number, outputTokens: number, totalCostUsd: number, byModel: Array<{ key: string, inputTokens: number, outputTokens: number, costUsd: number }>, byAgent: Array<{ key: string, inputTokens: number, outputTokens: number, costUsd: number }> }, agents: Array<{ id: string, name: string, spentTodayUsd: number, dailyBudgetUsd: number | null, monthlyBudgetUsd: number | null, budgetExceededAt: string | null }> };

export type BoardCronQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardCronQuery = { cronJobs: Array<{ id: string, name: string, schedule: string, timezone: string, paused: boolean, nextRunAt: string | null, lastRunAt: string | null }> };

export type BoardPauseCronMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardPauseCronMutation = { pauseCronJob: { id: string } };

export type BoardResumeCronMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardResumeCronMutation = { resumeCronJob: { id: string } };

export type BoardTriggerCronMutationVariables = Exact<{
  id: string | number;
}>;


export type BoardTriggerCronMutation = { triggerCronJob: { id: string, title: string } };

export type BoardWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardWebhooksQuery = { webhooks: Array<{ id: string, url: string, active: boolean, events: Array<string>, deliveriesConnection: { edges: Array<{ node: { id: string, event: string, status: string, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null } }> } }> };

export type BoardAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardAgentsQuery = { agents: Array<{ id: string, name: string, role: string, status: AgentStatus, level: AgentLevel, maxCapacity: number, lastHeartbeatAt: string | null, spentTodayUsd: number, dailyBudgetUsd: number | null, currentTasks: Array<{ id: string }>, host: { hostname: string | null, cpus: number, cpuPercent: number, memoryPercent: number, load1: number, saturated: boolean, saturation: Array<string> } | null }> };

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
export const BoardTaskFragmentDoc = new TypedDocumentString(`
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}
    `, {"fragmentName":"BoardTask"}) as unknown as TypedDocumentString<BoardTaskFragment, unknown>;
export const BoardAgentFragmentDoc = new TypedDocumentString(`
    fragment BoardAgent on Agent {
  id
  name
  role
  status
  level
  maxCapacity
  lastHeartbeatAt
  spentTodayUsd
  dailyBudgetUsd
  currentTasks {
    id
  }
  host {
    hostname
    cpus
    cpuPercent
    memoryPercent
    load1
    saturated
    saturation
  }
}
    `, {"fragmentName":"BoardAgent"}) as unknown as TypedDocumentString<BoardAgentFragment, unknown>;
export const BoardApprovalFragmentDoc = new TypedDocumentString(`
    fragment BoardApproval on Approval {
  id
  kind
  status
  tool
  input
  createdAt
  task {
    id
    title
  }
  agent {
    name
  }
}
    `, {"fragmentName":"BoardApproval"}) as unknown as TypedDocumentString<BoardApprovalFragment, unknown>;
export const BoardQuestionFragmentDoc = new TypedDocumentString(`
    fragment BoardQuestion on Question {
  id
  question
  createdAt
  agent {
    name
  }
  task {
    id
    title
  }
}
    `, {"fragmentName":"BoardQuestion"}) as unknown as TypedDocumentString<BoardQuestionFragment, unknown>;
export const BoardQuestionsDocument = new TypedDocumentString(`
    query BoardQuestions {
  questionsConnection(status: OPEN, first: 100) {
    edges {
      node {
        ...BoardQuestion
      }
    }
  }
}
    fragment BoardQuestion on Question {
  id
  question
  createdAt
  agent {
    name
  }
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<BoardQuestionsQuery, BoardQuestionsQueryVariables>;
export const BoardStartDocument = new TypedDocumentString(`
    query BoardStart {
  tasks(first: 500) {
    edges {
      node {
        ...BoardTask
      }
    }
  }
  agents {
    ...BoardAgent
  }
  projects {
    id
    name
  }
  approvals {
    ...BoardApproval
  }
  activity(first: 50) {
    edges {
      node {
        summary
        createdAt
      }
    }
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}
fragment BoardAgent on Agent {
  id
  name
  role
  status
  level
  maxCapacity
  lastHeartbeatAt
  spentTodayUsd
  dailyBudgetUsd
  currentTasks {
    id
  }
  host {
    hostname
    cpus
    cpuPercent
    memoryPercent
    load1
    saturated
    saturation
  }
}
fragment BoardApproval on Approval {
  id
  kind
  status
  tool
  input
  createdAt
  task {
    id
    title
  }
  agent {
    name
  }
}`) as unknown as TypedDocumentString<BoardStartQuery, BoardStartQueryVariables>;
export const BoardTaskPanelDocument = new TypedDocumentString(`
    query BoardTaskPanel($id: ID!) {
  task(id: $id) {
    id
    title
    description
    status
    priority
    attempts
    maxAttempts
    requiresReview
    result
    error
    statusNote
    assignees {
      id
      name
    }
    reviews {
      verdict
      feedback
      createdAt
    }
    messages {
      id
      authorName
      content
      createdAt
    }
    runs {
      status
      model
      exitCode
      error
      startedAt
    }
  }
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
  }
}
    `) as unknown as TypedDocumentString<BoardTaskPanelQuery, BoardTaskPanelQueryVariables>;
export const BoardTaskOutputDocument = new TypedDocumentString(`
    subscription BoardTaskOutput($t: ID!, $fromSeq: Int) {
  taskOutput(taskId: $t, fromSeq: $fromSeq) {
    seq
    kind
    content
  }
}
    `) as unknown as TypedDocumentString<BoardTaskOutputSubscription, BoardTaskOutputSubscriptionVariables>;
export const BoardTaskEventsDocument = new TypedDocumentString(`
    subscription BoardTaskEvents {
  taskEvents {
    type
    task {
      ...BoardTask
    }
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardTaskEventsSubscription, BoardTaskEventsSubscriptionVariables>;
export const BoardAgentEventsDocument = new TypedDocumentString(`
    subscription BoardAgentEvents {
  agentEvents {
    type
    agentId
    status
    agent {
      ...BoardAgent
    }
  }
}
    fragment BoardAgent on Agent {
  id
  name
  role
  status
  level
  maxCapacity
  lastHeartbeatAt
  spentTodayUsd
  dailyBudgetUsd
  currentTasks {
    id
  }
  host {
    hostname
    cpus
    cpuPercent
    memoryPercent
    load1
    saturated
    saturation
  }
}`) as unknown as TypedDocumentString<BoardAgentEventsSubscription, BoardAgentEventsSubscriptionVariables>;
export const BoardActivityDocument = new TypedDocumentString(`
    subscription BoardActivity {
  activity {
    type
    summary
    createdAt
    taskId
  }
}
    `) as unknown as TypedDocumentString<BoardActivitySubscription, BoardActivitySubscriptionVariables>;
export const BoardApprovalsDocument = new TypedDocumentString(`
    subscription BoardApprovals {
  approvals {
    ...BoardApproval
  }
}
    fragment BoardApproval on Approval {
  id
  kind
  status
  tool
  input
  createdAt
  task {
    id
    title
  }
  agent {
    name
  }
}`) as unknown as TypedDocumentString<BoardApprovalsSubscription, BoardApprovalsSubscriptionVariables>;
export const BoardDecideApprovalDocument = new TypedDocumentString(`
    mutation BoardDecideApproval($id: ID!, $allow: Boolean!, $message: String) {
  decideApproval(id: $id, allow: $allow, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BoardDecideApprovalMutation, BoardDecideApprovalMutationVariables>;
export const BoardCreateTaskDocument = new TypedDocumentString(`
    mutation BoardCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardCreateTaskMutation, BoardCreateTaskMutationVariables>;
export const BoardAssignTaskDocument = new TypedDocumentString(`
    mutation BoardAssignTask($taskId: ID!, $agentIds: [ID!]!) {
  assignTask(taskId: $taskId, agentIds: $agentIds) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardAssignTaskMutation, BoardAssignTaskMutationVariables>;
export const BoardRunTaskDocument = new TypedDocumentString(`
    mutation BoardRunTask($taskId: ID!) {
  runTask(taskId: $taskId) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardRunTaskMutation, BoardRunTaskMutationVariables>;
export const BoardStopTaskDocument = new TypedDocumentString(`
    mutation BoardStopTask($taskId: ID!, $outcome: StopOutcome) {
  stopTask(taskId: $taskId, outcome: $outcome, reason: "stopped from the board") {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardStopTaskMutation, BoardStopTaskMutationVariables>;
export const BoardSetStatusDocument = new TypedDocumentString(`
    mutation BoardSetStatus($taskId: ID!, $status: TaskStatus!, $note: String) {
  setTaskStatus(taskId: $taskId, status: $status, note: $note) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardSetStatusMutation, BoardSetStatusMutationVariables>;
export const BoardRetryTaskDocument = new TypedDocumentString(`
    mutation BoardRetryTask($taskId: ID!) {
  retryTask(taskId: $taskId) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardRetryTaskMutation, BoardRetryTaskMutationVariables>;
export const BoardReviewTaskDocument = new TypedDocumentString(`
    mutation BoardReviewTask($taskId: ID!, $verdict: ReviewVerdict!, $feedback: String) {
  reviewTask(taskId: $taskId, verdict: $verdict, feedback: $feedback) {
    ...BoardTask
  }
}
    fragment BoardTask on Task {
  id
  title
  status
  priority
  attempts
  maxAttempts
  tags
  project {
    id
    name
  }
  assignees {
    id
    name
  }
  claimedBy {
    name
  }
}`) as unknown as TypedDocumentString<BoardReviewTaskMutation, BoardReviewTaskMutationVariables>;
export const BoardPostMessageDocument = new TypedDocumentString(`
    mutation BoardPostMessage($taskId: ID!, $content: String!) {
  postMessage(taskId: $taskId, content: $content) {
    id
    unresolvedMentions
  }
}
    `) as unknown as TypedDocumentString<BoardPostMessageMutation, BoardPostMessageMutationVariables>;
export const BoardAnswerQuestionDocument = new TypedDocumentString(`
    mutation BoardAnswerQuestion($id: ID!, $answer: String!) {
  answerQuestion(id: $id, answer: $answer) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BoardAnswerQuestionMutation, BoardAnswerQuestionMutationVariables>;
export const BoardDismissQuestionDocument = new TypedDocumentString(`
    mutation BoardDismissQuestion($id: ID!) {
  dismissQuestion(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BoardDismissQuestionMutation, BoardDismissQuestionMutationVariables>;
export const BoardOverviewDocument = new TypedDocumentString(`
    query BoardOverview {
  stats {
    tasks {
      status
      count
    }
    totalTasks
    activeAgents
    tasksInReview
    completionRate
    successRate
    throughputPerHour
    completedLastHour
    failedLastDay
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
  runningTasks {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardOverviewQuery, BoardOverviewQueryVariables>;
export const BoardCostsDocument = new TypedDocumentString(`
    query BoardCosts {
  usage {
    inputTokens
    outputTokens
    totalCostUsd
    byModel {
      key
      inputTokens
      outputTokens
      costUsd
    }
    byAgent {
      key
      inputTokens
      outputTokens
      costUsd
    }
  }
  agents {
    id
    name
    spentTodayUsd
    dailyBudgetUsd
    monthlyBudgetUsd
    budgetExceededAt
  }
}
    `) as unknown as TypedDocumentString<BoardCostsQuery, BoardCostsQueryVariables>;
export const BoardCronDocument = new TypedDocumentString(`
    query BoardCron {
  cronJobs {
    id
    name
    schedule
    timezone
    paused
    nextRunAt
    lastRunAt
  }
}
    `) as unknown as TypedDocumentString<BoardCronQuery, BoardCronQueryVariables>;
export const BoardPauseCronDocument = new TypedDocumentString(`
    mutation BoardPauseCron($id: ID!) {
  pauseCronJob(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardPauseCronMutation, BoardPauseCronMutationVariables>;
export const BoardResumeCronDocument = new TypedDocumentString(`
    mutation BoardResumeCron($id: ID!) {
  resumeCronJob(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoardResumeCronMutation, BoardResumeCronMutationVariables>;
export const BoardTriggerCronDocument = new TypedDocumentString(`
    mutation BoardTriggerCron($id: ID!) {
  triggerCronJob(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<BoardTriggerCronMutation, BoardTriggerCronMutationVariables>;
export const BoardWebhooksDocument = new TypedDocumentString(`
    query BoardWebhooks {
  webhooks {
    id
    url
    active
    events
    deliveriesConnection(first: 20) {
      edges {
        node {
          id
          event
          status
          attempts
          lastStatusCode
          lastError
          createdAt
          deliveredAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardWebhooksQuery, BoardWebhooksQueryVariables>;
export const BoardAgentsDocument = new TypedDocumentString(`
    query BoardAgents {
  agents {
    ...BoardAgent
  }
}
    fragment BoardAgent on Agent {
  id
  name
  role
  status
  level
  maxCapacity
  lastHeartbeatAt
  spentTodayUsd
  dailyBudgetUsd
  currentTasks {
    id
  }
  host {
    hostname
    cpus
    cpuPercent
    memoryPercent
    load1
    saturated
    saturation
  }
}`) as unknown as TypedDocumentString<BoardAgentsQuery, BoardAgentsQueryVariables>;
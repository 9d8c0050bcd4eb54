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
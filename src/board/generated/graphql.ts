/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type BoardTaskFragment = { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, assignees: Array<{ name: string }>, claimedBy: { name: string } | null };

export type BoardApprovalFragment = { id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null };

export type BoardStartQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardStartQuery = { tasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, assignees: Array<{ name: string }>, claimedBy: { name: string } | null } }> }, agents: Array<{ id: string, name: string, role: string, status: AgentStatus }>, approvals: Array<{ id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null }>, activity: { edges: Array<{ node: { summary: string, createdAt: string } }> } };

export type BoardTaskPanelQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardTaskPanelQuery = { task: { title: string, description: string, status: TaskStatus, attempts: number, maxAttempts: number, result: string | null, error: string | null } | null, taskGraph: { order: Array<string>, nodes: Array<{ id: string, title: string, status: TaskStatus }>, edges: Array<{ from: string, to: string }> } };

export type BoardTaskOutputSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type BoardTaskOutputSubscription = { taskOutput: { seq: number, kind: OutputKind, content: string } };

export type BoardTaskEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardTaskEventsSubscription = { taskEvents: { type: TaskEventType, task: { id: string, title: string, status: TaskStatus, priority: TaskPriority, attempts: number, maxAttempts: number, assignees: Array<{ name: string }>, claimedBy: { name: string } | null } } };

export type BoardAgentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardAgentEventsSubscription = { agentEvents: { type: string, agentId: string, status: AgentStatus, agent: { id: string, name: string, role: string, status: AgentStatus } | null } };

export type BoardActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardActivitySubscription = { activity: { summary: string, createdAt: string } };

export type BoardApprovalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BoardApprovalsSubscription = { approvals: { id: string, kind: ApprovalKind, status: ApprovalStatus, tool: string | null, input: unknown, createdAt: string, task: { id: string, title: string } | null, agent: { name: string } | null } };

export type BoardDecideApprovalMutationVariables = Exact<{
  id: string | number;
  allow: boolean;
  message?: string | null | undefined;
}>;


export type BoardDecideApprovalMutation = { decideApproval: { id: string, status: ApprovalStatus } };

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
  assignees {
    name
  }
  claimedBy {
    name
  }
}
    `, {"fragmentName":"BoardTask"}) as unknown as TypedDocumentString<BoardTaskFragment, unknown>;
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
    id
    name
    role
    status
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
  assignees {
    name
  }
  claimedBy {
    name
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
    title
    description
    status
    attempts
    maxAttempts
    result
    error
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
    subscription BoardTaskOutput($t: ID!) {
  taskOutput(taskId: $t, fromSeq: 0) {
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
  assignees {
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
      id
      name
      role
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAgentEventsSubscription, BoardAgentEventsSubscriptionVariables>;
export const BoardActivityDocument = new TypedDocumentString(`
    subscription BoardActivity {
  activity {
    summary
    createdAt
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
/**
 * The typed event map. Payloads are plain JSON (dates as ISO strings) so they cross Redis unchanged.
 * Topics with an id are published per entity and subscribers pick the id: output fan-out only reaches
 * the subscribers of that task.
 */

import type { createPubSub } from "graphql-yoga";
import type { TaskEventType } from "../domain/enums.js";
import { assertExhaustive } from "../errors.js";

export interface TaskSnapshot {
  id: string;
  title: string;
  status: string;
  projectId: string | null;
  [key: string]: unknown;
}

export interface TaskEventPayload {
  type: TaskEventType;
  task: TaskSnapshot;
  previousStatus: string | null;
}

export interface ActivityPayload {
  id: string;
  type: string;
  actorType: string;
  actorId: string | null;
  agentId: string | null;
  taskId: string | null;
  projectId: string | null;
  summary: string;
  before: string | null;
  after: string | null;
  createdAt: string;
}

export interface OutputChunkPayload {
  taskId: string;
  seq: number;
  kind: string;
  content: string;
  createdAt: string;
}

export interface AgentEventPayload {
  type: string;
  agentId: string;
  status: string;
  previousStatus: string | null;
}

export interface NotificationPayload {
  id: string;
  agentId: string;
  kind: string;
  content: string;
  taskId: string | null;
  messageId: string | null;
  questionId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface ApprovalPayload {
  id: string;
  kind: string;
  status: string;
  taskId: string | null;
  runId: string | null;
  agentId: string | null;
  [key: string]: unknown;
}

export type PubSubTopics = {
  "task:event": [TaskEventPayload];
  activity: [ActivityPayload];
  "task:output": [taskId: string, payload: OutputChunkPayload];
  "agent:event": [AgentEventPayload];
  /**
   * A key stopped working (revoked, or its agent deleted): every instance ends the key's WebSocket
   * connections and SSE streams (realtime/key-streams.ts).
   */
  "apikey:revoked": [{ keyId: string; reason?: string }];
  notification: [agentId: string, payload: NotificationPayload];
  /** An approval was requested or decided (services/approvals.ts). */
  approval: [ApprovalPayload];
  /** stopTask: the instance running the task aborts its executor. */
  "run:stop": [{ taskId: string; outcome: "RELEASE" | "FAIL"; reason: string }];
};

export type PubSub = ReturnType<typeof createPubSub<PubSubTopics>>;

/** An event recorded inside a transaction and published once it commits. */
export type PendingEvent =
  | { topic: "task:event"; payload: TaskEventPayload }
  | { topic: "activity"; payload: ActivityPayload }
  | { topic: "task:output"; payload: OutputChunkPayload }
  | { topic: "agent:event"; payload: AgentEventPayload }
  | { topic: "notification"; payload: NotificationPayload }
  | { topic: "approval"; payload: ApprovalPayload }
  | { topic: "apikey:revoked"; payload: { keyId: string; reason: string } };

export function publishAll(pubsub: PubSub, events: readonly PendingEvent[]): void {
  for (const event of events) {
    switch (event.topic) {
      case "task:event":
        pubsub.publish("task:event", event.payload);
        break;
      case "activity":
        pubsub.publish("activity", event.payload);
        break;
      case "task:output":
        pubsub.publish("task:output", event.payload.taskId, event.payload);
        break;
      case "agent:event":
        pubsub.publish("agent:event", event.payload);
        break;
      case "notification":
        pubsub.publish("notification", event.payload.agentId, event.payload);
        break;
      case "approval":
        pubsub.publish("approval", event.payload);
        break;
      case "apikey:revoked":
        pubsub.publish("apikey:revoked", event.payload);
        break;
      default:
        assertExhaustive(event, "event topic");
    }
  }
}

/** JSON-safe copy of a row: Dates become ISO strings. */
export function snapshot<T extends object>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = row as Record<string, unknown>;
  // Keys, not entries: no [key, value] array per column (a task has 30), on every event.
  for (const k of Object.keys(source)) {
    const v = source[k];
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * The typed client: `createClient({ url, apiKey })`. Every operation is a typed document generated from
 * schema.graphql (`npm run codegen`), so results and variables are checked by the compiler. Queries and
 * mutations go over HTTP; subscriptions over WebSocket (graphql-ws), opened on first use.
 *
 * @example
 * const mc = createClient({ url: "http://127.0.0.1:4000/graphql", apiKey: process.env.MC_API_KEY });
 * const agent = await mc.ensureAgent("writer", { role: "technical writer" });
 * const { outcome, task } = await mc.claim(agent.id);
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { WebSocket } from "ws";
import {
  AppendOutputDocument,
  type ApprovalStatus,
  ClaimTaskDocument,
  ClientAgentsDocument,
  ClientAnswerQuestionDocument,
  ClientApprovalsDocument,
  ClientAskQuestionDocument,
  ClientBoardDocument,
  ClientCreateTaskDocument,
  ClientCreateTasksDocument,
  ClientDecideApprovalDocument,
  ClientDismissQuestionDocument,
  ClientDocumentDocument,
  ClientDocumentsDocument,
  ClientNotificationsDocument,
  ClientPlanDocument,
  ClientPlanGoalDocument,
  ClientPostMessageDocument,
  ClientQuestionsDocument,
  ClientRequestToolApprovalDocument,
  ClientReviewTaskDocument,
  ClientSetTaskStatusDocument,
  ClientStandupDocument,
  ClientStopTaskDocument,
  ClientTaskDocument,
  ClientTaskEventsDocument,
  ClientTaskOutputDocument,
  ClientTaskStateDocument,
  ClientTasksDocument,
  CompleteAndClaimDocument,
  CompleteTaskDocument,
  type CreateAgentInput,
  type CreateTaskInput,
  FailTaskDocument,
  FindAgentDocument,
  HeartbeatDocument,
  type HostMetricsInput,
  type OutputKind,
  type PlanGoalInput,
  RegisterAgentDocument,
  ReleaseTaskDocument,
  type TaskFilter,
  type TaskGraphInput,
  TaskOutputDocument,
  TaskPromptDocument,
  type TaskStatus,
  type UsageInput,
} from "../generated/graphql/graphql.js";

export * from "../generated/graphql/graphql.js";

export const DEFAULT_URL = "http://127.0.0.1:4000/graphql";

export interface ClientOptions {
  /** GraphQL endpoint. Default: MC_URL, else http://127.0.0.1:4000/graphql. */
  url?: string;
  /** API key sent as `Authorization: Bearer`. Default: MC_API_KEY. */
  apiKey?: string | null;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

/** A GraphQL error answer, with the first error's stable `code` (BAD_USER_INPUT, CONFLICT, ...). */
export class MissionControlError extends Error {
  override name = "MissionControlError";
  readonly code: string;
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join("; "));
    this.code = errors[0]?.extensions?.code ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN");
  }
}

export function createClient(options: ClientOptions = {}) {
  const url = options.url ?? process.env.MC_URL ?? DEFAULT_URL;
  const apiKey = options.apiKey === undefined ? (process.env.MC_API_KEY ?? null) : options.apiKey;
  let ws: WsClient | null = null;

  async function request<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<R> {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    let body: { data?: R; errors?: GraphQLErrorShape[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new MissionControlError([{ message: `HTTP ${res.status} from ${url}` }], res.status);
    }
    if (body.errors?.length) throw new MissionControlError(body.errors, res.status);
    return body.data as R;
  }

  /** Subscribes; `onData` gets each result. Returns a function that ends the subscription. */
  function subscribe<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables: V,
    onData: (data: R) => void,
    onError: (error: unknown) => void = () => {},
  ): () => void {
    ws ??= createWsClient({
      url: url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      retryAttempts: 5,
    });
    return ws.subscribe<R>(
      { query: print(doc), variables },
      {
        next: (v) =>
          v.errors ? onError(new MissionControlError(v.errors as GraphQLErrorShape[], 200)) : onData(v.data as R),
        error: onError,
        complete: () => {},
      },
    );
  }

  return {
    url,
    request,
    subscribe,

    // The agent protocol.
    /** The agent named `name`, registered with `input` when it does not exist yet. */
    async ensureAgent(name: string, input: Omit<CreateAgentInput, "name"> = {}) {
      const found = (await request(FindAgentDocument, { name })).agent;
      if (found) return found;
      try {
        return (await request(RegisterAgentDocument, { input: { ...input, name } })).createAgent;
      } catch (error) {
        // Two workers registering the same name at once: the loser reads the winner's.
        if (error instanceof MissionControlError && error.code === "CONFLICT") {
          const again = (await request(FindAgentDocument, { name })).agent;
          if (again) return again;
        }
        throw error;
      }
    },
    /** Alive, leases extended, usage recorded; `host` reports the agent's host (fleet health). */
    heartbeat: (agentId: string, usage?: UsageInput[], host?: HostMetricsInput) =>
      request(HeartbeatDocument, { agentId, usage, host }).then((r) => r.heartbeat),
    /** Claims the next task (or up to `limit` tasks, within capacity): `task` is the first, `tasks` all. */
    claim: (agentId: string, maxCapacity?: number, limit?: number) =>
      request(ClaimTaskDocument, { agentId, maxCapacity, limit }).then((r) => r.claimTask),
    prompt: (taskId: string, agentId?: string) =>
      request(TaskPromptDocument, { id: taskId, agentId }).then((r) => r.task?.prompt ?? ""),
    append: (taskId: string, agentId: string, content: string, kind?: OutputKind) =>
      request(AppendOutputDocument, { taskId, agentId, content, kind }).then((r) => r.appendTaskOutput),
    complete: (taskId: string, agentId: string, result?: string | null, usage?: UsageInput[]) =>
      request(CompleteTaskDocument, { taskId, agentId, result, usage }).then((r) => r.completeTask),
    /** Completes a held task and claims the next one(s) in the same request. */
    completeAndClaim: (
      taskId: string,
      agentId: string,
      options: { result?: string | null; usage?: UsageInput[]; maxCapacity?: number; limit?: number } = {},
    ) => request(CompleteAndClaimDocument, { taskId, agentId, ...options }).then((r) => r.completeAndClaim),
    fail: (taskId: string, agentId: string, error: string, retryable = true) =>
      request(FailTaskDocument, { taskId, agentId, error, retryable }).then((r) => r.failTask),
    release: (taskId: string, agentId: string, reason?: string) =>
      request(ReleaseTaskDocument, { taskId, agentId, reason }).then((r) => r.releaseTask),

    // Live tool approvals (docs/approvals.md).
    requestToolApproval: (tool: string, input: unknown, approvalId?: string, waitSeconds?: number) =>
      request(ClientRequestToolApprovalDocument, { tool, input, approvalId, waitSeconds }).then(
        (r) => r.requestToolApproval,
      ),
    approvals: (status?: ApprovalStatus, taskId?: string) =>
      request(ClientApprovalsDocument, { status, taskId }).then((r) => r.approvals),
    decideApproval: (id: string, allow: boolean, message?: string, updatedInput?: unknown) =>
      request(ClientDecideApprovalDocument, { id, allow, message, updatedInput }).then((r) => r.decideApproval),

    // Operators and tools.
    task: (id: string) => request(ClientTaskDocument, { id }).then((r) => r.task),
    tasks: (filter?: TaskFilter, first?: number, after?: string) =>
      request(ClientTasksDocument, { filter, first, after }).then((r) => r.tasks),
    createTask: (input: CreateTaskInput) => request(ClientCreateTaskDocument, { input }).then((r) => r.createTask),
    setStatus: (taskId: string, status: TaskStatus, note?: string) =>
      request(ClientSetTaskStatusDocument, { taskId, status, note }).then((r) => r.setTaskStatus),
    postMessage: (taskId: string, content: string, authorAgentId?: string) =>
      request(ClientPostMessageDocument, { taskId, content, authorAgentId }).then((r) => r.postMessage),
    askQuestion: (agentId: string, question: string, taskId?: string) =>
      request(ClientAskQuestionDocument, { agentId, question, taskId }).then((r) => r.askQuestion),
    document: (id: string, version?: number) =>
      request(ClientDocumentDocument, { id, version }).then((r) => r.document),
    documents: (filter: { taskId?: string; projectId?: string; search?: string } = {}) =>
      request(ClientDocumentsDocument, filter).then((r) => r.documents),
    /** A whole plan at once: items refer to each other by `ref` (`dependsOnRefs`); input order kept. */
    createTasks: (input: TaskGraphInput[]) => request(ClientCreateTasksDocument, { input }).then((r) => r.createTasks),
    /** Plans a goal into a task graph with a planner agent (docs/planning.md); returns the planning task. */
    planGoal: (input: PlanGoalInput) => request(ClientPlanGoalDocument, { input }).then((r) => r.planGoal),
    /** A planning task's state, plan and planned tasks (null when it does not exist). */
    plan: (id: string) => request(ClientPlanDocument, { id }).then((r) => r.task),
    /** Status, result and error of one task (null when it does not exist). */
    taskState: (id: string) => request(ClientTaskStateDocument, { id }).then((r) => r.task),
    /** Stored output after `fromSeq` (default 0), at most `limit` chunks. */
    output: (id: string, fromSeq?: number, limit?: number) =>
      request(ClientTaskOutputDocument, { id, fromSeq, limit }).then((r) => r.task),
    stop: (taskId: string, outcome?: "RELEASE" | "FAIL", reason?: string) =>
      request(ClientStopTaskDocument, { taskId, outcome, reason }).then((r) => r.stopTask),
    review: (taskId: string, verdict: "APPROVED" | "REJECTED", feedback?: string) =>
      request(ClientReviewTaskDocument, { taskId, verdict, feedback }).then((r) => r.reviewTask),
    questions: (status?: "OPEN" | "ANSWERED" | "DISMISSED", first?: number) =>
      request(ClientQuestionsDocument, { status, first }).then((r) => r.questionsConnection),
    answerQuestion: (id: string, answer: string) =>
      request(ClientAnswerQuestionDocument, { id, answer }).then((r) => r.answerQuestion),
    dismissQuestion: (id: string) => request(ClientDismissQuestionDocument, { id }).then((r) => r.dismissQuestion),
    agents: () => request(ClientAgentsDocument, {}).then((r) => r.agents),
    board: () => request(ClientBoardDocument, {}).then((r) => r.stats),
    standup: (since?: string) => request(ClientStandupDocument, { since }).then((r) => r.standup),

    // Live.
    onTaskOutput: (
      taskId: string,
      fromSeq: number,
      onChunk: (c: { seq: number; kind: OutputKind; content: string }) => void,
      onError?: (e: unknown) => void,
    ) => subscribe(TaskOutputDocument, { taskId, fromSeq }, (d) => onChunk(d.taskOutput), onError),
    onTaskEvents: (
      filter: { taskId?: string; projectId?: string },
      onEvent: (e: { type: string; task: { id: string; title: string; status: TaskStatus } }) => void,
    ) => subscribe(ClientTaskEventsDocument, filter, (d) => onEvent(d.taskEvents)),
    onNotifications: (agentId: string, onNote: (n: { id: string; kind: string; content: string }) => void) =>
      subscribe(ClientNotificationsDocument, { agentId }, (d) => onNote(d.notifications)),

    async close() {
      await ws?.dispose();
      ws = null;
    },
  };
}

export type MissionControlClient = ReturnType<typeof createClient>;

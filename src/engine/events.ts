/**
 * The engine's event map, as graphile-worker's `WorkerEvents`: the claim path, lease recovery, the
 * runner, webhook delivery, usage, cron and the background jobs say what happened here, once, after it
 * committed, and logs, metrics and traces subscribe (src/observability/). Emitting costs one call
 * and nothing when nobody listens; a listener that throws is logged by the emitter, never thrown into
 * the engine.
 *
 * Times are epoch milliseconds; `durationMs` is measured by the emitter around the work it reports, so
 * a trace can place a span from an event without wrapping the engine's code.
 */
import type { ClaimOutcome } from "../domain/enums.js";

export interface EngineEventMap {
  /** A claim (claimTask, claimNext, completeAndClaim's next, the runner's own) and what it took. */
  "claim:attempted": {
    agentId: string;
    outcome: ClaimOutcome;
    taskIds: string[];
    startedAt: number;
    durationMs: number;
  };
  /** A claim whose lease ran out: requeued, or FAILED with its attempts used up. */
  "lease:expired": { taskId: string; agentId: string | null; outcome: "REQUEUED" | "FAILED"; at: number };
  /** A server-side run started (a WORK run, or a REVIEW run by a reviewer agent). */
  "run:started": {
    runId: string;
    taskId: string;
    agentId: string;
    backend: string;
    kind: "WORK" | "REVIEW";
    model: string | null;
    startedAt: number;
  };
  /** A server-side run ended: SUCCEEDED, FAILED, STOPPED or LOST (its claim was taken meanwhile). */
  "run:finished": {
    runId: string;
    taskId: string;
    agentId: string;
    backend: string;
    kind: "WORK" | "REVIEW";
    status: string;
    error: string | null;
    startedAt: number;
    durationMs: number;
  };
  /** One webhook delivery attempt: SUCCEEDED, RETRYING (due again later) or FAILED (attempts used up). */
  "webhook:attempted": {
    deliveryId: string;
    webhookId: string;
    event: string;
    status: "SUCCEEDED" | "RETRYING" | "FAILED";
    attempt: number;
    statusCode: number;
    error: string | null;
    startedAt: number;
    durationMs: number;
  };
  /** Token usage stored (a run's, a heartbeat's, a completion's), priced. */
  "usage:recorded": {
    agentId: string | null;
    taskId: string | null;
    model: string;
    inputTokens: number;
    outputTokens: number;
    costUsd: number;
  };
  /** Work refused because the agent, or the task's project, is at or over a budget (BUDGET_EXCEEDED). */
  "budget:refused": { agentId: string; scope: "agent" | "project"; window: "daily" | "monthly" };
  /** A cron occurrence fired, `lagSeconds` after it was due. */
  "cron:fired": { cronJobId: string; name: string; occurrence: Date; lagSeconds: number; created: boolean };
  /** A cron occurrence that could not be committed; it stays due and is retried. */
  "cron:failed": { cronJobId: string; error: unknown };
  /** A background job's pass (lease recovery, auto-dispatch, webhooks, cron, heartbeats). */
  "job:completed": { job: string; result: unknown; durationMs: number };
  "job:failed": { job: string; error: unknown; durationMs: number };
}

export type EngineEventName = keyof EngineEventMap;
type Listener<K extends EngineEventName> = (event: EngineEventMap[K]) => void;

export interface EngineEvents {
  emit<K extends EngineEventName>(name: K, event: EngineEventMap[K]): void;
  /** @returns a function that removes the listener */
  on<K extends EngineEventName>(name: K, listener: Listener<K>): () => void;
}

/** @param onListenerError told when a listener throws (the engine carries on) */
export function createEngineEvents(onListenerError: (error: unknown, name: EngineEventName) => void): EngineEvents {
  const listeners = new Map<EngineEventName, Listener<never>[]>();
  return {
    emit(name, event) {
      const list = listeners.get(name);
      if (!list) return;
      for (const listener of list) {
        try {
          (listener as Listener<typeof name>)(event);
        } catch (error) {
          onListenerError(error, name);
        }
      }
    },
    on(name, listener) {
      const list = listeners.get(name) ?? [];
      list.push(listener as Listener<never>);
      listeners.set(name, list);
      return () => {
        const i = list.indexOf(listener as Listener<never>);
        if (i >= 0) list.splice(i, 1);
      };
    },
  };
}

/**
 * The engine's log lines, from its events (src/engine/events.ts): what an operator wants in the log of
 * a busy deployment, at info and above, and the routine at debug. Secrets never reach an event.
 */
import type { EngineEvents } from "../engine/events.js";
import type { Logger } from "../logger.js";

export function subscribeLogs(events: EngineEvents, logger: Logger): () => void {
  const offs = [
    events.on("job:completed", (e) => {
      // A pass that did something (recovered leases, sent deliveries, fired occurrences) is news.
      if (typeof e.result === "number" && e.result > 0) {
        logger.info({ job: e.job, result: e.result, ms: e.durationMs }, "job did work");
      }
    }),
    events.on("job:failed", (e) => logger.error({ job: e.job, err: e.error, ms: e.durationMs }, "job failed")),
    events.on("lease:expired", (e) =>
      logger.warn({ taskId: e.taskId, agentId: e.agentId, outcome: e.outcome }, "a claim's lease expired"),
    ),
    events.on("run:started", (e) =>
      logger.info(
        { runId: e.runId, taskId: e.taskId, agentId: e.agentId, backend: e.backend, kind: e.kind, model: e.model },
        "run started",
      ),
    ),
    events.on("run:finished", (e) =>
      logger[e.status === "SUCCEEDED" ? "info" : "warn"](
        {
          runId: e.runId,
          taskId: e.taskId,
          agentId: e.agentId,
          backend: e.backend,
          kind: e.kind,
          status: e.status,
          ms: e.durationMs,
          ...(e.error ? { error: e.error.slice(0, 500) } : {}),
        },
        "run finished",
      ),
    ),
    events.on("webhook:attempted", (e) => {
      const fields = {
        deliveryId: e.deliveryId,
        webhookId: e.webhookId,
        event: e.event,
        status: e.status,
        attempt: e.attempt,
        statusCode: e.statusCode,
        ms: e.durationMs,
        ...(e.error ? { error: e.error.slice(0, 500) } : {}),
      };
      if (e.status === "FAILED") logger.warn(fields, "webhook delivery failed for good");
      else if (e.status === "RETRYING") logger.info(fields, "webhook delivery failed; retrying later");
      else logger.debug(fields, "webhook delivered");
    }),
    events.on("cron:fired", (e) =>
      logger.debug({ cronJobId: e.cronJobId, name: e.name, lagSeconds: e.lagSeconds }, "cron occurrence fired"),
    ),
    events.on("cron:failed", (e) =>
      logger.error({ err: e.error, cronJobId: e.cronJobId }, "cron occurrence failed; it stays due and is retried"),
    ),
  ];
  // The hottest event: not even listened to unless debug is on.
  if (logger.isLevelEnabled("debug")) {
    offs.push(
      events.on("claim:attempted", (e) =>
        logger.debug({ agentId: e.agentId, outcome: e.outcome, taskIds: e.taskIds, ms: e.durationMs }, "claim"),
      ),
    );
  }
  return () => {
    for (const off of offs) off();
  };
}

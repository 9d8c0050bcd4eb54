/**
 * The dependency bag: everything one Mission Control instance is made of, built once, in dependency
 * order, before any transport exists: the database (both paths), the event bus and its pub/sub, the
 * engine's events, the services, observability, leadership, the runner and the scheduler, the rate
 * limits and the registry of each key's streams. The HTTP and WebSocket modules (src/http/) take it.
 */
import { randomUUID } from "node:crypto";
import type { Config } from "./config.js";
import { createDb } from "./db/client.js";
import { createEngineEvents } from "./engine/events.js";
import { createExecutors } from "./execution/executors.js";
import { createRunner } from "./execution/runner.js";
import { createLogger, type Logger } from "./logger.js";
import { subscribeLogs } from "./observability/logs.js";
import { createMetrics } from "./observability/metrics.js";
import { createTracing } from "./observability/tracing.js";
import { createEventBus } from "./realtime/event-target.js";
import { createKeyStreams } from "./realtime/key-streams.js";
import { createPubSub } from "./realtime/pubsub.js";
import { createSlowConsumerWatch } from "./realtime/slow-consumers.js";
import { createScheduler } from "./scheduler/index.js";
import { autoDispatchJob } from "./scheduler/jobs/auto-dispatch.js";
import { cronJob } from "./scheduler/jobs/cron.js";
import { heartbeatMonitorJob } from "./scheduler/jobs/heartbeat-monitor.js";
import { leaseRecoveryJob } from "./scheduler/jobs/lease-recovery.js";
import { webhookDeliveryJob } from "./scheduler/jobs/webhook-delivery.js";
import { createLeadership } from "./scheduler/leadership.js";
import { createRateLimits } from "./security/rate-limits.js";
import type { ServiceDeps } from "./services/context.js";
import { createServices } from "./services/index.js";
import { VERSION } from "./version.js";

export interface AppOptions {
  logger?: Logger;
  /** The time (tests move it forward instead of sleeping). @default Date.now */
  now?: () => number;
}

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  const handle = createDb(config);
  const bus = createEventBus(config.redisUrl, logger);
  const pubsub = createPubSub(bus.target as EventTarget);
  const events = createEngineEvents((err, name) =>
    logger.error({ err, event: name }, "an engine event listener failed"),
  );
  const deps: ServiceDeps = {
    db: handle.db,
    provider: handle.provider,
    sql: handle.sql,
    sqlIn: handle.sqlIn,
    pubsub,
    config,
    logger,
    events,
    now: options.now,
  };
  const services = createServices(deps, createExecutors(config));
  subscribeLogs(events, logger);
  /** Live subscriptions on this instance, by transport (mc_subscriptions_active). */
  const live = { websocket: 0, sse: 0 };
  const metrics = config.metrics
    ? createMetrics({ events, sql: handle.sql, subscriptions: () => live, cacheSeconds: config.metricsCacheSeconds })
    : null;
  const tracing = config.otlpTracesEndpoint
    ? createTracing({
        endpoint: config.otlpTracesEndpoint,
        serviceName: config.otelServiceName,
        serviceVersion: VERSION,
        instanceId: randomUUID(),
        events,
      })
    : null;
  const leadership = createLeadership(config, logger);
  /** This server as a local process reaches it, once it listens (a run's MCP server calls it). */
  const self = { url: null as string | null };
  const runner = createRunner({
    deps,
    services,
    isLeader: () => config.schedulerEnabled && leadership.isLeader(),
    selfUrl: () => self.url,
  });
  const scheduler = createScheduler(
    [
      leaseRecoveryJob(services.claims, config.leaseSweepSeconds),
      heartbeatMonitorJob(services.claims, Math.max(1, Math.floor(config.heartbeatIntervalSeconds / 2))),
      autoDispatchJob(runner, config.dispatchIntervalSeconds),
      cronJob(services.cron),
      webhookDeliveryJob(services.webhooks),
    ],
    logger,
    events,
    () => leadership.isLeader(),
  );
  return {
    config,
    logger,
    handle,
    bus,
    pubsub,
    events,
    deps,
    services,
    live,
    metrics,
    tracing,
    leadership,
    runner,
    scheduler,
    self,
    rateLimits: createRateLimits(config, logger),
    /** Every long-lived stream of every key, ended together when the key stops working. */
    keyStreams: createKeyStreams(),
    slowConsumers: createSlowConsumerWatch(config.streamMaxBufferedBytes),
  };
}

export type App = ReturnType<typeof createApp>;

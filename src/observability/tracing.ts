/**
 * OpenTelemetry traces, off unless an OTLP endpoint is configured (the SDK's own variables:
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_SERVICE_NAME). Then:
 *
 * - a span per GraphQL operation, from the envelop integration (`@envelop/opentelemetry`), over HTTP,
 *   SSE and WebSocket alike, and
 * - a span per claim, run and webhook delivery attempt, from the engine's events (src/engine/events.ts),
 *   with the task and agent ids (and run, delivery, outcome, status) as attributes. An event carries
 *   when its work started and how long it took, so its span is placed exactly without wrapping the
 *   engine's code; a claim made by a request is a child of that request's operation span.
 *
 * Spans leave in batches over OTLP/HTTP (JSON). The SDK is loaded only when tracing is on, so a server
 * without it neither loads nor pays for it; `shutdown()` flushes what is buffered.
 */
import { createRequire } from "node:module";
import type * as Api from "@opentelemetry/api";
import type { Plugin } from "graphql-yoga";
import type { EngineEvents } from "../engine/events.js";

export interface Tracing {
  plugin: Plugin;
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  endpoint: string;
  serviceName: string;
  serviceVersion: string;
  instanceId: string;
  events: EngineEvents;
  /** Milliseconds between batch exports. @default 1000 */
  exportDelayMs?: number;
}

export function createTracing(options: TracingOptions): Tracing {
  const require = createRequire(import.meta.url);
  const api = require("@opentelemetry/api") as typeof Api;
  const { BasicTracerProvider, BatchSpanProcessor } =
    require("@opentelemetry/sdk-trace-base") as typeof import("@opentelemetry/sdk-trace-base");
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  const { Resource } = require("@opentelemetry/resources") as typeof import("@opentelemetry/resources");
  const { AsyncLocalStorageContextManager } =
    require("@opentelemetry/context-async-hooks") as typeof import("@opentelemetry/context-async-hooks");
  const { useOpenTelemetry } = require("@envelop/opentelemetry") as typeof import("@envelop/opentelemetry");

  const provider = new BasicTracerProvider({
    resource: new Resource({
      "service.name": options.serviceName,
      "service.version": options.serviceVersion,
      "service.instance.id": options.instanceId,
    }),
  });
  provider.addSpanProcessor(
    new BatchSpanProcessor(new OTLPTraceExporter({ url: options.endpoint }), {
      scheduledDelayMillis: options.exportDelayMs ?? 1000,
    }),
  );
  // The context manager carries the operation's span into the resolvers, and so into the engine.
  const contextManager = new AsyncLocalStorageContextManager().enable();
  api.context.setGlobalContextManager(contextManager);
  api.trace.setGlobalTracerProvider(provider);
  const tracer = provider.getTracer("mission-control", options.serviceVersion);

  /** A finished span for an event's work, under the span active where the event was emitted. */
  const span = (
    name: string,
    startedAt: number,
    durationMs: number,
    attributes: Api.Attributes,
    error?: string | null,
  ) => {
    const s = tracer.startSpan(name, { startTime: startedAt, attributes }, api.context.active());
    if (error) s.setStatus({ code: api.SpanStatusCode.ERROR, message: error.slice(0, 500) });
    s.end(startedAt + durationMs);
  };
  const offs = [
    options.events.on("claim:attempted", (e) =>
      span("mc.claim", e.startedAt, e.durationMs, {
        "mc.agent.id": e.agentId,
        "mc.claim.outcome": e.outcome,
        "mc.task.ids": e.taskIds,
        ...(e.taskIds[0] ? { "mc.task.id": e.taskIds[0] } : {}),
      }),
    ),
    options.events.on("run:finished", (e) =>
      span(
        "mc.run",
        e.startedAt,
        e.durationMs,
        {
          "mc.run.id": e.runId,
          "mc.run.kind": e.kind,
          "mc.run.backend": e.backend,
          "mc.run.status": e.status,
          "mc.task.id": e.taskId,
          "mc.agent.id": e.agentId,
        },
        e.status === "SUCCEEDED" ? null : (e.error ?? e.status),
      ),
    ),
    options.events.on("webhook:attempted", (e) =>
      span(
        "mc.webhook.delivery",
        e.startedAt,
        e.durationMs,
        {
          "mc.webhook.id": e.webhookId,
          "mc.webhook.delivery.id": e.deliveryId,
          "mc.webhook.event": e.event,
          "mc.webhook.status": e.status,
          "mc.webhook.attempt": e.attempt,
          "http.response.status_code": e.statusCode,
        },
        e.status === "SUCCEEDED" ? null : e.error,
      ),
    ),
  ];

  const plugin = useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: true },
    provider,
    api.SpanKind.SERVER,
    {},
    options.serviceName,
  ) as unknown as Plugin;

  return {
    plugin,
    async shutdown() {
      for (const off of offs) off();
      await provider.shutdown();
      api.trace.disable();
      api.context.disable();
      contextManager.disable();
    },
  };
}

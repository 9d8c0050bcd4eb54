/**
 * Yoga at /graphql: the schema, the per-request context (the viewer, authenticated within the limits;
 * the pub/sub a long-lived consumer's subscriptions count what they queue through), error masking, and
 * one plugin per cross-cutting concern, in order: graphql-js execution, tracing, metrics, error codes,
 * document limits, the guard, shared subscription execution, the streams of each key.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createYoga } from "graphql-yoga";
import type { App } from "../app.js";
import { type AppContext, actorOf } from "../context.js";
import { perObject } from "../per-object.js";
import { useErrorCodes } from "../plugins/use-error-codes.js";
import { useGraphqlJsExecute } from "../plugins/use-graphql-js-execute.js";
import { useKeyStreams } from "../plugins/use-key-streams.js";
import { useScopeCacheRelease } from "../plugins/use-scope-cache-release.js";
import { useSharedSubscriptionExecution } from "../plugins/use-shared-subscription-execution.js";
import { type Meter, meteredPubSub } from "../realtime/pubsub.js";
import { slowConsumerReason } from "../realtime/slow-consumers.js";
import { schema } from "../schema/index.js";
import { useGuard } from "../security/guard.js";
import { useLimits } from "../security/plugins.js";
import type { Viewer } from "../security/roles.js";
import { type Auth, addressOf } from "./auth.js";
import { graphiqlPage } from "./graphiql.js";
import { maskErrors } from "./graphql-errors.js";

export const GRAPHIQL_OPTIONS = { title: "Mission Control", subscriptionsProtocol: "WS" } as const;

/** What the transports hand Yoga besides the request: the Node objects and what they know already. */
export interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  socket?: { socket: object };
  rateLimited?: string;
  limitsChecked?: boolean;
  requestId?: string;
  viewer?: Viewer | null;
  authFailure?: string;
}

export function createYogaServer(app: App, auth: Auth) {
  const { config, logger, services, runner, pubsub, live, slowConsumers } = app;

  const contextFor = (
    requestId: string,
    viewer: Viewer | null,
    authFailure?: string,
    meter?: Meter,
    rateLimited?: string,
  ): AppContext => ({
    db: app.handle.db,
    deps: app.deps,
    services,
    runner,
    // A long-lived consumer's subscriptions count what they queue (slow-consumers.ts).
    pubsub: meter ? meteredPubSub(pubsub, meter) : pubsub,
    config,
    logger: logger.child({ requestId }),
    requestId,
    viewer,
    authFailure,
    rateLimited,
    actor: actorOf(viewer),
  });

  /** What each WebSocket's subscriptions have queued and not sent, by socket. */
  const meterOf = perObject<object, Meter>(() => ({ queued: 0 }));
  /** An SSE response, watched until it closes (see slow-consumers.ts). @returns its meter */
  const watchSse = (res: ServerResponse): Meter => {
    const meter: Meter = { queued: 0 };
    live.sse++;
    res.once("close", () => live.sse--);
    const off = slowConsumers.watch({
      unsent: () => meter.queued + res.writableLength + (res.socket?.writableLength ?? 0),
      cut: (bytes) => {
        logger.warn({ bytes, transport: "sse" }, slowConsumerReason(bytes, config.streamMaxBufferedBytes));
        res.destroy();
      },
    });
    res.once("close", off);
    return meter;
  };

  const yoga = createYoga<ServerContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // Served by the HTTP routes (from this server's own files, under a CSP); Yoga's page is never reached.
    graphiql: GRAPHIQL_OPTIONS,
    renderGraphiQL: (opts) => graphiqlPage({ ...GRAPHIQL_OPTIONS, ...opts } as typeof GRAPHIQL_OPTIONS).html,
    logging: false,
    multipart: false,
    maxRequestBodySize: config.maxBodyBytes,
    // HTTP requests carry x-request-id (set by the routes) and a header to authenticate; WebSocket
    // operations bring the viewer their connection authenticated.
    context: async ({ request, requestId, viewer, authFailure, rateLimited, limitsChecked, req, res, socket }) => {
      const id = requestId ?? (request?.headers.get("x-request-id")?.slice(0, 64) || randomUUID());
      // WebSocket operations count against their connection, an SSE response against itself.
      const meter = socket
        ? meterOf(socket.socket)
        : res && request?.headers.get("accept")?.includes("text/event-stream")
          ? watchSse(res)
          : undefined;
      // The fast path authenticated within the limits already.
      if (limitsChecked) return contextFor(id, viewer ?? null, authFailure, meter, rateLimited);
      // A WebSocket operation: the connection authenticated; each operation takes from the key.
      if (viewer !== undefined) return contextFor(id, viewer, authFailure, meter, await auth.operationLimited(viewer));
      const who = await auth.authenticateLimited(request?.headers.get("authorization"), addressOf(req));
      return contextFor(id, who.viewer, who.authFailure, meter, who.rateLimited);
    },
    maskedErrors: { maskError: maskErrors(logger) },
    plugins: [
      // First: the plugins after it (tracing) wrap the execute function it sets.
      useGraphqlJsExecute(),
      ...(app.tracing ? [app.tracing.plugin] : []),
      ...(app.metrics ? [app.metrics.plugin] : []),
      useErrorCodes(),
      useLimits(config),
      useGuard(),
      useScopeCacheRelease(),
      useSharedSubscriptionExecution(),
      useKeyStreams(app.keyStreams),
    ],
  });

  return { yoga, meterOf };
}

export type YogaServer = ReturnType<typeof createYogaServer>;

/**
 * `createServer(config) -> { start, stop }`: the HTTP server, Yoga at /graphql (GraphiQL, SSE),
 * graphql-ws on the same path running through the same Envelop plugins, /health, the scheduler.
 */
import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { GraphQLError, getOperationAST } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { serveBoard } from "./board/serve.js";
import type { Config } from "./config.js";
import { type AppContext, actorOf } from "./context.js";
import { queryCounter } from "./db/adapter-wrap.js";
import { createDb, type DbHandle } from "./db/client.js";
import { loadMigrations, migrate, migrationsDir } from "./db/migrate.js";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./db/outage.js";
import { createEngineEvents, type EngineEvents } from "./engine/events.js";
import { AppError, ServiceUnavailableError } from "./errors.js";
import { createExecutors } from "./execution/executors.js";
import { createRunner, type Runner } from "./execution/runner.js";
import { type GraphiQLPage, graphiqlPage, serveGraphiQL, serveGraphiQLAsset, wantsGraphiQL } from "./http/graphiql.js";
import { appErrorOf, toGraphQLError } from "./http/graphql-errors.js";
import { createGraphQLFastPath } from "./http/graphql-fast-path.js";
import { serveGraphqlWs, type WsExtra } from "./http/graphql-ws.js";
import { createLogger, type Logger } from "./logger.js";
import { subscribeLogs } from "./observability/logs.js";
import { createMetrics } from "./observability/metrics.js";
import { createTracing } from "./observability/tracing.js";
import { perObject } from "./per-object.js";
import { useKeyStreams } from "./plugins/use-key-streams.js";
import { useSharedSubscriptionExecution } from "./plugins/use-shared-subscription-execution.js";
import { createEventBus } from "./realtime/event-target.js";
import { createKeyStreams } from "./realtime/key-streams.js";
import { createPubSub, listeningSubscriptions, type Meter, meteredPubSub } from "./realtime/pubsub.js";
import { createSlowConsumerWatch, slowConsumerReason } from "./realtime/slow-consumers.js";
import { createScheduler, type Scheduler } from "./scheduler/index.js";
import { autoDispatchJob } from "./scheduler/jobs/auto-dispatch.js";
import { cronJob } from "./scheduler/jobs/cron.js";
import { heartbeatMonitorJob } from "./scheduler/jobs/heartbeat-monitor.js";
import { leaseRecoveryJob } from "./scheduler/jobs/lease-recovery.js";
import { webhookDeliveryJob } from "./scheduler/jobs/webhook-delivery.js";
import { createLeadership } from "./scheduler/leadership.js";
import { schema } from "./schema/index.js";
import { useGuard } from "./security/guard.js";
import { bearer, sameSecret } from "./security/keys.js";
import { useLimits } from "./security/plugins.js";
import { createRateLimits } from "./security/rate-limits.js";
import type { Viewer } from "./security/roles.js";
import { createServices, type Services } from "./services/index.js";
import { sql } from "./sql/sql.js";
import { VERSION } from "./version.js";

export interface MissionControl {
  /** Applies migrations, connects, listens. Resolves with the bound URL. */
  start(): Promise<{ url: string; port: number }>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes everything. */
  stop(): Promise<void>;
  readonly services: Services;
  readonly runner: Runner;
  readonly scheduler: Scheduler;
  readonly db: DbHandle["db"];
  readonly logger: Logger;
  /** Subscriptions listening on the event bus in this process. */
  liveSubscriptions(): number;
  /** What the engine does, as typed events (docs/operations.md). */
  events: EngineEvents;
}

function isGraphQLContentType(value: string | undefined): boolean {
  const type = (value ?? "").split(";")[0]!.trim().toLowerCase();
  return (
    type === "application/json" || type === "application/graphql-response+json" || type === "application/graphql+json"
  );
}

/** Messages graphql-js gives when an argument or variable value is wrong: the client's input. */
const INPUT_ERRORS = [
  /^Variable "\$[^"]+" got invalid value/,
  /^Variable "\$[^"]+" of required type/,
  /^Variable "\$[^"]+" of non-null type/,
  /^Expected value of type/,
  /^Expected type "[^"]+"/,
  /cannot represent/,
  /does not exist in "[^"]+" enum/,
  /^Field "[^"]+" of required type/,
  /^Argument "[^"]+" of required type/,
  /^Field "[^"]+" is not defined by type/,
];

/** BAD_USER_INPUT for errors that are the client's input but come from the GraphQL layer. */
function inputErrorCode(error: GraphQLError): string | null {
  return INPUT_ERRORS.some((re) => re.test(error.message)) ? "BAD_USER_INPUT" : null;
}

/** Where the data lives, for the start-up line: the SQLite file's absolute path, or host/database (no credentials). */
export function describeDatabase(databaseUrl: string): string {
  if (databaseUrl.startsWith("file:")) return path.resolve(databaseUrl.slice("file:".length).split("?")[0]!);
  try {
    const u = new URL(databaseUrl);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

const GRAPHIQL_OPTIONS = { title: "Mission Control", subscriptionsProtocol: "WS" } as const;

/** A request slower than this is logged at info (every request is logged at debug). */
const SLOW_REQUEST_MS = 1000;

export function createServer(config: Config, options: { logger?: Logger; now?: () => number } = {}): MissionControl {
  const logger = options.logger ?? createLogger(config.logLevel);
  const handle = createDb(config);
  const bus = createEventBus(config.redisUrl, logger);
  const pubsub = createPubSub(bus.target as EventTarget);
  const events = createEngineEvents((err, name) =>
    logger.error({ err, event: name }, "an engine event listener failed"),
  );
  const serviceDeps = {
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
  const services = createServices(serviceDeps, createExecutors(config));
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
  /** This server as a local process reaches it, once it listens (a run's MCP server calls it). */
  let selfUrl: string | null = null;
  const runner = createRunner({
    deps: serviceDeps,
    services,
    isLeader: () => config.schedulerEnabled && leadership.isLeader(),
    selfUrl: () => selfUrl,
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
  const leadership = createLeadership(config, logger);
  let ready = false;

  const rateLimits = createRateLimits(config, logger);
  const authOff: Viewer = { keyId: null, role: "ADMIN", agentId: null, name: "MC_AUTH=off" };

  /** The caller named by an `Authorization` value (HTTP header or WebSocket connectionParams). */
  /** The client address a request counts against (the peer; a proxy in front is one address). */
  const addressOf = (req: IncomingMessage | undefined) => req?.socket?.remoteAddress ?? "unknown";

  async function authenticate(header: unknown): Promise<{ viewer: Viewer | null; authFailure?: string }> {
    if (config.auth === "off") return { viewer: authOff };
    const secret = typeof header === "string" ? bearer(header) : null;
    if (!secret) return { viewer: null };
    const result = await services.apiKeys.authenticate(secret);
    if (result.ok) return { viewer: result.viewer };
    return {
      viewer: null,
      authFailure: `the API key is ${result.reason === "malformed" || result.reason === "unknown" ? "not valid" : result.reason}`,
    };
  }

  const contextFor = (
    requestId: string,
    viewer: Viewer | null,
    authFailure?: string,
    meter?: Meter,
    rateLimited?: string,
  ): AppContext => ({
    db: handle.db,
    deps: serviceDeps,
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

  const KEY_LIMITED = "too many requests for this key; slow down and retry shortly";
  const ADDRESS_LIMITED =
    "too many requests without a valid API key from this address (MC_AUTH_FAILURES_PER_MINUTE); wait a minute";
  /** The key a viewer's requests count against. */
  const limitKey = (viewer: Viewer) => viewer.keyId ?? `${viewer.role}:${viewer.name}`;
  /**
   * Authenticates a request from `address`, within the rate limits: an address over its allowance of
   * keyless and failed requests is refused before the key lookup; a valid key takes from its own.
   */
  async function authenticateLimited(
    header: unknown,
    address: string,
  ): Promise<{ viewer: Viewer | null; authFailure?: string; rateLimited?: string }> {
    if (await rateLimits.addressBlocked(address)) return { viewer: null, rateLimited: ADDRESS_LIMITED };
    const auth = await authenticate(header);
    if (!auth.viewer) {
      await rateLimits.failedFrom(address);
      return auth;
    }
    return (await rateLimits.takeKey(limitKey(auth.viewer))) ? auth : { ...auth, rateLimited: KEY_LIMITED };
  }

  const errorCodes: Plugin = {
    onValidate() {
      // Yoga has already labelled these GRAPHQL_VALIDATION_FAILED (HTTP 400); a bad argument value is
      // the client's input, so it is relabelled in place and keeps the 400.
      return ({ result }) => {
        for (const error of result) {
          if (inputErrorCode(error)) (error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
        }
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors) return;
          setResult({ ...result, errors: result.errors.map(withInputCode) });
        },
      };
    },
  };

  function withInputCode<E extends Error>(error: E): E | GraphQLError {
    if (!(error instanceof GraphQLError) || error.extensions?.code) return error;
    const code = inputErrorCode(error);
    if (!code) return error;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions, code },
    });
  }

  /** Every long-lived stream of every key, ended together when the key stops working. */
  const keyStreams = createKeyStreams();
  const slowConsumers = createSlowConsumerWatch(config.streamMaxBufferedBytes);
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

  const yoga = createYoga<{
    req?: IncomingMessage;
    res?: ServerResponse;
    socket?: { socket: object };
    rateLimited?: string;
    limitsChecked?: boolean;
    requestId?: string;
    viewer?: Viewer | null;
    authFailure?: string;
  }>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // Served by handleHttp (from this server's own files, under a CSP); Yoga's own page is never reached.
    graphiql: GRAPHIQL_OPTIONS,
    renderGraphiQL: (opts) => graphiqlPage({ ...GRAPHIQL_OPTIONS, ...opts } as typeof GRAPHIQL_OPTIONS).html,
    logging: false,
    multipart: false,
    maxRequestBodySize: config.maxBodyBytes,
    // HTTP requests carry x-request-id (set in handleHttp) and a header to authenticate; WebSocket
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
      if (viewer !== undefined) {
        // A WebSocket operation: the connection authenticated; each operation takes from the key.
        const limited = viewer && !(await rateLimits.takeKey(limitKey(viewer))) ? KEY_LIMITED : undefined;
        return contextFor(id, viewer, authFailure, meter, limited);
      }
      const auth = await authenticateLimited(request?.headers.get("authorization"), addressOf(req));
      return contextFor(id, auth.viewer, auth.authFailure, meter, auth.rateLimited);
    },
    maskedErrors: {
      maskError(error, message) {
        const app = appErrorOf(error);
        if (app) return toGraphQLError(app, error instanceof GraphQLError ? error : undefined);
        const original = (error as GraphQLError).originalError;
        if (error instanceof GraphQLError && !original) return error;
        if (original instanceof GraphQLError) return original;
        if (isDatabaseUnavailable(original ?? error)) {
          logger.warn({ err: original ?? error }, "database unavailable");
          return toGraphQLError(
            new ServiceUnavailableError(
              `the database is unavailable; retry in ${RETRY_AFTER_SECONDS} s`,
              RETRY_AFTER_SECONDS,
            ),
          );
        }
        const requestId = randomUUID();
        logger.error({ err: original ?? error, errorId: requestId }, "unexpected error");
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR", errorId: requestId } });
      },
    },
    plugins: [
      ...(tracing ? [tracing.plugin] : []),
      ...(metrics ? [metrics.plugin] : []),
      errorCodes,
      useLimits(config),
      useGuard(),
      useSharedSubscriptionExecution(),
      useKeyStreams(keyStreams),
    ],
  });

  const fastPath = createGraphQLFastPath(yoga, {
    maxBodyBytes: config.maxBodyBytes,
    authenticate: (header, req) => authenticateLimited(header, addressOf(req)),
  });
  const graphql = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    if (!(await fastPath(req, res, requestId))) await yoga(req, res);
  };

  const http = createHttpServer((req, res) => {
    handleHttp(req, res).catch((err) => {
      // Nothing a request does may take the process down: log it, answer 500 if nothing was sent.
      logger.error({ err, path: req.url }, "request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end();
    });
  });
  // Longer than the idle timeouts of common load balancers and HTTP clients, so a client never reuses a
  // socket the server is closing at that moment (ECONNRESET).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.wsMaxPayloadBytes });
  // A key that stops working (revoked anywhere, its agent deleted) ends its streams on this instance.
  const revoked = pubsub.subscribe("apikey:revoked");
  void (async () => {
    for await (const { keyId, reason } of revoked) keyStreams.endKey(keyId, reason ?? "API key revoked");
  })();
  const sockets = new Set<import("node:net").Socket>();
  http.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  wss.on("connection", (ws) => {
    const meter = meterOf(ws);
    const off = slowConsumers.watch({
      unsent: () => ws.bufferedAmount + meter.queued,
      cut: (bytes) => {
        const reason = slowConsumerReason(bytes, config.streamMaxBufferedBytes);
        logger.warn({ bytes, transport: "websocket" }, reason);
        ws.close(1008, reason.slice(0, 120));
        // A consumer that does not read will not read the close frame either.
        setTimeout(() => ws.terminate(), 1000).unref();
      },
    });
    ws.once("close", off);
  });
  http.on("upgrade", (req, socket, head) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });

  /** The operations open on each WebSocket (MC_WS_MAX_SUBSCRIPTIONS), gone with the socket. */
  const openOperations = perObject<object, Set<string>>(() => new Set());
  /** The subscription operations open on each WebSocket, and in all (mc_subscriptions_active). */
  const openSubscriptions = perObject<object, Set<string>>(() => new Set());

  const wsServer = serveGraphqlWs<Record<string, unknown>, WsExtra & { viewer?: Viewer }>(
    {
      connectionInitWaitTimeout: config.wsInitTimeoutMs,
      onConnect: async (ctx) => {
        const { viewer, rateLimited } = await authenticateLimited(
          ctx.connectionParams?.authorization,
          addressOf(ctx.extra.request),
        );
        if (rateLimited) {
          ctx.extra.socket.close(4429, rateLimited.slice(0, 120));
          return false;
        }
        if (!viewer) {
          // graphql-ws closes with 4403 on `false`; a missing key is 4401 instead.
          if (ctx.connectionParams?.authorization === undefined) ctx.extra.socket.close(4401, "Unauthorized");
          return false;
        }
        ctx.extra.viewer = viewer;
        const socket = ctx.extra.socket;
        const off = keyStreams.add(viewer, (reason) => socket.close(4403, `Forbidden: ${reason}`.slice(0, 120)));
        socket.once("close", off);
        return true;
      },
      onComplete: (ctx, id) => {
        openOperations(ctx.extra).delete(id);
        if (openSubscriptions(ctx.extra).delete(id)) live.websocket--;
      },
      execute: (args) => (args.rootValue as { execute: typeof import("graphql").execute }).execute(args) as never,
      subscribe: (args) =>
        (args.rootValue as { subscribe: typeof import("graphql").subscribe }).subscribe(args) as never,
      onSubscribe: async (ctx, id, payload) => {
        const open = openOperations(ctx.extra);
        if (open.size >= config.wsMaxSubscriptions) {
          return [
            toGraphQLError(
              new AppError(
                "RATE_LIMITED",
                `this WebSocket already has ${open.size} operations open, the most one may have (MC_WS_MAX_SUBSCRIPTIONS); complete one or open another connection`,
                { limit: config.wsMaxSubscriptions },
              ),
            ),
          ];
        }
        // Counted at once (the checks below wait), so operations arriving together cannot all pass.
        open.add(id);
        const refuse = (errors: readonly GraphQLError[]) => {
          open.delete(id);
          return errors;
        };
        const {
          schema: s,
          execute,
          subscribe,
          contextFactory,
          parse,
          validate,
        } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra,
          params: payload,
          requestId: randomUUID(),
          viewer: ctx.extra.viewer ?? null,
        });
        let document: import("graphql").DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return refuse([error instanceof GraphQLError ? error : new GraphQLError(String(error))]);
        }
        const errors = validate(s, document);
        if (errors.length) return refuse(errors.map(withInputCode));
        const contextValue = await contextFactory();
        if (getOperationAST(document, payload.operationName)?.operation === "subscription") {
          const subs = openSubscriptions(ctx.extra);
          if (subs.size === 0) {
            ctx.extra.socket.once("close", () => {
              live.websocket -= subs.size;
              subs.clear();
            });
          }
          subs.add(id);
          live.websocket++;
        }
        return {
          schema: s,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables ?? undefined,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
    { logger },
  );

  /** The migrations this build expects, read once. */
  let expectedMigrations: string[] | null = null;
  /**
   * Readiness, each dependency by name: "ok" or why not. Serving (started, not shutting down), the
   * database answering on the driver path, every migration of this build applied, and Redis (when
   * configured) answering.
   */
  async function readiness(): Promise<Record<string, string>> {
    const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);
    const checks: Record<string, string> = { server: ready ? "ok" : "starting or shutting down" };
    try {
      await handle.sql.query(sql`SELECT 1`);
      checks.database = "ok";
    } catch (error) {
      checks.database = `unavailable: ${reason(error)}`;
    }
    if (checks.database === "ok") {
      try {
        expectedMigrations ??= loadMigrations(migrationsDir(config.databaseProvider)).map((m) => m.name);
        const expected = expectedMigrations;
        const rows = await handle.sql.query<{ migration_name: string }>(
          sql`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
        );
        const applied = new Set(rows.map((r) => r.migration_name));
        const pending = expected.filter((m) => !applied.has(m));
        checks.migrations = pending.length ? `pending: ${pending.join(", ")}` : "ok";
      } catch (error) {
        checks.migrations = `unknown: ${reason(error)}`;
      }
    }
    if (config.redisUrl) checks.redis = await bus.ping();
    return checks;
  }

  /**
   * GET /metrics: to the MC_METRICS_TOKEN bearer token, or an ADMIN API key (with MC_AUTH=off, to anyone
   * on loopback). A refusal says which credential would do, and is not counted by the metrics.
   */
  async function serveMetrics(req: IncomingMessage, res: ServerResponse, m: NonNullable<typeof metrics>) {
    const refuse = (status: number, code: string, message: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    };
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(405, "BAD_REQUEST", "GET /metrics");
    const header = req.headers.authorization;
    const secret = bearer(header ?? "");
    const byToken = config.metricsToken !== null && secret !== null && sameSecret(secret, config.metricsToken);
    if (!byToken) {
      const { viewer, rateLimited } = await authenticateLimited(header, addressOf(req));
      if (rateLimited) return refuse(429, "RATE_LIMITED", rateLimited);
      const needs = `an ADMIN API key${config.metricsToken ? " or MC_METRICS_TOKEN" : ""} as a bearer token`;
      if (!viewer) return refuse(401, "UNAUTHENTICATED", `/metrics needs ${needs}`);
      if (viewer.role !== "ADMIN") return refuse(403, "FORBIDDEN", `/metrics needs ${needs}, not a ${viewer.role} key`);
    }
    const { contentType, body } = await m.scrape();
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** GraphiQL's page, made on the first visit (src/http/graphiql.ts). */
  let graphiql: GraphiQLPage | null = null;

  async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/health") {
      // Liveness: the process answers. Whether it can serve is /ready.
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          status: "ok",
          leader: config.schedulerEnabled && leadership.isLeader(),
          subscriptions: listeningSubscriptions(pubsub),
        }),
      );
      return;
    }
    if (path === "/ready") {
      const checks = await readiness();
      const ok = Object.values(checks).every((c) => c === "ok");
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json", ...(ok ? {} : { "retry-after": "5" }) });
      res.end(JSON.stringify({ status: ok ? "ready" : "unavailable", checks }));
      return;
    }
    if (path === "/metrics" && metrics) {
      await serveMetrics(req, res, metrics);
      return;
    }
    if (
      (path === "/" || path === "/board.js" || path === "/board.css") &&
      req.method === "GET" &&
      (await serveBoard(path, res))
    )
      return;
    if (wantsGraphiQL(req, path)) {
      graphiql ??= graphiqlPage(GRAPHIQL_OPTIONS);
      serveGraphiQL(res, graphiql);
      return;
    }
    if (serveGraphiQLAsset(req, res, path)) return;
    if (req.method === "POST" && !isGraphQLContentType(req.headers["content-type"])) {
      // Browsers send form and text/plain POSTs cross-site without a preflight: refuse them (CSRF).
      res.writeHead(415, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [
            { message: "POST /graphql needs Content-Type: application/json", extensions: { code: "BAD_USER_INPUT" } },
          ],
        }),
      );
      return;
    }
    const started = Date.now();
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    if (config.exposeQueryCount) {
      // AsyncLocalStorage installs promise hooks process-wide once used, so it is only used when asked.
      const counter = { count: 0 };
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
        res.setHeader("x-sql-queries", String(counter.count));
        return writeHead(...args);
      }) as typeof res.writeHead;
      await queryCounter.run(counter, () => graphql(req, res, requestId));
    } else {
      await graphql(req, res, requestId);
    }
    // Every request at debug; at info only what an operator wants kept: errors and slow requests.
    const ms = Date.now() - started;
    const level = res.statusCode >= 500 ? "warn" : res.statusCode >= 400 || ms >= SLOW_REQUEST_MS ? "info" : "debug";
    if (logger.isLevelEnabled(level))
      logger[level]({ requestId, method: req.method, path, status: res.statusCode, ms }, "request");
  }

  let stopping: Promise<void> | null = null;

  return {
    services,
    runner,
    scheduler,
    db: handle.db,
    logger,
    liveSubscriptions: () => listeningSubscriptions(pubsub),
    events,
    async start() {
      if (config.migrateOnStart) {
        const { applied } = await migrate(config);
        if (applied.length) logger.info({ applied }, "migrations applied");
      }
      // Connectivity is checked on the driver path; Prisma loads its query compiler on its first query.
      await handle.sql.query(sql`SELECT 1`);
      const secret = await services.apiKeys.bootstrap();
      if (secret) {
        // The secret goes to the terminal only, never into the log (which is shipped and kept).
        logger.warn("no API key existed: created an ADMIN key, printed once on stderr; store it now");
        process.stderr.write(
          `\nMission Control created an ADMIN API key (shown once, store it now):\n\n  ${secret}\n\n`,
        );
      }
      await new Promise<void>((resolve, reject) => {
        http.once("error", reject);
        http.listen(config.port, config.host, () => resolve());
      });
      ready = true;
      runner.startListening();
      if (config.schedulerEnabled) {
        // Right after the first requests can be answered: scheduling the jobs builds node-cron's date
        // formatters, a measurable part of a cold start, and nothing waits on them.
        setImmediate(() => {
          if (stopping) return;
          leadership.start();
          scheduler.start();
        });
      }
      const { port } = http.address() as AddressInfo;
      const host = config.host.includes(":") ? `[${config.host}]` : config.host;
      const url = `http://${host}:${port}/graphql`;
      const local = config.host === "0.0.0.0" ? "127.0.0.1" : config.host === "::" ? "[::1]" : host;
      selfUrl = `http://${local}:${port}/graphql`;
      logger.info(
        {
          url,
          board: url.replace(/graphql$/, ""),
          database: describeDatabase(config.databaseUrl),
          provider: handle.provider,
        },
        "mission control listening",
      );
      return { url, port };
    },
    stop() {
      stopping ??= (async () => {
        ready = false;
        await scheduler.stop();
        await runner.close();
        await leadership.stop();
        await revoked.return?.();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        await wsServer.dispose();
        for (const client of wss.clients) client.terminate();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceSeconds * 1000).unref());
        await Promise.race([closed, grace]);
        for (const s of sockets) s.destroy();
        await handle.close();
        await bus.close();
        await rateLimits.close();
        await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, "could not flush traces"));
        logger.info("mission control stopped");
      })();
      return stopping;
    },
  };
}

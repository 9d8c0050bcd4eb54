/**
 * `createServer(config) -> { start, stop }`: the HTTP server, Yoga at /graphql (GraphiQL, SSE),
 * graphql-ws on the same path running through the same Envelop plugins, /health, the scheduler.
 */
import { randomUUID } from "node:crypto";
import { setMaxListeners } from "node:events";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createPubSub, createYoga, type Plugin } from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Config } from "./config.js";
import type { AppContext } from "./context.js";
import { queryCounter } from "./db/adapter-wrap.js";
import { createDb, type DbHandle } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { AppError } from "./errors.js";
import { createLogger, type Logger } from "./logger.js";
import type { PubSub, PubSubTopics } from "./realtime/events.js";
import { createScheduler, type Scheduler } from "./scheduler/index.js";
import { heartbeatMonitorJob } from "./scheduler/jobs/heartbeat-monitor.js";
import { leaseRecoveryJob } from "./scheduler/jobs/lease-recovery.js";
import { schema } from "./schema/index.js";
import { OPERATOR } from "./services/context.js";
import { createServices, type Services } from "./services/index.js";

export interface MissionControl {
  /** Applies migrations, connects, listens. Resolves with the bound URL. */
  start(): Promise<{ url: string; port: number }>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes everything. */
  stop(): Promise<void>;
  readonly services: Services;
  readonly scheduler: Scheduler;
  readonly db: DbHandle["db"];
  readonly logger: Logger;
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

export function createServer(config: Config, options: { logger?: Logger } = {}): MissionControl {
  const logger = options.logger ?? createLogger(config.logLevel);
  const handle = createDb(config);
  // One listener per live subscription: thousands on a busy task are expected, not a leak.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubsub = createPubSub<PubSubTopics>({ eventTarget }) as PubSub;
  const services = createServices({ db: handle.db, provider: handle.provider, pubsub, config, logger });
  const scheduler = createScheduler(
    [
      leaseRecoveryJob(services.claims, config.leaseSweepSeconds),
      heartbeatMonitorJob(services.claims, Math.max(1, Math.floor(config.heartbeatIntervalSeconds / 2))),
    ],
    logger,
  );
  let ready = false;

  const contextFor = (requestId: string): Omit<AppContext, never> => ({
    db: handle.db,
    services,
    pubsub,
    config,
    logger: logger.child({ requestId }),
    requestId,
    actor: OPERATOR,
  });

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

  const yoga = createYoga<{ req?: IncomingMessage; requestId?: string }>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "Mission Control", subscriptionsProtocol: "WS" },
    logging: false,
    // HTTP requests carry x-request-id (set in handleHttp); WebSocket operations pass their own.
    context: ({ request, requestId }) =>
      contextFor(requestId ?? (request?.headers.get("x-request-id")?.slice(0, 64) || randomUUID())),
    maskedErrors: {
      maskError(error, message) {
        const original = (error as GraphQLError).originalError;
        if (original instanceof AppError) return original;
        if (error instanceof GraphQLError && !original) return error;
        if (original instanceof GraphQLError) return original;
        const requestId = randomUUID();
        logger.error({ err: original ?? error, errorId: requestId }, "unexpected error");
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR", errorId: requestId } });
      },
    },
    plugins: [errorCodes],
  });

  const http = createHttpServer((req, res) => void handleHttp(req, res));
  // Longer than the idle timeouts of common load balancers and HTTP clients, so a client never reuses a
  // socket the server is closing at that moment (ECONNRESET).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const sockets = new Set<import("node:net").Socket>();
  http.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  http.on("upgrade", (req, socket, head) => {
    if (new URL(req.url ?? "/", "http://x").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });

  const wsServer = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      connectionInitWaitTimeout: 10_000,
      execute: (args) => (args.rootValue as { execute: typeof import("graphql").execute }).execute(args) as never,
      subscribe: (args) =>
        (args.rootValue as { subscribe: typeof import("graphql").subscribe }).subscribe(args) as never,
      onSubscribe: async (ctx, _id, payload) => {
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
        });
        let document: import("graphql").DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(s, document);
        if (errors.length) return errors.map(withInputCode);
        const contextValue = await contextFactory();
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
  );

  async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/health") {
      let ok = ready;
      if (ok) {
        try {
          await handle.db.$queryRawUnsafe("SELECT 1");
        } catch {
          ok = false;
        }
      }
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: ok ? "ok" : "unavailable" }));
      return;
    }
    if (path === "/") {
      res.writeHead(302, { location: "/graphql" });
      res.end();
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
      await queryCounter.run(counter, () => yoga(req, res));
    } else {
      await yoga(req, res);
    }
    logger.info({ requestId, method: req.method, path, status: res.statusCode, ms: Date.now() - started }, "request");
  }

  let stopping: Promise<void> | null = null;

  return {
    services,
    scheduler,
    db: handle.db,
    logger,
    async start() {
      if (config.migrateOnStart) {
        const { applied } = await migrate(config);
        if (applied.length) logger.info({ applied }, "migrations applied");
      }
      await handle.db.$connect();
      await new Promise<void>((resolve, reject) => {
        http.once("error", reject);
        http.listen(config.port, config.host, () => resolve());
      });
      ready = true;
      if (config.schedulerEnabled) scheduler.start();
      const { port } = http.address() as AddressInfo;
      const host = config.host.includes(":") ? `[${config.host}]` : config.host;
      const url = `http://${host}:${port}/graphql`;
      logger.info({ url, database: handle.provider }, "mission control listening");
      return { url, port };
    },
    stop() {
      stopping ??= (async () => {
        ready = false;
        await scheduler.stop();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        await wsServer.dispose();
        for (const client of wss.clients) client.terminate();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceSeconds * 1000).unref());
        await Promise.race([closed, grace]);
        for (const s of sockets) s.destroy();
        await handle.close();
        logger.info("mission control stopped");
      })();
      return stopping;
    },
  };
}

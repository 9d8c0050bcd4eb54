/**
 * `createServer(config) -> { start, stop }`, composed as Yoga's own examples compose one: the
 * dependency bag (app.ts), then Yoga with its plugins (http/yoga.ts), the HTTP routes
 * (http/routes.ts) and graphql-ws on the same path (http/websocket.ts), and the lifecycle: migrate,
 * listen, start the scheduler; on stop, finish in-flight work within the grace period and close all.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type App, type AppOptions, createApp } from "./app.js";
import type { Config } from "./config.js";
import type { DbHandle } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import type { EngineEvents } from "./engine/events.js";
import type { Runner } from "./execution/runner.js";
import { type HeapReclaim, startHeapReclaim } from "./heap.js";
import { addressOf, createAuth } from "./http/auth.js";
import { createGraphQLFastPath } from "./http/graphql-fast-path.js";
import { createRoutes } from "./http/routes.js";
import { attachWebSocket } from "./http/websocket.js";
import { createYogaServer } from "./http/yoga.js";
import type { Logger } from "./logger.js";
import { listeningSubscriptions } from "./realtime/pubsub.js";
import type { Scheduler } from "./scheduler/index.js";
import type { Services } from "./services/index.js";
import { sql } from "./sql/sql.js";

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

export function createServer(config: Config, options: AppOptions = {}): MissionControl {
  const app = createApp(config, options);
  const auth = createAuth(app);
  const yoga = createYogaServer(app, auth);
  const fastPath = createGraphQLFastPath(yoga.yoga, {
    maxBodyBytes: config.maxBodyBytes,
    authenticate: (header, req) => auth.authenticateLimited(header, addressOf(req)),
  });
  let ready = false;
  const handleHttp = createRoutes(
    app,
    auth,
    async (req, res, requestId) => {
      if (!(await fastPath(req, res, requestId))) await yoga.yoga(req, res);
    },
    () => ready,
  );
  const http = createHttpServer((req, res) => {
    handleHttp(req, res).catch((err) => failed(app, req, res, err));
  });
  // Longer than the idle timeouts of common load balancers and HTTP clients, so a client never reuses a
  // socket the server is closing at that moment (ECONNRESET).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const sockets = new Set<import("node:net").Socket>();
  http.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const ws = attachWebSocket(http, app, auth, yoga);
  const { services, runner, scheduler, leadership, handle, logger } = app;

  let stopping: Promise<void> | null = null;
  let heap: HeapReclaim | null = null;

  return {
    services,
    runner,
    scheduler,
    db: handle.db,
    logger,
    liveSubscriptions: () => listeningSubscriptions(app.pubsub),
    events: app.events,
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
      heap = startHeapReclaim(config.heapReclaimIdleSeconds);
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
      app.self.url = `http://${local}:${port}/graphql`;
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
        heap?.stop();
        await scheduler.stop();
        await runner.close();
        await leadership.stop();
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        await ws.close();
        const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceSeconds * 1000).unref());
        await Promise.race([closed, grace]);
        for (const s of sockets) s.destroy();
        await handle.close();
        await app.bus.close();
        await app.rateLimits.close();
        await app.tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, "could not flush traces"));
        logger.info("mission control stopped");
      })();
      return stopping;
    },
  };
}

/** Nothing a request does may take the process down: log it, answer 500 if nothing was sent. */
function failed(app: App, req: IncomingMessage, res: ServerResponse, err: unknown) {
  app.logger.error({ err, path: req.url }, "request failed");
  if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
  res.end();
}

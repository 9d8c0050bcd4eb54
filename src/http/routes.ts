/**
 * Everything HTTP besides GraphQL itself, and what every GraphQL request gets on its way in: /health
 * (liveness), /ready (each dependency checked), /metrics (a token or an ADMIN key), the board, GraphiQL,
 * the CSRF refusal of non-JSON POSTs, request ids, the SQL statement counter (MC_EXPOSE_QUERY_COUNT)
 * and the request log.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { App } from "../app.js";
import { serveBoard } from "../board/serve.js";
import { type QueryCounter, queryCounter } from "../db/adapter-wrap.js";
import { loadMigrations, migrationsDir } from "../db/migrate.js";
import { listeningSubscriptions } from "../realtime/pubsub.js";
import { bearer, sameSecret } from "../security/keys.js";
import { sql } from "../sql/sql.js";
import { type Auth, addressOf } from "./auth.js";
import { type GraphiQLPage, graphiqlPage, serveGraphiQL, serveGraphiQLAsset, wantsGraphiQL } from "./graphiql.js";
import { GRAPHIQL_OPTIONS } from "./yoga.js";

/** A request slower than this is logged at info (every request is logged at debug). */
const SLOW_REQUEST_MS = 1000;

function isGraphQLContentType(value: string | undefined): boolean {
  const type = (value ?? "").split(";")[0]!.trim().toLowerCase();
  return (
    type === "application/json" || type === "application/graphql-response+json" || type === "application/graphql+json"
  );
}

/** A statement as a snapshot shows it: whitespace collapsed, Prisma's schema prefix dropped, 100 characters. */
function shortStatement(text: string): string {
  const flat = text
    .replace(/\s+/g, " ")
    .replace(/`main`\.|"main"\./g, "")
    .trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}

export type GraphQLHandler = (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void>;

export function createRoutes(app: App, auth: Auth, graphql: GraphQLHandler, isReady: () => boolean) {
  const { config, logger, handle, metrics } = app;

  /** The migrations this build expects, read once. */
  let expectedMigrations: string[] | null = null;
  /**
   * Readiness, each dependency by name: "ok" or why not. Serving (started, not shutting down), the
   * database answering on the driver path, every migration of this build applied, and Redis (when
   * configured) answering.
   */
  async function readiness(): Promise<Record<string, string>> {
    const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);
    const checks: Record<string, string> = { server: isReady() ? "ok" : "starting or shutting down" };
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
    if (config.redisUrl) checks.redis = await app.bus.ping();
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
      const { viewer, rateLimited } = await auth.authenticateLimited(header, addressOf(req));
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

  return async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/health") {
      // Liveness: the process answers. Whether it can serve is /ready.
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          status: "ok",
          leader: config.schedulerEnabled && app.leadership.isLeader(),
          subscriptions: listeningSubscriptions(app.pubsub),
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
      // `x-record-sql: 1` also returns each statement, its text shortened (tests' statement snapshots).
      const record = req.headers["x-record-sql"] === "1";
      const counter: QueryCounter = { count: 0, ...(record ? { statements: [] } : {}) };
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
        res.setHeader("x-sql-queries", String(counter.count));
        if (counter.statements)
          res.setHeader("x-sql-statements", JSON.stringify(counter.statements.map(shortStatement)));
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
  };
}

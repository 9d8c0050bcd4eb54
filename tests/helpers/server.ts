/**
 * Test harness: a real Mission Control server on port 0 with a fresh database per call (a temporary
 * SQLite file, or a new PostgreSQL database created from TEST_DATABASE_URL), plus small GraphQL clients
 * over HTTP and WebSocket.
 */
import { type Client, createClient } from "graphql-ws";
import { WebSocket } from "ws";
import { type Config, loadConfig } from "../../src/config.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { createServer, type MissionControl } from "../../src/server.js";
import { type GqlResponse, okGraphql, postGraphql, type TypedDocument } from "./graphql-http.js";
import { scratchDatabase } from "./scratch-db.js";

export type Provider = "sqlite" | "postgresql";

const pgUrl = process.env.TEST_DATABASE_URL;

/** The databases this run covers; PostgreSQL only when TEST_DATABASE_URL is set. */
export const PROVIDERS: Provider[] = pgUrl ? ["sqlite", "postgresql"] : ["sqlite"];

let warned = false;
if (!pgUrl && !warned) {
  warned = true;
  console.warn("[tests] TEST_DATABASE_URL is not set: PostgreSQL variants are skipped (SQLite runs).");
}

export type { GqlResponse, TypedDocument };

/** The bootstrap admin key every test server is started with (MC_ADMIN_KEY). */
export const ADMIN_KEY = "test-admin-key-0123456789abcdef";

/** Secrets no log line may hold: API key secrets by their shape, and what tests register. */
const SECRETS: (string | RegExp)[] = [ADMIN_KEY, /mc_key_[0-9a-z]{12}[0-9a-f]{12}_[A-Za-z0-9_-]{32}/];
/** Registers a secret (a webhook's, a metrics token) that no server log line may contain. */
export function auditSecret(secret: string) {
  SECRETS.push(secret);
}

/**
 * The log of a test server, audited line by line: unless TEST_LOG_LEVEL asks for printed logs, every
 * server logs at debug into this check, which records each line that is not one JSON object or holds
 * a secret; `close()` fails the test that started the server if any did. So the logs of a whole CI run
 * are checked, not a sample.
 */
function auditedLogger(): { logger: Logger; problems: string[] } {
  const problems: string[] = [];
  let partial = "";
  const check = (line: string) => {
    if (!line) return;
    try {
      const parsed = JSON.parse(line) as unknown;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        problems.push(`not a JSON object: ${line}`);
    } catch {
      problems.push(`not JSON: ${line.slice(0, 300)}`);
    }
    for (const s of SECRETS) {
      if (typeof s === "string" ? line.includes(s) : s.test(line))
        problems.push(`holds a secret: ${line.slice(0, 300)}`);
    }
  };
  const logger = createLogger("debug", {
    write(chunk: string) {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) check(line);
    },
  });
  return { logger, problems };
}

export interface TestServer {
  url: string;
  httpUrl: string;
  wsUrl: string;
  provider: Provider;
  server: MissionControl;
  config: Config;
  /** Authorization headers of the admin key. */
  headers: Record<string, string>;
  /**
   * POSTs a GraphQL operation (as admin, or with `key`; null sends none); never throws on GraphQL errors.
   * A typed document (``graphql(`…`)`` from tests/generated, or tests/documents/*.graphql) types the
   * result and the variables. A bare string is for a document that must not validate, or one built at
   * run time: its data is `unknown` unless the test states its type.
   */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<GqlResponse<T>>;
  gql<R, V>(query: TypedDocument<R, V>, variables?: V, key?: string | null): Promise<GqlResponse<R>>;
  /** Like gql, but throws when there are errors, and returns `data`. */
  ok<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  ok<R, V>(query: TypedDocument<R, V>, variables?: V): Promise<R>;

  ws(connectionParams?: Record<string, unknown>): Client;
  /** The server's clock: real time plus what the test has advanced it by (key expiry, without sleeping). */
  clock: { advance(ms: number): void };
  /**
   * Resolves once `n` more subscriptions listen on the server's event bus than when `since` was taken
   * (`listening()`): a subscription is live, so an event published now reaches it. Instead of a sleep.
   */
  untilListening(since: number, n?: number): Promise<void>;
  listening(): number;
  close(): Promise<void>;
}

export async function startTestServer(
  provider: Provider = "sqlite",
  overrides: Partial<Config> = {},
  logger?: Logger,
): Promise<TestServer> {
  const db = await scratchDatabase(provider === "postgresql" ? pgUrl : undefined, "mc_test");
  const databaseUrl = db.url;
  const cleanup = db.drop;
  const config = loadConfig(
    { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" },
    {
      port: 0,
      databaseUrl,
      exposeQueryCount: true,
      schedulerEnabled: false,
      shutdownGraceSeconds: 2,
      adminKey: ADMIN_KEY,
      // The suite drives one key hard; the limiter itself is tested in security.test.ts.
      rateLimitPerSecond: 1_000_000,
      rateLimitBurst: 1_000_000,
      // Every test request comes from one address, many of them on purpose without a valid key.
      authFailuresPerMinute: 1_000_000,
      ...overrides,
    },
  );
  let offset = 0;
  const audit = logger || process.env.TEST_LOG_LEVEL ? null : auditedLogger();
  const server = createServer(config, {
    logger: logger ?? audit?.logger ?? createLogger(config.logLevel),
    now: () => Date.now() + offset,
  });
  const { url } = await server.start();
  const clients: Client[] = [];

  const gql = <T>(query: string | TypedDocument<T, unknown>, variables?: unknown, key: string | null = ADMIN_KEY) =>
    postGraphql<T>(url, query, variables, key);

  return {
    url,
    httpUrl: url.replace(/\/graphql$/, ""),
    wsUrl: url.replace(/^http/, "ws"),
    provider,
    server,
    config,
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
    gql,
    ok: <T>(query: string | TypedDocument<T, unknown>, variables?: unknown) =>
      okGraphql<T>(url, query, variables, ADMIN_KEY),
    ws(connectionParams) {
      const client = createClient({
        url: url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: connectionParams ?? { authorization: `Bearer ${ADMIN_KEY}` },
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    clock: {
      advance(ms: number) {
        offset += ms;
      },
    },
    listening: () => server.liveSubscriptions(),
    async untilListening(since: number, n = 1) {
      const deadline = Date.now() + 10_000;
      while (server.liveSubscriptions() < since + n) {
        if (Date.now() > deadline) throw new Error(`${n} subscription(s) did not start listening within 10 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      for (const c of clients) await c.dispose();
      await server.stop();
      await cleanup();
      if (audit?.problems.length) {
        throw new Error(
          `the server's log has ${audit.problems.length} bad line(s):\n${audit.problems.slice(0, 10).join("\n")}`,
        );
      }
    },
  };
}

/** Collects the next `count` results of a subscription (rejects on error). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, count: number) {
  const items: T[] = [];
  let unsubscribe = () => {};
  let started!: () => void;
  const ready = new Promise<void>((r) => {
    started = r;
  });
  const done = new Promise<T[]>((resolve, reject) => {
    unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next(value) {
          if (value.errors) {
            reject(new Error(JSON.stringify(value.errors)));
            return;
          }
          items.push(value.data as T);
          if (items.length >= count) {
            resolve(items);
            unsubscribe();
          }
        },
        error: reject,
        complete: () => resolve(items),
      },
    );
  });
  // graphql-ws has no "subscribed" ack; the server has registered once the socket is open and a ping
  // round-trip has passed, which `waitSubscribed` approximates without sleeping by awaiting a query.
  void ready;
  started();
  return { done, items, unsubscribe: () => unsubscribe() };
}

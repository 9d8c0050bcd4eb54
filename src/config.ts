/**
 * The only reader of `process.env`. Every setting is parsed, validated and frozen here, with its default
 * documented; the README's configuration table mirrors this file.
 */

import { AgentLevel } from "./domain/enums.js";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface Config {
  /** Interface to listen on. @default "127.0.0.1" */
  readonly host: string;
  /** TCP port; 0 picks a free one. @default 4000 */
  readonly port: number;
  /** `file:` path for SQLite or a `postgres://` URL. @default "file:./data/mission-control.db" */
  readonly databaseUrl: string;
  readonly databaseProvider: DatabaseProvider;
  /** PostgreSQL pool size per instance. @default 10 */
  readonly databasePoolSize: number;
  /** Redis for events across instances (`redis://…`); unset: in-memory events, one instance. */
  readonly redisUrl: string | null;
  /** pino level. @default "info" */
  readonly logLevel: string;
  /** Apply pending migrations at start. @default true */
  readonly migrateOnStart: boolean;
  /** Lease granted by a claim and extended by heartbeats and output. @default 600 (10 minutes) */
  readonly leaseSeconds: number;
  /** How often expired leases are swept. @default 5 */
  readonly leaseSweepSeconds: number;
  /** Expected heartbeat interval of an agent. @default 60 */
  readonly heartbeatIntervalSeconds: number;
  /** Missed heartbeats after which an agent is marked OFFLINE. @default 3 */
  readonly heartbeatMissedLimit: number;
  /** Default `maxAttempts` of new tasks. @default 5 */
  readonly defaultMaxAttempts: number;
  /** Rejections after which a task in review FAILS. @default 3 */
  readonly maxReviewCycles: number;
  /** Largest page any connection returns. @default 500 */
  readonly maxPageSize: number;
  /** How often a non-leader instance tries to take over the background jobs (PostgreSQL). @default 5 */
  readonly leaderPollSeconds: number;
  /** Run the background jobs (lease recovery, heartbeat monitor). @default true */
  readonly schedulerEnabled: boolean;
  /** Add an `x-sql-queries` header with the number of SQL statements a request ran. @default false */
  readonly exposeQueryCount: boolean;
  /** Seconds to let in-flight requests finish on shutdown. @default 10 */
  readonly shutdownGraceSeconds: number;
  /** API-key authentication; "off" is accepted only when listening on loopback. @default "on" */
  readonly auth: "on" | "off";
  /** A bootstrap admin key (any string of 16+ characters), checked without a database row. */
  readonly adminKey: string | null;
  /** Deepest selection nesting accepted. @default 12 */
  readonly maxDepth: number;
  /** Aliases per operation. @default 30 */
  readonly maxAliases: number;
  /** Lexical tokens per document. @default 5000 */
  readonly maxTokens: number;
  /** Directives per operation. @default 50 */
  readonly maxDirectives: number;
  /** Estimated cost per operation (fields, multiplied by list sizes). @default 50000 */
  readonly maxCost: number;
  /** Largest HTTP request body, in bytes (413 beyond). @default 1048576 */
  readonly maxBodyBytes: number;
  /** Largest WebSocket message, in bytes. @default 1048576 */
  readonly wsMaxPayloadBytes: number;
  /** Time a WebSocket has to send connection_init, in ms. @default 10000 */
  readonly wsInitTimeoutMs: number;
  /** Operations one WebSocket may have open at once; one more is RATE_LIMITED. @default 100 */
  readonly wsMaxSubscriptions: number;
  /**
   * Unsent bytes a WebSocket or SSE subscriber may accumulate before it is cut off as a slow consumer.
   * @default 16000000
   */
  readonly streamMaxBufferedBytes: number;
  /** Sustained operations per second per key (or per address without a key). @default 100 */
  readonly rateLimitPerSecond: number;
  /** Burst size of the rate limit. @default 300 */
  readonly rateLimitBurst: number;
  /**
   * Requests without a valid key (none, unknown, revoked, expired) one client address may make per minute;
   * past it the address is refused (RATE_LIMITED) before any key lookup. @default 120
   */
  readonly authFailuresPerMinute: number;
  /** Outbound HTTP targets allowed even though private or loopback: hostnames, IPs or CIDRs. @default [] */
  readonly outboundAllow: readonly string[];
  /** Server-side runs (shell, openai, claude-code) at once per instance. @default 5 */
  readonly maxConcurrentRuns: number;
  /** Dispatch ASSIGNED tasks of agents with a server-side backend automatically. @default true */
  readonly autoDispatch: boolean;
  /** How often the auto-dispatch job looks for work (it also wakes on task events). @default 2 */
  readonly dispatchIntervalSeconds: number;
  /** Executables the shell and claude-code backends may run (exact argv[0]); empty: those backends are off. */
  readonly shellAllow: readonly string[];
  /** Working directories shell runs may use (a run's cwd must be one of them or inside one). @default [data dir] */
  readonly shellCwdAllow: readonly string[];
  /** Names of server environment variables passed to shell runs. @default PATH,HOME,LANG,TZ */
  readonly shellEnvAllow: readonly string[];
  /** Longest a shell or claude-code run may take, in seconds. @default 3600 */
  readonly shellTimeoutSeconds: number;
  /**
   * The most output (UTF-8 bytes) one run stores: the first half as it comes, the last half when the
   * run ends, a SYSTEM chunk saying what was dropped between. @default 10000000
   */
  readonly runOutputMaxBytes: number;
  /** Longest an openai run may take, in seconds. @default 600 */
  readonly httpTimeoutSeconds: number;
  /** Reviewer agent (name or id) that tasks entering REVIEW are sent to, unless their project names one. */
  readonly reviewerAgent: string | null;
  /**
   * Agent levels whose assigned tasks wait for an operator's sign-off (an Approval of kind RUN) before
   * they run, e.g. INTERN. @default none
   */
  readonly signOffLevels: readonly string[];
  /**
   * How long a run waits for an operator to decide a tool call (an Approval of kind TOOL) before it
   * expires, which refuses the call, in seconds. @default 600
   */
  readonly approvalTimeoutSeconds: number;
  /** Occurrences older than this when found due count as missed (catch-up policy applies). @default 60 */
  readonly cronGraceSeconds: number;
  /** The shortest interval between two occurrences a cron job may have, in seconds. @default 60 */
  readonly cronMinIntervalSeconds: number;
  /** Prices in USD per million tokens, JSON `{"model-prefix": {"input": 3, "output": 15}}`, merged over the built-in table. */
  readonly prices: Readonly<Record<string, { input: number; output: number }>>;
  /** Attempts per webhook delivery before it is marked FAILED. @default 8 */
  readonly webhookMaxAttempts: number;
  /** Serve Prometheus metrics at GET /metrics. @default true */
  readonly metrics: boolean;
  /** A bearer token (16+ characters) that may read /metrics besides an ADMIN key. */
  readonly metricsToken: string | null;
  /** Seconds a database read of the metrics' gauges serves scrapes. @default 5 */
  readonly metricsCacheSeconds: number;
  /** OTLP/HTTP traces endpoint (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces); tracing is off without one. */
  readonly otlpTracesEndpoint: string | null;
  /** The service.name of the traces (OTEL_SERVICE_NAME). @default "mission-control" */
  readonly otelServiceName: string;
}

function metricsToken(raw: string | undefined): string | null {
  const token = raw?.trim();
  if (!token) return null;
  if (token.length < 16) throw new ConfigError("MC_METRICS_TOKEN must be at least 16 characters");
  return token;
}

/** The OpenTelemetry SDK's own variables: the traces endpoint, or the base endpoint plus /v1/traces. */
function otlpTracesEndpoint(env: Env): string | null {
  if (bool(env, "OTEL_SDK_DISABLED", false) || env.OTEL_TRACES_EXPORTER?.trim() === "none") return null;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const url = traces || (base ? `${base.replace(/\/+$/, "")}/v1/traces` : "");
  if (!url) return null;
  if (!/^https?:\/\//.test(url)) {
    throw new ConfigError(`the OTLP endpoint must be an http(s) URL (OTLP/HTTP), got "${url}"`);
  }
  return url;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

function int(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

export const DEFAULT_DATABASE_URL = "file:./data/mission-control.db";

export function providerOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new ConfigError(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL), got "${url}"`,
  );
}

function redisUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^rediss?:\/\//.test(raw))
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${raw}"`);
  return raw;
}

function authMode(raw: string | undefined): "on" | "off" {
  const v = (raw ?? "on").toLowerCase();
  if (v === "on" || v === "" || v === "true") return "on";
  if (v === "off" || v === "false") return "off";
  throw new ConfigError(`MC_AUTH must be on or off, got "${raw}"`);
}

function adminKey(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw.length < 16) throw new ConfigError("MC_ADMIN_KEY must be at least 16 characters long");
  return raw;
}

function signOffLevels(raw: string | undefined): string[] {
  const levels = list(raw).map((l) => l.toUpperCase());
  const unknown = levels.filter((l) => !(Object.values(AgentLevel) as string[]).includes(l));
  if (unknown.length) {
    throw new ConfigError(
      `MC_SIGN_OFF_LEVELS must list agent levels (${Object.values(AgentLevel).join(", ")}), got "${unknown.join(", ")}"`,
    );
  }
  return levels;
}

function list(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function prices(raw: string | undefined): Record<string, { input: number; output: number }> {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(
      'MC_PRICES must be JSON like {"gpt-4o": {"input": 2.5, "output": 10}} (USD per million tokens)',
    );
  }
  const out: Record<string, { input: number; output: number }> = {};
  for (const [model, p] of Object.entries(parsed as Record<string, { input?: unknown; output?: unknown }>)) {
    if (typeof p?.input !== "number" || typeof p?.output !== "number" || p.input < 0 || p.output < 0) {
      throw new ConfigError(
        `MC_PRICES["${model}"] needs non-negative numbers "input" and "output" (USD per million tokens)`,
      );
    }
    out[model] = { input: p.input, output: p.output };
  }
  return out;
}

/** Whether `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Builds the configuration from an environment (default: `process.env`) plus explicit overrides. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const databaseUrl = overrides.databaseUrl ?? (env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  const logLevel = env.LOG_LEVEL || "info";
  if (!levels.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(", ")}, got "${logLevel}"`);
  }
  const config: Config = {
    host: env.HOST || "127.0.0.1",
    port: int(env, "PORT", 4000, 0, 65535),
    databaseUrl,
    databaseProvider: providerOf(databaseUrl),
    databasePoolSize: int(env, "MC_DB_POOL_SIZE", 10, 1, 500),
    redisUrl: redisUrl(env.REDIS_URL),
    logLevel,
    migrateOnStart: bool(env, "MC_MIGRATE_ON_START", true),
    leaseSeconds: int(env, "MC_LEASE_SECONDS", 600, 1, 7 * 24 * 3600),
    leaseSweepSeconds: int(env, "MC_LEASE_SWEEP_SECONDS", 5, 1, 3600),
    heartbeatIntervalSeconds: int(env, "MC_HEARTBEAT_INTERVAL_SECONDS", 60, 1, 24 * 3600),
    heartbeatMissedLimit: int(env, "MC_HEARTBEAT_MISSED_LIMIT", 3, 1, 100),
    defaultMaxAttempts: int(env, "MC_DEFAULT_MAX_ATTEMPTS", 5, 1, 100),
    maxPageSize: int(env, "MC_MAX_PAGE_SIZE", 500, 1, 10_000),
    maxReviewCycles: int(env, "MC_MAX_REVIEW_CYCLES", 3, 1, 100),
    leaderPollSeconds: int(env, "MC_LEADER_POLL_SECONDS", 5, 1, 3600),
    schedulerEnabled: bool(env, "MC_SCHEDULER", true),
    exposeQueryCount: bool(env, "MC_EXPOSE_QUERY_COUNT", false),
    shutdownGraceSeconds: int(env, "MC_SHUTDOWN_GRACE_SECONDS", 10, 0, 600),
    auth: authMode(env.MC_AUTH),
    adminKey: adminKey(env.MC_ADMIN_KEY),
    maxDepth: int(env, "MC_MAX_DEPTH", 12, 2, 100),
    maxAliases: int(env, "MC_MAX_ALIASES", 30, 0, 1000),
    maxTokens: int(env, "MC_MAX_TOKENS", 5000, 100, 1_000_000),
    maxDirectives: int(env, "MC_MAX_DIRECTIVES", 50, 0, 1000),
    maxCost: int(env, "MC_MAX_COST", 50_000, 100, 100_000_000),
    maxBodyBytes: int(env, "MC_MAX_BODY_BYTES", 1024 * 1024, 1024, 100 * 1024 * 1024),
    wsMaxPayloadBytes: int(env, "MC_WS_MAX_PAYLOAD_BYTES", 1024 * 1024, 1024, 100 * 1024 * 1024),
    wsInitTimeoutMs: int(env, "MC_WS_INIT_TIMEOUT_MS", 10_000, 100, 600_000),
    wsMaxSubscriptions: int(env, "MC_WS_MAX_SUBSCRIPTIONS", 100, 1, 100_000),
    streamMaxBufferedBytes: int(env, "MC_STREAM_MAX_BUFFERED_BYTES", 16_000_000, 16_384, 10_000_000_000),
    rateLimitPerSecond: int(env, "MC_RATE_LIMIT_PER_SECOND", 100, 1, 1_000_000),
    rateLimitBurst: int(env, "MC_RATE_LIMIT_BURST", 300, 1, 10_000_000),
    authFailuresPerMinute: int(env, "MC_AUTH_FAILURES_PER_MINUTE", 120, 1, 10_000_000),
    outboundAllow: (env.MC_OUTBOUND_ALLOW ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    maxConcurrentRuns: int(env, "MC_MAX_CONCURRENT_RUNS", 5, 1, 1000),
    autoDispatch: bool(env, "MC_AUTO_DISPATCH", true),
    dispatchIntervalSeconds: int(env, "MC_DISPATCH_INTERVAL_SECONDS", 2, 1, 3600),
    shellAllow: list(env.MC_SHELL_ALLOW),
    shellCwdAllow: list(env.MC_SHELL_CWD_ALLOW),
    shellEnvAllow: env.MC_SHELL_ENV_ALLOW === undefined ? ["PATH", "HOME", "LANG", "TZ"] : list(env.MC_SHELL_ENV_ALLOW),
    shellTimeoutSeconds: int(env, "MC_SHELL_TIMEOUT_SECONDS", 3600, 1, 7 * 24 * 3600),
    httpTimeoutSeconds: int(env, "MC_HTTP_TIMEOUT_SECONDS", 600, 1, 24 * 3600),
    runOutputMaxBytes: int(env, "MC_RUN_OUTPUT_MAX_BYTES", 10_000_000, 1000, 10_000_000_000),
    reviewerAgent: env.MC_REVIEWER_AGENT?.trim() || null,
    signOffLevels: signOffLevels(env.MC_SIGN_OFF_LEVELS),
    approvalTimeoutSeconds: int(env, "MC_APPROVAL_TIMEOUT_SECONDS", 600, 1, 7 * 24 * 3600),
    cronGraceSeconds: int(env, "MC_CRON_GRACE_SECONDS", 60, 1, 24 * 3600),
    cronMinIntervalSeconds: int(env, "MC_CRON_MIN_INTERVAL_SECONDS", 60, 1, 24 * 3600),
    prices: prices(env.MC_PRICES),
    webhookMaxAttempts: int(env, "MC_WEBHOOK_MAX_ATTEMPTS", 8, 1, 100),
    metrics: bool(env, "MC_METRICS", true),
    metricsToken: metricsToken(env.MC_METRICS_TOKEN),
    metricsCacheSeconds: int(env, "MC_METRICS_CACHE_SECONDS", 5, 0, 3600),
    otlpTracesEndpoint: otlpTracesEndpoint(env),
    otelServiceName: env.OTEL_SERVICE_NAME?.trim() || "mission-control",
    ...overrides,
  };
  if (config.auth === "off" && !isLoopbackHost(config.host)) {
    throw new ConfigError(
      `MC_AUTH=off is only accepted when the server listens on loopback (HOST=127.0.0.1, ::1 or localhost), not on "${config.host}": anyone who can reach it would have full control`,
    );
  }
  return Object.freeze({ ...config, databaseProvider: providerOf(config.databaseUrl) });
}

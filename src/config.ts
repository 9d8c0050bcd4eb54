/**
 * The only reader of `process.env`, and the one place a setting is stated. `SETTINGS` lists each one
 * once: its variable, its zod schema (which parses the variable's text, checks it and supplies the
 * default), what it means and whether `--help` lists it. The `Config` type is inferred from it, the
 * README's configuration table and `--help`'s environment section are generated from it
 * (`npm run config:docs`; `npm test` fails on drift), and `loadConfig` parses with it.
 */
import { z } from "zod";
import { AgentLevel } from "./domain/enums.js";

export type DatabaseProvider = "sqlite" | "postgresql";

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const DEFAULT_DATABASE_URL = "file:./data/mission-control.db";

/** A variable's text: unset and empty are the same (the default applies). */
const raw = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v));

/** A schema over the variable's text and the default as the README shows it. */
interface Kind<T> {
  schema: z.ZodType<T, string | undefined>;
  shown: string;
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

function int(fallback: number, min: number, max: number, shown = `\`${fallback}\``): Kind<number> {
  return {
    shown,
    schema: raw.transform((v, ctx) => {
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max)
        return fail(ctx, `must be an integer between ${min} and ${max}, got "${v}"`);
      return n;
    }),
  };
}

function bool(fallback: boolean): Kind<boolean> {
  return {
    shown: `\`${fallback}\``,
    schema: raw.transform((v, ctx) => {
      if (v === undefined) return fallback;
      const s = v.toLowerCase();
      if (["1", "true", "yes", "on"].includes(s)) return true;
      if (["0", "false", "no", "off"].includes(s)) return false;
      return fail(ctx, `must be true or false, got "${v}"`);
    }),
  };
}

function text(fallback: string): Kind<string> {
  return { shown: `\`${fallback}\``, schema: raw.transform((v) => v?.trim() || fallback) };
}

/** Text or null; `check` refuses what it must not be. */
function optional(check: (v: string) => string | null = () => null, shown = "unset"): Kind<string | null> {
  return {
    shown,
    schema: raw.transform((v, ctx) => {
      const s = v?.trim();
      if (!s) return null;
      const problem = check(s);
      return problem ? fail(ctx, problem) : s;
    }),
  };
}

function list(
  fallback: readonly string[] = [],
  shown = fallback.length ? `\`${fallback.join(",")}\`` : "empty",
): Kind<string[]> {
  return {
    shown,
    // Unset: the default; set (even to ""): exactly the listed items.
    schema: z
      .string()
      .optional()
      .transform((v) =>
        v === undefined
          ? [...fallback]
          : v
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
      ),
  };
}

function oneOf<T extends string>(values: readonly T[], fallback: T, aliases: Record<string, T> = {}): Kind<T> {
  return {
    shown: `\`${fallback}\``,
    schema: raw.transform((v, ctx) => {
      if (v === undefined) return fallback;
      const s = v.toLowerCase();
      const hit = values.find((x) => x === s) ?? aliases[s];
      return hit ?? fail(ctx, `must be one of ${values.join(", ")}, got "${v}"`);
    }),
  };
}

const LEVELS = Object.values(AgentLevel) as string[];

const signOffLevels: Kind<string[]> = {
  shown: "empty",
  schema: list().schema.transform((levels, ctx) => {
    const upper = levels.map((l) => l.toUpperCase());
    const unknown = upper.filter((l) => !LEVELS.includes(l));
    return unknown.length
      ? fail(ctx, `must list agent levels (${LEVELS.join(", ")}), got "${unknown.join(", ")}"`)
      : upper;
  }),
};

type Prices = Record<string, { input: number; output: number }>;
const prices: Kind<Prices> = {
  shown: "built-in table",
  schema: raw.transform((v, ctx) => {
    if (v === undefined) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      return fail(ctx, 'must be JSON like {"gpt-4o": {"input": 2.5, "output": 10}} (USD per million tokens)');
    }
    const out: Prices = {};
    for (const [model, p] of Object.entries(parsed as Record<string, { input?: unknown; output?: unknown }>)) {
      if (typeof p?.input !== "number" || typeof p?.output !== "number" || p.input < 0 || p.output < 0) {
        return fail(ctx, `["${model}"] needs non-negative numbers "input" and "output" (USD per million tokens)`);
      }
      out[model] = { input: p.input, output: p.output };
    }
    return out;
  }),
};

const atLeast16 = (v: string) => (v.length < 16 ? "must be at least 16 characters long" : null);

/** The OpenTelemetry SDK's own variables: the traces endpoint, or the base endpoint plus /v1/traces. */
const otlp: Kind<string | null> = {
  shown: "unset",
  schema: raw.transform((v, ctx) => {
    if (!v) return null;
    if (!/^https?:\/\//.test(v)) return fail(ctx, `must be an http(s) URL (OTLP/HTTP), got "${v}"`);
    return v;
  }),
};
function otlpInput(env: Env): string | undefined {
  const off = ["1", "true", "yes", "on"].includes((env.OTEL_SDK_DISABLED ?? "").toLowerCase());
  if (off || env.OTEL_TRACES_EXPORTER?.trim() === "none") return undefined;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return traces || (base ? `${base.replace(/\/+$/, "")}/v1/traces` : undefined);
}

interface SettingSpec<T> extends Kind<T> {
  /** The variable (as the README and errors name it). */
  env: string;
  /** What it means, in the README's words (Markdown). */
  doc: string;
  /** Listed in `--help`'s environment section. */
  help?: boolean;
  /** Where its text comes from, when not `env[this.env]`. */
  from?: (env: Env) => string | undefined;
}

function setting<T>(env: string, kind: Kind<T>, doc: string, extra: Partial<SettingSpec<T>> = {}): SettingSpec<T> {
  return { env, ...kind, doc, ...extra };
}

export const SETTINGS = {
  host: setting("HOST", text("127.0.0.1"), "interface to listen on", { help: true }),
  port: setting("PORT", int(4000, 0, 65535), "TCP port (`0` picks a free one)", { help: true }),
  databaseUrl: setting(
    "DATABASE_URL",
    {
      shown: `\`${DEFAULT_DATABASE_URL}\``,
      schema: raw.transform((v, ctx) => {
        const url = v ?? DEFAULT_DATABASE_URL;
        return /^postgres(ql)?:\/\//.test(url) || url.startsWith("file:")
          ? url
          : fail(ctx, `must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL), got "${url}"`);
      }),
    },
    "`file:` path for SQLite, or `postgres://…`/`postgresql://…` for PostgreSQL",
    { help: true },
  ),
  redisUrl: setting(
    "REDIS_URL",
    optional((v) => (/^rediss?:\/\//.test(v) ? null : `must start with redis:// or rediss://, got "${v}"`)),
    "`redis://…`: carry events between instances (needed for several instances on PostgreSQL)",
    { help: true },
  ),
  logLevel: setting(
    "LOG_LEVEL",
    oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
    "`fatal` `error` `warn` `info` `debug` `trace` `silent`; logs are JSON lines (pino); every request is logged at `debug`, failed and slow ones at `info`",
    { help: true },
  ),
  databasePoolSize: setting("MC_DB_POOL_SIZE", int(10, 1, 500), "PostgreSQL connections per instance", { help: true }),
  migrateOnStart: setting("MC_MIGRATE_ON_START", bool(true), "apply pending migrations when the server starts", {
    help: true,
  }),
  leaseSeconds: setting(
    "MC_LEASE_SECONDS",
    int(600, 1, 7 * 24 * 3600),
    "lease a claim grants; heartbeats and output extend it",
    {
      help: true,
    },
  ),
  leaseSweepSeconds: setting("MC_LEASE_SWEEP_SECONDS", int(5, 1, 3600), "how often expired leases are requeued", {
    help: true,
  }),
  heartbeatIntervalSeconds: setting(
    "MC_HEARTBEAT_INTERVAL_SECONDS",
    int(60, 1, 24 * 3600),
    "expected heartbeat interval of an agent",
    { help: true },
  ),
  heartbeatMissedLimit: setting(
    "MC_HEARTBEAT_MISSED_LIMIT",
    int(3, 1, 100),
    "missed intervals after which an agent is marked `OFFLINE`",
    { help: true },
  ),
  defaultMaxAttempts: setting("MC_DEFAULT_MAX_ATTEMPTS", int(5, 1, 100), "`maxAttempts` of new tasks", { help: true }),
  maxReviewCycles: setting("MC_MAX_REVIEW_CYCLES", int(3, 1, 100), "rejections after which a task in review FAILS"),
  maxPageSize: setting("MC_MAX_PAGE_SIZE", int(500, 1, 10_000), "largest page a connection returns"),
  schedulerEnabled: setting(
    "MC_SCHEDULER",
    bool(true),
    "run background jobs (lease recovery, heartbeat monitor, auto-dispatch, cron, webhooks)",
    { help: true },
  ),
  leaderPollSeconds: setting(
    "MC_LEADER_POLL_SECONDS",
    int(5, 1, 3600),
    "how often a non-leader instance tries to take over the jobs (PostgreSQL)",
  ),
  exposeQueryCount: setting(
    "MC_EXPOSE_QUERY_COUNT",
    bool(false),
    "add an `x-sql-queries` response header with the number of SQL statements a request ran (tests and benches)",
  ),
  heapReclaimIdleSeconds: setting(
    "MC_HEAP_RECLAIM_IDLE_SECONDS",
    int(2, 0, 3600),
    "after work, a full GC once the process has been this long quiet, so its memory comes back; 0 leaves V8's defaults",
  ),
  shutdownGraceSeconds: setting(
    "MC_SHUTDOWN_GRACE_SECONDS",
    int(10, 0, 600),
    "time in-flight requests get on SIGTERM/SIGINT",
    {
      help: true,
    },
  ),
  auth: setting(
    "MC_AUTH",
    oneOf(["on", "off"] as const, "on", { true: "on", false: "off" }),
    "`off` disables API keys (loopback only)",
    {
      help: true,
    },
  ),
  adminKey: setting(
    "MC_ADMIN_KEY",
    optional(atLeast16),
    "a bootstrap ADMIN key (16+ characters), checked without a database row",
    {
      help: true,
    },
  ),
  maxDepth: setting("MC_MAX_DEPTH", int(12, 2, 100), "deepest selection nesting a document may have"),
  maxAliases: setting("MC_MAX_ALIASES", int(30, 0, 1000), "aliases per operation"),
  maxTokens: setting("MC_MAX_TOKENS", int(5000, 100, 1_000_000), "lexical tokens per document"),
  maxDirectives: setting("MC_MAX_DIRECTIVES", int(50, 0, 1000), "directives per operation"),
  maxCost: setting(
    "MC_MAX_COST",
    int(50_000, 100, 100_000_000),
    "estimated cost per operation (fields, multiplied by list sizes)",
  ),
  maxBodyBytes: setting(
    "MC_MAX_BODY_BYTES",
    int(1024 * 1024, 1024, 100 * 1024 * 1024, "1 MiB"),
    "largest HTTP request body (413 beyond)",
  ),
  wsMaxPayloadBytes: setting(
    "MC_WS_MAX_PAYLOAD_BYTES",
    int(1024 * 1024, 1024, 100 * 1024 * 1024, "1 MiB"),
    "largest WebSocket message",
  ),
  wsInitTimeoutMs: setting(
    "MC_WS_INIT_TIMEOUT_MS",
    int(10_000, 100, 600_000),
    "time a WebSocket has to send `connection_init`, in ms",
  ),
  wsMaxSubscriptions: setting(
    "MC_WS_MAX_SUBSCRIPTIONS",
    int(100, 1, 100_000),
    "operations one WebSocket may have open at once (one more is `RATE_LIMITED`)",
  ),
  streamMaxBufferedBytes: setting(
    "MC_STREAM_MAX_BUFFERED_BYTES",
    int(16_000_000, 16_384, 10_000_000_000),
    "unsent bytes a WebSocket or SSE subscriber may pile up before it is cut off as a slow consumer (WebSocket close 1008)",
  ),
  rateLimitPerSecond: setting(
    "MC_RATE_LIMIT_PER_SECOND",
    int(100, 1, 1_000_000),
    "sustained operations per second per key (or per address without one), shared by all instances through Redis when `REDIS_URL` is set",
  ),
  rateLimitBurst: setting("MC_RATE_LIMIT_BURST", int(300, 1, 10_000_000), "burst size of the rate limit"),
  authFailuresPerMinute: setting(
    "MC_AUTH_FAILURES_PER_MINUTE",
    int(120, 1, 10_000_000),
    "requests without a valid key one address may make per minute; past it the address is `RATE_LIMITED` before any key lookup",
  ),
  outboundAllow: setting(
    "MC_OUTBOUND_ALLOW",
    list(),
    "private or loopback hosts, IPs or CIDRs outbound HTTP (webhooks, openai) may reach",
  ),
  maxConcurrentRuns: setting(
    "MC_MAX_CONCURRENT_RUNS",
    int(5, 1, 1000),
    "server-side runs (shell, openai, claude-code) at once per instance",
  ),
  autoDispatch: setting(
    "MC_AUTO_DISPATCH",
    bool(true),
    "start ASSIGNED tasks of agents with a server-side backend automatically",
  ),
  dispatchIntervalSeconds: setting(
    "MC_DISPATCH_INTERVAL_SECONDS",
    int(2, 1, 3600),
    "how often auto-dispatch looks for work (it also wakes on task events)",
  ),
  shellAllow: setting(
    "MC_SHELL_ALLOW",
    list([], "empty (off)"),
    "executables the shell and claude-code backends may run (exact argv[0])",
  ),
  shellCwdAllow: setting(
    "MC_SHELL_CWD_ALLOW",
    list([], "the data directory"),
    "working directories shell runs may use (a run's cwd must be one of them or inside one)",
  ),
  shellEnvAllow: setting(
    "MC_SHELL_ENV_ALLOW",
    list(["PATH", "HOME", "LANG", "TZ"]),
    "server environment variables passed to shell runs",
  ),
  shellTimeoutSeconds: setting(
    "MC_SHELL_TIMEOUT_SECONDS",
    int(3600, 1, 7 * 24 * 3600),
    "longest a shell or claude-code run may take, in seconds",
  ),
  httpTimeoutSeconds: setting(
    "MC_HTTP_TIMEOUT_SECONDS",
    int(600, 1, 24 * 3600),
    "longest an openai run may take, in seconds",
  ),
  runOutputMaxBytes: setting(
    "MC_RUN_OUTPUT_MAX_BYTES",
    int(10_000_000, 1000, 10_000_000_000),
    "most output one run stores: the first half as it comes, the last half when it ends, a SYSTEM chunk saying what was dropped",
  ),
  reviewerAgent: setting(
    "MC_REVIEWER_AGENT",
    optional(),
    "reviewer agent (name or id) for tasks entering REVIEW, unless their project names one",
  ),
  signOffLevels: setting(
    "MC_SIGN_OFF_LEVELS",
    signOffLevels,
    "agent levels (e.g. `INTERN`) whose assigned tasks wait for an operator's sign-off before they run ([docs/approvals.md](docs/approvals.md))",
  ),
  approvalTimeoutSeconds: setting(
    "MC_APPROVAL_TIMEOUT_SECONDS",
    int(600, 1, 7 * 24 * 3600),
    "how long a run waits for an operator to decide a tool call; then it is refused (EXPIRED)",
  ),
  cronGraceSeconds: setting(
    "MC_CRON_GRACE_SECONDS",
    int(60, 1, 24 * 3600),
    "an occurrence found due later than this counts as missed (catch-up policy)",
  ),
  cronMinIntervalSeconds: setting(
    "MC_CRON_MIN_INTERVAL_SECONDS",
    int(60, 1, 24 * 3600),
    "shortest interval between two occurrences of a cron job",
  ),
  prices: setting(
    "MC_PRICES",
    prices,
    'JSON prices in USD per million tokens, `{"model-prefix": {"input": 3, "output": 15}}`, merged over the built-in table',
  ),
  webhookMaxAttempts: setting(
    "MC_WEBHOOK_MAX_ATTEMPTS",
    int(8, 1, 100),
    "delivery attempts before a webhook delivery FAILS",
  ),
  metrics: setting(
    "MC_METRICS",
    bool(true),
    "serve Prometheus metrics at `GET /metrics` ([docs/operations.md](docs/operations.md))",
    { help: true },
  ),
  metricsToken: setting(
    "MC_METRICS_TOKEN",
    optional(atLeast16),
    "a bearer token (16+ characters) that may read `/metrics` besides an ADMIN key",
    {
      help: true,
    },
  ),
  metricsCacheSeconds: setting(
    "MC_METRICS_CACHE_SECONDS",
    int(5, 0, 3600),
    "seconds a database read of the metrics' gauges serves scrapes",
  ),
  otlpTracesEndpoint: setting(
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    otlp,
    "OpenTelemetry traces over OTLP/HTTP to this endpoint plus `/v1/traces` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as it is); off without one, or with `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`",
    { help: true, from: otlpInput },
  ),
  otelServiceName: setting("OTEL_SERVICE_NAME", text("mission-control"), "the `service.name` of the traces"),
} as const;

type Settings = typeof SETTINGS;
type Shape = { [K in keyof Settings]: Settings[K]["schema"] };

/** The settings as one zod object over the variables' text. */
export const configSchema = z.object(
  Object.fromEntries(Object.entries(SETTINGS).map(([k, s]) => [k, s.schema])) as Shape,
);

export type Config = Readonly<z.output<typeof configSchema>> & { readonly databaseProvider: DatabaseProvider };

export function providerOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new ConfigError(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL), got "${url}"`,
  );
}

/** Whether `host` only accepts connections from this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Builds the configuration from an environment (default: `process.env`) plus explicit overrides. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const input = Object.fromEntries(
    Object.entries(SETTINGS).map(([k, s]) => [k, (s as SettingSpec<unknown>).from?.(env) ?? env[s.env]]),
  );
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0]) as keyof Settings;
    throw new ConfigError(`${SETTINGS[key].env} ${issue.message}`);
  }
  const config = { ...parsed.data, ...overrides } as Omit<Config, "databaseProvider">;
  if (config.auth === "off" && !isLoopbackHost(config.host)) {
    throw new ConfigError(
      `MC_AUTH=off is only accepted when the server listens on loopback (HOST=127.0.0.1, ::1 or localhost), not on "${config.host}": anyone who can reach it would have full control`,
    );
  }
  return Object.freeze({ ...config, databaseProvider: providerOf(config.databaseUrl) });
}

/** The README's configuration table (between its config-table markers), from SETTINGS. */
export function configTable(): string {
  const rows = Object.values(SETTINGS).map((s) => `| \`${s.env}\` | ${s.shown} | ${s.doc} |`);
  return ["| variable | default | meaning |", "|---|---|---|", ...rows].join("\n");
}

/** `--help`'s environment section: the settings marked for it, with their defaults. */
export function environmentHelp(width = 100): string {
  const items = Object.values(SETTINGS)
    .filter((s) => "help" in s && s.help)
    .map((s) => {
      const shown = s.shown.replace(/`/g, "");
      return shown === "unset" || shown === "empty" ? s.env : `${s.env} [${shown}]`;
    });
  const lines: string[] = [];
  let line = " ";
  for (const item of items) {
    if (line.length + item.length + 2 > width) {
      lines.push(line);
      line = " ";
    }
    line += ` ${item} `;
  }
  lines.push(line);
  return [
    "Environment (defaults in brackets):",
    ...lines.map((l) => l.trimEnd()),
    "See README.md for the full table.",
  ].join("\n");
}

/**
 * The only reader of `process.env`. Every setting is parsed, validated and frozen here, with its default
 * documented; the README's configuration table mirrors this file.
 */

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
  /** Largest page any connection returns. @default 500 */
  readonly maxPageSize: number;
  /** Run the background jobs (lease recovery, heartbeat monitor). @default true */
  readonly schedulerEnabled: boolean;
  /** Add an `x-sql-queries` header with the number of SQL statements a request ran. @default false */
  readonly exposeQueryCount: boolean;
  /** Seconds to let in-flight requests finish on shutdown. @default 10 */
  readonly shutdownGraceSeconds: number;
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
    logLevel,
    migrateOnStart: bool(env, "MC_MIGRATE_ON_START", true),
    leaseSeconds: int(env, "MC_LEASE_SECONDS", 600, 1, 7 * 24 * 3600),
    leaseSweepSeconds: int(env, "MC_LEASE_SWEEP_SECONDS", 5, 1, 3600),
    heartbeatIntervalSeconds: int(env, "MC_HEARTBEAT_INTERVAL_SECONDS", 60, 1, 24 * 3600),
    heartbeatMissedLimit: int(env, "MC_HEARTBEAT_MISSED_LIMIT", 3, 1, 100),
    defaultMaxAttempts: int(env, "MC_DEFAULT_MAX_ATTEMPTS", 5, 1, 100),
    maxPageSize: int(env, "MC_MAX_PAGE_SIZE", 500, 1, 10_000),
    schedulerEnabled: bool(env, "MC_SCHEDULER", true),
    exposeQueryCount: bool(env, "MC_EXPOSE_QUERY_COUNT", false),
    shutdownGraceSeconds: int(env, "MC_SHUTDOWN_GRACE_SECONDS", 10, 0, 600),
    ...overrides,
  };
  return Object.freeze({ ...config, databaseProvider: providerOf(config.databaseUrl) });
}

/**
 * Database factory: two data paths over one connection set. Prisma (typed against the SQLite client;
 * the PostgreSQL client is generated from the same models, prisma/postgres/schema.prisma) is the schema,
 * the migrations and the typed reads; the driver path (src/sql/) runs the agent protocol's hot
 * statements on the same better-sqlite3 connection or pg pool, with prepared statements kept.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import type { Config } from "../config.js";
import { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PostgresClient } from "../generated/prisma-postgres/client.js";
import type { Queryable, SqlDriver } from "../sql/driver.js";
import { createPostgresDriver } from "../sql/postgres-driver.js";
import { prismaQueryable } from "../sql/prisma-queryable.js";
import { createSqliteDriver, type SqliteLink } from "../sql/sqlite-driver.js";
import { wrapAdapterFactory } from "./adapter-wrap.js";
import { loadPg, loadPrismaPg } from "./optional-modules.js";
import { cachePreparedStatements } from "./prepared-cache.js";

export { Prisma };
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** Milliseconds a SQLite statement waits on a lock held by another process. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}

export interface DbHandle {
  db: Db;
  provider: Config["databaseProvider"];
  /** The driver path (src/sql/). */
  sql: SqlDriver;
  /** The driver path inside a Prisma interactive transaction `tx` (its statements join it). */
  sqlIn(tx: Tx): Promise<Queryable>;
  close(): Promise<void>;
}

export function createDb(config: Pick<Config, "databaseUrl" | "databaseProvider" | "databasePoolSize">): DbHandle {
  const transactionOptions = { maxWait: 20_000, timeout: 30_000 };
  if (config.databaseProvider === "postgresql") {
    const { Pool } = loadPg();
    const { PrismaPg } = loadPrismaPg();
    const pool = new Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize });
    // An idle client whose connection dies (a database restart, a dropped connection) is an 'error'
    // event on the pool, fatal to the process if nobody listens; the pool replaces the client on its
    // next use, and requests meanwhile answer SERVICE_UNAVAILABLE (db/outage.ts).
    pool.on("error", () => {});
    const factory = wrapAdapterFactory(new PrismaPg(pool, { disposeExternalPool: true }), { serialize: false });
    const db = new PostgresClient({ adapter: factory, transactionOptions }) as unknown as Db;
    return {
      db,
      provider: "postgresql",
      sql: createPostgresDriver(pool),
      // Prisma keeps the transaction's pool client to itself: its statements go through the transaction.
      sqlIn: async (tx) => prismaQueryable(tx, "postgresql"),
      // The driver path uses the pool without Prisma ever connecting, and a Prisma client that never
      // connected does not end the pool it was given: end it here too.
      close: async () => {
        await db.$disconnect();
        if (!pool.ended) await pool.end();
      },
    };
  }
  const file = sqlitePath(config.databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let link: SqliteLink | null = null;
  const factory = wrapAdapterFactory(
    new PrismaBetterSQLite3({ url: config.databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    {
      serialize: true,
      async onConnect(adapter, mutex) {
        // WAL lets readers in other processes (the CLI, backups) run beside the server's writer.
        await adapter.executeScript(
          "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        );
        const connection = (adapter as unknown as { client: BetterSqlite3.Database }).client;
        cachePreparedStatements(adapter);
        link = { db: connection, mutex: mutex! };
      },
    },
  );
  const db = new PrismaClient({ adapter: factory, transactionOptions });
  const sql = createSqliteDriver(async () => {
    if (!link) await factory.connect();
    return link!;
  });
  return {
    db,
    provider: "sqlite",
    sql,
    // One connection: while a Prisma transaction runs it holds the lock, and statements on the
    // connection are inside that transaction.
    sqlIn: () => sql.unlocked(),
    close: () => db.$disconnect(),
  };
}

/**
 * Prisma client factory: one code path, two databases. The code is typed against the SQLite client;
 * the PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma), so both have
 * the same API and we only use features both providers have.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Config } from "../config.js";
import { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PostgresClient } from "../generated/prisma-postgres/client.js";
import { wrapAdapterFactory } from "./adapter-wrap.js";

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
  close(): Promise<void>;
}

export function createDb(config: Pick<Config, "databaseUrl" | "databaseProvider" | "databasePoolSize">): DbHandle {
  const transactionOptions = { maxWait: 20_000, timeout: 30_000 };
  if (config.databaseProvider === "postgresql") {
    const factory = wrapAdapterFactory(
      new PrismaPg({ connectionString: config.databaseUrl, max: config.databasePoolSize }),
      { serialize: false },
    );
    const db = new PostgresClient({ adapter: factory, transactionOptions }) as unknown as Db;
    return { db, provider: "postgresql", close: () => db.$disconnect() };
  }
  const file = sqlitePath(config.databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const factory = wrapAdapterFactory(
    new PrismaBetterSQLite3({ url: config.databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    {
      serialize: true,
      async onConnect(adapter) {
        // WAL lets readers in other processes (the CLI, backups) run beside the server's writer.
        await adapter.executeScript(
          "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        );
      },
    },
  );
  const db = new PrismaClient({ adapter: factory, transactionOptions });
  return { db, provider: "sqlite", close: () => db.$disconnect() };
}

/**
 * Applies the committed migrations at start, recording them in Prisma's `_prisma_migrations` table in
 * the format `prisma migrate deploy` writes, so `prisma migrate status` agrees with us. Safe when several
 * instances start together: on PostgreSQL a transaction-scoped advisory lock admits one migrator at a
 * time, on SQLite `BEGIN IMMEDIATE` does; each waits and then finds nothing left to do.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Config } from "../config.js";
import { packageRoot } from "../package-root.js";
import { sqlitePath } from "./client.js";
import { loadPg } from "./optional-modules.js";

const ROOT = packageRoot();
/** Arbitrary constant naming our advisory lock. */
const MIGRATION_LOCK_KEY = 724_113_901;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(provider: Config["databaseProvider"]): string {
  return path.join(ROOT, provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations");
}

export function loadMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrateResult {
  applied: string[];
}

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

function checkChecksums(applied: Map<string, string>, migrations: Migration[]): void {
  for (const m of migrations) {
    const recorded = applied.get(m.name);
    if (recorded && recorded !== m.checksum) {
      throw new Error(
        `migration ${m.name} was modified after it was applied (checksum differs); restore it and add a new migration instead`,
      );
    }
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const client = new (loadPg().Client)({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(PG_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkChecksums(done, migrations);
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      // PostgreSQL DDL is transactional: a failing migration rolls back whole, lock and all.
      await client.query(m.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { applied };
}

function migrateSqlite(url: string, migrations: Migration[]): MigrateResult {
  const db = new Database(sqlitePath(url), { timeout: 30_000 });
  const applied: string[] = [];
  try {
    db.pragma("journal_mode = WAL");
    // Table redefinitions (DROP + RENAME) must not fire ON DELETE CASCADE, and the pragma is ignored
    // inside a transaction: turn enforcement off first, check integrity before COMMIT, turn it back on.
    db.pragma("foreign_keys = OFF");
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(SQLITE_TABLE);
      const rows = db
        .prepare(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
        .all() as { migration_name: string; checksum: string }[];
      const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      checkChecksums(done, migrations);
      const insert = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (?, ?, ?, ?, ?, 1)`,
      );
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        const now = Date.now();
        insert.run(randomUUID(), m.checksum, m.name, now, now);
        applied.push(m.name);
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length) throw new Error(`migration left ${broken.length} foreign-key violation(s); rolled back`);
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.pragma("foreign_keys = ON");
    db.close();
  }
  return { applied };
}

/** Applies every pending migration for the configured database; returns the names applied. */
export async function migrate(config: Pick<Config, "databaseUrl" | "databaseProvider">): Promise<MigrateResult> {
  const migrations = loadMigrations(migrationsDir(config.databaseProvider));
  if (config.databaseProvider === "postgresql") return migratePostgres(config.databaseUrl, migrations);
  const file = sqlitePath(config.databaseUrl);
  if (file !== ":memory:") {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return migrateSqlite(config.databaseUrl, migrations);
}

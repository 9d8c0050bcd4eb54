/**
 * The driver path on SQLite: the very better-sqlite3 connection Prisma's adapter uses, behind the same
 * mutex (src/db/adapter-wrap.ts), so the two paths never interleave inside a transaction and a driver
 * transaction is the only writer while it runs. Statements are prepared once and kept.
 */
import type BetterSqlite3 from "better-sqlite3";
import { countQuery, type Mutex } from "../db/adapter-wrap.js";
import type { Queryable, Row, SqlDriver } from "./driver.js";
import { compile, type Sql } from "./sql.js";

export interface SqliteLink {
  db: BetterSqlite3.Database;
  mutex: Mutex;
}

/** Prepared statements kept per connection; a bound keeps odd one-off texts from piling up. */
const CACHE_LIMIT = 500;

/**
 * A prepared-statement cache for one connection.
 * @param options.safeIntegers integers as bigint (the ORM adapter's mode) @default false (numbers)
 */
export function statementCache(db: BetterSqlite3.Database, options: { safeIntegers?: boolean } = {}) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const safe = options.safeIntegers ?? false;
  return (text: string): BetterSqlite3.Statement => {
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = db.prepare(text);
      // The adapter turns safe integers on for the whole connection; the driver path wants numbers.
      stmt.safeIntegers(safe);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(text, stmt);
    }
    return stmt;
  };
}

type RowBuilder = (values: unknown[]) => Row;

/**
 * Rows of a reading statement as objects built in JavaScript from its raw arrays, by a function made
 * once per statement (which then stays in raw mode) whose object literal names the columns:
 * better-sqlite3 building each row object through V8's API, a property at a time, cost ~2.3 us a row
 * of a task against ~1.5 (tasks(first: 100) with its relations reads ~700 rows). null (object mode,
 * as before) when a column name could not be an own key of a literal (`__proto__`) or the statement
 * has more than 200 columns (no table here has; a literal that wide is not worth compiling).
 */
const builders = new WeakMap<BetterSqlite3.Statement, RowBuilder | null>();

function builderOf(stmt: BetterSqlite3.Statement): RowBuilder | null {
  let build = builders.get(stmt);
  if (build === undefined) {
    const names = stmt.columns().map((c) => c.name);
    build =
      names.includes("__proto__") || names.length > 200
        ? null
        : (new Function(
            `return (r) => ({ ${names.map((n, i) => `${JSON.stringify(n)}: r[${i}]`).join(", ")} });`,
          )() as RowBuilder);
    if (build) stmt.raw(true);
    builders.set(stmt, build);
  }
  return build;
}

function readRows(stmt: BetterSqlite3.Statement, values: unknown[]): Row[] {
  const build = builderOf(stmt);
  if (!build) return stmt.all(values) as Row[];
  const rows = stmt.all(values) as unknown[][];
  const out = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = build(rows[i]!);
  return out;
}

function runOn(prepare: (text: string) => BetterSqlite3.Statement): Queryable {
  return {
    provider: "sqlite",
    async query<T = Row>(statement: Sql): Promise<T[]> {
      const { text, values } = compile(statement, "sqlite");
      countQuery(text);
      const stmt = prepare(text);
      if (stmt.reader) return readRows(stmt, values) as T[];
      stmt.run(values);
      return [];
    },
    async execute(statement: Sql): Promise<number> {
      const { text, values } = compile(statement, "sqlite");
      countQuery(text);
      return prepare(text).run(values).changes;
    },
  };
}

/**
 * @param link resolves the live connection and its lock (Prisma connects lazily; this waits for it)
 */
export function createSqliteDriver(link: () => Promise<SqliteLink>): SqlDriver & {
  /** Statements on the connection without taking the lock: only for a caller that already holds it. */
  unlocked(): Promise<Queryable>;
} {
  let cached: { link: SqliteLink; q: Queryable } | null = null;
  const open = async () => {
    const l = await link();
    if (cached?.link.db !== l.db) cached = { link: l, q: runOn(statementCache(l.db)) };
    return cached;
  };
  const locked = async <T>(work: (q: Queryable) => Promise<T>): Promise<T> => {
    const { link: l, q } = await open();
    const release = await l.mutex.acquire();
    try {
      return await work(q);
    } finally {
      release();
    }
  };
  return {
    provider: "sqlite",
    query: (statement) => locked((q) => q.query(statement)),
    execute: (statement) => locked((q) => q.execute(statement)),
    transaction: (work) =>
      locked(async (q) => {
        const { link: l } = cached!;
        l.db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(q);
          l.db.exec("COMMIT");
          return result;
        } catch (error) {
          if (l.db.inTransaction) l.db.exec("ROLLBACK");
          throw error;
        }
      }),
    unlocked: async () => (await open()).q,
  };
}

/**
 * The driver path on PostgreSQL: the pool Prisma's adapter also uses, a pool client per transaction,
 * and named (server-side prepared) statements, which pg keeps per connection.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { countQuery } from "../db/adapter-wrap.js";
import { loadPg } from "../db/optional-modules.js";
import type { Queryable, Row, SqlDriver } from "./driver.js";
import { compile, type Sql } from "./sql.js";

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

/** timestamp(3) columns hold UTC: read them as UTC whatever the process's time zone. */
const parsers: Record<number, (value: string) => unknown> = {
  [TIMESTAMP]: (v) => new Date(`${v.replace(" ", "T")}Z`),
  [TIMESTAMPTZ]: (v) => new Date(v),
  [INT8]: Number,
  [NUMERIC]: Number,
};

let pgTypes: typeof pg.types | null = null;

const types = {
  getTypeParser: (oid: number, format?: string) => {
    if ((format === undefined || format === "text") && parsers[oid]) return parsers[oid];
    pgTypes ??= loadPg().types;
    return pgTypes.getTypeParser(oid, format as "text");
  },
};

const names = new Map<string, string>();

/** A stable statement name per text, so each connection prepares it once. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `mc_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    if (names.size < 2000) names.set(text, name);
  }
  return name;
}

function runOn(client: pg.Pool | pg.PoolClient): Queryable {
  const run = (statement: Sql) => {
    const { text, values } = compile(statement, "postgresql");
    countQuery(text);
    return client.query({ name: nameOf(text), text, values, types } as pg.QueryConfig);
  };
  return {
    provider: "postgresql",
    async query<T = Row>(statement: Sql): Promise<T[]> {
      return (await run(statement)).rows as T[];
    },
    async execute(statement: Sql): Promise<number> {
      return (await run(statement)).rowCount ?? 0;
    },
  };
}

export function createPostgresDriver(pool: pg.Pool): SqlDriver {
  const root = runOn(pool);
  return {
    ...root,
    async transaction<T>(work: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await work(runOn(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

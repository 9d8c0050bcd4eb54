/**
 * The driver path's interface: statements (see sql.ts) run directly on better-sqlite3 or pg, with
 * their prepared statements kept, inside transactions that mean what the ORM's mean. The ORM stays the
 * schema, the migrations and the typed reads; the agent protocol's hot statements come here.
 */
import type { Provider, Sql } from "./sql.js";

export type Row = Record<string, unknown>;

/** Something statements run on: the driver outside a transaction, or one transaction. */
export interface Queryable {
  readonly provider: Provider;
  /** Rows of a statement (SELECT, or a write with RETURNING). */
  query<T = Row>(statement: Sql): Promise<T[]>;
  /** Rows changed by a statement without RETURNING. */
  execute(statement: Sql): Promise<number>;
}

export interface SqlDriver extends Queryable {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. On SQLite
   * it holds the connection's lock (shared with the ORM) for its whole life, so it is the one writer;
   * on PostgreSQL it has a pool client of its own.
   */
  transaction<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
}

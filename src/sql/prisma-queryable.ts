/**
 * The driver path's statements run through a Prisma interactive transaction, for code shared by both
 * paths when it runs inside an ORM transaction on PostgreSQL (Prisma keeps that transaction's pool
 * client to itself). Rows come back as Prisma's raw queries give them; src/sql/rows.ts decodes both.
 */
import type { Tx } from "../db/client.js";
import type { Queryable, Row } from "./driver.js";
import { compile, type Provider, type Sql } from "./sql.js";

export function prismaQueryable(tx: Tx, provider: Provider): Queryable {
  return {
    provider,
    query<T = Row>(statement: Sql): Promise<T[]> {
      const { text, values } = compile(statement, provider);
      return tx.$queryRawUnsafe<T[]>(text, ...values);
    },
    execute(statement: Sql): Promise<number> {
      const { text, values } = compile(statement, provider);
      return tx.$executeRawUnsafe(text, ...values);
    },
  };
}

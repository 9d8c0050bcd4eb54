/** The key an Authorization header names (every authenticated request), and its last-use stamp. */
import type { Queryable } from "./driver.js";
import { decodeRow } from "./rows.js";
import { sql } from "./sql.js";

export interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  agentId: string | null;
  hash: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  runId: string | null;
}

export async function findApiKey(q: Queryable, id: string): Promise<ApiKeyRow | null> {
  const rows = await q.query<Record<string, unknown>>(
    sql`SELECT "id", "name", "role", "agentId", "hash", "expiresAt", "revokedAt", "runId" FROM "ApiKey" WHERE "id" = ${id}`,
  );
  return rows[0] ? decodeRow<ApiKeyRow>("ApiKey", rows[0]) : null;
}

export function touchApiKey(q: Queryable, id: string, at: Date): Promise<number> {
  return q.execute(sql`UPDATE "ApiKey" SET "lastUsedAt" = ${at} WHERE "id" = ${id}`);
}

/**
 * A throwaway database for a test file or a bench run: a temporary SQLite file, or a new PostgreSQL
 * database created next to the one `pgUrl` names (and dropped, connections and all, afterwards).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin(pgUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(pgUrl?: string, prefix = "mc_scratch"): Promise<ScratchDatabase> {
  if (!pgUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    return {
      url: `file:${path.join(dir, "db.sqlite")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(pgUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(pgUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

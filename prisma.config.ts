/**
 * Prisma CLI configuration. The CLI runs offline here: `engine: "js"` with a driver adapter makes it use
 * the WebAssembly schema engine shipped inside the `prisma` package, and pointing the native-engine
 * variables at an existing file stops it from trying to download engines it will never execute.
 * `DATABASE_URL` picks the provider exactly as the server does (see src/config.ts).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const wasm = path.resolve("node_modules/prisma/build/prisma_schema_build_bg.wasm");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= wasm;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= wasm;

const url = process.env.DATABASE_URL || "file:./data/mission-control.db";
const postgres = /^postgres(ql)?:\/\//.test(url);
// The SQLite driver cannot create the folder of a fresh checkout's database file.
if (!postgres) mkdirSync(path.dirname(path.resolve(url.replace(/^file:/, ""))), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url, allowExitOnIdle: true }) : new PrismaBetterSQLite3({ url });
  },
});

/**
 * Writes the next migration for both providers from a change to prisma/schema.prisma.
 *
 * `prisma migrate dev` does not work offline here (the WebAssembly schema engine's shadow database
 * fails), so each migration folder keeps a snapshot of the schema it was made from (`schema.prisma`)
 * and the next migration is `prisma migrate diff` from that snapshot to the current schema.
 *
 * @example npm run migration:new -- add_messages
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toPostgresSchema } from "./gen-postgres-schema.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run migration:new -- <snake_case_name>");
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const source = readFileSync("prisma/schema.prisma", "utf8");
const targets = [
  { dir: "prisma/migrations", schema: source, provider: "sqlite" },
  { dir: "prisma/postgres/migrations", schema: toPostgresSchema(source), provider: "postgresql" },
];

const wasm = path.resolve("node_modules/prisma/build/prisma_schema_build_bg.wasm");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: wasm, PRISMA_QUERY_ENGINE_LIBRARY: wasm };

for (const target of targets) {
  mkdirSync(target.dir, { recursive: true });
  const previous = readdirSync(target.dir)
    .filter((d) => existsSync(path.join(target.dir, d, "schema.prisma")))
    .sort()
    .at(-1);
  const folder = path.join(target.dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  const nextSchema = path.join(folder, "schema.prisma");
  writeFileSync(nextSchema, target.schema);
  const from = previous
    ? ["--from-schema-datamodel", path.join(target.dir, previous, "schema.prisma")]
    : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", nextSchema, "--script"],
    { env, encoding: "utf8" },
  );
  writeFileSync(path.join(folder, "migration.sql"), sql);
  writeFileSync(path.join(target.dir, "migration_lock.toml"), `provider = "${target.provider}"\n`);
  console.log(`wrote ${folder}/migration.sql (${sql.split("\n").length} lines)`);
}

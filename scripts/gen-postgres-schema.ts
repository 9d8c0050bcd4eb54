/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma: same models, PostgreSQL provider,
 * its own generated client. Run by `npm run generate`; the output is committed and `--check` fails on drift.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export function toPostgresSchema(source: string): string {
  const out = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./unused.db"', 'url      = "postgresql://unused"')
    .replace('output       = "../src/generated/prisma"', 'output       = "../../src/generated/prisma-postgres"')
    .replace(/generator pothos \{[^}]*\}\n\n/s, "");
  return `// GENERATED from prisma/schema.prisma by scripts/gen-postgres-schema.ts. Do not edit.\n${out}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expected = toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
  const target = "prisma/postgres/schema.prisma";
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(target, "utf8");
    } catch {}
    if (committed !== expected) {
      console.error(`${target} is out of date: run \`npm run generate\` and commit it`);
      process.exit(1);
    }
    console.log(`${target} is up to date`);
  } else {
    mkdirSync("prisma/postgres", { recursive: true });
    writeFileSync(target, expected);
  }
}

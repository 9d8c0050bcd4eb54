/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma: same models, PostgreSQL provider,
 * its own generated client. Run by `npm run generate`; the output is committed and checked for drift.
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
  const source = readFileSync("prisma/schema.prisma", "utf8");
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync("prisma/postgres/schema.prisma", toPostgresSchema(source));
}

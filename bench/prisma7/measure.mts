/**
 * Prisma 7.10 against 6.19.3 on the same queries and the same SQLite file (issue 13, item 3). Not part of
 * `npm run bench`: it needs Prisma 7 installed beside the project, so it is run by hand:
 *
 *   mkdir /tmp/p7 && cd /tmp/p7 && npm init -y >/dev/null && npm pkg set type=module
 *   npm install prisma@7.10.0 @prisma/client@7.10.0 @prisma/adapter-better-sqlite3@7.10.0
 *   # the project's schema without the pothos generator, engineType and url; config beside it:
 *   cp <repo>/bench/prisma7/prisma.config.ts . && mkdir prisma && <edit a copy of prisma/schema.prisma>
 *   PRISMA_SCHEMA_ENGINE_BINARY=$(ls node_modules/prisma/build/*.wasm | head -1) \
 *     PRISMA_QUERY_ENGINE_LIBRARY=$PRISMA_SCHEMA_ENGINE_BINARY npx prisma generate
 *   # a seeded database (200 tasks as in bench/tasks-query.ts), then, from the repo:
 *   node --import tsx bench/prisma7/measure.mts <repo>/src/generated/prisma/client.ts \
 *     <repo>/node_modules/@prisma/adapter-better-sqlite3/dist/index.mjs seed.db
 *   node --import tsx bench/prisma7/measure.mts /tmp/p7/generated/prisma/client.ts \
 *     /tmp/p7/node_modules/@prisma/adapter-better-sqlite3/dist/index.mjs seed.db
 *
 * Prints CPU per call (process.cpuUsage) of a flat page, the nested page the list resolver used to ask
 * the ORM for, and a one-row findUnique. Figures and the decision: docs/benchmarks.md.
 */
import { copyFileSync } from "node:fs";

const [clientPath, adapterPath, dbFile] = process.argv.slice(2);
const { PrismaClient } = await import(clientPath!);
const adapterModule = await import(adapterPath!);
const PrismaBetterSQLite3 = adapterModule.PrismaBetterSQLite3 ?? adapterModule.PrismaBetterSqlite3;
const copy = `${dbFile}.${process.pid}`;
copyFileSync(dbFile!, copy);
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${copy}` }) });
const full = {
  take: 101,
  orderBy: { id: "desc" as const },
  select: {
    id: true,
    title: true,
    status: true,
    priority: true,
    createdAt: true,
    project: { select: { id: true, name: true } },
    assignments: { select: { agent: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" as const } },
    dependencyEdges: { select: { dependsOn: { select: { id: true, title: true } } } },
    dependentEdges: { select: { task: { select: { id: true } } } },
  },
};
const flat = {
  take: 101,
  orderBy: { id: "desc" as const },
  select: { id: true, title: true, status: true, priority: true, createdAt: true },
};
const one = { where: { id: "x" }, select: { id: true, status: true } };
for (const [name, q, n] of [
  ["flat list", flat, 300],
  ["full nested list", full, 150],
  ["findUnique", one, 3000],
] as const) {
  const run = () => (name === "findUnique" ? db.task.findUnique(q) : db.task.findMany(q));
  for (let i = 0; i < Math.ceil(n / 5); i++) await run();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await run();
  const c = process.cpuUsage(c0);
  console.log(`${name.padEnd(18)} ${((c.user + c.system) / 1000 / n).toFixed(3)} ms CPU per call`);
}
await db.$disconnect();

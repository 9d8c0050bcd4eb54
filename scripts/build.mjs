// `npm run build`: bundles the server into dist/cli.js. Pure-JS dependencies are bundled: loading
// hundreds of modules from node_modules was most of the cold start (765 ms -> ~400 ms to /health).
// Left outside the bundle: native and WebAssembly code (better-sqlite3, Prisma's runtime and its query
// compiler), drivers a deployment may never load (pg, ioredis; see src/db/optional-modules.ts), the
// commands' own heavy dependencies loaded on demand (MCP SDK, zod), and the build tools themselves.
import { build } from "esbuild";

const external = [
  "better-sqlite3",
  "@prisma/*",
  "prisma",
  "pg",
  "ioredis",
  "@graphql-yoga/redis-event-target",
  "@modelcontextprotocol/*",
  "zod",
  "tsx",
  "esbuild",
  "playwright-core",
];

await build({
  entryPoints: ["src/cli.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/cli.js",
  external,
  logLevel: "warning",
  // Bundled CommonJS calls require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __mcCreateRequire } from 'node:module'; const require = __mcCreateRequire(import.meta.url);",
  },
});

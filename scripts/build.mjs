// `npm run build`: bundles the server into dist/cli.cjs (started by dist/cli.js) and dist/index.js.
// Pure-JS dependencies are bundled: loading hundreds of modules from node_modules was most of the cold
// start (765 ms -> ~400 ms to /health).
// Left outside the bundle: native and WebAssembly code (better-sqlite3, Prisma's query compiler and its
// driver adapters), drivers a deployment may never load (pg, ioredis; see src/db/optional-modules.ts), the
// MCP command's SDK, loaded on demand, and the build tools themselves. zod is bundled: the server
// validates its inputs and settings with it at every start, and from node_modules it was compiled from
// source each time (~30 ms of a start; in the bundle it comes from the code cache; A/B to /ready
// 421-490 -> 385-439 ms on SQLite, 509 -> 458 on PostgreSQL). The MCP tools import `zod/v4`, which stays
// external, so their schemas come from the same zod as the SDK that reads them. Prisma's client runtime
// (`@prisma/client/runtime/client`, 224 KiB of plain JavaScript) is bundled for the same reason: 19 ms
// of every start compiling and running it from node_modules (A/B to /ready: 309-391 -> 287-359 ms
// SQLite, 393 -> 376 PostgreSQL); the query compiler it loads on the first ORM query stays outside.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";

const external = [
  "better-sqlite3",
  "@prisma/adapter-*",
  "@prisma/driver-adapter-utils",
  "@prisma/client/runtime/query_compiler*",
  "prisma",
  "pg",
  "ioredis",
  "@graphql-yoga/redis-event-target",
  "@modelcontextprotocol/*",
  "zod/v4",
  "tsx",
  "esbuild",
  "playwright-core",
];

// The package's server entry (`import … from "mission-control"`, src/index.ts), one ES module.
const server = {
  bundle: true,
  platform: "node",
  target: "node20",
  external,
  logLevel: "warning",
  plugins: [graphqlAsModules()],
};
await build({
  ...server,
  entryPoints: { index: "src/index.ts" },
  format: "esm",
  outdir: "dist",
  // Bundled CommonJS calls require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __mcCreateRequire } from 'node:module'; const require = __mcCreateRequire(import.meta.url);",
  },
});

// The CLI (`npx mission-control`, `npm start`): one CommonJS file, which dist/cli.js (src/launch.ts)
// compiles from V8's code cache. `import()` becomes require(), which Node 20 has for ES modules too:
// code run from a cache has no loader for a dynamic import. `import.meta.url` is the bundle's own URL.
await build({
  ...server,
  entryPoints: ["src/cli.ts"],
  format: "cjs",
  outfile: "dist/cli.cjs",
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__mcBundleUrl" },
  banner: { js: "var __mcBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Comment lines aside: bundled packages' comments may mention `import()`.
const code = readFileSync("dist/cli.cjs", "utf8")
  .split("\n")
  .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l));
if (code.some((l) => /\bimport\(/.test(l))) {
  throw new Error("dist/cli.cjs has a dynamic import(), which code compiled from a cache cannot run");
}
await build({
  entryPoints: ["src/launch.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/cli.js",
  logLevel: "warning",
});

// The typed client (`mission-control/client`): its documents and wrapper, with graphql, graphql-ws and
// ws left to the importing project, so urql, Apollo Client or graphql-request and the client share one
// graphql. Its declarations come from `npm run build:types` (run by `npm pack`).
await build({
  entryPoints: ["src/client/index.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/client.js",
  external: ["graphql", "graphql-ws", "ws"],
  logLevel: "warning",
});

// The live board: its script bundled for the browser beside its page and styles, so the server serves
// files and never runs esbuild (src/board/serve.ts).
mkdirSync("dist/board", { recursive: true });
await build({
  entryPoints: ["src/board/app.ts"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  outfile: "dist/board/board.js",
  logLevel: "warning",
});
for (const file of ["index.html", "board.css"]) copyFileSync(`src/board/${file}`, `dist/board/${file}`);

/**
 * graphql 16 has no "exports" map, so esbuild takes its CommonJS `main` and every importer reaches it
 * through __toESM's getters, then graphql's own re-export getters: two getter calls on every
 * `isNonNullType` or `getFields` that graphql-js, the executor and Pothos make per field, 8% of the
 * CPU of a 100-task list. Each graphql file ships an ES module twin (`.mjs`); resolving every import and
 * require of graphql to the twin keeps one instance (no "another realm" schema) with direct bindings.
 *
 * Because the bundle holds exactly one graphql, its `instanceOf` takes the production branch (a plain
 * `instanceof`) whatever NODE_ENV says: the development branch looks for a second copy of graphql by
 * reading Symbol.toStringTag on every failed type test (`isListType` on an object type, ...), another
 * 6% of that list, and there is no second copy to find. Nothing else in the bundle changes with NODE_ENV.
 */
function graphqlAsModules() {
  return {
    name: "graphql-as-modules",
    setup(b) {
      b.onResolve({ filter: /^graphql(\/.*)?$/ }, async (args) => {
        if (args.pluginData?.graphqlAsModules) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { graphqlAsModules: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const twin = resolved.path.replace(/\.js$/, ".mjs");
        return { ...resolved, path: twin !== resolved.path && existsSync(twin) ? twin : resolved.path };
      });
      b.onLoad({ filter: /[\\/]graphql[\\/]jsutils[\\/]instanceOf\.mjs$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const test = "process.env.NODE_ENV === 'production'";
        if (!source.includes(test)) throw new Error(`graphql's instanceOf changed shape: ${args.path}`);
        return { contents: source.replace(test, "true"), loader: "js" };
      });
      // graphql-js coerces every field's arguments, and for a field that takes none still builds an
      // empty array, a key map by `reduce` with its closure and the result: ~80 ns a field, 2,700 fields
      // in a 100-task list with its relations. With no argument definitions the loop it skips has nothing
      // to coerce, so the answer is the same empty object.
      b.onLoad({ filter: /[\\/]graphql[\\/]execution[\\/]values\.mjs$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const head = "export function getArgumentValues(def, node, variableValues) {";
        if (!source.includes(head)) throw new Error(`graphql's getArgumentValues changed shape: ${args.path}`);
        const early = `${head}\n  if (def.args.length === 0) return Object.create(null);`;
        return { contents: source.replace(head, early), loader: "js" };
      });
      // graphql-js builds each response object on a null prototype, which V8 keeps in dictionary mode:
      // slower to fill, slower to JSON.stringify, none sharing a shape. Plain objects made the same way
      // share one hidden class per selection. A response name `__proto__` would set such an object's
      // prototype instead of a key, so the limits refuse it before anything executes (limits.ts).
      const plain = [
        [
          /[\\/]graphql[\\/]execution[\\/]execute\.mjs$/,
          ["const results = Object.create(null);", "    Object.create(null),\n  );\n}"],
        ],
        [/[\\/]graphql[\\/]jsutils[\\/]promiseForObject\.mjs$/, ["const resolvedObject = Object.create(null);"]],
      ];
      for (const [filter, texts] of plain) {
        b.onLoad({ filter }, (args) => {
          let source = readFileSync(args.path, "utf8");
          for (const text of texts) {
            if (!source.includes(text)) throw new Error(`graphql changed shape: ${args.path} has no ${text}`);
            source = source.replace(text, text.replace("Object.create(null)", "{}"));
          }
          return { contents: source, loader: "js" };
        });
      }
    },
  };
}

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node loads the CJS one for graphql-yoga, so
    // the tests must too, or schema objects cross two "realms" and instanceof checks fail.
    alias: [
      { find: /^graphql$/, replacement: "graphql/index.js" },
      // The package's own entries, as the examples import them, from the sources (no build needed).
      { find: /^mission-control\/client$/, replacement: new URL("./src/client/index.ts", import.meta.url).pathname },
      { find: /^mission-control$/, replacement: new URL("./src/index.ts", import.meta.url).pathname },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own server on port 0 with its own database; two at a time fits 2 cores.
    maxWorkers: 2,
    reporters: ["default"],
  },
});

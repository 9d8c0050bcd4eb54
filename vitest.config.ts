import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node loads the CJS one for graphql-yoga, so
    // the tests must too, or schema objects cross two "realms" and instanceof checks fail.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
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

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own server on port 0 with its own database; two at a time fits 2 cores.
    maxWorkers: 2,
    reporters: ["default"],
  },
});

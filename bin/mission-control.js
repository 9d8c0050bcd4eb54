#!/usr/bin/env node
// `npx mission-control …`. In a checkout (src/ beside bin/) it runs the TypeScript entry through tsx, so
// the sources need no build step; an installed package has no src/ and runs the bundle `npm pack` built
// (dist/cli.js). Either way the CLI runs in this process, so a signal sent to this PID reaches it
// (npx and npm exec hand theirs on to it).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const sources = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
if (existsSync(sources)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli.ts", import.meta.url).href);
} else {
  await import(new URL("../dist/cli.js", import.meta.url).href);
}

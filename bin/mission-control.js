#!/usr/bin/env node
// Runs the TypeScript entry through tsx so `npm start` and the bin need no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");

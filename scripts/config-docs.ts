/**
 * Writes the README's configuration table from the settings table in src/config.ts (the one place a
 * setting is stated); `--check` fails when the README's copy has drifted (part of `npm test`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { configTable } from "../src/config.js";

const START = "<!-- config-table:start (generated from src/config.ts by npm run config:docs) -->";
const END = "<!-- config-table:end -->";
const readme = readFileSync("README.md", "utf8");
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) {
  console.error(`README.md has no ${START} ... ${END} section`);
  process.exit(1);
}
const next = `${readme.slice(0, a + START.length)}\n${configTable()}\n${readme.slice(b)}`;
if (process.argv.includes("--check")) {
  if (next !== readme) {
    console.error("README.md's configuration table differs from src/config.ts: run npm run config:docs");
    process.exit(1);
  }
  console.log("README.md's configuration table is up to date");
} else {
  writeFileSync("README.md", next);
  console.log("wrote README.md's configuration table");
}

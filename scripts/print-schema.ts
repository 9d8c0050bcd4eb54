/**
 * Writes schema.graphql from the Pothos schema, or with --check fails when the committed file differs
 * (CI runs the check so the SDL clients generate from never drifts from the server).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../src/schema/index.js";

const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync("schema.graphql", "utf8");
  } catch {}
  if (committed !== sdl) {
    console.error("schema.graphql is out of date: run `npm run schema:print` and commit it");
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
} else {
  writeFileSync("schema.graphql", sdl);
  console.log("wrote schema.graphql");
}

/**
 * The house drawn from imports: no arrow runs back up. Each layer may import only from the layers
 * below it (type imports included), so the pure rules stay pure and a transport can be swapped
 * without touching a service. Read from the sources' import statements.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve("src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

/** The src-relative targets (and package names) a file imports. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith(".") ? path.relative(SRC, path.resolve(path.dirname(file), s)) : s));
}

/** For each layer (a folder or file under src/), what it must never import. */
const NEVER: Record<string, RegExp[]> = {
  "errors.ts": [/./],
  "domain/": [
    /^graphql/,
    /^@pothos/,
    /^graphql-yoga/,
    /^(services|schema|http|sql|db|execution|executors|server|app)\b/,
  ],
  "sql/": [/^(services|schema|http|execution|executors|server|app)\b/],
  "services/": [/^graphql/, /^(schema|http|execution|server|app|plugins)\b/],
  "executors/": [/^(services|schema|http|execution|server|app|db|sql)\b/],
  // The runner calls services (through their index) and the claim protocol; no SQL, no transaction
  // of its own, no service's private helper.
  "execution/": [/^(schema|http|server|app|db|sql)\b/, /^services\/(?!index\.js$)/],
  "schema/": [/^(server|app)\b/],
  // The rules and the guard: what a key may do, never how it is done (the audit is a schema plugin).
  "security/": [/^(services|schema|http|execution|server|app|plugins)\b/],
};

describe("the layers", () => {
  const all = files(SRC);
  for (const [layer, never] of Object.entries(NEVER)) {
    it(`${layer} imports nothing above it`, () => {
      const mine = all.filter((f) => path.relative(SRC, f).startsWith(layer));
      expect(mine.length, layer).toBeGreaterThan(0);
      const wrong = mine.flatMap((f) =>
        importsOf(f)
          .filter((target) => never.some((re) => re.test(target)))
          .map((target) => `${path.relative(SRC, f)} -> ${target}`),
      );
      expect(wrong).toEqual([]);
    });
  }
});

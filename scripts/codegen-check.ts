/**
 * Fails when the committed typed documents (src/generated/graphql, and the board's in
 * src/board/generated, the tests' in tests/generated) differ from a fresh codegen run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const targets = [
  { committed: "src/generated/graphql", env: "CODEGEN_OUT" },
  { committed: "src/board/generated", env: "CODEGEN_BOARD_OUT" },
  { committed: "tests/generated", env: "CODEGEN_TESTS_OUT" },
];
const fresh = mkdtempSync(path.join(tmpdir(), "mc-codegen-"));
try {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [i, t] of targets.entries()) env[t.env] = `${fresh}/${i}/`;
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  let failed = false;
  for (const [i, { committed }] of targets.entries()) {
    const out = path.join(fresh, String(i));
    const names = new Set([...readdirSync(out), ...readdirSync(committed)]);
    const stale = [...names].filter((n) => {
      try {
        return readFileSync(path.join(out, n), "utf8") !== readFileSync(path.join(committed, n), "utf8");
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`${committed} is out of date (${stale.join(", ")}): run \`npm run codegen\` and commit it`);
      failed = true;
    } else {
      console.log(`${committed} is up to date`);
    }
  }
  if (failed) process.exit(1);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

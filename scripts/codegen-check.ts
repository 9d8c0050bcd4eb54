/** Fails when the committed typed documents (src/generated/graphql) differ from a fresh codegen run. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const committed = "src/generated/graphql";
const fresh = mkdtempSync(path.join(tmpdir(), "mc-codegen-"));
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], {
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const names = new Set([...readdirSync(fresh), ...readdirSync(committed)]);
  const stale = [...names].filter((n) => {
    try {
      return readFileSync(path.join(fresh, n), "utf8") !== readFileSync(path.join(committed, n), "utf8");
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`${committed} is out of date (${stale.join(", ")}): run \`npm run codegen\` and commit it`);
    process.exit(1);
  }
  console.log(`${committed} is up to date`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

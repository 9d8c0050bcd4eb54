// `npm start`: serves from the bundle, building it first only when it is missing or older than what it
// is built from. Building on every start cost 1-10 s on a loaded machine, most of the time a restart
// after a crash took to answer /health again; the bundle is loaded in this process (no second node).
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist", "cli.js");

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The newest modification time under `dir` (recursively). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : mtime(full));
  }
  return latest;
}

const inputs = Math.max(
  newest(path.join(root, "src")),
  mtime(path.join(root, "package-lock.json")),
  mtime(path.join(root, "scripts", "build.mjs")),
);
if (mtime(bundle) < inputs) {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit", cwd: root });
}
process.argv = [process.argv[0], bundle, "serve", ...process.argv.slice(2)];
await import(pathToFileURL(bundle).href);

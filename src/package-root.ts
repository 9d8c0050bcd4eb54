/** The package's own folder: the nearest one above this module (src/ or a bundled dist/) with prisma/migrations. */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "prisma", "migrations"))) {
      root = dir;
      return dir;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find prisma/migrations above the server's code");
    dir = up;
  }
}

/** How this installation's CLI is started: node and the bin (`mission-control …`). */
export function cliCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(packageRoot(), "bin", "mission-control.js")] };
}

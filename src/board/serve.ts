/**
 * Serves the live board: `/` is the page, `/board.css` its styles, `/board.js` its script. `npm run
 * build` bundles the script into dist/board/ beside the page and the styles (scripts/build.mjs), and
 * that is what is served; only a server run from its sources with no build (tsx, during development)
 * bundles app.ts itself, once, with esbuild, a development dependency. The CSP allows this origin only:
 * no inline script or style.
 */
import { existsSync as exists, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// Built: dist/board/ beside the bundle (dist/cli.js). Run from the sources (tsx): this folder.
const built = exists(path.join(here, "board", "board.js")) ? path.join(here, "board") : null;
const dir = built ?? [here, path.resolve(here, "../src/board")].find((d) => exists(path.join(d, "index.html")));

let script: Promise<string> | null = null;

function bundle(): Promise<string> {
  if (built) {
    script ??= Promise.resolve(readFileSync(path.join(built, "board.js"), "utf8"));
    return script;
  }
  script ??= import("esbuild").then(async (esbuild) => {
    const out = await esbuild.build({
      entryPoints: [path.join(dir!, "app.ts")],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      logLevel: "silent",
    });
    return out.outputFiles[0]!.text;
  });
  script.catch(() => {
    script = null;
  });
  return script;
}

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/** Answers `/`, `/board.css` and `/board.js`; returns false for any other path. */
export async function serveBoard(pathname: string, res: ServerResponse): Promise<boolean> {
  if (!dir) return false;
  if (pathname === "/") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS });
    res.end(readFileSync(path.join(dir, "index.html")));
    return true;
  }
  if (pathname === "/board.css") {
    res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache", ...SECURITY_HEADERS });
    res.end(readFileSync(path.join(dir, "board.css")));
    return true;
  }
  if (pathname === "/board.js") {
    const js = await bundle();
    res.writeHead(200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
      ...SECURITY_HEADERS,
    });
    res.end(js);
    return true;
  }
  return false;
}

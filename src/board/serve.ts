/**
 * Serves the live board: `/` is the page, `/board.js` its script, bundled from src/board/app.ts with
 * esbuild on first request and kept in memory (a few hundred KB; the bundle takes well under a second).
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// Sources sit next to this file (tsx) or under ../src/board from dist/ (the esbuild bundle).
const dir = [here, path.resolve(here, "../src/board")].find((d) => {
  try {
    readFileSync(path.join(d, "index.html"));
    return true;
  } catch {
    return false;
  }
});

let script: Promise<string> | null = null;

function bundle(): Promise<string> {
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
    "default-src 'self'; connect-src 'self' ws: wss:; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/** Answers `/` and `/board.js`; returns false for any other path. */
export async function serveBoard(pathname: string, res: ServerResponse): Promise<boolean> {
  if (!dir) return false;
  if (pathname === "/") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...SECURITY_HEADERS });
    res.end(readFileSync(path.join(dir, "index.html")));
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

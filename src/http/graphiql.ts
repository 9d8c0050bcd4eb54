/**
 * GraphiQL from the server itself. Yoga's page loads GraphiQL's script, stylesheet and Monaco's workers
 * from unpkg.com, so on a machine without internet, or behind a strict Content-Security-Policy, it stays
 * a blank "Loading …" page. Here the same page (Yoga's `renderGraphiQL`) points at the files of the
 * `@graphql-yoga/graphiql` package this server depends on, served under `/graphiql/`, and goes out with
 * a CSP that allows this origin only: its inline scripts by their hashes, Monaco's workers as the blob:
 * URLs GraphiQL makes of them, no other host for anything.
 */
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { renderGraphiQL } from "graphql-yoga";

export const GRAPHIQL_ASSETS = "/graphiql/";

/** The files the page asks for, by the path under GRAPHIQL_ASSETS, and their types. */
const FILES: Record<string, string> = {
  "graphiql.css": "text/css; charset=utf-8",
  "yoga-graphiql.umd.js": "text/javascript; charset=utf-8",
  "monacoeditorwork/editor.worker.bundle.js": "text/javascript; charset=utf-8",
  "monacoeditorwork/json.worker.bundle.js": "text/javascript; charset=utf-8",
  "monacoeditorwork/graphql.worker..bundle.js": "text/javascript; charset=utf-8",
};

let distDir: string | null = null;
/** The package's dist/ folder, found the way Node resolves it (its `require` entry lives there). */
function dist(): string {
  distDir ??= path.dirname(createRequire(import.meta.url).resolve("@graphql-yoga/graphiql"));
  return distDir;
}

export interface GraphiQLPage {
  html: string;
  csp: string;
}

/** Yoga's GraphiQL page with every external URL replaced by this server's, and the CSP that fits it. */
export function graphiqlPage(options: { title: string; subscriptionsProtocol: "WS" | "SSE" }): GraphiQLPage {
  const html = renderGraphiQL(options as Parameters<typeof renderGraphiQL>[0])
    .replace(/https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g, GRAPHIQL_ASSETS)
    .replace(/<link rel=icon href=[^>]*>/, '<link rel=icon href="data:,">')
    .replace(/ crossorigin /g, " ");
  // A newer Yoga page with another external file must fail loudly here, not load it from the internet.
  const external = /https?:\/\/[^\s"'<>)]+/.exec(html);
  if (external) throw new Error(`the GraphiQL page still refers to ${external[0]}`);
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
  );
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html, csp };
}

/** A browser asking /graphql for a page: what Yoga answers with GraphiQL. */
export function wantsGraphiQL(req: IncomingMessage, pathname: string): boolean {
  return (
    req.method === "GET" &&
    (pathname === "/graphql" || pathname === "/graphql/") &&
    (req.headers.accept ?? "").includes("text/html")
  );
}

export function serveGraphiQL(res: ServerResponse, page: GraphiQLPage): void {
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": page.csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
  });
  res.end(page.html);
}

/** GET /graphiql/<file>: one of the package's files, or false when `pathname` is not one. */
export function serveGraphiQLAsset(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!pathname.startsWith(GRAPHIQL_ASSETS)) return false;
  const name = pathname.slice(GRAPHIQL_ASSETS.length);
  const type = FILES[name];
  if (!type) return false;
  const file = path.join(dist(), name);
  res.writeHead(200, {
    "content-type": type,
    "content-length": statSync(file).size,
    "cache-control": "public, max-age=86400",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}

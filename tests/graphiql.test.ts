/**
 * GraphiQL in real Chromium with the network shut (issue 15, item 2): every file comes from the server,
 * its Content-Security-Policy refuses nothing the page needs, and the Docs panel gets the schema. Skipped,
 * with the reason, where /usr/bin/chromium is missing (`.ci/run` installs it).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`[tests] ${CHROMIUM} not found: GraphiQL's browser test is skipped (apt-get install chromium).`);

describe("GraphiQL's files", () => {
  it("are served by the server under a CSP of its own origin, with no external URL in the page", async () => {
    const t = await startTestServer("sqlite");
    try {
      const page = await fetch(t.url, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toMatch(/https?:\/\//);
      const csp = page.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      const assets = [...html.matchAll(/(?:src|href)=["]?(\/graphiql\/[^\s">]+)/g)].map((m) => m[1]!);
      const workers = [...html.matchAll(/"(\/graphiql\/monacoeditorwork\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets.length).toBeGreaterThanOrEqual(2);
      expect(workers.length).toBe(3);
      for (const asset of [...assets, ...workers]) {
        const r = await fetch(`${t.httpUrl}${asset}`);
        expect(r.status, asset).toBe(200);
        expect((await r.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
      }
      // Nothing else of the package, nor a path out of it.
      for (const other of [
        "/graphiql/../package.json",
        "/graphiql/yoga-graphiql.es.js",
        "/graphiql/%2e%2e/package.json",
      ]) {
        expect((await fetch(`${t.httpUrl}${other}`)).status, other).not.toBe(200);
      }
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!haveChromium)("GraphiQL in Chromium, offline", () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer("sqlite", { auth: "off" });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("loads every file from the server, breaks no CSP rule, and shows the schema in the Docs panel", async () => {
    const page = await browser.newPage();
    const origin = new URL(t.url).origin;
    const external: string[] = [];
    const problems: string[] = [];
    // The network, shut: anything not for this server fails.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      external.push(url);
      return route.abort("internetdisconnected");
    });
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(String(e)));
    const introspected = page.waitForResponse(
      (r) =>
        r.url().startsWith(t.url) &&
        r.request().method() === "POST" &&
        (r.request().postData() ?? "").includes("__schema"),
      { timeout: 30_000 },
    );
    await page.goto(t.url, { waitUntil: "load" });
    await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    const schema = await introspected;
    expect(schema.status()).toBe(200);
    expect(((await schema.json()) as { errors?: unknown }).errors).toBeUndefined();
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.getByText("Root Types").waitFor({ timeout: 15_000 });
    await page
      .locator(".graphiql-doc-explorer")
      .getByText("Query", { exact: true })
      .first()
      .waitFor({ timeout: 15_000 });
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  }, 90_000);
});

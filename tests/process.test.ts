/** The CLI and the process: help, migrate, concurrent migrators, graceful shutdown on SIGTERM. */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { loadMigrations, migrate, migrationsDir } from "../src/db/migrate.js";
import { graphql } from "./generated/index.js";
import { okGraphql, postGraphql, type TypedDocument } from "./helpers/graphql-http.js";
import { scratchDatabase } from "./helpers/scratch-db.js";
import { PROVIDERS } from "./helpers/server.js";

const run = promisify(execFile);
const CLI = ["--import", "tsx", "src/cli.ts"];
const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mc-proc-"));
  dirs.push(dir);
  return `file:${path.join(dir, "p.db")}`;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** `node args…` serving on a free port and a fresh SQLite file, logging at info, with `adminKey`. */
function serveChild(args: string[], adminKey: string): ChildProcess {
  return spawn(process.execPath, args, {
    env: { ...process.env, PORT: "0", DATABASE_URL: tempDb(), LOG_LEVEL: "info", MC_ADMIN_KEY: adminKey },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The URL a serving process logs once it listens (LOG_LEVEL=info); rejects if it exits first. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (d: Buffer) => {
      buffer += d.toString();
      const m = /"url":"([^"]+)"/.exec(buffer);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`exited early with ${code}`)));
  });
}

describe("mission-control CLI", () => {
  it("prints help", async () => {
    const { stdout } = await run(process.execPath, [...CLI, "--help"]);
    expect(stdout).toMatch(/Usage: mission-control \[command\]/);
    expect(stdout).toMatch(/serve/);
    expect(stdout).toMatch(/migrate/);
  });

  it("refuses an unknown command and bad configuration with a clear message", async () => {
    await expect(run(process.execPath, [...CLI, "frobnicate"])).rejects.toMatchObject({ code: 2 });
    const bad = run(process.execPath, [...CLI, "serve"], { env: { ...process.env, DATABASE_URL: "mysql://x" } });
    await expect(bad).rejects.toMatchObject({ stderr: expect.stringMatching(/DATABASE_URL must start with file:/) });
    const port = run(process.execPath, [...CLI, "serve"], { env: { ...process.env, PORT: "99999" } });
    await expect(port).rejects.toMatchObject({ stderr: expect.stringMatching(/PORT must be an integer/) });
  });

  it("migrates, then reports the database up to date", async () => {
    const env = { ...process.env, DATABASE_URL: tempDb() };
    const first = await run(process.execPath, [...CLI, "migrate"], { env });
    expect(first.stdout).toMatch(/applied: .*_init/);
    const second = await run(process.execPath, [...CLI, "migrate"], { env });
    expect(second.stdout).toMatch(/database is up to date/);
  });

  it("serves, and on SIGTERM finishes and exits 0 within the grace period", async () => {
    const child: ChildProcess = spawn(process.execPath, [...CLI, "serve"], {
      env: { ...process.env, PORT: "0", DATABASE_URL: tempDb(), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await listeningUrl(child);
    const health = await fetch(url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("logs", () => {
  it("never write the bootstrap ADMIN key into a log line: it is printed once, on stderr; every log line is JSON", async () => {
    const child = spawn(process.execPath, [...CLI, "serve"], {
      env: { ...process.env, PORT: "0", DATABASE_URL: tempDb(), LOG_LEVEL: "debug", MC_ADMIN_KEY: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const url = await listeningUrl(child);
    expect((await fetch(url.replace("/graphql", "/health"))).status).toBe(200);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    const secret = /ADMIN API key[^\n]*\n\n {2}(\S+)\n/.exec(stderr)?.[1];
    expect(secret, stderr).toBeTruthy();
    expect(stderr.split(secret!).length - 1).toBe(1);
    expect(stdout).not.toContain(secret!);
    for (const line of stdout.split("\n").filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
    expect(stdout).toMatch(/created an ADMIN key/);
  });
});

describe("npm start", () => {
  it("serves from the bundle without rebuilding it when it is up to date, and rebuilds it when a source is newer", async () => {
    await run("npm", ["run", "build", "--silent"]);
    const bundleTime = () => statSync("dist/cli.js").mtimeMs;
    const startOnce = async () => {
      const child = serveChild(["scripts/start.mjs"], "start-admin-key-0123456789abcdef");
      const url = await listeningUrl(child);
      expect((await fetch(url.replace("/graphql", "/health"))).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    };
    const built = bundleTime();
    await startOnce();
    expect(bundleTime()).toBe(built); // a restart does not pay for a build
    const source = "src/ids.ts";
    const later = new Date(Date.now() + 2000);
    utimesSync(source, later, later);
    await startOnce();
    expect(bundleTime()).toBeGreaterThan(built);
  });
});

describe("shutdown with a run in progress", () => {
  it("ends a run whose program left a descendant holding its pipes, releases the task and exits 0", async () => {
    const db = tempDb();
    const key = "shutdown-admin-key-0123456789abcdef";
    const env = {
      ...process.env,
      PORT: "0",
      DATABASE_URL: db,
      LOG_LEVEL: "info",
      MC_ADMIN_KEY: key,
      MC_SHELL_ALLOW: process.execPath,
      // runTask starts the run; auto-dispatch would race it for the same task.
      MC_AUTO_DISPATCH: "false",
    };
    const serve = () => spawn(process.execPath, [...CLI, "serve"], { env, stdio: ["ignore", "pipe", "pipe"] });
    const child = serve();
    const url = await listeningUrl(child);
    const gql = <R, V>(query: TypedDocument<R, V>, variables?: V) => okGraphql(url, query, variables, key);
    const { createAgent } = await gql(
      graphql(`mutation ProcessCreateAgent { createAgent(input: { name: "sh", backend: "shell" }) { id } }`),
    );
    const script = `const c = require("node:child_process").spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { detached: true, stdio: "inherit" }); c.unref(); console.log("up " + c.pid); setInterval(() => {}, 1000)`;
    const { createTask } = await gql(
      graphql(`mutation ProcessCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id } }`),
      {
        i: { title: "stubborn", assigneeIds: [createAgent.id], command: [process.execPath, "-e", script] },
      },
    );
    await gql(graphql(`mutation ProcessRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: createTask.id });
    let descendant = 0;
    for (let i = 0; i < 200 && !descendant; i++) {
      const { task } = await gql(
        graphql(`query ProcessTaskOutput($t: ID!) { task(id: $t) { output { kind content } } }`),
        {
          t: createTask.id,
        },
      );
      const line = task!.output.find((o) => o.kind === "STDOUT" && /up \d+/.test(o.content));
      if (line) descendant = Number(/up (\d+)/.exec(line.content)![1]);
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(descendant).toBeGreaterThan(0);
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(12_000);
    // The descendant that ignored SIGTERM did not outlive the server (gone, or a zombie nobody reaps).
    const state = (() => {
      try {
        return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${descendant}/stat`, "utf8"))?.[1] ?? "gone";
      } catch {
        return "gone";
      }
    })();
    expect(["gone", "Z"]).toContain(state);
    const again = serve();
    const url2 = await listeningUrl(again);
    try {
      const data = await okGraphql(
        url2,
        graphql(`query ProcessTaskAfterRestart($t: ID!) { task(id: $t) { status statusNote runs { status } } }`),
        { t: createTask.id },
        key,
      );
      expect(data.task!.status).toBe("ASSIGNED");
      expect(data.task!.statusNote).toMatch(/shut down/);
      expect(data.task!.runs[0]!.status).toBe("STOPPED");
    } finally {
      again.kill("SIGTERM");
      await new Promise((r) => again.once("exit", r));
    }
  });
});

describe("the built bundle (what npm start runs)", () => {
  it("starts from a code cache of itself that it keeps matching the bundle", async () => {
    await run("npm", ["run", "build", "--silent"]);
    const cache = "dist/cli.cache";
    rmSync(cache, { force: true });
    const help = async () => {
      const { stdout } = await run(process.execPath, ["dist/cli.js", "help"]);
      expect(stdout).toMatch(/Usage: mission-control \[command\]/);
    };
    const digest = createHash("sha256").update(readFileSync("dist/cli.cjs", "utf8")).digest();
    // The first start writes it: the bundle's digest, then V8's data.
    await help();
    const written = readFileSync(cache);
    expect(written.subarray(0, 32).equals(digest)).toBe(true);
    expect(written.length).toBeGreaterThan(100_000);
    // The next one uses it as it is.
    await help();
    expect(readFileSync(cache).equals(written)).toBe(true);
    // One made from another bundle is never used: it is replaced.
    const stale = Buffer.from(written);
    stale[0] = stale[0]! ^ 0xff;
    writeFileSync(cache, stale);
    await help();
    expect(readFileSync(cache).subarray(0, 32).equals(digest)).toBe(true);
    // Nor is data V8 refuses (its header garbled): the bundle compiles from source and writes it again.
    const garbled = Buffer.from(readFileSync(cache));
    garbled.fill(0x5a, 32, 64);
    writeFileSync(cache, garbled);
    await help();
    const rewritten = readFileSync(cache);
    expect(rewritten.subarray(0, 32).equals(digest)).toBe(true);
    expect(rewritten.subarray(32, 64).equals(garbled.subarray(32, 64))).toBe(false);
  });

  it("builds, serves GraphQL over HTTP and WebSocket, and stops cleanly", async () => {
    await run("npm", ["run", "build", "--silent"]);
    const child: ChildProcess = serveChild(["dist/cli.js", "serve"], "bundle-admin-key-0123456789abcdef");
    const url = await listeningUrl(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      expect((await fetch(url.replace("/graphql", "/health"))).status).toBe(200);
      // The board comes built (dist/board/), under a CSP with no inline script or style.
      const built = readFileSync("dist/board/board.js", "utf8");
      const board = await fetch(url.replace("/graphql", "/board.js"));
      expect(board.status).toBe(200);
      expect(await board.text()).toBe(built);
      const page = await fetch(url.replace("/graphql", "/"));
      const csp = page.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(await page.text()).not.toMatch(/<style|<script>/);
      expect((await fetch(url.replace("/graphql", "/board.css"))).status).toBe(200);
      const gql = <R, V>(query: TypedDocument<R, V>, variables?: V) =>
        postGraphql(url, query, variables, "bundle-admin-key-0123456789abcdef");
      const agent = await gql(
        graphql(`mutation ProcessCreateBundled { createAgent(input: { name: "bundled" }) { id } }`),
      );
      const task = await gql(
        graphql(`mutation ProcessCreateInBundle { createTask(input: { title: "in the bundle" }) { id } }`),
      );
      expect(agent.errors ?? task.errors).toBeUndefined();
      const { createClient } = await import("graphql-ws");
      const { WebSocket } = await import("ws");
      const ws = createClient({
        url: url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: "Bearer bundle-admin-key-0123456789abcdef" },
      });
      const live = new Promise<unknown>((resolve, reject) => {
        ws.subscribe(
          { query: `subscription { taskEvents { type task { title } } }` },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      // The subscription is live once the server has it: create tasks until one of their events arrives.
      let event: unknown = null;
      void live.then((e) => {
        event = e;
      });
      for (let i = 0; i < 200 && !event; i++) {
        await gql(graphql(`mutation ProcessCreateTick { createTask(input: { title: "tick" }) { id } }`));
        await new Promise((r) => setImmediate(r));
      }
      expect(await live).toEqual({ data: { taskEvents: { type: "created", task: { title: "tick" } } } });
      const claimed = await gql(graphql(`mutation ProcessClaim($a: ID!) { claimTask(agentId: $a) { outcome } }`), {
        a: agent.data!.createAgent.id,
      });
      expect(claimed.data!.claimTask.outcome).toBe("CLAIMED");
      await ws.dispose();
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 60_000);
});

describe.each(PROVIDERS)("migrations on %s", (provider) => {
  it("are applied once when several migrators start together", async () => {
    const db = await scratchDatabase(provider === "postgresql" ? process.env.TEST_DATABASE_URL : undefined, "mc_mig");
    const { url: databaseUrl, drop } = db;
    try {
      const config = loadConfig({}, { databaseUrl });
      const results = await Promise.all([migrate(config), migrate(config), migrate(config), migrate(config)]);
      const all = loadMigrations(migrationsDir(config.databaseProvider)).map((m) => m.name);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(all.sort());
      expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
      expect((await migrate(config)).applied).toEqual([]);
    } finally {
      await drop();
    }
  });
});

describe("the package (npm pack, installed into an empty folder)", () => {
  it("gives a working npx mission-control (serve, mcp) and an importable, typed server entry and client", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "mc-pack-"));
    dirs.push(root);
    // `npm pack` runs prepack: the bundles and the declarations.
    const { stdout: packed } = await run("npm", ["pack", "--silent", "--pack-destination", root], {
      maxBuffer: 16 << 20,
    });
    const tarball = path.join(root, packed.trim().split("\n").pop()!);
    const app = path.join(root, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", type: "module", private: true }));
    await run("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: app, maxBuffer: 16 << 20 });
    const installed = path.join(app, "node_modules", "mission-control");
    // What a package holds: no sources, no build tools; the bundle, the migrations, the declarations.
    expect(existsSync(path.join(installed, "src"))).toBe(false);
    for (const file of [
      "dist/cli.js",
      "dist/index.js",
      "dist/client.js",
      "dist/board/board.js",
      "dist/types/client/index.d.ts",
    ])
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    expect(existsSync(path.join(app, "node_modules", "prisma"))).toBe(false);

    const npx = (args: string[], env: Record<string, string> = {}) =>
      spawn("npx", ["--no-install", "mission-control", ...args], {
        cwd: app,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
    const help = await run("npx", ["--no-install", "mission-control", "worker", "--help"], { cwd: app });
    expect(help.stdout).toContain("Usage: mission-control worker");

    const key = "package-admin-key-0123456789abcdef";
    const server = npx(["serve"], {
      PORT: "0",
      DATABASE_URL: `file:${path.join(app, "data", "mc.db")}`,
      LOG_LEVEL: "info",
      MC_ADMIN_KEY: key,
    });
    let log = "";
    server.stdout!.on("data", (d: Buffer) => {
      log += d.toString();
    });
    const url = await listeningUrl(server);
    try {
      // The client from the package, as a project of the user's would use it.
      writeFileSync(
        path.join(app, "loop.mjs"),
        `import { createClient } from "mission-control/client";
const mc = createClient({ url: process.argv[2], apiKey: process.argv[3] });
const agent = await mc.ensureAgent("packaged", { role: "tester" });
await mc.createTask({ title: "from the package", assigneeIds: [agent.id] });
const { outcome, task } = await mc.claim(agent.id);
const done = await mc.complete(task.id, agent.id, "ok");
console.log(JSON.stringify({ outcome, status: done.status }));
await mc.close();
`,
      );
      const loop = await run(process.execPath, ["loop.mjs", url, key], { cwd: app });
      expect(JSON.parse(loop.stdout)).toEqual({ outcome: "CLAIMED", status: "DONE" });

      // `claude mcp add mission-control -- npx mission-control mcp …` from another folder.
      const mcp = new Client({ name: "pack-test", version: "1.0.0" });
      await mcp.connect(
        new StdioClientTransport({
          command: "npx",
          args: ["--no-install", "mission-control", "mcp", "--url", url, "--api-key", key],
          cwd: app,
          stderr: "pipe",
        }),
      );
      const { tools } = await mcp.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["claim_task", "submit_tasks"]));
      await mcp.close();

      // The server entry, embedded in the user's own program.
      const embedded = await run(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import { createServer, loadConfig, VERSION } from "mission-control";
const s = createServer(loadConfig({ ...process.env, PORT: "0", DATABASE_URL: "file:./data/embedded.db", LOG_LEVEL: "warn", MC_ADMIN_KEY: "${key}" }));
const { url } = await s.start();
const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer ${key}" }, body: JSON.stringify({ query: "{ agents { name } }" }) });
console.log(JSON.stringify({ version: VERSION, status: r.status, body: await r.json() }));
await s.stop();`,
        ],
        { cwd: app },
      );
      expect(JSON.parse(embedded.stdout)).toEqual({ version: "0.1.0", status: 200, body: { data: { agents: [] } } });
    } finally {
      // A supervisor's SIGTERM reaches npx only; the server under it shuts down gracefully all the same.
      server.kill("SIGTERM");
    }
    const started = Date.now();
    while (!log.includes('"msg":"mission control stopped"') && Date.now() - started < 20_000)
      await new Promise((r) => setTimeout(r, 100));
    expect(log).toContain('"msg":"shutting down"');
    expect(log).toContain('"msg":"mission control stopped"');
    await expect(fetch(url.replace(/\/graphql$/, "/health"))).rejects.toThrow();

    // The declarations type the documents: a wrong variable is a compile error in the user's project.
    writeFileSync(
      path.join(app, "typed.ts"),
      `import { ClaimTaskDocument, type ClaimTaskMutation, createClient } from "mission-control/client";
import { createServer, loadConfig } from "mission-control";
const mc = createClient({ url: "http://127.0.0.1:4000/graphql" });
export const outcome: "CLAIMED" | "AT_CAPACITY" | "NO_TASK" = ({} as ClaimTaskMutation).claimTask.outcome;
export const claim = () => mc.request(ClaimTaskDocument, { agentId: "a" });
// @ts-expect-error limit is an Int, not a string
export const wrong = () => mc.request(ClaimTaskDocument, { agentId: "a", limit: "two" });
export const server = () => createServer(loadConfig({}));
`,
    );
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["typed.ts"],
      }),
    );
    await run(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", app]);
  }, 600_000);
});

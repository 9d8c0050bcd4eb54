/**
 * `mission-control [serve|migrate|worker|mcp|help]`: the process entry. The command line is parsed from
 * the table in cli-commands.ts (which also writes every help text); this runs the command, and on
 * SIGINT/SIGTERM stops gracefully.
 */
import { COMMANDS, commandHelp, parseCommandLine } from "./cli-commands.js";
import { ConfigError, loadConfig } from "./config.js";
import { migrate } from "./db/migrate.js";
import { createServer } from "./server.js";
import { splitCommand } from "./worker/argv.js";

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.kind === "help") {
    process.stdout.write(line.text);
    return 0;
  }
  if (line.kind === "error") {
    process.stderr.write(`mission-control: ${line.message}\n\n${line.usage}`);
    return 2;
  }
  const { command, values } = line;
  if (command === "worker" || command === "mcp") return client(command, values);
  const config = loadConfig();
  if (command === "migrate") {
    const { applied } = await migrate(config);
    process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
    return 0;
  }
  const server = createServer(config);
  const shutdown = (signal: string) => {
    server.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), (config.shutdownGraceSeconds + 5) * 1000);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  // Started through npm (`npm start`, `npx mission-control serve`): a supervisor's SIGTERM ends npm and
  // its shell, not this process, which must not keep the port and the leadership as an orphan. A server
  // started directly (node, nohup) is left to run when its parent goes.
  if (process.env.npm_command) watchParent(() => shutdown("the process that started the server is gone"));
  await server.start();
  return -1;
}

/** A usage error found after parsing (a bad number, an empty --exec): one line and the usage, exit 2. */
function fail(command: "worker" | "mcp", message: string): never {
  process.stderr.write(`mission-control: ${message}\n\n${commandHelp(COMMANDS.find((c) => c.name === command)!)}`);
  process.exit(2);
}

/**
 * Calls `onOrphaned` once the process that started this one has gone. A supervisor's SIGTERM to what the
 * user started (`npx mission-control worker`, `npm exec`, `npm start`) ends npm and its shell without
 * passing the signal on; the worker or server, reparented, would otherwise keep running and keep holding
 * its tasks or its port.
 */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, 500);
  timer.unref();
}

async function client(
  command: "worker" | "mcp",
  options: Record<string, string | boolean | undefined>,
): Promise<number> {
  const values = options as Record<string, string | undefined>;
  // Loaded on demand, as the MCP SDK and the worker are: `serve` does not need the client.
  const { createClient, DEFAULT_URL } = await import("./client/index.js");
  const mc = createClient({
    url: values.url ?? process.env.MC_URL ?? DEFAULT_URL,
    apiKey: values["api-key"] ?? process.env.MC_API_KEY ?? null,
  });
  if (command === "mcp") {
    // Loaded on demand: `serve` should not pay for the MCP SDK at start-up.
    const { serveMcp } = await import("./mcp/server.js");
    await serveMcp(mc);
    return -1;
  }
  const agent = values.agent!;
  let argv: string[];
  try {
    argv = splitCommand(values.exec!);
  } catch (error) {
    fail("worker", error instanceof Error ? error.message : String(error));
  }
  if (!argv.length) fail("worker", "--exec is empty");
  const num = (name: string, min: number) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) fail("worker", `--${name} must be a number of at least ${min}`);
    return n;
  };
  const { startWorker } = await import("./worker/worker.js");
  const worker = startWorker({
    client: mc,
    agent,
    argv,
    concurrency: Math.floor(num("concurrency", 1)),
    pollSeconds: num("poll", 0.05),
    timeoutSeconds: num("timeout", 1),
    heartbeatSeconds: num("heartbeat", 1),
    maxOutputBytes: Math.floor(num("max-output", 1000)),
    log: (line) => process.stderr.write(`[worker] ${line}\n`),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`[worker] ${signal}: releasing held tasks\n`);
    worker.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  watchParent(() => stop("the process that started the worker is gone"));
  await worker.done;
  // Stopping: the signal handler exits once held tasks are released.
  return stopping ? -1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.message}\n`);
    else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

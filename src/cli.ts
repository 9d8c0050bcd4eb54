/**
 * `mission-control [serve|migrate|--help]`: the process entry. Loads config, runs the command, and on
 * SIGINT/SIGTERM stops gracefully.
 */
import { parseArgs } from "node:util";
import { createClient, DEFAULT_URL } from "./client/index.js";
import { ConfigError, loadConfig } from "./config.js";
import { migrate } from "./db/migrate.js";
import { createServer } from "./server.js";
import { splitCommand } from "./worker/argv.js";

const HELP = `Mission Control: the GraphQL control plane for fleets of AI agents.

Usage: mission-control [command]

Commands:
  serve      Apply pending migrations and serve GraphQL on http://HOST:PORT/graphql (default)
  migrate    Apply pending migrations and exit
  worker     Run a command as an agent: worker --agent NAME --exec "<command>" [--concurrency N]
             [--poll SECONDS] [--timeout SECONDS]
  mcp        Speak the Model Context Protocol over stdio (tools for tasks, output, messages, documents)
  help       Show this help

Client commands (worker, mcp) take --url (default MC_URL, else http://127.0.0.1:4000/graphql) and
--api-key (default MC_API_KEY).

Environment (defaults in brackets):
  HOST [127.0.0.1]  PORT [4000]  DATABASE_URL [file:./data/mission-control.db]  LOG_LEVEL [info]
  MC_LEASE_SECONDS [600]  MC_LEASE_SWEEP_SECONDS [5]  MC_HEARTBEAT_INTERVAL_SECONDS [60]
  MC_HEARTBEAT_MISSED_LIMIT [3]  MC_DEFAULT_MAX_ATTEMPTS [5]  MC_DB_POOL_SIZE [10]
  MC_SCHEDULER [true]  MC_MIGRATE_ON_START [true]  MC_SHUTDOWN_GRACE_SECONDS [10]
See README.md for the full table.
`;

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? "serve";
  if (command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === "worker" || command === "mcp") return client(command, argv.slice(1));
  const config = loadConfig();
  if (command === "migrate") {
    const { applied } = await migrate(config);
    process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
    return 0;
  }
  if (command !== "serve") {
    process.stderr.write(`unknown command "${command}"\n\n${HELP}`);
    return 2;
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
  await server.start();
  return -1;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

async function client(command: "worker" | "mcp", args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: "string" },
      "api-key": { type: "string" },
      agent: { type: "string" },
      exec: { type: "string" },
      concurrency: { type: "string", default: "1" },
      poll: { type: "string", default: "2" },
      timeout: { type: "string", default: "3600" },
      heartbeat: { type: "string", default: "30" },
      "max-output": { type: "string", default: "10000000" },
    },
    strict: true,
  });
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
  if (!values.agent) fail("worker needs --agent NAME");
  if (!values.exec) fail('worker needs --exec "<command>"');
  let argv: string[];
  try {
    argv = splitCommand(values.exec);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (!argv.length) fail("--exec is empty");
  const num = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) fail(`--${name} must be a number of at least ${min}`);
    return n;
  };
  const { startWorker } = await import("./worker/worker.js");
  const worker = startWorker({
    client: mc,
    agent: values.agent,
    argv,
    concurrency: Math.floor(num("concurrency", values.concurrency, 1)),
    pollSeconds: num("poll", values.poll, 0.05),
    timeoutSeconds: num("timeout", values.timeout, 1),
    heartbeatSeconds: num("heartbeat", values.heartbeat, 1),
    maxOutputBytes: Math.floor(num("max-output", values["max-output"], 1000)),
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

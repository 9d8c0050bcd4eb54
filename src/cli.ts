/**
 * `mission-control [serve|migrate|--help]`: the process entry. Loads config, runs the command, and on
 * SIGINT/SIGTERM stops gracefully.
 */
import { ConfigError, loadConfig } from "./config.js";
import { migrate } from "./db/migrate.js";
import { createServer } from "./server.js";

const HELP = `Mission Control: the GraphQL control plane for fleets of AI agents.

Usage: mission-control [command]

Commands:
  serve      Apply pending migrations and serve GraphQL on http://HOST:PORT/graphql (default)
  migrate    Apply pending migrations and exit
  help       Show this help

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

/**
 * The package's server entry (`import { createServer, loadConfig } from "mission-control"`): embed a
 * Mission Control server in a program of your own, with the configuration the CLI reads from the
 * environment (docs/configuration.md) or your own overrides.
 *
 * @example
 * const server = createServer(loadConfig(process.env, { port: 0 }));
 * const { url } = await server.start(); // migrations applied, listening
 * await server.stop();
 */
export { type Config, ConfigError, type DatabaseProvider, loadConfig } from "./config.js";
export { type MigrateResult, migrate } from "./db/migrate.js";
export type { EngineEvents } from "./engine/events.js";
export { createLogger, type Logger } from "./logger.js";
export { createServer, type MissionControl } from "./server.js";
export { VERSION } from "./version.js";

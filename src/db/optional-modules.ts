/**
 * Drivers one deployment does not use stay unloaded: the SQLite default never loads pg, the PostgreSQL
 * adapter or ioredis (together ~40 MiB of resident memory at idle), and an instance without REDIS_URL
 * never loads ioredis. They are required synchronously where they are first needed.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const loadPg = (): typeof import("pg") => require("pg");
export const loadPrismaPg = (): typeof import("@prisma/adapter-pg") => require("@prisma/adapter-pg");
export const loadIoredis = (): typeof import("ioredis") => require("ioredis");
export const loadRedisEventTarget = (): typeof import("@graphql-yoga/redis-event-target") =>
  require("@graphql-yoga/redis-event-target");

/** Per-request context: the services, the event bus and who is calling. */
import type { Config } from "./config.js";
import type { Db } from "./db/client.js";
import type { Logger } from "./logger.js";
import type { PubSub } from "./realtime/events.js";
import type { Actor, Services } from "./services/index.js";

export interface AppContext {
  db: Db;
  services: Services;
  pubsub: PubSub;
  config: Config;
  logger: Logger;
  requestId: string;
  actor: Actor;
}

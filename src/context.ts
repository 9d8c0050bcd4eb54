/** Per-request context: the services, the event bus and who is calling. */
import type { Config } from "./config.js";
import type { Db } from "./db/client.js";
import type { Runner } from "./execution/runner.js";
import type { Logger } from "./logger.js";
import type { PubSub } from "./realtime/events.js";
import type { Viewer } from "./security/roles.js";
import type { Actor, ServiceDeps, Services } from "./services/index.js";

export interface AppContext {
  db: Db;
  /** What the services were built with (both data paths, the bus, config). */
  deps: ServiceDeps;
  services: Services;
  runner: Runner;
  pubsub: PubSub;
  config: Config;
  logger: Logger;
  requestId: string;
  /** Who is calling; null when no valid key came with the request (the guard then refuses). */
  viewer: Viewer | null;
  /** Why authentication failed, for the UNAUTHENTICATED message. */
  authFailure?: string;
  /** Set when the caller is over a rate limit (security/rate-limits.ts): why, for the RATE_LIMITED message. */
  rateLimited?: string;
  actor: Actor;
}

/** The activity actor for a viewer: an AGENT key acts as its agent, any other key as an operator. */
export function actorOf(viewer: Viewer | null): Actor {
  if (!viewer) return { type: "system", id: null };
  if (viewer.role === "AGENT") return { type: "agent", id: viewer.agentId };
  return { type: "operator", id: viewer.keyId };
}

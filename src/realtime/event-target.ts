/**
 * The event bus under the pubsub: in memory for one instance, Redis when REDIS_URL is set, so a
 * subscriber on one instance receives every event a mutation on another instance publishes. Payloads
 * are plain JSON (see events.ts), so they cross Redis unchanged.
 */
import { setMaxListeners } from "node:events";
import { loadIoredis, loadRedisEventTarget } from "../db/optional-modules.js";
import type { Logger } from "../logger.js";

export interface EventBus {
  target: EventTarget;
  /** "ok", or why the bus cannot carry events (readiness). */
  ping(): Promise<string>;
  close(): Promise<void>;
}

export function createEventBus(redisUrl: string | null, logger: Logger): EventBus {
  if (!redisUrl) {
    const target = new EventTarget();
    // One listener per live subscription: thousands on a busy task are expected, not a leak.
    setMaxListeners(0, target);
    return { target, ping: async () => "ok", close: async () => {} };
  }
  const options = { maxRetriesPerRequest: null, enableAutoPipelining: true, lazyConnect: false } as const;
  const { Redis } = loadIoredis();
  const { createRedisEventTarget } = loadRedisEventTarget();
  const publishClient = new Redis(redisUrl, options);
  // The subscriber sends no ready check: once it has subscribed, Redis refuses the check's INFO, and
  // ioredis 5 can send that INFO after a subscription made while it connects, which surfaced as an
  // unhandled rejection ("Connection in subscriber mode", redis/ioredis#2037). A subscriber needs no
  // data loaded, so it has nothing to wait for; nor anything to pipeline.
  const subscribeClient = new Redis(redisUrl, { ...options, enableReadyCheck: false, enableAutoPipelining: false });
  for (const [name, client] of [
    ["publish", publishClient],
    ["subscribe", subscribeClient],
  ] as const) {
    client.on("error", (err: Error) => logger.warn({ err: err.message, client: name }, "redis connection error"));
  }
  const target = createRedisEventTarget({ publishClient, subscribeClient }) as unknown as EventTarget;
  const withTimeout = (p: Promise<unknown>) =>
    Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 1 s")), 1000))]);
  return {
    target,
    async ping() {
      try {
        await Promise.all([withTimeout(publishClient.ping()), withTimeout(subscribeClient.ping())]);
        return "ok";
      } catch (error) {
        return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

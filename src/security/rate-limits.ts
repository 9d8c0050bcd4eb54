/**
 * Rate limits on rate-limiter-flexible, shared by every instance when REDIS_URL is set (one Redis
 * counter per key, so N instances allow the limit once, not N times), in memory otherwise. Two limits:
 *
 * - per API key: `MC_RATE_LIMIT_BURST` requests, refilled at `MC_RATE_LIMIT_PER_SECOND` (a window of
 *   burst / per-second seconds);
 * - per client address, for requests without a valid key: `MC_AUTH_FAILURES_PER_MINUTE`. An address
 *   over it is refused before its key is even looked up, so guessing keys or flooding without one costs
 *   the database nothing.
 *
 * If Redis is unreachable the counters fall back to memory (per instance) rather than refusing everyone.
 */
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.js";
import { loadIoredis } from "../db/optional-modules.js";
import type { Logger } from "../logger.js";

export interface RateLimits {
  /** Takes one request from `key`'s allowance; false when it has none left. */
  takeKey(key: string): Promise<boolean>;
  /** Whether `address` has used up its allowance of unauthenticated and failed requests. */
  addressBlocked(address: string): Promise<boolean>;
  /** Counts one unauthenticated or failed-auth request from `address`. */
  failedFrom(address: string): Promise<void>;
  close(): Promise<void>;
}

export function createRateLimits(config: Config, logger: Logger): RateLimits {
  const keyWindow = Math.max(1, Math.ceil(config.rateLimitBurst / config.rateLimitPerSecond));
  const keyOpts = { keyPrefix: "mc:rl:key", points: config.rateLimitBurst, duration: keyWindow };
  const addressOpts = { keyPrefix: "mc:rl:addr", points: config.authFailuresPerMinute, duration: 60 };
  let keys: RateLimiterAbstract;
  let addresses: RateLimiterAbstract;
  let close = async () => {};
  if (config.redisUrl) {
    const { Redis } = loadIoredis();
    // Commands wait for the connection (a request right after start counts in Redis, not per instance);
    // with Redis down they fail after one retry and the in-memory insurance counts instead.
    const client = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    client.on("error", (err: Error) => logger.warn({ err: err.message }, "rate limit store (redis) error"));
    keys = new RateLimiterRedis({ ...keyOpts, storeClient: client, insuranceLimiter: new RateLimiterMemory(keyOpts) });
    addresses = new RateLimiterRedis({
      ...addressOpts,
      storeClient: client,
      insuranceLimiter: new RateLimiterMemory(addressOpts),
    });
    close = async () => {
      await client.quit().catch(() => client.disconnect());
    };
  } else {
    keys = new RateLimiterMemory(keyOpts);
    addresses = new RateLimiterMemory(addressOpts);
  }
  /** consume(): resolves within the allowance, rejects with a RateLimiterRes past it. */
  const take = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      logger.warn({ err: error }, "rate limiter failed; letting the request through");
      return true;
    }
  };
  return {
    takeKey: (key) => take(keys, key),
    async addressBlocked(address) {
      try {
        const used = await addresses.get(address);
        return used !== null && used.consumedPoints >= config.authFailuresPerMinute;
      } catch {
        return false;
      }
    },
    async failedFrom(address) {
      await take(addresses, address);
    },
    close: () => close(),
  };
}

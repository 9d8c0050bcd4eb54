/**
 * One instance against two on the same PostgreSQL database with Redis: claims/s with 32 workers spread
 * over the instances, and output fan-out latency with subscribers spread over them (those on the second
 * instance receive through Redis). Needs PostgreSQL and BENCH_REDIS_URL (or TEST_REDIS_URL).
 */
import { benchClaims } from "./claims.js";
import { benchFanout } from "./fanout.js";

export async function benchScaleOut(pgUrl?: string) {
  const redisUrl = process.env.BENCH_REDIS_URL || process.env.TEST_REDIS_URL || "";
  if (!pgUrl || !redisUrl) {
    if (pgUrl || !process.env.BENCH_DATABASE_URL) {
      console.log("scale-out: skipped (needs BENCH_DATABASE_URL and BENCH_REDIS_URL)");
    }
    return;
  }
  for (const instances of [1, 2]) await benchClaims(pgUrl, { instances, redisUrl });
  for (const instances of [1, 2]) await benchFanout(pgUrl, { instances, redisUrl, subscribers: 500, seconds: 5 });
}

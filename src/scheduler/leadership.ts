/**
 * Which instance runs the background jobs. On PostgreSQL the leader holds a session-level advisory lock
 * on a dedicated connection: if its process dies (even kill -9) the connection drops, PostgreSQL frees
 * the lock, and another instance takes it at its next try (every `pollSeconds`). SQLite has one
 * instance, which always leads.
 */
import type pg from "pg";
import type { Config } from "../config.js";
import { loadPg } from "../db/optional-modules.js";
import type { Logger } from "../logger.js";

/** Arbitrary constant naming the leader lock. */
const LEADER_LOCK_KEY = 724_113_903;

export interface Leadership {
  isLeader(): boolean;
  start(): void;
  stop(): Promise<void>;
}

export function createLeadership(
  config: Pick<Config, "databaseProvider" | "databaseUrl" | "leaderPollSeconds">,
  logger: Logger,
): Leadership {
  if (config.databaseProvider === "sqlite") {
    return { isLeader: () => true, start() {}, async stop() {} };
  }
  let client: pg.Client | null = null;
  let leader = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function attempt() {
    if (stopped || leader) return;
    try {
      if (!client) {
        const c = new (loadPg().Client)({ connectionString: config.databaseUrl });
        c.on("error", (err) => {
          logger.warn({ err: err.message }, "leader connection lost");
          leader = false;
          client = null;
        });
        await c.connect();
        client = c;
      }
      const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [LEADER_LOCK_KEY]);
      if (rows[0]?.ok) {
        leader = true;
        logger.info("this instance now runs the background jobs (leader)");
      }
    } catch (err) {
      logger.warn({ err: (err as Error).message }, "leader election attempt failed");
      leader = false;
      await client?.end().catch(() => {});
      client = null;
    }
  }

  return {
    isLeader: () => leader,
    start() {
      void attempt();
      timer = setInterval(() => void attempt(), config.leaderPollSeconds * 1000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      leader = false;
      await client?.end().catch(() => {});
      client = null;
    },
  };
}

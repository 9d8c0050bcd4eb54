/**
 * Identifiers are prefixed and time-ordered (`task_0mi8r2k1c_5f2a9c0d1e3b7a64`), the same in the database
 * and the API: readable in logs and curl sessions, sortable by creation, and self-describing so that
 * `node(id:)` knows the type without a lookup.
 */
import { randomFillSync } from "node:crypto";

export const ID_PREFIXES = {
  Project: "proj",
  Agent: "agent",
  Task: "task",
  Activity: "act",
  Document: "doc",
  UsageRecord: "use",
  ApiKey: "key",
  Review: "rev",
  Message: "msg",
  Notification: "ntf",
  Question: "q",
  TaskRun: "run",
  CronJob: "cron",
  CronRun: "crun",
  Webhook: "hook",
  WebhookDelivery: "dlv",
  Approval: "apr",
} as const;

export type IdType = keyof typeof ID_PREFIXES;

const TYPE_BY_PREFIX = new Map<string, IdType>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as IdType]),
);

/**
 * Random bytes drawn 1.5 KiB at a time (as `crypto.randomUUID` caches its entropy): one call into the
 * system's generator per 256 ids, not one per id (a claim + complete cycle makes four or more).
 */
const RANDOM_BYTES = 6;
const pool = Buffer.alloc(RANDOM_BYTES * 256);
let poolOffset = pool.length;

function randomHex(): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString("hex", poolOffset, poolOffset + RANDOM_BYTES);
  poolOffset += RANDOM_BYTES;
  return hex;
}

let lastTime = 0;
let counter = 0;

/** A new id for `type`; ids made later in the same process sort after earlier ones. */
export function newId(type: IdType): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  const time = now.toString(36).padStart(9, "0");
  const seq = counter.toString(36).padStart(3, "0");
  return `${ID_PREFIXES[type]}_${time}${seq}${randomHex()}`;
}

const ID_PATTERN = /^([a-z]+)_([0-9a-z]{12})([0-9a-f]{12})$/;

/** The type an id names, or null when it is not one of ours. */
export function typeOfId(id: string): IdType | null {
  const match = ID_PATTERN.exec(id);
  return match ? (TYPE_BY_PREFIX.get(match[1]!) ?? null) : null;
}

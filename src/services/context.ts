/**
 * What every service gets: the database (both paths), the event bus, config and a logger, plus
 * `transact` (an ORM transaction) and `sqlTransact` (a driver transaction), each running a unit of work
 * in one transaction and publishing its events only after it commits (a rolled-back mutation publishes
 * nothing). Code shared by both kinds of unit takes a `SqlUnit` and uses its driver statements.
 */
import type { Config } from "../config.js";
import type { Db, DbHandle, Tx } from "../db/client.js";
import type { TaskEventType } from "../domain/enums.js";
import type { EngineEvents } from "../engine/events.js";
import { NotFoundError } from "../errors.js";
import { newId } from "../ids.js";
import type { Logger } from "../logger.js";
import { type PendingEvent, type PubSub, publishAll, snapshot, type TaskSnapshot } from "../realtime/events.js";
import type { Queryable, SqlDriver } from "../sql/driver.js";
import { idsWhere } from "../sql/id-sets.js";
import { type ActivityRow, insertActivityWithDeliveries } from "../sql/insert-activity.js";

export interface ServiceDeps {
  db: Db;
  provider: Config["databaseProvider"];
  /** The driver path (src/sql/): the agent protocol's hot statements. */
  sql: SqlDriver;
  /** The driver path inside an ORM transaction. */
  sqlIn: DbHandle["sqlIn"];
  pubsub: PubSub;
  config: Config;
  logger: Logger;
  /** What the engine did, for logs, metrics and traces (src/engine/events.ts). */
  events: EngineEvents;
  /** The time (tests move it forward instead of sleeping). @default Date.now */
  now?: () => number;
}

/** Who is acting: recorded on every activity entry. */
export interface Actor {
  type: "operator" | "agent" | "system";
  id: string | null;
}

export const SYSTEM: Actor = { type: "system", id: null };

/** A unit of work on the driver path: statements in one transaction, and events for after it. */
export interface SqlUnit {
  sql: Queryable;
  emit(event: PendingEvent): void;
  /** Runs `fn` once the transaction has committed (never after a rollback): engine events. */
  afterCommit(fn: () => void): void;
}

/** A unit of work in an ORM transaction; its `sql` statements join the same transaction. */
export interface Unit extends SqlUnit {
  tx: Tx;
}

export async function transact<T>(deps: ServiceDeps, work: (unit: Unit) => Promise<T>): Promise<T> {
  const events: PendingEvent[] = [];
  const after: (() => void)[] = [];
  const result = await deps.db.$transaction(async (tx) =>
    work({
      tx: tx as Tx,
      sql: await deps.sqlIn(tx as Tx),
      emit: (e) => events.push(e),
      afterCommit: (f) => after.push(f),
    }),
  );
  publishAll(deps.pubsub, events);
  for (const f of after) f();
  return result;
}

/** `transact` on the driver path: no ORM statement may run inside `work`. */
export async function sqlTransact<T>(deps: ServiceDeps, work: (unit: SqlUnit) => Promise<T>): Promise<T> {
  const events: PendingEvent[] = [];
  const after: (() => void)[] = [];
  const result = await deps.sql.transaction((q) =>
    work({ sql: q, emit: (e) => events.push(e), afterCommit: (f) => after.push(f) }),
  );
  publishAll(deps.pubsub, events);
  for (const f of after) f();
  return result;
}

/**
 * NOT_FOUND naming the first of `ids` (nulls skipped) that does not exist as a `type`; one driver
 * statement (per 5,000 ids). The existence check of every service that takes ids of other rows.
 */
export async function requireIds(
  unit: SqlUnit,
  type: "Agent" | "Project" | "Task",
  ids: readonly (string | null | undefined)[],
): Promise<void> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return;
  const have = await idsWhere(unit.sql, type, unique);
  const missing = unique.find((id) => !have.has(id));
  if (missing) throw new NotFoundError(type, missing);
}

export interface ActivityInput {
  type: string;
  actor: Actor;
  summary: string;
  agentId?: string | null;
  taskId?: string | null;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one activity entry in the unit's transaction and queues its live event and webhook deliveries.
 * On the driver path: this runs in every mutation.
 */
export async function recordActivity(unit: SqlUnit, input: ActivityInput): Promise<void> {
  const row = {
    id: newId("Activity"),
    type: input.type,
    actorType: input.actor.type,
    actorId: input.actor.id,
    agentId: input.agentId ?? (input.actor.type === "agent" ? input.actor.id : null),
    taskId: input.taskId ?? null,
    projectId: input.projectId ?? null,
    summary: input.summary,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    createdAt: new Date(),
  };
  await insertActivityWithDeliveries(unit.sql, row, {
    idPrefix: `${row.id.replace(/^act_/, "dlv_")}_`,
    type: row.type,
    payload: webhookPayload(row, input),
    at: row.createdAt,
  });
  unit.emit({ topic: "activity", payload: { ...row, createdAt: row.createdAt.toISOString() } });
}

/** The body a webhook receives for an activity. */
function webhookPayload(row: ActivityRow, input: ActivityInput): string {
  return JSON.stringify({
    id: row.id,
    event: row.type,
    createdAt: row.createdAt.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    agentId: row.agentId,
    taskId: row.taskId,
    projectId: row.projectId,
    summary: row.summary,
    before: input.before ?? null,
    after: input.after ?? null,
  });
}

export function taskEvent(
  type: TaskEventType,
  task: object & { id: string },
  previousStatus: string | null,
): PendingEvent {
  return { topic: "task:event", payload: { type, task: snapshot(task) as TaskSnapshot, previousStatus } };
}

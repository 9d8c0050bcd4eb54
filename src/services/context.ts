/**
 * What every service gets: the database, the event bus, config and a logger, plus `transact`, which runs
 * a unit of work in one transaction and publishes its events only after it commits (a rolled-back
 * mutation publishes nothing).
 */
import type { Config } from "../config.js";
import type { Db, Tx } from "../db/client.js";
import { NotFoundError } from "../errors.js";
import { newId } from "../ids.js";
import type { Logger } from "../logger.js";
import { type PendingEvent, type PubSub, publishAll, snapshot, type TaskSnapshot } from "../realtime/events.js";

export interface ServiceDeps {
  db: Db;
  provider: Config["databaseProvider"];
  pubsub: PubSub;
  config: Config;
  logger: Logger;
}

/** Who is acting: recorded on every activity entry. */
export interface Actor {
  type: "operator" | "agent" | "system";
  id: string | null;
}

export const SYSTEM: Actor = { type: "system", id: null };

export interface Unit {
  tx: Tx;
  emit(event: PendingEvent): void;
}

export async function transact<T>(deps: ServiceDeps, work: (unit: Unit) => Promise<T>): Promise<T> {
  const events: PendingEvent[] = [];
  const result = await deps.db.$transaction((tx) => work({ tx: tx as Tx, emit: (e) => events.push(e) }));
  publishAll(deps.pubsub, events);
  return result;
}

/**
 * NOT_FOUND naming the first of `ids` (nulls skipped) that does not exist as a `type`; one query. The
 * existence check of every service that takes ids of other rows.
 */
export async function requireIds(
  unit: Unit,
  type: "Agent" | "Project" | "Task",
  ids: readonly (string | null | undefined)[],
): Promise<void> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return;
  const where = { id: { in: unique } };
  const found =
    type === "Agent"
      ? await unit.tx.agent.findMany({ where, select: { id: true } })
      : type === "Project"
        ? await unit.tx.project.findMany({ where, select: { id: true } })
        : await unit.tx.task.findMany({ where, select: { id: true } });
  const have = new Set(found.map((r) => r.id));
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
 * Writes one activity entry in the unit's transaction and queues its live event. A raw INSERT: this runs
 * in every mutation, and an ORM create costs a query-plan compile each time.
 */
export async function recordActivity(unit: Unit, input: ActivityInput): Promise<void> {
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
  await unit.tx
    .$executeRaw`INSERT INTO "Activity" ("id", "type", "actorType", "actorId", "agentId", "taskId", "projectId", "summary", "before", "after", "createdAt")
    VALUES (${row.id}, ${row.type}, ${row.actorType}, ${row.actorId}, ${row.agentId}, ${row.taskId}, ${row.projectId}, ${row.summary}, ${row.before}, ${row.after}, ${row.createdAt})`;
  unit.emit({ topic: "activity", payload: { ...row, createdAt: row.createdAt.toISOString() } });
  await enqueueDeliveries(unit, row);
}

/**
 * Queues a webhook delivery of this activity for every active webhook subscribed to its type ("*", the
 * exact type, or "<group>.*"), in the activity's own transaction: committed together or not at all.
 */
async function enqueueDeliveries(
  unit: Unit,
  row: { id: string; type: string; createdAt: Date } & Record<string, unknown>,
): Promise<void> {
  const group = row.type.split(".")[0];
  const payload = JSON.stringify({
    id: row.id,
    event: row.type,
    createdAt: row.createdAt.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    agentId: row.agentId,
    taskId: row.taskId,
    projectId: row.projectId,
    summary: row.summary,
    before: row.before ? JSON.parse(row.before as string) : null,
    after: row.after ? JSON.parse(row.after as string) : null,
  });
  const prefix = `${row.id.replace(/^act_/, "dlv_")}_`;
  await unit.tx
    .$executeRaw`INSERT INTO "WebhookDelivery" ("id", "webhookId", "event", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT ${prefix} || w."id", w."id", ${row.type}, ${payload}, 'PENDING', 0, ${row.createdAt}, ${row.createdAt}
    FROM "Webhook" w
    WHERE w."active" AND (w."events" LIKE '%"*"%' OR w."events" LIKE ${`%"${row.type}"%`} OR w."events" LIKE ${`%"${group}.*"%`})`;
}

export function taskEvent(type: string, task: object & { id: string }, previousStatus: string | null): PendingEvent {
  return { topic: "task:event", payload: { type, task: snapshot(task) as TaskSnapshot, previousStatus } };
}

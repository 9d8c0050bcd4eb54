/**
 * The webhook outbox: a delivery of an activity for every active webhook subscribed to its type ("*",
 * the exact type, or "<group>.*"), written in the activity's own transaction.
 */
import { type Sql, sql } from "./sql.js";

export interface Deliveries {
  idPrefix: string;
  type: string;
  payload: string;
  at: Date;
}

/** The statement that queues `d` for every webhook subscribed to its type. */
export function deliveriesInsert(d: Deliveries): Sql {
  const group = d.type.split(".")[0];
  return sql`INSERT INTO "WebhookDelivery" ("id", "webhookId", "event", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT ${d.idPrefix} || w."id", w."id", ${d.type}, ${d.payload}, 'PENDING', 0, ${d.at}, ${d.at}
    FROM "Webhook" w
    WHERE w."active" AND (w."events" LIKE '%"*"%' OR w."events" LIKE ${`%"${d.type}"%`} OR w."events" LIKE ${`%"${group}.*"%`})`;
}

/**
 * The webhook outbox: a delivery of an activity for every active webhook subscribed to its type ("*",
 * the exact type, or "<group>.*"), written in the activity's own transaction.
 */
import type { Queryable } from "./driver.js";
import { sql } from "./sql.js";

export function enqueueDeliveries(
  q: Queryable,
  d: { idPrefix: string; type: string; payload: string; at: Date },
): Promise<number> {
  const group = d.type.split(".")[0];
  return q.execute(sql`INSERT INTO "WebhookDelivery" ("id", "webhookId", "event", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT ${d.idPrefix} || w."id", w."id", ${d.type}, ${d.payload}, 'PENDING', 0, ${d.at}, ${d.at}
    FROM "Webhook" w
    WHERE w."active" AND (w."events" LIKE '%"*"%' OR w."events" LIKE ${`%"${d.type}"%`} OR w."events" LIKE ${`%"${group}.*"%`})`);
}

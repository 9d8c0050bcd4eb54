/**
 * Webhooks: every activity entry whose type a webhook subscribes to ("task.completed", "task.*" or "*")
 * becomes a delivery row written in the same transaction as the activity (see `deliveriesInsert`), so
 * an event is never lost between commit and delivery. The delivery job POSTs each one signed with
 * HMAC-SHA256 and retries failures with exponential backoff; the history is queryable.
 */
import { createHmac, randomBytes } from "node:crypto";
import { LIMITS } from "../domain/validate.js";
import { BadInputError, NotFoundError } from "../errors.js";
import type { Webhook, WebhookDelivery } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { checkOutboundUrl, OutboundRefusedError, outboundRequest, readBody } from "../security/outbound.js";
import { deliveriesDue } from "../sql/due-work.js";
import { type Actor, recordActivity, type ServiceDeps, transact } from "./context.js";

export interface CreateWebhookInput {
  url: string;
  events: string[];
  secret?: string | null;
}

const EVENT = /^(\*|[a-z_]+(\.(\*|[a-z_]+))?)$/;

/** Signature header value for `body` sent at `timestamp` (seconds): `t=<ts>,v1=<hex hmac of "ts.body">`. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Backoff before attempt n+1 (after n failures): 2^n seconds with ±20% jitter, at most an hour. */
export function backoffMs(failures: number): number {
  const base = Math.min(3600, 2 ** failures) * 1000;
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export function createWebhookService(deps: ServiceDeps) {
  const policy = { allow: deps.config.outboundAllow };

  async function create(actor: Actor, input: CreateWebhookInput): Promise<{ webhook: Webhook; secret: string }> {
    try {
      await checkOutboundUrl(input.url, policy);
    } catch (error) {
      if (error instanceof OutboundRefusedError)
        throw new BadInputError(`url refused: ${error.message}`, { field: "url" });
      throw error;
    }
    if (!input.events.length)
      throw new BadInputError('events must name at least one event type ("task.completed", "task.*" or "*")');
    const events = [...new Set(input.events.map((e) => e.trim().toLowerCase()))].sort();
    if (events.length > 50) throw new BadInputError("at most 50 event patterns per webhook", { field: "events" });
    for (const e of events) {
      if (!EVENT.test(e))
        throw new BadInputError(
          `"${e}" is not an event pattern: use an activity type like "task.completed", "task.*" or "*"`,
          { field: "events" },
        );
    }
    const secret = input.secret ?? randomBytes(24).toString("base64url");
    if (secret.length < 16 || secret.length > LIMITS.note)
      throw new BadInputError("secret must be at least 16 characters", { field: "secret" });
    return transact(deps, async (unit) => {
      const webhook = await unit.tx.webhook.create({
        data: { id: newId("Webhook"), url: input.url, events: JSON.stringify(events), secret },
      });
      await recordActivity(unit, {
        type: "webhook.created",
        actor,
        summary: `created a webhook to ${new URL(input.url).host} for ${events.join(", ")}`,
        after: { webhookId: webhook.id, events },
      });
      return { webhook, secret };
    });
  }

  async function remove(actor: Actor, id: string): Promise<string> {
    return transact(deps, async (unit) => {
      const hook = await unit.tx.webhook.findUnique({ where: { id } });
      if (!hook) throw new NotFoundError("Webhook", id);
      await unit.tx.webhook.delete({ where: { id } });
      await recordActivity(unit, {
        type: "webhook.deleted",
        actor,
        summary: `deleted the webhook to ${hook.url}`,
        before: { webhookId: id },
      });
      return id;
    });
  }

  async function deliver(d: WebhookDelivery & { webhook: Webhook }): Promise<void> {
    const startedAt = Date.now();
    const timestamp = Math.floor(startedAt / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await outboundRequest(
        d.webhook.url,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "mission-control-webhooks",
            "x-mission-control-event": d.event,
            "x-mission-control-delivery": d.id,
            "x-mission-control-signature": signPayload(d.webhook.secret, timestamp, d.payload),
          },
          body: d.payload,
          timeoutMs: 10_000,
        },
        policy,
      );
      status = res.statusCode ?? 0;
      const text = await readBody(res, 2000);
      if (status < 200 || status >= 300) error = `HTTP ${status}: ${text.slice(0, 500)}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const attempts = d.attempts + 1;
    const ok = error === null;
    const final = ok ? "SUCCEEDED" : attempts >= deps.config.webhookMaxAttempts ? "FAILED" : "PENDING";
    await deps.db.webhookDelivery.update({
      where: { id: d.id },
      data: {
        status: final,
        attempts,
        lastStatusCode: status,
        lastError: error?.slice(0, 2000) ?? null,
        nextAttemptAt: new Date(Date.now() + (ok ? 0 : backoffMs(attempts))),
        ...(ok ? { deliveredAt: new Date() } : {}),
      },
    });
    deps.events.emit("webhook:attempted", {
      deliveryId: d.id,
      webhookId: d.webhookId,
      event: d.event,
      status: final === "PENDING" ? "RETRYING" : final,
      attempt: attempts,
      statusCode: status ?? 0,
      error,
      startedAt,
      durationMs: Date.now() - startedAt,
    });
  }

  /** Sends due deliveries (the leader's job). Each is taken by a conditional update first. @returns sent */
  async function deliverDue(now = new Date(), batch = 50): Promise<number> {
    if (!(await deliveriesDue(deps.sql, now))) return 0;
    const due = await deps.db.webhookDelivery.findMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      include: { webhook: true },
      orderBy: { nextAttemptAt: "asc" },
      take: batch,
    });
    let sent = 0;
    await Promise.all(
      due.map(async (d) => {
        // Take it for 30 s: a crash mid-send makes it due again, never lost.
        const taken = await deps.db.webhookDelivery.updateMany({
          where: { id: d.id, status: "PENDING", nextAttemptAt: d.nextAttemptAt },
          data: { nextAttemptAt: new Date(now.getTime() + 30_000) },
        });
        if (taken.count === 0) return;
        await deliver(d);
        sent++;
      }),
    );
    return sent;
  }

  return { create, remove, deliverDue };
}

export type WebhookService = ReturnType<typeof createWebhookService>;

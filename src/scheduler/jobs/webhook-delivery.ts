import type { WebhookService } from "../../services/webhooks.js";
import type { Job } from "../index.js";

/** Sends due webhook deliveries and retries failed ones with backoff. Every second. */
export function webhookDeliveryJob(webhooks: WebhookService): Job {
  return { name: "webhook-delivery", schedule: "* * * * * *", run: () => webhooks.deliverDue() };
}

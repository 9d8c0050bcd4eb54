import { ForbiddenError } from "../errors.js";
import type { Role } from "../security/roles.js";

/** Types an AGENT key reads only through the scoped fields (`notifications(agentId:)`, `questions`). */
const AGENT_PRIVATE = new Set(["Notification", "Question", "Webhook", "Approval"]);

/** `node(id:)` must not show API keys or webhooks to non-admins, nor another agent's mail to an agent. */
export function assertMayReadNode(typename: string, role: Role | undefined): void {
  if ((typename === "ApiKey" || typename === "Webhook") && role !== "ADMIN") {
    throw new ForbiddenError(`only ADMIN keys may read ${typename === "ApiKey" ? "API keys" : "webhooks"}`);
  }
  if (role === "AGENT" && AGENT_PRIVATE.has(typename)) {
    throw new ForbiddenError(`AGENT keys read ${typename} only through the fields scoped to their agent`);
  }
}

import { ForbiddenError } from "../errors.js";
import type { Role } from "../security/roles.js";

/** `node(id:)` must not show API keys to non-admins. */
export function assertMayReadNode(typename: string, role: Role | undefined): void {
  if (typename === "ApiKey" && role !== "ADMIN") throw new ForbiddenError("only ADMIN keys may read API keys");
}

/**
 * Who is calling, within the rate limits: the `Authorization` value of an HTTP request or a WebSocket's
 * connectionParams becomes a Viewer (or the reason it does not); an address over its allowance of
 * keyless and failed requests is refused before the key lookup, and a valid key takes from its own.
 */
import type { IncomingMessage } from "node:http";
import type { App } from "../app.js";
import { bearer } from "../security/keys.js";
import type { Viewer } from "../security/roles.js";

export const KEY_LIMITED = "too many requests for this key; slow down and retry shortly";
const ADDRESS_LIMITED =
  "too many requests without a valid API key from this address (MC_AUTH_FAILURES_PER_MINUTE); wait a minute";

const AUTH_OFF: Viewer = { keyId: null, role: "ADMIN", agentId: null, name: "MC_AUTH=off" };

/** The client address a request counts against (the peer; a proxy in front is one address). */
export const addressOf = (req: IncomingMessage | undefined) => req?.socket?.remoteAddress ?? "unknown";

/** The key a viewer's requests count against. */
export const limitKey = (viewer: Viewer) => viewer.keyId ?? `${viewer.role}:${viewer.name}`;

export interface Authenticated {
  viewer: Viewer | null;
  authFailure?: string;
  rateLimited?: string;
}

export function createAuth(app: App) {
  const { config, services, rateLimits } = app;

  /** The caller named by an `Authorization` value. */
  async function authenticate(header: unknown): Promise<Authenticated> {
    if (config.auth === "off") return { viewer: AUTH_OFF };
    const secret = typeof header === "string" ? bearer(header) : null;
    if (!secret) return { viewer: null };
    const result = await services.apiKeys.authenticate(secret);
    if (result.ok) return { viewer: result.viewer };
    return {
      viewer: null,
      authFailure: `the API key is ${result.reason === "malformed" || result.reason === "unknown" ? "not valid" : result.reason}`,
    };
  }

  /** `authenticate` for a request from `address`, within the rate limits. */
  async function authenticateLimited(header: unknown, address: string): Promise<Authenticated> {
    if (await rateLimits.addressBlocked(address)) return { viewer: null, rateLimited: ADDRESS_LIMITED };
    const auth = await authenticate(header);
    if (!auth.viewer) {
      await rateLimits.failedFrom(address);
      return auth;
    }
    return (await rateLimits.takeKey(limitKey(auth.viewer))) ? auth : { ...auth, rateLimited: KEY_LIMITED };
  }

  /** One more operation of an authenticated connection: KEY_LIMITED when its key is over its rate. */
  async function operationLimited(viewer: Viewer | null): Promise<string | undefined> {
    return viewer && !(await rateLimits.takeKey(limitKey(viewer))) ? KEY_LIMITED : undefined;
  }

  return { authenticate, authenticateLimited, operationLimited };
}

export type Auth = ReturnType<typeof createAuth>;

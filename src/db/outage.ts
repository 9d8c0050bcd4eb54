/**
 * Telling a database outage from a bug. While PostgreSQL is down (refused or cut connections, a
 * shutdown in progress, a pool that cannot get a connection) every operation fails; the client should
 * hear "retry later" (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After), not a masked
 * INTERNAL_SERVER_ERROR it cannot tell from a defect. The error may come from the driver path (pg's own
 * errors) or from Prisma (its error codes, or the driver's error as its cause), so the whole cause
 * chain is read. The pool reconnects by itself once the database is back.
 */

/** Socket-level failures: the database cannot be reached or the connection was cut. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Prisma: cannot reach the server, timed out, connection closed, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutdowns (57P01-57P03), too many connections. */
function isOutageSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

const MESSAGES = [
  /connection terminated/i,
  /connection (?:timeout|timed out)/i,
  /can't reach database server/i,
  /server has closed the connection/i,
  /the database system is (?:shutting down|starting up|in recovery mode)/i,
  /client has encountered a connection error/i,
];

/** Seconds a client is asked to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); ) {
    seen.add(e);
    const x = e as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
    const code = typeof x.code === "string" ? x.code : "";
    if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isOutageSqlState(code))) {
      return true;
    }
    const cause = x.cause as { originalCode?: unknown; kind?: unknown } | undefined;
    if (cause && typeof cause.originalCode === "string" && isOutageSqlState(cause.originalCode)) return true;
    if (typeof x.message === "string" && MESSAGES.some((m) => m.test(x.message as string))) return true;
    e = x.originalError ?? x.cause;
  }
  return false;
}

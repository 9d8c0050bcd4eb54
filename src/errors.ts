/**
 * Errors a client can act on: plain classes with a stable `code` and data, thrown by the domain and the
 * services, which know nothing of GraphQL. At the API's boundary (src/http/graphql-errors.ts, used by
 * the server's error masking and its WebSocket and stream plugins) each becomes a GraphQL error whose
 * `extensions` are these; anything else is masked as INTERNAL_SERVER_ERROR and logged.
 */

export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "INVALID_TRANSITION",
  "DEPENDENCY_CYCLE",
  "VERSION_CONFLICT",
  "CONFLICT",
  "AT_CAPACITY",
  "BUDGET_EXCEEDED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "QUERY_TOO_COMPLEX",
  "SERVICE_UNAVAILABLE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** What a client receives as the error's `extensions`: the code and its data. */
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(code: ErrorCode, message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.extensions = { code, ...data };
  }
}

export class BadInputError extends AppError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super("BAD_USER_INPUT", message, data);
    this.name = "BadInputError";
  }
}

export class NotFoundError extends AppError {
  constructor(type: string, id: string) {
    super("NOT_FOUND", `${type} "${id}" does not exist`, { type, id });
    this.name = "NotFoundError";
  }
}

export class ConflictError extends AppError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super("CONFLICT", message, data);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super("FORBIDDEN", message, data);
    this.name = "ForbiddenError";
  }
}

/**
 * A refusal by an access rule declared on the schema (security/roles.ts): FORBIDDEN, HTTP 403, like the
 * unauthenticated (401) and rate-limited (429) refusals before it.
 */
export class AccessDeniedError extends ForbiddenError {
  constructor(message: string) {
    super(message, { http: { status: 403 } });
    this.name = "AccessDeniedError";
  }
}

export class InvalidTransitionError extends AppError {
  constructor(from: string, to: string, allowed: readonly string[], reason?: string) {
    const allowedText = allowed.length ? allowed.join(", ") : "none (the task is in a terminal state)";
    super(
      "INVALID_TRANSITION",
      `cannot move a task from ${from} to ${to}${reason ? `: ${reason}` : ""}; allowed from ${from}: ${allowedText}`,
      { from, to, allowed: [...allowed] },
    );
    this.name = "InvalidTransitionError";
  }
}

export class DependencyCycleError extends AppError {
  constructor(path: readonly string[]) {
    super("DEPENDENCY_CYCLE", `this dependency would close a cycle: ${path.join(" -> ")}`, {
      cycle: [...path],
    });
    this.name = "DependencyCycleError";
  }
}

export class VersionConflictError extends AppError {
  constructor(id: string, baseVersion: number, current: number) {
    super(
      "VERSION_CONFLICT",
      `document ${id} is at version ${current}, not ${baseVersion}: someone else saved it first; read version ${current}, merge, and send baseVersion ${current}`,
      { id, baseVersion, currentVersion: current },
    );
    this.name = "VersionConflictError";
  }
}

export class BudgetExceededError extends AppError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super("BUDGET_EXCEEDED", message, data);
    this.name = "BudgetExceededError";
  }
}

export class AtCapacityError extends AppError {
  constructor(message: string, data: Record<string, unknown> = {}) {
    super("AT_CAPACITY", message, data);
    this.name = "AtCapacityError";
  }
}

/** Ends a `switch` over a closed set so a new member is a type error. */
export function assertExhaustive(value: never, what = "value"): never {
  throw new Error(`unhandled ${what}: ${String(value)}`);
}

/** The database (or another dependency) is down: retry later. HTTP 503 with Retry-After. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super("SERVICE_UNAVAILABLE", message, {
      retryAfterSeconds,
      http: { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } },
    });
    this.name = "ServiceUnavailableError";
  }
}

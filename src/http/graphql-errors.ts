/**
 * The boundary between the domain's errors (src/errors.ts: plain classes with a code) and GraphQL's:
 * an AppError becomes a GraphQLError whose `extensions` are its code and data, keeping the path and
 * locations graphql-js gave it when it was thrown by a resolver (or met in a variable's coercion).
 */
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/outage.js";
import { AppError, ServiceUnavailableError } from "../errors.js";
import type { Logger } from "../logger.js";

export function toGraphQLError(error: AppError, located?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    // No originalError: Yoga would take a non-GraphQL original for an unexpected failure (HTTP 500).
    extensions: error.extensions,
  });
}

/** The AppError behind `error` (thrown as is, or wrapped by graphql-js), if there is one. */
export function appErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof AppError ? original : null;
}

/**
 * Yoga's `maskError`: an AppError goes out with its code and data, a GraphQL error as it is, a database
 * outage as SERVICE_UNAVAILABLE (retry later); anything else is logged with an id and masked as
 * INTERNAL_SERVER_ERROR carrying that id.
 */
export function maskErrors(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const app = appErrorOf(error);
    if (app) return toGraphQLError(app, error instanceof GraphQLError ? error : undefined);
    const original = (error as GraphQLError).originalError;
    if (error instanceof GraphQLError && !original) return error;
    if (original instanceof GraphQLError) return original;
    if (isDatabaseUnavailable(original ?? error)) {
      logger.warn({ err: original ?? error }, "database unavailable");
      return toGraphQLError(
        new ServiceUnavailableError(
          `the database is unavailable; retry in ${RETRY_AFTER_SECONDS} s`,
          RETRY_AFTER_SECONDS,
        ),
      );
    }
    const errorId = randomUUID();
    logger.error({ err: original ?? error, errorId }, "unexpected error");
    return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR", errorId } });
  };
}

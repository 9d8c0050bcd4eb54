/**
 * The boundary between the domain's errors (src/errors.ts: plain classes with a code) and GraphQL's:
 * an AppError becomes a GraphQLError whose `extensions` are its code and data, keeping the path and
 * locations graphql-js gave it when it was thrown by a resolver (or met in a variable's coercion).
 */
import { GraphQLError } from "graphql";
import { AppError } from "../errors.js";

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

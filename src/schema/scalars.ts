import { GraphQLError, Kind } from "graphql";
import type { ErrorCode } from "../errors.js";
import { builder } from "./builder.js";

/**
 * A scalar's refusal, as a GraphQL error: graphql-js reports a GraphQLError thrown by parseValue as the
 * variable's problem (a client error), anything else as an unexpected failure.
 */
class BadScalarError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT" satisfies ErrorCode } });
  }
}

function toDate(value: unknown): Date {
  if (typeof value !== "string" && typeof value !== "number") {
    throw new BadScalarError("DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z");
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || (typeof value === "string" && !/^\d{4}-\d{2}-\d{2}/.test(value))) {
    throw new BadScalarError(
      `"${String(value).slice(0, 40)}" is not an ISO-8601 DateTime such as 2026-01-31T12:00:00Z`,
    );
  }
  return d;
}

builder.scalarType("DateTime", {
  description: "An ISO-8601 date and time in UTC, e.g. 2026-01-31T12:00:00.000Z",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: toDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadScalarError("DateTime must be an ISO-8601 string");
    return toDate(ast.value);
  },
});

function literalToJson(ast: import("graphql").ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      throw new BadScalarError("JSON literals cannot contain variables or enums");
  }
}

builder.scalarType("JSON", {
  description: "Any JSON value",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});

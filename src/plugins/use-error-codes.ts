/**
 * Stable codes for the client's own mistakes that graphql-js reports without one: a wrong argument or
 * variable value becomes BAD_USER_INPUT, at validation (relabelled in place, keeping Yoga's 400) and in
 * an execution's result.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Messages graphql-js gives when an argument or variable value is wrong: the client's input. */
const INPUT_ERRORS = [
  /^Variable "\$[^"]+" got invalid value/,
  /^Variable "\$[^"]+" of required type/,
  /^Variable "\$[^"]+" of non-null type/,
  /^Expected value of type/,
  /^Expected type "[^"]+"/,
  /cannot represent/,
  /does not exist in "[^"]+" enum/,
  /^Field "[^"]+" of required type/,
  /^Argument "[^"]+" of required type/,
  /^Field "[^"]+" is not defined by type/,
];

/** BAD_USER_INPUT for errors that are the client's input but come from the GraphQL layer. */
function inputErrorCode(error: GraphQLError): string | null {
  return INPUT_ERRORS.some((re) => re.test(error.message)) ? "BAD_USER_INPUT" : null;
}

/** `error` with the BAD_USER_INPUT code if it is the client's input and has no code yet. */
export function withInputCode<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError) || error.extensions?.code) return error;
  const code = inputErrorCode(error);
  if (!code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

export function useErrorCodes(): Plugin {
  return {
    onValidate() {
      // Yoga has already labelled these GRAPHQL_VALIDATION_FAILED (HTTP 400); a bad argument value is
      // the client's input, so it is relabelled in place and keeps the 400.
      return ({ result }) => {
        for (const error of result) {
          if (inputErrorCode(error)) (error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
        }
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors) return;
          setResult({ ...result, errors: result.errors.map(withInputCode) });
        },
      };
    },
  };
}

/**
 * The guard every operation passes first, on every transport (Yoga runs it for HTTP and SSE, and the
 * WebSocket server executes through the same Envelop plugins): a valid key and the per-key rate limit.
 * What the key may then read and call is declared on the schema, type by type and field by field
 * (`authScopes`, security/roles.ts), and checked as the operation executes.
 */
import { type ExecutionArgs, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AppContext } from "../context.js";

function refuse(code: string, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** The refusal for this operation, or null when it may run. */
function check(args: ExecutionArgs): GraphQLError | null {
  const ctx = args.contextValue as unknown as AppContext;
  // Decided with the context (the counters may live in Redis): security/rate-limits.ts.
  if (ctx.rateLimited) return refuse("RATE_LIMITED", ctx.rateLimited, 429);
  if (!ctx.viewer) {
    return refuse(
      "UNAUTHENTICATED",
      ctx.authFailure ??
        "an API key is required: send Authorization: Bearer <key> (connectionParams.authorization over WebSocket)",
      401,
    );
  }
  return null;
}

export function useGuard(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/**
 * Queries and mutations execute on graphql-js's own `execute`, not on `@graphql-tools/executor`, which
 * Yoga installs by default. Measured on the full nested `tasks(first: 100)` (bench/tasks-query.ts): the
 * tools executor resolves every object's fields through `promiseForObject`, which wraps each field's
 * value in a fake promise (two or three objects per field) and checks the request's AbortSignal, ~6% of
 * the request's CPU before the garbage it leaves. What it adds is not used here: incremental delivery
 * (`@defer`/`@stream`, which needs a plugin this server does not install) and stopping a request's
 * execution when its client goes away (a request here is short; its statements are already issued).
 * Subscriptions execute on graphql-js already (use-shared-subscription-execution.ts).
 */
import { execute } from "graphql";
import type { Plugin } from "graphql-yoga";

export function useGraphqlJsExecute(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}

/**
 * Lets go of a request's scope-auth cache (the scopes its key holds and the rules already decided,
 * kept per context in a WeakMap by @pothos/plugin-scope-auth) as soon as its query or mutation has
 * executed. Left to the WeakMap, the entry keeps the request's whole context graph alive until a major
 * GC, so every request's garbage was promoted out of the young generation and the heap (and RSS) grew
 * with work done (`npm run bench -- memory`). Subscriptions keep theirs: their context serves every event.
 */
import { RequestCache } from "@pothos/plugin-scope-auth";
import type { Plugin } from "graphql-yoga";

export function useScopeCacheRelease(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone() {
          RequestCache.clearForContext(args.contextValue as object);
        },
      };
    },
  };
}

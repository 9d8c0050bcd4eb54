/**
 * Subscriptions end when their API key stops working. Every subscription result stream of a key
 * (SSE and WebSocket alike) is registered with the key's streams (realtime/key-streams.ts); ending it
 * delivers one final result, an UNAUTHENTICATED error saying why, and completes the stream, so an SSE
 * client reads a last `next` event and `complete`. WebSocket connections are also closed as a whole
 * (4403) where they are authenticated (server.ts).
 */
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AppContext } from "../context.js";
import { AppError } from "../errors.js";
import { toGraphQLError } from "../http/graphql-errors.js";
import type { KeyStreams } from "../realtime/key-streams.js";

function isAsyncIterable(x: unknown): x is AsyncIterable<ExecutionResult> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/** `source`, which `end(reason)` finishes with a final error result. */
function endable(source: AsyncIterable<ExecutionResult>, onDone: () => void) {
  const it = source[Symbol.asyncIterator]();
  let final: ExecutionResult | null = null;
  let done = false;
  let waiting: ((r: IteratorResult<ExecutionResult>) => void) | null = null;
  const finish = () => {
    if (done) return;
    done = true;
    onDone();
    void it.return?.();
  };
  const stream: AsyncIterableIterator<ExecutionResult> = {
    next() {
      if (final) {
        const value = final;
        final = null;
        finish();
        return Promise.resolve({ done: false, value });
      }
      if (done) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve, reject) => {
        waiting = resolve;
        it.next().then(
          (r) => {
            if (waiting !== resolve) return;
            waiting = null;
            if (r.done) finish();
            resolve(r);
          },
          (e: unknown) => {
            if (waiting !== resolve) return;
            waiting = null;
            finish();
            reject(e);
          },
        );
      });
    },
    return() {
      finish();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  const end = (reason: string) => {
    if (done) return;
    const value: ExecutionResult = {
      errors: [toGraphQLError(new AppError("UNAUTHENTICATED", `${reason}: this stream has ended`))],
    };
    const wake = waiting;
    if (wake) {
      waiting = null;
      finish();
      wake({ done: false, value });
    } else final = value;
  };
  return { stream, end };
}

export function useKeyStreams(streams: KeyStreams): Plugin {
  return {
    onSubscribe({ args }) {
      const viewer = (args.contextValue as unknown as AppContext | undefined)?.viewer;
      if (!viewer?.keyId) return;
      return {
        onSubscribeResult({ result, setResult }) {
          if (!isAsyncIterable(result)) return;
          let off: () => void = () => {};
          const { stream, end } = endable(result, () => off());
          off = streams.add(viewer, end);
          setResult(stream);
        },
      };
    },
  };
}

/**
 * Fan-out that executes once. A live event reaches every subscriber of its topic as the same payload
 * object; without this plugin each subscriber executes its selection on it and gets its own result.
 * Here the result of executing an event is kept per payload (weakly) and per (document, variables,
 * caller's scope): the first subscriber of a group executes, the others reuse that result object, over
 * WebSocket and SSE alike (both subscribe through Envelop). Each subscriber still has its own source
 * stream (replay-then-live, its own ordering and gap filling), so those guarantees are untouched;
 * replayed chunks are objects of that subscriber's own and execute for it alone.
 */
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type subscribe,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AppContext } from "../context.js";

type Result = ExecutionResult | Promise<ExecutionResult>;

let nextDocumentId = 0;
const documentIds = new WeakMap<DocumentNode, number>();

/** The document's identity: Yoga's parser cache hands the same object out for the same text. */
function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    id = ++nextDocumentId;
    documentIds.set(document, id);
  }
  return id;
}

/** What makes two subscribers' results for one event identical. */
export function groupKey(args: ExecutionArgs): string {
  const viewer = (args.contextValue as AppContext | undefined)?.viewer;
  return `${documentId(args.document)}|${args.operationName ?? ""}|${JSON.stringify(args.variableValues ?? {})}|${viewer?.role ?? "-"}:${viewer?.agentId ?? "-"}`;
}

const results = new WeakMap<object, Map<string, Result>>();

/** Executes `args` on `payload` once per group; later calls for the same payload and group share it. */
export function executeShared(args: ExecutionArgs, key: string, payload: unknown): Result {
  if (typeof payload !== "object" || payload === null) return execute({ ...args, rootValue: payload });
  let byGroup = results.get(payload);
  if (!byGroup) {
    byGroup = new Map();
    results.set(payload, byGroup);
  }
  let result = byGroup.get(key);
  if (!result) {
    result = execute({ ...args, rootValue: payload });
    byGroup.set(key, result);
  }
  return result;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

function isPromise<T>(x: T | Promise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown } | null)?.then === "function";
}

/** `source` mapped by `map`: one `then` per event (no async function's extra turns), as it is per subscriber. */
function mapStream(source: AsyncIterable<unknown>, map: (payload: unknown) => Result): AsyncGenerator<ExecutionResult> {
  const it = source[Symbol.asyncIterator]();
  const stream: AsyncGenerator<ExecutionResult> = {
    next() {
      return it.next().then((r): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
        if (r.done) return DONE;
        const value = map(r.value);
        return isPromise(value) ? value.then((v) => ({ done: false, value: v })) : { done: false, value };
      });
    },
    async return() {
      await it.return?.();
      return DONE;
    },
    async throw(error: unknown) {
      if (it.throw) await it.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  } as AsyncGenerator<ExecutionResult>;
  return stream;
}

/** graphql-js's `subscribe`, with each event executed through `executeShared`. */
const sharedSubscribe = (async (args: ExecutionArgs) => {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (source as object))) return source as ExecutionResult;
  const key = groupKey(args);
  return mapStream(source as AsyncIterable<unknown>, (payload) => executeShared(args, key, payload));
}) as unknown as typeof subscribe;

export function useSharedSubscriptionExecution(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(sharedSubscribe);
    },
  };
}

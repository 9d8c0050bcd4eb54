/**
 * The event bus: graphql-yoga's `createPubSub` API over an EventTarget (in memory or Redis), with two
 * differences that matter under load. Yoga's subscriptions allow 1,024 undelivered events per subscriber
 * and then throw inside `publish` (from an event listener, so the process sees an uncaught exception):
 * one bulk mutation (createTasks of 2,000 tasks) with one live `taskEvents` subscriber was enough. Here
 * each subscriber gets its own buffer of MAX_BUFFERED events; a subscriber that falls further behind is
 * ended with an error (clients resubscribe; output subscriptions resume from their last seq), and
 * publishing never throws. And each subscription is a plain queue with one pending read, not a
 * general-purpose Repeater: with 1,000 subscribers on one task, the per-event cost of each layer counts.
 */
import { perObject } from "../per-object.js";
import type { PubSub, PubSubTopics } from "./events.js";

export const MAX_BUFFERED = 20_000;

/** Subscriptions listening on each bus (an operational gauge, and the churn test's). */
const gauge = perObject<EventTarget, { count: number }>(() => ({ count: 0 }));
/** How many subscriptions are listening on `pubsub`'s bus in this process. */
export const listeningSubscriptions = (pubsub: PubSub) => (pubsub as unknown as { listening(): number }).listening();

export class SubscriberOverflowError extends Error {
  override name = "SubscriberOverflowError";
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The bytes queued for one consumer (a WebSocket connection, an SSE response) across its subscriptions:
 * what it has been published and has not read yet. The slow-consumer watch adds it to the transport's own
 * unsent bytes (realtime/slow-consumers.ts).
 */
export interface Meter {
  queued: number;
}

/** An event's weight in a meter: an output chunk by its text, anything else as a small record. */
function sizeOf(value: unknown): number {
  const content = (value as { content?: unknown } | null)?.content;
  return typeof content === "string" ? content.length + 64 : 256;
}

/**
 * One subscriber's events: the listener is added on the first `next()` (so a caller can start listening
 * before it reads anything else) and removed by `return()`, by overflow, or never if it never reads.
 */
function channel<T>(target: EventTarget, topic: string, meter?: Meter): AsyncIterableIterator<T> {
  const queue: T[] = [];
  /** Bytes of `queue` not yet read, counted in `meter`. */
  let queuedBytes = 0;
  const release = (bytes: number) => {
    queuedBytes -= bytes;
    if (meter) meter.queued -= bytes;
  };
  let head = 0;
  let waiting: ((r: IteratorResult<T>) => void) | null = null;
  let failed: Error | null = null;
  let state: "idle" | "listening" | "closed" = "idle";

  const listening = gauge(target);
  const listener = (event: Event) => {
    const value = (event as CustomEvent).detail as T;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ done: false, value });
      return;
    }
    if (queue.length - head >= MAX_BUFFERED) {
      failed = new SubscriberOverflowError(
        `this subscription fell more than ${MAX_BUFFERED} events behind and was ended; subscribe again`,
      );
      close();
      return;
    }
    queue.push(value);
    if (meter) {
      const bytes = sizeOf(value);
      queuedBytes += bytes;
      meter.queued += bytes;
    }
  };

  function close() {
    if (state === "listening") {
      target.removeEventListener(topic, listener);
      listening.count--;
    }
    state = "closed";
  }

  const it: AsyncIterableIterator<T> = {
    next(): Promise<IteratorResult<T>> {
      if (state === "idle") {
        target.addEventListener(topic, listener);
        state = "listening";
        listening.count++;
      }
      if (head < queue.length) {
        const value = queue[head++]!;
        if (meter) release(sizeOf(value));
        // Read events are let go: all at once when the queue empties, in bulk while it is long.
        if (head === queue.length) {
          queue.length = 0;
          head = 0;
        } else if (head > 1024 && head * 2 > queue.length) {
          queue.splice(0, head);
          head = 0;
        }
        return Promise.resolve({ done: false, value });
      }
      if (failed) {
        const error = failed;
        failed = null;
        return Promise.reject(error);
      }
      if (state === "closed") return Promise.resolve(DONE);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return(): Promise<IteratorResult<T>> {
      close();
      queue.length = 0;
      head = 0;
      release(queuedBytes);
      const resolve = waiting;
      waiting = null;
      resolve?.(DONE);
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]() {
      return it;
    },
  };
  return it;
}

export function createPubSub(target: EventTarget): PubSub {
  const bus = {
    publish(routingKey: string, ...args: unknown[]) {
      const payload = args[1] ?? args[0] ?? null;
      const topic = args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`;
      target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    subscribe(routingKey: string, id?: string, meter?: Meter) {
      const topic = id === undefined ? routingKey : `${routingKey}:${id}`;
      return channel(target, topic, meter);
    },
    listening: () => gauge(target).count,
  };
  return bus as unknown as PubSub;
}

/** `pubsub` whose subscriptions count what they queue in `meter` (one per consumer). */
export function meteredPubSub(pubsub: PubSub, meter: Meter): PubSub {
  const bus = pubsub as unknown as { subscribe(k: string, id?: string, meter?: Meter): unknown };
  return {
    publish: pubsub.publish,
    subscribe: (routingKey: string, id?: string) => bus.subscribe(routingKey, id, meter),
  } as unknown as PubSub;
}

export type { PubSubTopics };

/**
 * `source` with only the events `keep` accepts. Unlike an async generator over it (graphql-yoga's
 * `filter`), `return()` reaches the source at once even while a `next()` is waiting for an accepted
 * event, so a subscriber that leaves a quiet stream lets go of its listener then, not at the next event
 * that happens to pass.
 */
export function filtered<T>(source: AsyncIterator<T>, keep: (value: T) => boolean): AsyncIterableIterator<T> {
  const stream: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done || keep(r.value)) return r;
      }
    },
    async return() {
      await source.return?.();
      return DONE;
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

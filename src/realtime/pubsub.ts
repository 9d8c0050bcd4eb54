/**
 * The event bus: graphql-yoga's `createPubSub` API over an EventTarget (in memory or Redis), with one
 * difference that matters under load. Yoga's subscriptions allow 1,024 undelivered events per subscriber
 * and then throw inside `publish` (from an event listener, so the process sees an uncaught exception):
 * one bulk mutation (createTasks of 2,000 tasks) with one live `taskEvents` subscriber was enough. Here
 * each subscriber gets its own buffer of MAX_BUFFERED events; a subscriber that falls further behind is
 * ended with an error (clients resubscribe; output subscriptions resume from their last seq), and
 * publishing never throws.
 */
import { FixedBuffer, Repeater } from "@repeaterjs/repeater";
import type { PubSub, PubSubTopics } from "./events.js";

export const MAX_BUFFERED = 20_000;

export class SubscriberOverflowError extends Error {
  override name = "SubscriberOverflowError";
}

export function createPubSub(target: EventTarget): PubSub {
  const bus = {
    publish(routingKey: string, ...args: unknown[]) {
      const payload = args[1] ?? args[0] ?? null;
      const topic = args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`;
      target.dispatchEvent(new CustomEvent(topic, { detail: payload }));
    },
    subscribe(routingKey: string, id?: string) {
      const topic = id === undefined ? routingKey : `${routingKey}:${id}`;
      return new Repeater((push, stop) => {
        const listener = (event: Event) => {
          push((event as CustomEvent).detail).catch(() => {});
        };
        const guarded = (event: Event) => {
          try {
            listener(event);
          } catch {
            target.removeEventListener(topic, guarded);
            stop(
              new SubscriberOverflowError(
                `this subscription fell more than ${MAX_BUFFERED} events behind and was ended; subscribe again`,
              ),
            );
          }
        };
        target.addEventListener(topic, guarded);
        void stop.then(() => target.removeEventListener(topic, guarded));
      }, new FixedBuffer(MAX_BUFFERED));
    },
  };
  return bus as unknown as PubSub;
}

export type { PubSubTopics };

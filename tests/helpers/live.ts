/**
 * Live-event helpers. A subscription is "ready" once an event caused after subscribing has arrived: we
 * fire a harmless probe mutation until its event shows up, so tests never sleep and never race.
 */
import type { Client } from "graphql-ws";
import type { TypedDocument } from "./server.js";

export interface Live<T> {
  events: T[];
  /** Resolves with the first event (after `from`) matching `pred`. */
  next(pred: (e: T) => boolean, from?: number): Promise<T>;
  stop(): void;
}

function liveFrom<T>(subscribeFn: (push: (e: T) => void, fail: (e: unknown) => void) => () => void): Live<T> {
  const events: T[] = [];
  const waiters: { pred: (e: T) => boolean; from: number; resolve: (e: T) => void; reject: (e: unknown) => void }[] =
    [];
  let failure: unknown = null;
  const stop = subscribeFn(
    (e) => {
      events.push(e);
      for (const w of [...waiters]) {
        if (events.length - 1 >= w.from && w.pred(e)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(e);
        }
      }
    },
    (err) => {
      failure = err;
      for (const w of waiters.splice(0)) w.reject(err);
    },
  );
  return {
    events,
    next(pred, from = 0) {
      const found = events.slice(from).find(pred);
      if (found) return Promise.resolve(found);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiters.push({ pred, from, resolve, reject }));
    },
    stop,
  };
}

/** Subscribes over WebSocket and collects `data` payloads. */
export function wsLive<T>(client: Client, query: string, variables?: Record<string, unknown>): Live<T>;
/** A typed document (tests/documents/subscriptions.graphql) types the events and the variables. */
export function wsLive<R, V>(client: Client, query: TypedDocument<R, V>, variables?: V): Live<R>;
export function wsLive<T>(client: Client, query: string | TypedDocument<T, unknown>, variables: unknown = {}): Live<T> {
  return liveFrom<T>((push, fail) =>
    client.subscribe<T>(
      { query: String(query), variables: variables as Record<string, unknown> },
      {
        next: (v) => (v.errors ? fail(new Error(JSON.stringify(v.errors))) : push(v.data as T)),
        error: fail,
        complete: () => {},
      },
    ),
  );
}

/** Subscribes over SSE (GraphQL over HTTP, `text/event-stream`) and collects `data` payloads. */
export function sseLive<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Live<T>;
export function sseLive<R, V>(
  url: string,
  query: TypedDocument<R, V>,
  variables?: V,
  headers?: Record<string, string>,
): Live<R>;
export function sseLive<T>(
  url: string,
  query: string | TypedDocument<T, unknown>,
  variables: unknown = {},
  headers: Record<string, string> = {},
): Live<T> {
  return liveFrom<T>((push, fail) => {
    const controller = new AbortController();
    (async () => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
        body: JSON.stringify({ query: String(query), variables }),
        signal: controller.signal,
      });
      if (!res.ok || !res.body) throw new Error(`SSE status ${res.status}`);
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let idx = buffer.indexOf("\n\n");
        while (idx >= 0) {
          const block = buffer.slice(0, idx);
          buffer = buffer.slice(idx + 2);
          const data = block
            .split("\n")
            .filter((l) => l.startsWith("data:"))
            .map((l) => l.slice(5).trim())
            .join("\n");
          if (data) {
            const msg = JSON.parse(data) as { data?: T; errors?: unknown };
            if (msg.errors) fail(new Error(JSON.stringify(msg.errors)));
            else if (msg.data) push(msg.data);
          }
          idx = buffer.indexOf("\n\n");
        }
      }
    })().catch((e: unknown) => {
      if (!controller.signal.aborted) fail(e);
    });
    return () => controller.abort();
  });
}

/** Repeats `probe` until `live` has seen an event matching `isProbe`: the subscription is then live. */
export async function untilLive<T>(
  live: Live<T>,
  probe: () => Promise<unknown>,
  isProbe: (e: T) => boolean,
): Promise<void> {
  let seen = false;
  const waiting = live.next(isProbe).then(() => {
    seen = true;
  });
  while (!seen) {
    await probe();
    await Promise.race([waiting, new Promise((r) => setTimeout(r, 25))]);
  }
}

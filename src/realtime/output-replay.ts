/**
 * `taskOutput(taskId, fromSeq)`: stored chunks after `fromSeq`, then live ones, with no gap and no
 * duplicate. The live subscription starts before the stored read, so a chunk committed meanwhile is seen
 * at least once; chunks at or below the last delivered seq are dropped, and a jump in seq (a chunk
 * published before we listened, or lost by the event bus) is filled from the stored log.
 */
import type { Queryable } from "../sql/driver.js";
import { outputPage } from "../sql/output-page.js";
import type { OutputChunkPayload, PubSub } from "./events.js";

const PAGE = 500;

/** Stored chunks, read on the driver path: every subscriber reads them when it (re)connects. */
async function* stored(q: Queryable, taskId: string, after: number, before = Number.POSITIVE_INFINITY) {
  let last = after;
  for (;;) {
    const rows = await outputPage(q, { taskId, after: last, before, limit: PAGE });
    for (const r of rows) yield { ...r, createdAt: r.createdAt.toISOString() } satisfies OutputChunkPayload;
    if (rows.length < PAGE) return;
    last = rows[rows.length - 1]!.seq;
  }
}

/**
 * The stream, which lets go of its live subscription the moment the subscriber leaves. An async
 * generator cannot: a `return()` that arrives while it awaits the next live chunk waits for that chunk,
 * and on a task whose output has ended it never comes, so each subscriber that left kept its listener,
 * and its queue of every later chunk, for ever (RSS 201 -> 739 MB under resubscription churn). Here
 * `return()` ends the live subscription first, which wakes the generator with `done`.
 */
export function replayThenLive(
  q: Queryable,
  pubsub: PubSub,
  taskId: string,
  fromSeq: number,
): AsyncIterableIterator<OutputChunkPayload> {
  const live = pubsub.subscribe("task:output", taskId)[Symbol.asyncIterator]();
  const chunks = replayThen(q, live, taskId, fromSeq);
  const stream: AsyncIterableIterator<OutputChunkPayload> = {
    next: () => chunks.next(),
    async return() {
      await live.return?.();
      return chunks.return(undefined);
    },
    async throw(error: unknown) {
      await live.return?.();
      return chunks.throw(error);
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

async function* replayThen(
  q: Queryable,
  live: AsyncIterator<OutputChunkPayload>,
  taskId: string,
  fromSeq: number,
): AsyncGenerator<OutputChunkPayload> {
  // Calling next() starts the underlying listener now, before the stored read.
  let pending = live.next();
  let last = fromSeq;
  try {
    for await (const chunk of stored(q, taskId, last)) {
      yield chunk;
      last = chunk.seq;
    }
    for (;;) {
      const result = await pending;
      if (result.done) return;
      pending = live.next();
      const chunk = result.value;
      if (chunk.seq <= last) continue;
      if (chunk.seq > last + 1) {
        for await (const missed of stored(q, taskId, last, chunk.seq)) {
          yield missed;
          last = missed.seq;
        }
      }
      yield chunk;
      last = chunk.seq;
    }
  } finally {
    await live.return?.();
  }
}

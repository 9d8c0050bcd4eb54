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

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The stream, written out as a plain iterator rather than an async generator for two reasons. An async
 * generator cannot let go of its live subscription when the subscriber leaves: a `return()` that arrives
 * while it awaits the next live chunk waits for that chunk, and on a task whose output has ended it never
 * comes, so each subscriber that left kept its listener, and its queue of every later chunk, for ever
 * (RSS 201 -> 739 MB under resubscription churn). Here `return()` ends the live subscription first. And
 * once the replay is read, a live chunk costs one `then` per subscriber, not a generator's resumption
 * (with 1,000 subscribers of one task, each layer's per-chunk cost is paid a thousand times).
 */
export function replayThenLive(
  q: Queryable,
  pubsub: PubSub,
  taskId: string,
  fromSeq: number,
): AsyncIterableIterator<OutputChunkPayload> {
  const live = pubsub.subscribe("task:output", taskId)[Symbol.asyncIterator]();
  // Calling next() starts the underlying listener now, before the stored read.
  let pending: Promise<IteratorResult<OutputChunkPayload>> | null = live.next();
  let last = fromSeq;
  /** Stored chunks to deliver before the next live one: the replay, then any gap the live stream shows. */
  let backlog: AsyncGenerator<OutputChunkPayload> | null = stored(q, taskId, last);
  let finished = false;

  const end = () => {
    finished = true;
    const b = backlog;
    backlog = null;
    void b?.return(undefined);
    return live.return?.();
  };
  const failed = async (error: unknown): Promise<never> => {
    await end();
    throw error;
  };

  function next(): Promise<IteratorResult<OutputChunkPayload>> {
    if (finished) return Promise.resolve(DONE);
    const b = backlog;
    if (b) {
      return b.next().then((r) => {
        if (r.done) {
          if (backlog === b) backlog = null;
          return next();
        }
        last = r.value.seq;
        return r;
      }, failed);
    }
    const p = pending ?? live.next();
    pending = null;
    return p.then((result) => {
      if (finished) return DONE;
      if (result.done) {
        void end();
        return result;
      }
      const chunk = result.value;
      if (chunk.seq <= last) return next();
      if (chunk.seq > last + 1) {
        // A chunk published before we listened, or lost by the event bus: fill from the stored log.
        backlog = gapThen(q, taskId, last, chunk);
        return next();
      }
      last = chunk.seq;
      return result;
    }, failed);
  }

  const stream: AsyncIterableIterator<OutputChunkPayload> = {
    next,
    async return() {
      await end();
      return DONE;
    },
    async throw(error: unknown) {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

/** The stored chunks between `after` and `chunk`, then `chunk`. */
async function* gapThen(q: Queryable, taskId: string, after: number, chunk: OutputChunkPayload) {
  yield* stored(q, taskId, after, chunk.seq);
  yield chunk;
}

/**
 * Slow consumers are cut off. A subscriber that stops reading (a stalled client, a dead network path
 * the kernel has not noticed yet) would otherwise make the server hold every event it is sent: 16 of
 * them held 156 MB of output. Every WebSocket and SSE response is watched; one whose unsent bytes pass
 * MC_STREAM_MAX_BUFFERED_BYTES is closed (WebSocket: 1008 with the reason, then terminated if the close
 * cannot be delivered; SSE: the response is destroyed). Healthy subscribers never come near the limit:
 * what they are sent leaves as fast as it is written.
 */

export interface Watched {
  /** Bytes written to the stream and not yet handed to the network. */
  unsent(): number;
  /** Ends the stream; `bytes` is what it had unsent. */
  cut(bytes: number): void;
}

export function createSlowConsumerWatch(limitBytes: number, intervalMs = 250) {
  const watched = new Set<Watched>();
  let timer: NodeJS.Timeout | null = null;
  const check = () => {
    for (const w of watched) {
      const bytes = w.unsent();
      if (bytes > limitBytes) {
        watched.delete(w);
        w.cut(bytes);
      }
    }
    if (watched.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return {
    /** Watches a stream until the returned function is called (when it closes). */
    watch(w: Watched): () => void {
      watched.add(w);
      if (!timer) {
        timer = setInterval(check, intervalMs);
        timer.unref();
      }
      return () => watched.delete(w);
    },
    /** Checks now (a write that just queued a lot need not wait for the next tick). */
    check,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      watched.clear();
    },
  };
}

export type SlowConsumerWatch = ReturnType<typeof createSlowConsumerWatch>;

export const slowConsumerReason = (bytes: number, limit: number) =>
  `slow consumer: ${bytes} bytes unsent, more than ${limit} (MC_STREAM_MAX_BUFFERED_BYTES)`;

/**
 * Every long-lived stream an API key holds open (graphql-ws connections and SSE subscriptions), so that
 * whatever ends the key's right to them ends them all at once, on both transports: a revocation (on
 * any instance: `apikey:revoked` travels over the event bus), the key's expiry (a timer per stream), or
 * the deletion of the agent an AGENT key acts for (which revokes its keys).
 */
import type { Viewer } from "../security/roles.js";

/** Ends one stream, saying why ("API key revoked"). */
export type EndStream = (reason: string) => void;

/** setTimeout's ceiling: a later expiry is re-armed when this fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createKeyStreams() {
  const byKey = new Map<string, Set<EndStream>>();

  /** Registers a stream of `viewer`; the returned function unregisters it (call it when it closes). */
  function add(viewer: Viewer, end: EndStream): () => void {
    const keyId = viewer.keyId;
    if (!keyId) return () => {}; // the bootstrap key and auth off: nothing can revoke them
    let streams = byKey.get(keyId);
    if (!streams) {
      streams = new Set();
      byKey.set(keyId, streams);
    }
    streams.add(end);
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (!viewer.expiresAt) return;
      const left = viewer.expiresAt.getTime() - Date.now();
      if (left <= 0) return endOne(end, keyId, "API key expired");
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      timer.unref();
    };
    arm();
    return () => {
      if (timer) clearTimeout(timer);
      forget(keyId, end);
    };
  }

  function forget(keyId: string, end: EndStream) {
    const streams = byKey.get(keyId);
    streams?.delete(end);
    if (streams?.size === 0) byKey.delete(keyId);
  }

  function endOne(end: EndStream, keyId: string, reason: string) {
    forget(keyId, end);
    end(reason);
  }

  /** Ends every stream of `keyId`. */
  function endKey(keyId: string, reason: string): void {
    for (const end of [...(byKey.get(keyId) ?? [])]) endOne(end, keyId, reason);
  }

  return { add, endKey, size: () => [...byKey.values()].reduce((n, s) => n + s.size, 0) };
}

export type KeyStreams = ReturnType<typeof createKeyStreams>;

/**
 * Output of a running program, appended in order by one writer: chunks pushed while a write is in flight
 * are merged with the previous one of the same kind (up to 64 KB), so a chatty program costs a few dozen
 * appends, not one per line. A chunk that ends in the first half of a surrogate pair (an emoji split
 * across two stream deltas) keeps that half back for the next chunk of its kind, so the character is
 * stored whole. Used by server-side runs and by the worker CLI.
 */
import type { OutputKind } from "../domain/enums.js";

const COALESCE = 64 * 1024;

export interface OutputPump {
  push(kind: OutputKind, content: string): void;
  /** Resolves once everything pushed so far is written (or given up). */
  flush(): Promise<void>;
}

/**
 * @param append writes one chunk; resolving to "stop" ends the pump (the claim is gone)
 */
export function createOutputPump(
  append: (kind: OutputKind, content: string) => Promise<"stop" | undefined>,
): OutputPump {
  const queue: { kind: OutputKind; content: string }[] = [];
  let draining: Promise<void> | null = null;
  let stopped = false;
  /** Per kind, a high surrogate held back until the next chunk of that kind brings its other half. */
  const held = new Map<OutputKind, string>();
  const enqueue = (kind: OutputKind, content: string) => {
    const last = queue.at(-1);
    if (last && last.kind === kind && last.content.length < COALESCE) last.content += content;
    else queue.push({ kind, content });
    draining ??= drain();
  };
  async function drain() {
    while (queue.length && !stopped) {
      const chunk = queue.shift()!;
      if ((await append(chunk.kind, chunk.content)) === "stop") {
        stopped = true;
        queue.length = 0;
      }
    }
    draining = null;
  }
  return {
    push(kind, text) {
      if (!text || stopped) return;
      let content = (held.get(kind) ?? "") + text;
      held.delete(kind);
      const end = content.charCodeAt(content.length - 1);
      if (end >= 0xd800 && end <= 0xdbff) {
        held.set(kind, content.slice(-1));
        content = content.slice(0, -1);
      }
      if (content) enqueue(kind, content);
    },
    async flush() {
      // A half that never got its other half is stored as it is (the server makes it U+FFFD).
      if (!stopped) for (const [kind, half] of held) enqueue(kind, half);
      held.clear();
      while (draining) await draining;
    },
  };
}

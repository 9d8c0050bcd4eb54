/**
 * Output of a running program, appended in order by one writer: chunks pushed while a write is in flight
 * are merged with the previous one of the same kind (up to 64 KB), so a chatty program costs a few dozen
 * appends, not one per line. Used by server-side runs and by the worker CLI.
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
    push(kind, content) {
      if (!content || stopped) return;
      const last = queue.at(-1);
      if (last && last.kind === kind && last.content.length < COALESCE) last.content += content;
      else queue.push({ kind, content });
      draining ??= drain();
    },
    async flush() {
      while (draining) await draining;
    },
  };
}

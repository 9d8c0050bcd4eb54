/**
 * Output of a running program, appended in order by one writer: chunks pushed while a write is in flight
 * are merged with the previous one of the same kind (up to 64 KB), so a chatty program costs a few dozen
 * appends, not one per line. A chunk that ends in the first half of a surrogate pair (an emoji split
 * across two stream deltas) keeps that half back for the next chunk of its kind, so the character is
 * stored whole. Used by server-side runs and by the worker CLI.
 *
 * With `maxBytes` (MC_RUN_OUTPUT_MAX_BYTES) a run's output is capped: the first half of the budget is
 * stored as it comes, then a SYSTEM chunk says the rest is kept as a tail; the last half of the budget is
 * kept in memory (older chunks dropped as newer arrive) and stored when the run ends, after a SYSTEM chunk
 * saying how much was dropped. Pushing never waits, so the program's pipes are always drained.
 */
import type { OutputKind } from "../domain/enums.js";

const COALESCE = 64 * 1024;

export interface OutputPump {
  push(kind: OutputKind, content: string): void;
  /** Resolves once everything pushed so far is written (or given up); the held tail is written first. */
  flush(): Promise<void>;
}

export interface OutputPumpOptions {
  /** The most UTF-8 bytes of output (SYSTEM notes aside) a run stores. @default unlimited */
  maxBytes?: number;
}

type Chunk = { kind: OutputKind; content: string };

const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

/** `text` split after its first `bytes` UTF-8 bytes (or a few fewer, never inside a character). */
function splitAt(text: string, bytes: number): [string, string] {
  const buf = Buffer.from(text, "utf8");
  let at = Math.min(bytes, buf.length);
  while (at > 0 && at < buf.length && (buf[at]! & 0xc0) === 0x80) at--; // at a character's first byte
  return [buf.subarray(0, at).toString("utf8"), buf.subarray(at).toString("utf8")];
}

/**
 * @param append writes one chunk; resolving to "stop" ends the pump (the claim is gone)
 */
export function createOutputPump(
  append: (kind: OutputKind, content: string) => Promise<"stop" | undefined>,
  options: OutputPumpOptions = {},
): OutputPump {
  const queue: Chunk[] = [];
  let draining: Promise<void> | null = null;
  let stopped = false;
  /** Per kind, a high surrogate held back until the next chunk of that kind brings its other half. */
  const held = new Map<OutputKind, string>();
  const headBudget = options.maxBytes === undefined ? Number.POSITIVE_INFINITY : Math.floor(options.maxBytes / 2);
  const tailBudget = options.maxBytes === undefined ? 0 : options.maxBytes - headBudget;
  let headBytes = 0;
  let capped = false;
  let dropped = 0;
  const tail: (Chunk & { bytes: number })[] = [];
  let tailBytes = 0;

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
  const enqueue = (kind: OutputKind, content: string) => {
    const last = queue.at(-1);
    // SYSTEM chunks are notes, each a chunk of its own.
    if (last && last.kind === kind && kind !== "SYSTEM" && last.content.length < COALESCE) last.content += content;
    else queue.push({ kind, content });
    draining ??= drain();
  };
  const keep = (kind: OutputKind, text: string) => {
    let content = text;
    if (kind === "SYSTEM") return enqueue(kind, content); // the run's own notes are never dropped
    let bytes = Buffer.byteLength(content, "utf8");
    if (!capped && headBytes + bytes <= headBudget) {
      headBytes += bytes;
      return enqueue(kind, content);
    }
    if (!capped) {
      // The head is filled to its budget; the rest of this chunk starts the tail.
      const [first, rest] = splitAt(content, headBudget - headBytes);
      if (first) enqueue(kind, first);
      headBytes += Buffer.byteLength(first, "utf8");
      capped = true;
      enqueue(
        "SYSTEM",
        `output passed ${mb(headBudget)}: from here only its last ${mb(tailBudget)} are kept, stored when the run ends (MC_RUN_OUTPUT_MAX_BYTES)`,
      );
      content = rest;
      bytes = Buffer.byteLength(rest, "utf8");
      if (!content) return;
    }
    tail.push({ kind, content, bytes });
    tailBytes += bytes;
    // The oldest part goes: whole chunks while that stays within the budget, then the front of one.
    while (tailBytes > tailBudget) {
      const oldest = tail[0]!;
      const excess = tailBytes - tailBudget;
      if (oldest.bytes <= excess) {
        tail.shift();
        tailBytes -= oldest.bytes;
        dropped += oldest.bytes;
        continue;
      }
      const [cut, kept] = splitAt(oldest.content, excess);
      const cutBytes = Buffer.byteLength(cut, "utf8");
      oldest.content = kept;
      oldest.bytes -= cutBytes;
      tailBytes -= cutBytes;
      dropped += cutBytes;
      if (cutBytes === 0) break; // excess inside one character: within a few bytes of the budget
    }
  };
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
      if (content) keep(kind, content);
    },
    async flush() {
      // A half that never got its other half is stored as it is (the server makes it U+FFFD).
      if (!stopped) for (const [kind, half] of held) keep(kind, half);
      held.clear();
      if (capped && !stopped) {
        enqueue(
          "SYSTEM",
          `dropped ${dropped.toLocaleString("en-US")} bytes of output between the first ${headBytes.toLocaleString("en-US")} and the last ${tailBytes.toLocaleString("en-US")} (MC_RUN_OUTPUT_MAX_BYTES)`,
        );
        for (const chunk of tail.splice(0)) enqueue(chunk.kind, chunk.content);
        capped = false;
        headBytes = 0;
        tailBytes = 0;
        dropped = 0;
      }
      while (draining) await draining;
    },
  };
}

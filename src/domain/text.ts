/**
 * Text a database can store. PostgreSQL refuses a NUL (U+0000) in text, and an unpaired UTF-16
 * surrogate (half of an emoji, split across two stream chunks) has no UTF-8 form, so neither database
 * can keep one as given. Output is stored whatever it holds, each such character replaced by U+FFFD
 * (what a UTF-8 decoder does with bytes it cannot read); every other text input is refused instead,
 * with the path of the field (`inputProblem`). JSON inputs are bounded in depth on the way.
 */

export const REPLACEMENT = "\ufffd";

/** How deep a JSON input may nest (objects and lists), so no walk over it can overflow the stack. */
export const MAX_JSON_DEPTH = 32;

/** `text` with each NUL and unpaired surrogate replaced by U+FFFD; `text` itself when it has none. */
export function storableText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes("\0") ? wellFormed.replaceAll("\0", REPLACEMENT) : wellFormed;
}

/** Why `text` cannot be stored as given, or null. */
export function textProblem(text: string): string | null {
  const nul = text.indexOf("\0");
  if (nul >= 0) return `contains a NUL character (U+0000) at offset ${nul}`;
  if (!text.isWellFormed()) return "contains an unpaired UTF-16 surrogate (half of a character)";
  return null;
}

/**
 * The first string in `value` (an argument value: scalars, lists, input objects, JSON) that cannot be
 * stored, or a nesting deeper than MAX_JSON_DEPTH, with its path (`input.tags.1`). Iterative, so a
 * hostile depth cannot overflow the stack before it is refused.
 */
export function inputProblem(value: unknown, path: string): { field: string; problem: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  while (stack.length) {
    const at = stack.pop()!;
    if (typeof at.value === "string") {
      const problem = textProblem(at.value);
      if (problem) return { field: at.path, problem };
      continue;
    }
    if (typeof at.value !== "object" || at.value === null || at.value instanceof Date) continue;
    if (at.depth >= MAX_JSON_DEPTH) {
      return { field: at.path, problem: `is nested deeper than ${MAX_JSON_DEPTH} levels` };
    }
    const entries = Array.isArray(at.value)
      ? at.value.map((v, i) => [String(i), v] as const)
      : Object.entries(at.value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, v] = entries[i]!;
      if (!Array.isArray(at.value)) {
        const problem = textProblem(key);
        if (problem) return { field: at.path, problem: `has a key that ${problem}` };
      }
      stack.push({ value: v, path: `${at.path}.${key}`, depth: at.depth + 1 });
    }
  }
  return null;
}

/**
 * `@name` mentions in message text. Pure. A mention is `@` followed by an agent-name slug, not preceded
 * by a word character (so e-mail addresses are not mentions); `@all` is the broadcast. Trailing dots are
 * sentence punctuation, not part of the name.
 */
const MENTION = /(^|[^A-Za-z0-9_.@])@([a-z0-9][a-z0-9._-]*)/g;

export interface ParsedMentions {
  names: string[];
  all: boolean;
}

export function parseMentions(text: string): ParsedMentions {
  const names = new Set<string>();
  let all = false;
  for (const m of text.matchAll(MENTION)) {
    const name = m[2]!.replace(/[.]+$/, "");
    if (!name) continue;
    if (name === "all") all = true;
    else names.add(name);
  }
  return { names: [...names], all };
}

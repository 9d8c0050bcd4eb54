/**
 * An agent's tool permissions (`config.permissions`): `allow`, `confirm` and `deny` lists of tool
 * patterns in Claude Code's notation, `Tool` or `Tool(argument glob)`: `Bash(git *)`, `Edit(*)`,
 * `WebFetch(*)`, `mcp__github__*`. `*` matches any run of characters, `?` one. A call matching `deny` is
 * refused whatever else matches; then `confirm` (a human decides), then `allow`. Pure: no I/O.
 */

export interface Permissions {
  allow: string[];
  confirm: string[];
  deny: string[];
  /** What a tool call matching no list gets: refused (the default), or a human decides, or allowed. */
  unlisted?: "deny" | "confirm" | "allow";
}

const UNLISTED = ["deny", "confirm", "allow"] as const;

export type Decision = "allow" | "confirm" | "deny" | "unlisted";

const LISTS = ["allow", "confirm", "deny"] as const;
const MAX_PATTERNS = 100;
const MAX_LENGTH = 200;
/** A tool name (letters, digits, `_`, `-`, `:`, `.`, globs), then an optional `(argument glob)`. */
const PATTERN = /^[A-Za-z0-9_*?:.-]+(\(.*\))?$/s;

/**
 * `config.permissions` checked: the policy, or why not, naming the offending entry
 * (`config.permissions.deny.2`).
 */
export function parsePermissions(value: unknown): { permissions: Permissions } | { error: string; field: string } {
  const field = "config.permissions";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { error: `${field} must be an object with allow, confirm and deny lists`, field };
  }
  const unknownKey = Object.keys(value).find((k) => !(LISTS as readonly string[]).includes(k) && k !== "unlisted");
  if (unknownKey)
    return {
      error: `${field}.${unknownKey} is not known; use allow, confirm, deny and unlisted`,
      field: `${field}.${unknownKey}`,
    };
  const out: Permissions = { allow: [], confirm: [], deny: [] };
  const unlisted = (value as Record<string, unknown>).unlisted;
  if (unlisted !== undefined) {
    if (!(UNLISTED as readonly unknown[]).includes(unlisted)) {
      return { error: `${field}.unlisted must be one of ${UNLISTED.join(", ")}`, field: `${field}.unlisted` };
    }
    out.unlisted = unlisted as Permissions["unlisted"];
  }
  for (const list of LISTS) {
    const entries = (value as Record<string, unknown>)[list];
    if (entries === undefined) continue;
    const at = `${field}.${list}`;
    if (!Array.isArray(entries)) return { error: `${at} must be a list of tool patterns`, field: at };
    if (entries.length > MAX_PATTERNS)
      return { error: `${at} has ${entries.length} patterns; at most ${MAX_PATTERNS}`, field: at };
    for (const [i, p] of entries.entries()) {
      const where = `${at}.${i}`;
      if (typeof p !== "string" || !p.trim())
        return { error: `${where} must be a non-empty tool pattern`, field: where };
      if (p.length > MAX_LENGTH) return { error: `${where} is longer than ${MAX_LENGTH} characters`, field: where };
      if (!PATTERN.test(p.trim())) {
        return {
          error: `${where} ("${p}") is not a tool pattern: write Tool or Tool(argument), e.g. Bash(git *), Edit(*), mcp__github__*`,
          field: where,
        };
      }
      out[list].push(p.trim());
    }
  }
  return { permissions: out };
}

/** A glob (`*`, `?`) as an anchored regular expression. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "s");
}

/** What a tool call's argument is matched against: the command, the path, the URL, else its JSON. */
export function toolArgument(input: unknown): string {
  const i = (input ?? {}) as Record<string, unknown>;
  const pick = i.command ?? i.file_path ?? i.path ?? i.url ?? i.pattern;
  return typeof pick === "string" ? pick : JSON.stringify(input ?? {});
}

function matches(pattern: string, tool: string, argument: string): boolean {
  const open = pattern.indexOf("(");
  const name = open < 0 ? pattern : pattern.slice(0, open);
  if (!globToRegExp(name).test(tool)) return false;
  if (open < 0) return true;
  return globToRegExp(pattern.slice(open + 1, -1)).test(argument);
}

/**
 * What happens to a tool call a run asks about: allowed or refused at once, or a human decides (an
 * Approval). A call no list names gets the policy's `unlisted` answer (refused by default).
 */
export function answerFor(permissions: Permissions, tool: string, input?: unknown): "allow" | "confirm" | "deny" {
  const d = decide(permissions, tool, input);
  return d === "unlisted" ? (permissions.unlisted ?? "deny") : d;
}

/** Whether runs under this policy ask a human about some tool calls (so they need an approval channel). */
export function asksHumans(permissions: Permissions): boolean {
  return permissions.confirm.length > 0 || permissions.unlisted === "confirm";
}

/** The policy's answer for one tool call: deny wins, then confirm, then allow; else unlisted. */
export function decide(permissions: Permissions, tool: string, input?: unknown): Decision {
  const argument = toolArgument(input);
  if (permissions.deny.some((p) => matches(p, tool, argument))) return "deny";
  if (permissions.confirm.some((p) => matches(p, tool, argument))) return "confirm";
  if (permissions.allow.some((p) => matches(p, tool, argument))) return "allow";
  return "unlisted";
}

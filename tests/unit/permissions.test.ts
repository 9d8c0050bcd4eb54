/** Tool permission policies (domain/permissions.ts): parsing with a field path, and deny-wins matching. */
import { describe, expect, it } from "vitest";
import { decide, type Permissions, parsePermissions } from "../../src/domain/permissions.js";

const policy = (p: Partial<Permissions>): Permissions => ({ allow: [], confirm: [], deny: [], ...p });

describe("tool permissions", () => {
  it("matches tool names and argument globs, deny winning over confirm and allow", () => {
    const p = policy({
      allow: ["Bash(git *)", "Read", "Edit(*)", "mcp__github__*"],
      confirm: ["Edit(/etc/*)", "WebFetch(*)"],
      deny: ["Bash(rm -rf*)", "Bash(git push --force*)"],
    });
    expect(decide(p, "Bash", { command: "git status" })).toBe("allow");
    expect(decide(p, "Bash", { command: "git push --force origin main" })).toBe("deny");
    expect(decide(p, "Bash", { command: "rm -rf /" })).toBe("deny");
    expect(decide(p, "Bash", { command: "ls" })).toBe("unlisted");
    expect(decide(p, "Read", { file_path: "/anything" })).toBe("allow");
    expect(decide(p, "Edit", { file_path: "/srv/app.ts" })).toBe("allow");
    expect(decide(p, "Edit", { file_path: "/etc/passwd" })).toBe("confirm");
    expect(decide(p, "WebFetch", { url: "https://example.com" })).toBe("confirm");
    expect(decide(p, "mcp__github__create_issue", {})).toBe("allow");
    expect(decide(p, "mcp__slack__post", {})).toBe("unlisted");
    // A glob character in a command is literal unless it is * or ?.
    expect(decide(policy({ allow: ["Bash(npm run test:*)"] }), "Bash", { command: "npm run test:unit" })).toBe("allow");
    expect(decide(policy({ allow: ["Bash(a.b)"] }), "Bash", { command: "axb" })).toBe("unlisted");
  });

  it("refuses malformed policies naming the entry", () => {
    const cases: [unknown, string][] = [
      [["Bash"], "config.permissions"],
      [{ allow: "Bash" }, "config.permissions.allow"],
      [{ deny: ["Bash(rm *)", ""] }, "config.permissions.deny.1"],
      [{ confirm: ["not a pattern!"] }, "config.permissions.confirm.0"],
      [{ allow: [42] }, "config.permissions.allow.0"],
      [{ block: ["Bash"] }, "config.permissions.block"],
      [{ allow: Array.from({ length: 101 }, () => "Read") }, "config.permissions.allow"],
    ];
    for (const [value, field] of cases) {
      const r = parsePermissions(value);
      expect("error" in r && r.field, JSON.stringify(value).slice(0, 60)).toBe(field);
    }
    expect(parsePermissions({ allow: [" Read "], deny: ["Bash(rm -rf*)"] })).toEqual({
      permissions: { allow: ["Read"], confirm: [], deny: ["Bash(rm -rf*)"] },
    });
  });
});

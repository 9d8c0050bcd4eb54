/**
 * The columnFields pair (src/schema/direct-fields.ts): a scalar field over a column outside its type's
 * `select` reads the row it is given when the row holds the column, and goes through the Prisma
 * plugin's per-row wrap (which looks up how the row was loaded, and loads the column if it was not)
 * only when it does not. The wrap reads the request's path and context, which these calls leave out.
 */
import type { GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.js";

const fieldOf = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
/** An info with the field's name (exposed columns resolve by it) and no path. */
const bare = (fieldName: string) => ({ fieldName }) as GraphQLResolveInfo;

describe("scalar fields over columns outside the type's select", () => {
  it("answer from a row that holds the column, without the Prisma plugin's lookup", () => {
    const at = new Date("2026-12-03T12:00:00Z");
    expect(fieldOf("Task", "createdAt").resolve!({ id: "task_a", createdAt: at }, {}, {}, bare("createdAt"))).toBe(at);
    expect(fieldOf("Task", "tags").resolve!({ id: "task_a", tags: '["a","b"]' }, {}, {}, bare("tags"))).toEqual([
      "a",
      "b",
    ]);
    expect(fieldOf("Agent", "level").resolve!({ id: "agent_a", level: "LEAD" }, {}, {}, bare("level"))).toBe("LEAD");
  });

  it("go through the Prisma plugin's wrap for a row read without it", () => {
    expect(() => fieldOf("Task", "createdAt").resolve!({ id: "task_a" }, {}, {}, bare("createdAt"))).toThrow(TypeError);
    expect(() => fieldOf("Agent", "level").resolve!({ id: "agent_a", name: "a" }, {}, {}, bare("level"))).toThrow(
      TypeError,
    );
  });

  it("leave relations and object fields to the wrap (their nested rows need its mappings)", () => {
    expect(() => fieldOf("Task", "output").resolve!({ id: "task_a", output: [] }, {}, {}, bare("output"))).toThrow(
      TypeError,
    );
  });
});

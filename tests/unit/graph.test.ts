import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticalPath, findPath, toMermaid, topologicalOrder } from "../../src/domain/graph.js";

describe("topologicalOrder", () => {
  it("orders every node after its dependencies, stably", () => {
    const r = topologicalOrder(
      ["c", "a", "b", "d"],
      [
        { from: "a", to: "b" },
        { from: "b", to: "d" },
        { from: "c", to: "d" },
      ],
    );
    expect(r.order).toEqual(["c", "a", "b", "d"]);
  });

  it("names a cycle as a closed path", () => {
    const r = topologicalOrder(
      ["a", "b", "c", "x"],
      [
        { from: "x", to: "a" },
        { from: "a", to: "b" },
        { from: "b", to: "c" },
        { from: "c", to: "a" },
      ],
    );
    expect(r.order).toBeNull();
    expect(r.cycle![0]).toBe(r.cycle!.at(-1));
    expect(new Set(r.cycle)).toEqual(new Set(["a", "b", "c"]));
  });

  it("is correct on random DAGs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 120 }),
        (n, pairs) => {
          const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
          // Only edges from a lower to a higher index: always acyclic.
          const edges = pairs.filter(([a, b]) => a < b && b < n).map(([a, b]) => ({ from: `n${a}`, to: `n${b}` }));
          const { order } = topologicalOrder(nodes, edges);
          expect(order).not.toBeNull();
          const pos = new Map(order!.map((id, i) => [id, i]));
          expect(pos.size).toBe(n);
          for (const e of edges) expect(pos.get(e.from)!).toBeLessThan(pos.get(e.to)!);
        },
      ),
    );
  });
});

describe("findPath", () => {
  it("finds the shortest path or null", () => {
    const next = (n: string) => ({ a: ["b", "c"], b: ["d"], c: ["d"], d: [] as string[] })[n] ?? [];
    expect(findPath("a", "d", next)).toEqual(["a", "b", "d"]);
    expect(findPath("d", "a", next)).toBeNull();
    expect(findPath("a", "a", next)).toEqual(["a"]);
  });
});

describe("criticalPath", () => {
  it("is the longest chain of unfinished work", () => {
    const edges = [
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "a", to: "x" },
      { from: "x", to: "c" },
      { from: "c", to: "d" },
    ];
    const done = new Set(["a"]);
    const { order } = topologicalOrder(["a", "b", "x", "c", "d"], edges);
    expect(criticalPath(order!, edges, (n) => (done.has(n) ? 0 : 1))).toEqual(["b", "c", "d"]);
    expect(criticalPath(order!, edges, () => 0)).toEqual([]);
  });
});

describe("toMermaid", () => {
  it("draws boxes with status and edges, escaping titles", () => {
    const m = toMermaid(
      [
        { id: "t1", title: 'Design "API" <v2>', status: "DONE" },
        { id: "t2", title: "Build", status: "BLOCKED" },
      ],
      [{ from: "t1", to: "t2" }],
    );
    expect(m).toContain("graph TD");
    expect(m).toContain('t0["Design API v2<br/>DONE"]:::DONE');
    expect(m).toContain("t0 --> t1");
    expect(m).not.toContain('"API"');
  });
});

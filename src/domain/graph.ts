/**
 * Dependency-graph maths, pure and in memory: topological order, cycle paths, the critical path and a
 * Mermaid rendering. Edges run from a dependency to the task that waits on it (`from` must finish
 * before `to` can start).
 */

export interface Edge {
  from: string;
  to: string;
}

/**
 * Kahn's algorithm. Ties keep the order of `nodes`, so the result is stable.
 * @returns the order, or `null` plus one cycle when the graph has one
 */
export function topologicalOrder(
  nodes: readonly string[],
  edges: readonly Edge[],
): { order: string[]; cycle: null } | { order: null; cycle: string[] } {
  const indegree = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const n of nodes) {
    indegree.set(n, 0);
    out.set(n, []);
  }
  for (const e of edges) {
    if (!indegree.has(e.from) || !indegree.has(e.to)) continue;
    out.get(e.from)!.push(e.to);
    indegree.set(e.to, indegree.get(e.to)! + 1);
  }
  const queue = nodes.filter((n) => indegree.get(n) === 0);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    order.push(n);
    for (const m of out.get(n)!) {
      const d = indegree.get(m)! - 1;
      indegree.set(m, d);
      if (d === 0) queue.push(m);
    }
  }
  if (order.length === nodes.length) return { order, cycle: null };
  const remaining = new Set(nodes.filter((n) => indegree.get(n)! > 0));
  return { order: null, cycle: findCycle(remaining, out) };
}

/** One cycle among `nodes` (each of which lies on or leads into a cycle), as a closed path. */
function findCycle(nodes: Set<string>, out: Map<string, string[]>): string[] {
  const start = nodes.values().next().value as string;
  const seenAt = new Map<string, number>();
  const path: string[] = [];
  let current = start;
  // Every remaining node has a remaining predecessor; walking successors inside the set must revisit.
  while (!seenAt.has(current)) {
    seenAt.set(current, path.length);
    path.push(current);
    current = out.get(current)!.find((m) => nodes.has(m))!;
  }
  return [...path.slice(seenAt.get(current)!), current];
}

/**
 * Shortest path of edges from `source` to `target` (breadth-first), or null when unreachable.
 * `next` lists the neighbours of a node.
 */
export function findPath(source: string, target: string, next: (node: string) => readonly string[]): string[] | null {
  const parent = new Map<string, string | null>([[source, null]]);
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === target) {
      const path: string[] = [];
      for (let n: string | null = node; n !== null; n = parent.get(n)!) path.push(n);
      return path.reverse();
    }
    for (const m of next(node)) {
      if (!parent.has(m)) {
        parent.set(m, node);
        queue.push(m);
      }
    }
  }
  return null;
}

/**
 * The longest chain of unfinished work: among nodes with `weight > 0` (finished work weighs 0), the path
 * through the DAG with the largest total weight. Needs a topological `order`.
 */
export function criticalPath(
  order: readonly string[],
  edges: readonly Edge[],
  weight: (n: string) => number,
): string[] {
  const incoming = new Map<string, string[]>();
  for (const e of edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e.from);
    else incoming.set(e.to, [e.from]);
  }
  const best = new Map<string, number>();
  const via = new Map<string, string | null>();
  let end: string | null = null;
  for (const n of order) {
    let prev: string | null = null;
    let prevBest = 0;
    for (const p of incoming.get(n) ?? []) {
      const b = best.get(p) ?? 0;
      if (b > prevBest) {
        prevBest = b;
        prev = p;
      }
    }
    const total = prevBest + weight(n);
    best.set(n, total);
    via.set(n, prev);
    if (total > 0 && (end === null || total > best.get(end)!)) end = n;
  }
  const path: string[] = [];
  for (let n = end; n !== null; n = via.get(n) ?? null) {
    if (weight(n) > 0) path.push(n);
  }
  return path.reverse();
}

export interface MermaidNode {
  id: string;
  title: string;
  status: string;
}

const MERMAID_CLASSES: Record<string, string> = {
  DONE: "fill:#d3f9d8,stroke:#2b8a3e",
  SKIPPED: "fill:#f1f3f5,stroke:#868e96",
  IN_PROGRESS: "fill:#d0ebff,stroke:#1c7ed6",
  REVIEW: "fill:#fff3bf,stroke:#f08c00",
  BLOCKED: "fill:#ffe3e3,stroke:#e03131",
  FAILED: "fill:#ffc9c9,stroke:#c92a2a",
  CANCELLED: "fill:#f1f3f5,stroke:#495057",
};

/** A `graph TD` Mermaid diagram, one box per task labelled with its title and status. */
export function toMermaid(nodes: readonly MermaidNode[], edges: readonly Edge[]): string {
  const key = new Map(nodes.map((n, i) => [n.id, `t${i}`]));
  const label = (s: string) =>
    s
      .replace(/["<>[\]{}|]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 60);
  const lines = ["graph TD"];
  for (const n of nodes) lines.push(`  ${key.get(n.id)}["${label(n.title)}<br/>${n.status}"]:::${n.status}`);
  for (const e of edges) {
    const a = key.get(e.from);
    const b = key.get(e.to);
    if (a && b) lines.push(`  ${a} --> ${b}`);
  }
  for (const [status, style] of Object.entries(MERMAID_CLASSES)) lines.push(`  classDef ${status} ${style}`);
  return lines.join("\n");
}

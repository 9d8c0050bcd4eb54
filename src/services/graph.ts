import { Prisma } from "../db/client.js";
import { criticalPath, type Edge, toMermaid, topologicalOrder } from "../domain/graph.js";
import { isFinished, isTerminal, type TaskStatus } from "../domain/task-status.js";
import { BadInputError, NotFoundError } from "../errors.js";
import type { Task } from "../generated/prisma/client.js";
import type { ServiceDeps } from "./context.js";

/** Largest graph `taskGraph` returns in one response. */
export const MAX_GRAPH_NODES = 10_000;

export interface TaskGraphResult {
  nodes: Task[];
  edges: Edge[];
  order: string[];
  criticalPath: Task[];
  mermaid: string;
  progress: { total: number; finished: number; byStatus: Map<string, number> };
}

export function createGraphService(deps: ServiceDeps) {
  /** Ids connected to `root` through dependencies in either direction (its ancestors and descendants). */
  async function connected(root: string): Promise<string[]> {
    const rows = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      WITH RECURSIVE up(id) AS (
        SELECT CAST(${root} AS TEXT)
        UNION SELECT d."dependsOnId" FROM "TaskDependency" d JOIN up ON d."taskId" = up.id
      ), down(id) AS (
        SELECT CAST(${root} AS TEXT)
        UNION SELECT d."taskId" FROM "TaskDependency" d JOIN down ON d."dependsOnId" = down.id
      )
      SELECT id FROM up UNION SELECT id FROM down`);
    return rows.map((r) => r.id);
  }

  async function graph(projectId?: string | null, rootTaskId?: string | null): Promise<TaskGraphResult> {
    let where: Prisma.TaskWhereInput = {};
    if (rootTaskId) {
      const root = await deps.db.task.findUnique({ where: { id: rootTaskId }, select: { id: true } });
      if (!root) throw new NotFoundError("Task", rootTaskId);
      where = { id: { in: await connected(rootTaskId) } };
    }
    if (projectId) where = { ...where, projectId };
    const total = await deps.db.task.count({ where });
    if (total > MAX_GRAPH_NODES) {
      throw new BadInputError(
        `the graph has ${total} tasks; at most ${MAX_GRAPH_NODES} are returned at once: narrow it with projectId or rootTaskId`,
      );
    }
    const nodes = await deps.db.task.findMany({ where, orderBy: { id: "asc" } });
    const ids = new Set(nodes.map((n) => n.id));
    const edgeRows = await deps.db.taskDependency.findMany({
      where: { taskId: { in: [...ids] } },
      select: { taskId: true, dependsOnId: true },
    });
    const edges = edgeRows.filter((e) => ids.has(e.dependsOnId)).map((e) => ({ from: e.dependsOnId, to: e.taskId }));
    const sorted = topologicalOrder([...ids], edges);
    const order = sorted.order ?? [...ids];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const weight = (id: string) => {
      const s = byId.get(id)!.status as TaskStatus;
      return isFinished(s) || isTerminal(s) ? 0 : 1;
    };
    const byStatus = new Map<string, number>();
    for (const n of nodes) byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + 1);
    return {
      nodes,
      edges,
      order,
      criticalPath: criticalPath(order, edges, weight).map((id) => byId.get(id)!),
      mermaid: toMermaid(nodes, edges),
      progress: {
        total: nodes.length,
        finished: nodes.filter((n) => isFinished(n.status as TaskStatus)).length,
        byStatus,
      },
    };
  }

  return { graph };
}

export type GraphService = ReturnType<typeof createGraphService>;

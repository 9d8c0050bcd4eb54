import { rules } from "../security/roles.js";
import type { TaskGraphResult } from "../services/graph.js";
import { builder } from "./builder.js";
import { expectId } from "./ids.js";
import { TaskRef } from "./task.js";

const TaskEdge = builder.objectRef<{ from: string; to: string }>("TaskEdge").implement({
  authScopes: rules.anyKey,
  description: "`from` is the dependency, `to` the task that waits on it.",
  fields: (t) => ({ from: t.exposeID("from"), to: t.exposeID("to") }),
});

export const StatusCount = builder.objectRef<{ status: string; count: number }>("StatusCount").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({ status: t.exposeString("status"), count: t.exposeInt("count") }),
});

const GraphProgress = builder.objectRef<TaskGraphResult["progress"]>("GraphProgress").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    total: t.exposeInt("total"),
    finished: t.exposeInt("finished", { description: "DONE or SKIPPED." }),
    percentComplete: t.float({ resolve: (p) => (p.total ? Math.round((p.finished / p.total) * 1000) / 10 : 0) }),
    byStatus: t.field({
      type: [StatusCount],
      resolve: (p) => [...p.byStatus.entries()].map(([status, count]) => ({ status, count })),
    }),
  }),
});

const TaskGraph = builder.objectRef<TaskGraphResult>("TaskGraph").implement({
  authScopes: rules.anyKey,
  fields: (t) => ({
    nodes: t.field({ type: [TaskRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [TaskEdge], resolve: (g) => g.edges }),
    order: t.idList({ description: "Topological order: every task after all it depends on.", resolve: (g) => g.order }),
    criticalPath: t.field({
      type: [TaskRef],
      description: "The longest chain of unfinished work, first task first.",
      resolve: (g) => g.criticalPath,
    }),
    progress: t.field({ type: GraphProgress, resolve: (g) => g.progress }),
    mermaid: t.string({ description: "A Mermaid `graph TD` rendering.", resolve: (g) => g.mermaid }),
  }),
});

builder.queryField("taskGraph", (t) =>
  t.field({
    authScopes: rules.readAndAgent,
    type: TaskGraph,
    description: "The dependency graph of a project, of the tasks connected to `rootTaskId`, or of everything.",
    args: { projectId: t.arg.id(), rootTaskId: t.arg.id() },
    resolve: (_r, { projectId, rootTaskId }, ctx) =>
      ctx.services.graph.graph(
        projectId ? expectId("Project", projectId, "projectId") : null,
        rootTaskId ? expectId("Task", rootTaskId, "rootTaskId") : null,
      ),
  }),
);

/**
 * The prompt (and model route) of a task for an agent, from the database: its project and PRD, the
 * deliverables of its dependencies, its reviews and last error. Server-side runs use it, and so do
 * external agents through `Task.prompt`, so both see the same text.
 */

import { planningBrief } from "../domain/plan.js";
import {
  type BuiltPrompt,
  buildPrompt,
  type PromptAgent,
  type PromptKnowledge,
  type PromptTask,
  promptText,
} from "../domain/prompt.js";
import { type Route, type RoutingConfig, routeModel } from "../domain/routing.js";
import { parseList } from "../domain/validate.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import type { ServiceDeps } from "./context.js";
import type { DocumentService } from "./documents.js";
import { planAgents, storedPlan } from "./plans.js";

export function agentConfigOf(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function promptAgent(agent: Agent): PromptAgent {
  return {
    name: agent.name,
    role: agent.role,
    specialties: parseList(agent.specialties),
    systemPrompt: agent.systemPrompt,
  };
}

export function promptTask(task: Task): PromptTask {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    priority: task.priority,
    tags: parseList(task.tags),
    attempts: task.attempts,
    maxAttempts: task.maxAttempts,
  };
}

export interface TaskPrompt {
  prompt: BuiltPrompt;
  text: string;
  route: Route;
}

/** Relevant documents a prompt carries besides the project's protocols. */
const RELEVANT_DOCUMENTS = 3;

export function createPromptService(deps: ServiceDeps, documents: DocumentService) {
  const { db } = deps;

  /**
   * What the project knows that this task should: its PROTOCOL documents (how work is done here), then
   * the RESEARCH and DELIVERABLE documents that full-text search ranks highest for the task's title and
   * description (any of its words), leaving out the task's own and those its dependencies already give.
   */
  async function knowledgeFor(task: Task, skip: ReadonlySet<string>): Promise<PromptKnowledge[]> {
    if (!task.projectId) return [];
    const protocols = await db.document.findMany({
      where: { projectId: task.projectId, type: "PROTOCOL" },
      orderBy: { updatedAt: "desc" },
      take: 5,
    });
    const ids = await documents
      .searchIds(
        `${task.title} ${task.description}`,
        { projectId: task.projectId, type: ["RESEARCH", "DELIVERABLE"] },
        10,
        "any",
      )
      .catch(() => [] as string[]);
    const candidates = ids.length ? await db.document.findMany({ where: { id: { in: ids } } }) : [];
    const byId = new Map(candidates.map((d) => [d.id, d]));
    const relevant = ids
      .map((id) => byId.get(id)!)
      .filter((d) => d && d.taskId !== task.id && !skip.has(d.id))
      .slice(0, RELEVANT_DOCUMENTS);
    return [...protocols, ...relevant].map((d) => ({ type: d.type, title: d.title, content: d.content }));
  }

  /** A planning task's prompt: the brief (goal, agents, answer shape), then feedback and the last problems. */
  async function forPlan(task: Task, agent: Agent): Promise<TaskPrompt> {
    const [project, agents, reviews] = await Promise.all([
      task.projectId ? db.project.findUnique({ where: { id: task.projectId } }) : null,
      planAgents(deps.sql),
      db.review.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "asc" } }),
    ]);
    const brief = planningBrief({ request: storedPlan(task.plan!), agents, project });
    const prompt = buildPrompt({
      agent: promptAgent(agent),
      task: { ...promptTask(task), description: brief },
      reviews: reviews.map((r) => ({ verdict: r.verdict, feedback: r.feedback, at: r.createdAt.toISOString() })),
      lastError: task.attempts > 1 ? task.error : null,
      finish:
        "Reply with the plan as one JSON object in the shape above. It is checked at once: a plan with problems comes back to you once with them listed.",
    });
    const route = routeModel(task, agent.model, (agentConfigOf(agent.config).routing ?? {}) as RoutingConfig);
    return { prompt, text: promptText(prompt), route };
  }

  async function forTask(task: Task, agent: Agent): Promise<TaskPrompt> {
    if (task.plan !== null) return forPlan(task, agent);
    const [project, edges, reviews] = await Promise.all([
      task.projectId ? db.project.findUnique({ where: { id: task.projectId } }) : null,
      db.taskDependency.findMany({
        where: { taskId: task.id },
        include: { dependsOn: { select: { id: true, title: true } } },
      }),
      db.review.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "asc" } }),
    ]);
    // A planned task's PRD is its plan's; otherwise the project's latest document titled PRD.
    const prd = task.planTaskId
      ? await db.document.findFirst({
          where: { taskId: task.planTaskId, title: { startsWith: "PRD: " } },
          orderBy: { createdAt: "desc" },
        })
      : project
        ? await db.document.findFirst({
            where: { projectId: project.id, taskId: null, title: { contains: "PRD" } },
            orderBy: { updatedAt: "desc" },
          })
        : null;
    // The latest DELIVERABLE of each dependency, in one query.
    const docs = edges.length
      ? await db.document.findMany({
          where: { taskId: { in: edges.map((e) => e.dependsOn.id) }, type: "DELIVERABLE" },
          orderBy: { updatedAt: "desc" },
        })
      : [];
    const latest = new Map<string, (typeof docs)[number]>();
    for (const doc of docs) if (doc.taskId && !latest.has(doc.taskId)) latest.set(doc.taskId, doc);
    const deliverables = edges.flatMap((e) => {
      const doc = latest.get(e.dependsOn.id);
      // The plan's PRD is already the prompt's PRD section.
      return doc && doc.id !== prd?.id
        ? [{ taskTitle: e.dependsOn.title, title: doc.title, content: doc.content }]
        : [];
    });
    const knowledge = await knowledgeFor(task, new Set([...latest.values()].map((d) => d.id)));
    const route = routeModel(task, agent.model, (agentConfigOf(agent.config).routing ?? {}) as RoutingConfig);
    const prompt = buildPrompt({
      agent: promptAgent(agent),
      task: promptTask(task),
      project: project
        ? { name: project.name, description: project.description, prd: prd?.content ?? null }
        : prd
          ? { name: prd.title.slice("PRD: ".length), description: "", prd: prd.content }
          : null,
      deliverables,
      knowledge,
      reviews: reviews.map((r) => ({ verdict: r.verdict, feedback: r.feedback, at: r.createdAt.toISOString() })),
      lastError: task.attempts > 1 ? task.error : null,
    });
    return { prompt, text: promptText(prompt), route };
  }
  return { forTask };
}

export type PromptService = ReturnType<typeof createPromptService>;

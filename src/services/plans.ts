/**
 * Planning a goal (planGoal, docs/planning.md). `plan` creates the planning task: assigned to the
 * planner agent (any backend), titled "Plan: <goal>", with the request kept in `Task.plan`, and at most
 * two attempts. Its prompt is the planning brief (domain/plan.ts): the goal, the agents, the JSON shape.
 *
 * When the planner completes it, `settlePlan` runs inside the completion's transaction: the answer is
 * checked (domain/plan.ts); a plan with problems requeues the task with them as its error, which the
 * next attempt's prompt carries (one retry), then fails it. An accepted plan becomes, in the same
 * transaction, a PRD document (the task's deliverable and result) and the task graph (the path of
 * createTasks), whose first tasks depend on the planning task: with `requireApproval` the planning task
 * waits in REVIEW, so nothing of the plan can be claimed until an operator approves it (after editing
 * the drafts, if they like); a rejection discards the drafts and the planner plans again with the feedback.
 */

import { OutputKind, type TaskPriority } from "../domain/enums.js";
import {
  type AcceptedPlan,
  type PlanAgent,
  type PlanRequest,
  parsePlan,
  planTitle,
  prdDocument,
} from "../domain/plan.js";
import { needsReview } from "../domain/task-status.js";
import { parseList } from "../domain/validate.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import type { Queryable } from "../sql/driver.js";
import { decodeAgent } from "../sql/rows.js";
import { sql } from "../sql/sql.js";
import { type Actor, recordActivity, type ServiceDeps, type SqlUnit, transact } from "./context.js";
import { createDocumentIn } from "./documents.js";
import { appendChunkIn } from "./output.js";
import { moveTask, requeueTarget } from "./task-moves.js";
import { insertTaskGraph, type TaskService } from "./tasks.js";

export interface PlanGoalInput {
  goal: string;
  projectId?: string | null;
  plannerAgentId: string;
  requireApproval?: boolean | null;
  maxTasks?: number | null;
  priority?: TaskPriority | null;
}

/** What `Task.plan` holds: the request, and once accepted, what it became. */
export interface StoredPlan extends PlanRequest {
  accepted?: { title: string; prdDocumentId: string; taskIds: string[]; at: string } | null;
}

/** Default for planGoal's `maxTasks`. */
export const DEFAULT_PLAN_TASKS = 20;
/** Agents listed to a planner at most (the first by name). */
const MAX_LISTED_AGENTS = 200;

export function storedPlan(json: string): StoredPlan {
  return JSON.parse(json) as StoredPlan;
}

/** The agents a planner may assign, as it sees them. */
export async function planAgents(q: Queryable): Promise<PlanAgent[]> {
  const rows = await q.query<Record<string, unknown>>(
    sql`SELECT * FROM "Agent" ORDER BY "name" LIMIT ${MAX_LISTED_AGENTS}`,
  );
  return rows.map(decodeAgent).map((a) => ({
    id: a.id,
    name: a.name,
    role: a.role,
    specialties: parseList(a.specialties),
    level: a.level,
    maxCapacity: a.maxCapacity,
    status: a.status,
  }));
}

/** A SYSTEM chunk on the planning task's output, from inside the completion (the claim is still held). */
async function progress(unit: SqlUnit, deps: ServiceDeps, task: Task, agentId: string, content: string) {
  await appendChunkIn(unit, deps, { taskId: task.id, agentId, kind: OutputKind.SYSTEM, content });
}

/**
 * The planner finished: check its answer and settle the planning task, in the completion's transaction.
 * @returns the planning task as it now stands (REVIEW or DONE when accepted; requeued or FAILED when not)
 */
export async function settlePlan(
  unit: SqlUnit,
  deps: ServiceDeps,
  task: Task,
  agent: Agent,
  answer: string | undefined,
): Promise<Task> {
  const actor: Actor = { type: "agent", id: agent.id };
  const request = storedPlan(task.plan!);
  const agents = await planAgents(unit.sql);
  const check = answer?.trim()
    ? parsePlan(answer, request, agents)
    : { ok: false as const, errors: ["the answer is empty: reply with the plan as one JSON object"] };
  if (!check.ok) {
    const error = `The plan was not accepted:\n- ${check.errors.join("\n- ")}`;
    const retry = task.attempts < task.maxAttempts;
    await progress(
      unit,
      deps,
      task,
      agent.id,
      `${error}\n${retry ? `Asking @${agent.name} to plan again (attempt ${task.attempts + 1} of ${task.maxAttempts}).` : "No attempt is left: the planning task failed."}`,
    );
    return moveTask(unit, actor, task, retry ? await requeueTarget(unit, task.id) : "FAILED", {
      activityType: "task.failed",
      eventType: "failed",
      summary: `@${agent.name}'s plan for "${task.title}" was not accepted (${check.errors.length} problem(s))${retry ? "; requeued for one more attempt" : "; it FAILED"}`,
      data: { error, ...(retry ? {} : { claimedById: agent.id }) },
    });
  }
  const plan = check.plan;
  const prd = prdDocument(plan, agents);
  const document = await createDocumentIn(
    unit,
    { title: `PRD: ${plan.title}`, type: "DELIVERABLE", content: prd, taskId: task.id, projectId: task.projectId },
    { agentId: agent.id },
  );
  const created = await insertTaskGraph(unit, deps, actor, graphItems(plan, task));
  const review = needsReview({ requiresReview: task.requiresReview, agentLevel: agent.level });
  const stored: StoredPlan = {
    ...request,
    accepted: {
      title: plan.title,
      prdDocumentId: document.id,
      taskIds: created.map((t) => t.id),
      at: new Date().toISOString(),
    },
  };
  await recordActivity(unit, {
    type: "plan.accepted",
    actor,
    taskId: task.id,
    projectId: task.projectId,
    summary: `@${agent.name} planned "${plan.title}": ${created.length} task(s)${review ? ", waiting for approval" : ""}`,
    after: { prdDocumentId: document.id, taskIds: stored.accepted!.taskIds },
  });
  await progress(
    unit,
    deps,
    task,
    agent.id,
    `Plan accepted: "${plan.title}", ${created.length} task(s) and a PRD.${review ? " They wait until an operator approves the plan (reviewTask)." : " The first of them are ready now."}`,
  );
  return moveTask(unit, actor, task, review ? "REVIEW" : "DONE", {
    activityType: "task.completed",
    eventType: "completed",
    summary: `@${agent.name} completed "${task.title}"${review ? "; the plan waits for approval" : ""}`,
    data: { result: prd, error: null, claimedById: agent.id, plan: JSON.stringify(stored) },
  });
}

/** The accepted plan as createTasks items: its first tasks wait on the planning task. */
function graphItems(plan: AcceptedPlan, task: Task) {
  return plan.tasks.map((t) => ({
    ref: t.ref,
    title: t.title,
    description: t.description,
    priority: t.priority,
    projectId: task.projectId,
    assigneeIds: t.assigneeId ? [t.assigneeId] : [],
    dependsOnRefs: t.dependsOnRefs,
    dependsOn: t.dependsOnRefs.length ? [] : [task.id],
    requiresReview: t.requiresReview,
    planTaskId: task.id,
  }));
}

export function createPlanService(deps: ServiceDeps, tasks: TaskService) {
  /** Creates the planning task (assigned to the planner); the caller starts its run. */
  async function plan(actor: Actor, input: PlanGoalInput): Promise<Task> {
    // The shapes of goal and maxTasks are declared on PlanGoalInput (schema/input-shapes.ts).
    const { goal } = input;
    const maxTasks = input.maxTasks ?? DEFAULT_PLAN_TASKS;
    const request: StoredPlan = { goal, maxTasks, requireApproval: input.requireApproval ?? false, accepted: null };
    return transact(deps, async (unit) => {
      // createIn checks the planner and the project exist (NOT_FOUND) before it writes.
      const created = await tasks.createIn(unit, actor, {
        title: planTitle(goal),
        description: goal,
        priority: input.priority ?? null,
        projectId: input.projectId ?? null,
        assigneeIds: [input.plannerAgentId],
        requiresReview: request.requireApproval,
        // One retry: a plan with problems is sent back once with them.
        maxAttempts: 2,
        tags: ["plan"],
        plan: JSON.stringify(request),
      });
      return created;
    });
  }
  return { plan };
}

export type PlanService = ReturnType<typeof createPlanService>;

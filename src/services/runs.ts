/**
 * The runs the server executes (TaskRun rows) and what the runner records around them: the run
 * records, the usage of a run, a failed run's message on the thread, the notices to agents that run
 * themselves, and the reads a dispatch pass makes. The runner (execution/runner.ts) calls these and the
 * claim service; it composes no transaction of its own.
 */

import { AgentBackend } from "../domain/enums.js";
import { type BuiltPrompt, buildReviewPrompt } from "../domain/prompt.js";
import { SignOff } from "../domain/sign-off.js";
import type { UsageInput } from "../domain/usage.js";
import { NotFoundError } from "../errors.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import { dispatchableTasks, tasksInReview } from "../sql/due-work.js";
import { type Actor, recordActivity, type ServiceDeps, SYSTEM, transact } from "./context.js";
import { postIn, SYSTEM_AUTHOR } from "./messages.js";
import { NotificationKind, notify } from "./notifications.js";
import { promptAgent, promptTask } from "./prompts.js";
import type { UsageService } from "./usage.js";

export type RunKind = "WORK" | "REVIEW";

export function createRunService(deps: ServiceDeps, usage: UsageService) {
  const { db } = deps;

  const withAgents = { assignments: { include: { agent: true }, orderBy: { createdAt: "asc" as const } } };

  /** A task with its assignees (first assigned first). @throws NOT_FOUND */
  async function taskWithAgents(taskId: string) {
    const task = await db.task.findUnique({ where: { id: taskId }, include: withAgents });
    if (!task) throw new NotFoundError("Task", taskId);
    return task;
  }

  return {
    taskWithAgents,

    /** The task as it is now, or null. */
    task: (taskId: string) => db.task.findUnique({ where: { id: taskId } }),

    /** ASSIGNED tasks a server-side assignee could run now (signed off if they must be), in claim order. */
    dispatchable: async (take: number) => {
      if (!(await dispatchableTasks(deps.sql))) return [];
      return db.task.findMany({
        where: {
          status: "ASSIGNED",
          claimedById: null,
          signOff: { not: SignOff.PENDING },
          assignments: { some: { agent: { backend: { not: AgentBackend.EXTERNAL } } } },
        },
        include: withAgents,
        orderBy: { claimKey: "asc" },
        take,
      });
    },

    /** Tasks waiting in REVIEW, longest waiting first, with their project's reviewer. */
    async inReview(take: number) {
      if (!(await tasksInReview(deps.sql))) return [];
      return db.task.findMany({
        where: { status: "REVIEW" },
        include: { project: { select: { reviewerAgentId: true } } },
        orderBy: { updatedAt: "asc" },
        take,
      });
    },

    /** The agent `ref` names (an id or a name), or null. */
    agentNamed: (ref: string) => db.agent.findFirst({ where: { OR: [{ id: ref }, { name: ref }] } }),

    /** Whether a review of this submission (REVIEW since `since`) was already started, on any instance. */
    async reviewStartedSince(taskId: string, since: Date): Promise<boolean> {
      return (await db.taskRun.findFirst({ where: { taskId, kind: "REVIEW", startedAt: { gte: since } } })) !== null;
    },

    /** Whether a run of the task's work is RUNNING somewhere. */
    async workRunning(taskId: string): Promise<boolean> {
      return (await db.taskRun.findFirst({ where: { taskId, status: "RUNNING", kind: "WORK" } })) !== null;
    },

    /** Records a run as started (RUNNING), or, for a reviewer that runs itself, NOTIFIED and tells it. */
    async begin(run: {
      id: string;
      task: Pick<Task, "id" | "title">;
      agent: Agent;
      kind: RunKind;
      model: string | null;
      tier?: string | null;
      instanceId: string;
      notified?: boolean;
    }): Promise<void> {
      await db.taskRun.create({
        data: {
          id: run.id,
          taskId: run.task.id,
          agentId: run.agent.id,
          kind: run.kind,
          backend: run.agent.backend,
          model: run.model,
          ...(run.tier !== undefined ? { tier: run.tier } : {}),
          instanceId: run.instanceId,
          ...(run.notified ? { status: "NOTIFIED" } : {}),
        },
      });
      if (run.notified) {
        await transact(deps, (unit) =>
          notify(unit, {
            agentId: run.agent.id,
            kind: NotificationKind.REVIEW,
            taskId: run.task.id,
            content: `Review "${run.task.title}" with reviewTask (APPROVED or REJECTED with feedback).`,
          }),
        );
      }
    },

    /** Records how a run ended. */
    async end(runId: string, outcome: { status: string; error: string | null; exitCode?: number | null }) {
      await db.taskRun.update({
        where: { id: runId },
        data: {
          status: outcome.status,
          error: outcome.error?.slice(0, 5000) ?? null,
          ...(outcome.exitCode !== undefined ? { exitCode: outcome.exitCode } : {}),
          finishedAt: new Date(),
        },
      });
    },

    /** Marks the task's RUNNING runs STOPPED (their instance is gone; the claim was acted on for it). */
    async stopped(taskId: string, why: string): Promise<void> {
      await db.taskRun.updateMany({
        where: { taskId, status: "RUNNING" },
        data: { status: "STOPPED", finishedAt: new Date(), error: `stopped: ${why}` },
      });
    },

    /** Records what a run used. */
    async recordUsage(agentId: string, task: Pick<Task, "id" | "projectId">, used: readonly UsageInput[]) {
      if (!used.length) return;
      await transact(deps, (unit) => usage.recordIn(unit, agentId, task, used));
    },

    /** A failed run: what it used, and why it failed on the task's thread, in one transaction. */
    async recordFailure(
      agent: Agent,
      task: Pick<Task, "id" | "projectId" | "attempts" | "maxAttempts">,
      used: readonly UsageInput[],
      error: string,
    ): Promise<void> {
      await transact(deps, async (unit) => {
        await usage.recordIn(unit, agent.id, task, used);
        await postIn(unit, SYSTEM, {
          taskId: task.id,
          author: SYSTEM_AUTHOR,
          content: `Run failed (attempt ${task.attempts} of ${task.maxAttempts}, @${agent.name}, ${agent.backend}): ${error}`,
        });
      });
    },

    /** Posts a system message on the task's thread. */
    async postSystem(taskId: string, content: string): Promise<void> {
      await transact(deps, (unit) => postIn(unit, SYSTEM, { taskId, author: SYSTEM_AUTHOR, content }));
    },

    /** Tells agents that run themselves to claim the task now, and records that it was dispatched. */
    async askToRun(actor: Actor, task: Pick<Task, "id" | "title" | "projectId">, agents: readonly Agent[]) {
      await transact(deps, async (unit) => {
        for (const agent of agents) {
          await notify(unit, {
            agentId: agent.id,
            kind: NotificationKind.DISPATCH,
            taskId: task.id,
            content: `Run "${task.title}" now: claim it with claimTask.`,
          });
          unit.emit({
            topic: "agent:event",
            payload: { type: "dispatch", agentId: agent.id, status: agent.status, previousStatus: agent.status },
          });
        }
        await recordActivity(unit, {
          type: "task.dispatched",
          actor,
          taskId: task.id,
          projectId: task.projectId,
          summary: `asked ${agents.map((a) => `@${a.name}`).join(", ")} to run "${task.title}"`,
        });
      });
    },

    /** The prompt of an automatic review of `task` by `reviewer`: its deliverable and earlier reviews. */
    async reviewPrompt(task: Task, reviewer: Agent): Promise<BuiltPrompt> {
      const [deliverable, reviews] = await Promise.all([
        db.document.findFirst({ where: { taskId: task.id, type: "DELIVERABLE" }, orderBy: { updatedAt: "desc" } }),
        db.review.findMany({ where: { taskId: task.id }, orderBy: { createdAt: "asc" } }),
      ]);
      return buildReviewPrompt({
        reviewer: promptAgent(reviewer),
        task: promptTask(task),
        deliverable: deliverable?.content ?? task.result,
        earlierReviews: reviews.map((r) => ({
          verdict: r.verdict,
          feedback: r.feedback,
          at: r.createdAt.toISOString(),
        })),
      });
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;

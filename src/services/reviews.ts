/**
 * Review gates: a human (operator key) or a reviewer agent approves or rejects a task in REVIEW. An agent
 * never approves (or rejects) its own work. APPROVED: DONE, dependents released. REJECTED: back to the
 * agent that did it (ASSIGNED) with the feedback, until `maxReviewCycles` rejections make it FAILED with
 * every round's feedback.
 */

import { type TaskStatus, TRANSITIONS } from "../domain/task-status.js";
import { LIMITS, optionalText } from "../domain/validate.js";
import { BadInputError, ConflictError, ForbiddenError, InvalidTransitionError } from "../errors.js";
import { newId } from "../ids.js";
import { type Actor, requireIds, type ServiceDeps, transact } from "./context.js";
import { loadTask, moveTask, requeueTarget } from "./task-moves.js";

export type ReviewVerdict = "APPROVED" | "REJECTED";

export interface ReviewInput {
  taskId: string;
  verdict: ReviewVerdict;
  feedback?: string | null;
  reviewerAgentId?: string | null;
  reviewerKeyId?: string | null;
  /**
   * The submission the verdict is about (an automatic review that read it): CONFLICT if the task has
   * been resubmitted since, so a late verdict never lands on newer work.
   */
  expect?: { attempts: number; reviewCycles: number } | null;
}

export function createReviewService(deps: ServiceDeps) {
  async function review(actor: Actor, input: ReviewInput) {
    const feedback = optionalText("feedback", input.feedback, LIMITS.description) ?? "";
    if (input.verdict === "REJECTED" && !feedback.trim()) {
      throw new BadInputError("a rejection needs feedback: say what to change", { field: "feedback" });
    }
    return transact(deps, async (unit) => {
      const task = await loadTask(unit, input.taskId);
      if (task.status !== "REVIEW") {
        throw new InvalidTransitionError(
          task.status,
          input.verdict === "APPROVED" ? "DONE" : "ASSIGNED",
          TRANSITIONS[task.status as TaskStatus],
          "only a task in REVIEW can be reviewed",
        );
      }
      if (
        input.expect &&
        (task.attempts !== input.expect.attempts || task.reviewCycles !== input.expect.reviewCycles)
      ) {
        throw new ConflictError(
          `task ${task.id} was resubmitted after this review started (attempt ${task.attempts}, review round ${task.reviewCycles + 1}); the verdict was for an earlier submission`,
          { taskId: task.id, attempts: task.attempts, reviewCycles: task.reviewCycles },
        );
      }
      if (input.reviewerAgentId) {
        await requireIds(unit, "Agent", [input.reviewerAgentId]);
        if (input.reviewerAgentId === task.claimedById) {
          throw new ForbiddenError("an agent can never review its own work; ask another reviewer or a human");
        }
      }
      await unit.tx.review.create({
        data: {
          id: newId("Review"),
          taskId: task.id,
          verdict: input.verdict,
          feedback,
          reviewerAgentId: input.reviewerAgentId ?? null,
          reviewerKeyId: input.reviewerKeyId ?? null,
        },
      });
      const who = input.reviewerAgentId ? `agent ${input.reviewerAgentId}` : "a human reviewer";
      const reviewActor: Actor = input.reviewerAgentId ? { type: "agent", id: input.reviewerAgentId } : actor;
      if (input.verdict === "APPROVED") {
        return moveTask(unit, reviewActor, task, "DONE", {
          activityType: "task.approved",
          eventType: "approved",
          note: feedback || null,
          summary: `${who} approved "${task.title}"`,
        });
      }
      const cycles = task.reviewCycles + 1;
      if (cycles >= deps.config.maxReviewCycles) {
        const all = await unit.tx.review.findMany({
          where: { taskId: task.id, verdict: "REJECTED" },
          orderBy: { createdAt: "asc" },
        });
        const history = all.map((r, i) => `${i + 1}. ${r.feedback}`).join("\n");
        return moveTask(unit, reviewActor, task, "FAILED", {
          activityType: "task.rejected",
          eventType: "rejected",
          note: feedback,
          summary: `${who} rejected "${task.title}" for the ${cycles}th time; it FAILED`,
          data: { reviewCycles: cycles, error: `rejected ${cycles} times:\n${history}` },
        });
      }
      // Back to the agent that did the work, with the feedback for its next attempt.
      if (task.claimedById) {
        await unit.tx.taskAssignment.upsert({
          where: { taskId_agentId: { taskId: task.id, agentId: task.claimedById } },
          create: { taskId: task.id, agentId: task.claimedById },
          update: {},
        });
      }
      return moveTask(unit, reviewActor, task, await requeueTarget(unit, task.id), {
        activityType: "task.rejected",
        eventType: "rejected",
        note: feedback,
        summary: `${who} rejected "${task.title}" (round ${cycles} of ${deps.config.maxReviewCycles}): ${feedback}`,
        data: { reviewCycles: cycles },
      });
    });
  }

  return { review };
}

export type ReviewService = ReturnType<typeof createReviewService>;

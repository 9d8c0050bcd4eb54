import { ConflictError, NotFoundError } from "../errors.js";
import type { Question } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { type Actor, recordActivity, type ServiceDeps, transact, type Unit } from "./context.js";
import { NotificationKind, notify } from "./notifications.js";

export const QUESTION_STATUSES = ["OPEN", "ANSWERED", "DISMISSED"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export function createQuestionService(deps: ServiceDeps) {
  async function load(unit: Unit, id: string): Promise<Question> {
    const q = await unit.tx.question.findUnique({ where: { id } });
    if (!q) throw new NotFoundError("Question", id);
    return q;
  }

  function requireOpen(q: Question, action: string) {
    if (q.status !== "OPEN") {
      throw new ConflictError(`question ${q.id} is ${q.status}; only an OPEN question can be ${action}`, {
        status: q.status,
      });
    }
  }

  async function ask(actor: Actor, agentId: string, question: string, taskId?: string | null): Promise<Question> {
    const text = question; // its shape is declared on askQuestion's argument (schema/input-shapes.ts)
    return transact(deps, async (unit) => {
      const agent = await unit.tx.agent.findUnique({ where: { id: agentId } });
      if (!agent) throw new NotFoundError("Agent", agentId);
      let projectId: string | null = null;
      if (taskId) {
        const task = await unit.tx.task.findUnique({ where: { id: taskId }, select: { projectId: true } });
        if (!task) throw new NotFoundError("Task", taskId);
        projectId = task.projectId;
      }
      const q = await unit.tx.question.create({
        data: { id: newId("Question"), agentId, taskId: taskId ?? null, question: text },
      });
      await recordActivity(unit, {
        type: "question.asked",
        actor,
        agentId,
        taskId: taskId ?? null,
        projectId,
        summary: `@${agent.name} asked: ${text.slice(0, 200)}`,
        after: { questionId: q.id },
      });
      return q;
    });
  }

  async function answer(actor: Actor, id: string, answerText: string, keyId: string | null): Promise<Question> {
    const text = answerText; // declared on answerQuestion's argument
    return transact(deps, async (unit) => {
      const q = await load(unit, id);
      requireOpen(q, "answered");
      const updated = await unit.tx.question.update({
        where: { id },
        data: { status: "ANSWERED", answer: text, answeredAt: new Date(), answeredById: keyId },
      });
      // The agent may have been deleted since it asked: the answer is still stored.
      const asker = await unit.tx.agent.findUnique({ where: { id: q.agentId }, select: { id: true } });
      if (asker)
        await notify(unit, {
          agentId: q.agentId,
          kind: NotificationKind.QUESTION_ANSWERED,
          taskId: q.taskId,
          questionId: q.id,
          content: `Your question "${q.question.slice(0, 120)}" was answered: ${text.slice(0, 1500)}`,
        });
      await recordActivity(unit, {
        type: "question.answered",
        actor,
        agentId: q.agentId,
        taskId: q.taskId,
        summary: `answered a question of ${q.agentId}: ${text.slice(0, 200)}`,
        after: { questionId: q.id },
      });
      return updated;
    });
  }

  async function dismiss(actor: Actor, id: string): Promise<Question> {
    return transact(deps, async (unit) => {
      const q = await load(unit, id);
      requireOpen(q, "dismissed");
      const updated = await unit.tx.question.update({
        where: { id },
        data: { status: "DISMISSED", answeredAt: new Date() },
      });
      await recordActivity(unit, {
        type: "question.dismissed",
        actor,
        agentId: q.agentId,
        taskId: q.taskId,
        summary: `dismissed a question of ${q.agentId}`,
        after: { questionId: q.id },
      });
      return updated;
    });
  }

  return { ask, answer, dismiss };
}

/**
 * Approvals: an operator's decision a run waits for. RUN approvals are sign-offs before a task runs
 * (domain/sign-off.ts): the task stays in its queue, skipped by claims and auto-dispatch, until an
 * OPERATOR or ADMIN allows it; a denial cancels it. Every request and decision is in the activity feed
 * and on the `approvals` subscription.
 */
import { ApprovalKind, ApprovalStatus, mustAskSignOff, needsSignOff, SignOff } from "../domain/sign-off.js";
import { isTerminal, type TaskStatus } from "../domain/task-status.js";
import { LIMITS, optionalText } from "../domain/validate.js";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors.js";
import type { Approval } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { snapshot } from "../realtime/events.js";
import type { Viewer } from "../security/roles.js";
import { insertRows } from "../sql/insert-rows.js";
import { type Actor, recordActivity, type ServiceDeps, taskEvent, transact, type Unit } from "./context.js";
import { NotificationKind, notify } from "./notifications.js";
import { loadTask, moveTask } from "./task-moves.js";

/** Statuses in which a task has not started and can wait for a sign-off. */
const WAITING: readonly string[] = ["INBOX", "ASSIGNED", "BLOCKED"];

export interface SignOffCandidate {
  id: string;
  title: string;
  projectId: string | null;
  status: string;
  signOff: string;
  /** The agent it is assigned to first, shown on the approval. */
  agentId: string | null;
}

/** The approval's live event (on the `approvals` topic). */
function approvalEvent(row: Approval) {
  return { topic: "approval" as const, payload: snapshot(row) as never };
}

/**
 * Asks for a sign-off for each of `tasks` (already known to need one): a PENDING RUN approval each, the
 * task's `signOff` set to PENDING, an activity entry and a live event.
 */
export async function requestSignOffs(
  unit: Unit,
  actor: Actor,
  tasks: readonly SignOffCandidate[],
): Promise<Set<string>> {
  const asking = tasks.filter((t) => WAITING.includes(t.status) && mustAskSignOff(t.signOff));
  if (asking.length === 0) return new Set();
  const now = new Date();
  const rows = asking.map((t) => ({
    id: newId("Approval"),
    kind: ApprovalKind.RUN,
    status: ApprovalStatus.PENDING,
    taskId: t.id,
    agentId: t.agentId,
    createdAt: now,
  }));
  const created = await insertRows<Approval>(unit.sql, "Approval", rows, { returning: true });
  await unit.tx.task.updateMany({
    where: { id: { in: asking.map((t) => t.id) } },
    data: { signOff: SignOff.PENDING },
  });
  for (const [i, t] of asking.entries()) {
    await recordActivity(unit, {
      type: "approval.requested",
      actor,
      taskId: t.id,
      agentId: t.agentId,
      projectId: t.projectId,
      summary: `"${t.title}" waits for an operator's sign-off before it runs`,
      after: { approvalId: created[i]!.id, kind: ApprovalKind.RUN },
    });
    unit.emit(approvalEvent(created[i]!));
  }
  return new Set(asking.map((t) => t.id));
}

/**
 * Asks for a sign-off for task `taskId` if it needs one and has none (after it is created, assigned,
 * updated or retried): its own flag, its project's, or an assignee's level in MC_SIGN_OFF_LEVELS. Returns
 * the task with its `signOff` as it now stands.
 */
export async function signOffIfNeeded<T extends { id: string; signOff: string }>(
  unit: Unit,
  deps: ServiceDeps,
  actor: Actor,
  task: T,
): Promise<T> {
  const taskId = task.id;
  const row = await unit.tx.task.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      title: true,
      projectId: true,
      status: true,
      signOff: true,
      requiresSignOff: true,
      project: { select: { requiresSignOff: true } },
      assignments: { select: { agent: { select: { id: true, level: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row || !WAITING.includes(row.status) || !mustAskSignOff(row.signOff)) return task;
  const needed = needsSignOff({
    task: row.requiresSignOff,
    project: row.project?.requiresSignOff ?? false,
    assigneeLevels: row.assignments.map((a) => a.agent.level),
    levels: deps.config.signOffLevels,
  });
  if (!needed) return task;
  await requestSignOffs(unit, actor, [{ ...row, agentId: row.assignments[0]?.agent.id ?? null }]);
  return { ...task, signOff: SignOff.PENDING };
}

export function createApprovalService(deps: ServiceDeps) {
  async function load(unit: Unit, id: string): Promise<Approval> {
    const a = await unit.tx.approval.findUnique({ where: { id } });
    if (!a) throw new NotFoundError("Approval", id);
    return a;
  }

  /**
   * An operator's decision. Only a PENDING approval can be decided, once (a second decision, on this
   * instance or another, is a CONFLICT); an agent's key can never decide its own agent's request.
   */
  async function decide(
    actor: Actor,
    viewer: Viewer | null,
    id: string,
    allow: boolean,
    message?: string | null,
    updatedInput?: unknown,
  ): Promise<Approval> {
    const text = optionalText("message", message, LIMITS.note);
    return transact(deps, async (unit) => {
      const approval = await load(unit, id);
      if (viewer?.agentId && viewer.agentId === approval.agentId) {
        throw new ForbiddenError("an agent cannot decide its own approval request");
      }
      const now = new Date();
      const status = allow ? ApprovalStatus.ALLOWED : ApprovalStatus.DENIED;
      const { count } = await unit.tx.approval.updateMany({
        where: { id, status: ApprovalStatus.PENDING },
        data: {
          status,
          message: text ?? null,
          updatedInput:
            allow && updatedInput !== undefined && updatedInput !== null ? JSON.stringify(updatedInput) : null,
          decidedBy: viewer?.name ?? actor.id ?? "operator",
          decidedById: viewer?.keyId ?? null,
          decidedAt: now,
        },
      });
      if (count === 0) {
        throw new ConflictError(`approval ${id} is ${approval.status}; only a PENDING approval can be decided`, {
          status: approval.status,
        });
      }
      const decided = await load(unit, id);
      if (approval.kind === ApprovalKind.RUN && approval.taskId) await settleSignOff(unit, actor, decided);
      const task = approval.taskId
        ? await unit.tx.task.findUnique({ where: { id: approval.taskId }, select: { title: true, projectId: true } })
        : null;
      await recordActivity(unit, {
        type: allow ? "approval.allowed" : "approval.denied",
        actor,
        taskId: approval.taskId,
        agentId: approval.agentId,
        projectId: task?.projectId ?? null,
        summary: `${allow ? "allowed" : "denied"} ${
          approval.kind === ApprovalKind.RUN ? `the run of "${task?.title ?? approval.taskId}"` : `${approval.tool}`
        }${text ? `: ${text}` : ""}`,
        after: { approvalId: id, kind: approval.kind, status },
      });
      unit.emit(approvalEvent(decided));
      return decided;
    });
  }

  /** A RUN decision reaches its task: allowed, it becomes claimable; denied, it is cancelled. */
  async function settleSignOff(unit: Unit, actor: Actor, approval: Approval): Promise<void> {
    const task = await loadTask(unit, approval.taskId!);
    if (task.signOff !== SignOff.PENDING) return;
    if (approval.status === ApprovalStatus.ALLOWED) {
      const updated = await unit.tx.task.update({
        where: { id: task.id },
        data: { signOff: SignOff.ALLOWED, updatedAt: new Date() },
      });
      // The dispatcher wakes on it; external assignees are told they may claim it.
      unit.emit(taskEvent("updated", updated, task.status));
      const assignees = await unit.tx.taskAssignment.findMany({
        where: { taskId: task.id },
        select: { agentId: true },
      });
      for (const { agentId } of assignees) {
        await notify(unit, {
          agentId,
          kind: NotificationKind.APPROVAL,
          taskId: task.id,
          content: `"${task.title}" was signed off${approval.message ? `: ${approval.message}` : ""}; it may run now.`,
        });
      }
      return;
    }
    await unit.tx.task.update({ where: { id: task.id }, data: { signOff: SignOff.DENIED } });
    if (!isTerminal(task.status as TaskStatus)) {
      await moveTask(unit, actor, { ...task, signOff: SignOff.DENIED }, "CANCELLED", {
        note: `sign-off denied${approval.message ? `: ${approval.message}` : ""}`,
      });
    }
  }

  return { decide };
}

export type ApprovalService = ReturnType<typeof createApprovalService>;

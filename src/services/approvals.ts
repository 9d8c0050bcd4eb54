/**
 * Approvals: an operator's decision a run waits for. RUN approvals are sign-offs before a task runs
 * (domain/sign-off.ts): the task stays in its queue, skipped by claims and auto-dispatch, until an
 * OPERATOR or ADMIN allows it; a denial cancels it. TOOL approvals are a claude-code run's tool calls
 * that its agent's policy sends to a human (domain/permissions.ts): the run's permission-prompt tool
 * (`approve_tool` of `mission-control mcp`, holding the run's own key) asks with `requestTool` and waits
 * until an operator decides or the approval expires (MC_APPROVAL_TIMEOUT_SECONDS), which refuses the
 * call. Every request and decision is in the activity feed and on the `approvals` subscription.
 */

import { answerFor, parsePermissions } from "../domain/permissions.js";
import { ApprovalKind, ApprovalStatus, mustAskSignOff, needsSignOff, SignOff } from "../domain/sign-off.js";
import { isTerminal, type TaskStatus } from "../domain/task-status.js";
import { LIMITS, optionalText, requireText } from "../domain/validate.js";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from "../errors.js";
import type { Approval, Task } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { type ApprovalPayload, snapshot } from "../realtime/events.js";
import type { Viewer } from "../security/roles.js";
import { findRow } from "../sql/find-row.js";
import { insertRows } from "../sql/insert-rows.js";
import { decodeTask } from "../sql/rows.js";
import { join, sql } from "../sql/sql.js";
import {
  type Actor,
  recordActivity,
  type ServiceDeps,
  type SqlUnit,
  taskEvent,
  transact,
  type Unit,
} from "./context.js";
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
  unit: SqlUnit,
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
  const updated = (
    await unit.sql.query<Record<string, unknown>>(
      sql`UPDATE "Task" SET "signOff" = ${SignOff.PENDING}, "updatedAt" = ${now} WHERE "id" IN (${join(asking.map((t) => t.id))}) RETURNING *`,
    )
  ).map(decodeTask);
  const byId = new Map(updated.map((t) => [t.id, t]));
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
    // Whoever watches the task (taskEvents on it, the board's task panel) hears it waits.
    const row = byId.get(t.id);
    if (row) unit.emit(taskEvent("approval_requested", row, row.status));
  }
  return new Set(asking.map((t) => t.id));
}

/**
 * Asks for a sign-off for task `taskId` if it needs one and has none (after it is created, assigned,
 * updated or retried): its own flag, its project's, or an assignee's level in MC_SIGN_OFF_LEVELS. Returns
 * the task with its `signOff` as it now stands.
 */
export async function signOffIfNeeded<
  T extends { id: string; signOff: string; requiresSignOff: boolean; projectId: string | null },
>(unit: Unit, deps: ServiceDeps, actor: Actor, task: T): Promise<T> {
  // Nothing can ask (not the task, no project, no level configured): no query on every createTask.
  if (!task.requiresSignOff && task.projectId === null && deps.config.signOffLevels.length === 0) return task;
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

/** A tool call's input, stored as JSON: at most this many characters. */
const MAX_INPUT_CHARS = 100_000;
/** The longest one requestToolApproval call waits (a client asks again to wait longer). */
export const MAX_WAIT_SECONDS = 50;
/** Polled while waiting, in case an event between instances was lost. */
const POLL_MS = 1000;

export function createApprovalService(deps: ServiceDeps) {
  const now = () => (deps.now ?? Date.now)();

  async function load(unit: Unit, id: string): Promise<Approval> {
    const a = await unit.tx.approval.findUnique({ where: { id } });
    if (!a) throw new NotFoundError("Approval", id);
    return a;
  }

  /** A PENDING approval past its expiry becomes EXPIRED (once, whoever notices first), which refuses it. */
  async function expireIfDue(approval: Approval, reason?: string): Promise<Approval> {
    if (approval.status !== ApprovalStatus.PENDING) return approval;
    if (!reason && (!approval.expiresAt || approval.expiresAt.getTime() > now())) return approval;
    return transact(deps, async (unit) => {
      const message = reason ?? `no operator decided within ${deps.config.approvalTimeoutSeconds} s`;
      const { count } = await unit.tx.approval.updateMany({
        where: { id: approval.id, status: ApprovalStatus.PENDING },
        data: { status: ApprovalStatus.EXPIRED, decidedBy: "timeout", decidedAt: new Date(now()), message },
      });
      const row = await load(unit, approval.id);
      if (count === 0) return row;
      await recordActivity(unit, {
        type: "approval.expired",
        actor: { type: "system", id: null },
        taskId: row.taskId,
        agentId: row.agentId,
        summary: `${row.tool ?? "a run"} was refused: ${message}`,
        after: { approvalId: row.id, kind: row.kind, status: row.status },
      });
      unit.emit(approvalEvent(row));
      return row;
    });
  }

  /**
   * The approval once it is decided or expired, or as it stands after `waitMs`. Listens on the event
   * bus (a decision on another instance arrives through Redis) and polls as well.
   */
  async function awaitDecision(id: string, waitMs: number): Promise<Approval> {
    const events = deps.pubsub.subscribe("approval") as AsyncIterableIterator<ApprovalPayload>;
    let next = events.next(); // listening from here on, before the first read
    next.catch(() => {});
    const deadline = now() + waitMs;
    try {
      for (;;) {
        const row = await deps.db.approval.findUnique({ where: { id } });
        if (!row) throw new NotFoundError("Approval", id);
        const current = await expireIfDue(row);
        if (current.status !== ApprovalStatus.PENDING || now() >= deadline) return current;
        const until = Math.min(deadline, current.expiresAt?.getTime() ?? deadline);
        let timer: NodeJS.Timeout | undefined;
        const woke = await Promise.race([
          next,
          new Promise<null>((resolve) => {
            timer = setTimeout(() => resolve(null), Math.max(1, Math.min(POLL_MS, until - now())));
          }),
        ]);
        clearTimeout(timer);
        if (woke) {
          next = events.next();
          next.catch(() => {});
        }
      }
    } finally {
      void events.return?.();
    }
  }

  /**
   * A run's tool call, asked by its own key: the agent's policy answers at once (allow, deny) or an
   * operator decides (confirm, or an unlisted call when the policy says so). With `approvalId` it keeps
   * waiting for that one. Waits at most `waitSeconds` and returns the approval as it then stands.
   */
  async function requestTool(
    viewer: Viewer,
    input: { tool: string; input?: unknown; approvalId?: string | null; waitSeconds?: number | null },
  ): Promise<Approval> {
    const runId = viewer.runId;
    if (!runId) throw new ForbiddenError("only a run's own key asks for tool approvals");
    const waitMs = Math.min(Math.max(input.waitSeconds ?? 25, 0), MAX_WAIT_SECONDS) * 1000;
    const run = await deps.db.taskRun.findUnique({ where: { id: runId } });
    if (!run) throw new NotFoundError("TaskRun", runId);
    if (input.approvalId) {
      const existing = await deps.db.approval.findUnique({ where: { id: input.approvalId } });
      if (!existing || existing.runId !== runId) throw new NotFoundError("Approval", input.approvalId);
      return awaitDecision(existing.id, waitMs);
    }
    if (run.status !== "RUNNING") throw new ConflictError(`run ${runId} is ${run.status}; it asks for nothing more`);
    const tool = requireText("tool", input.tool, LIMITS.name * 2);
    const json = input.input === undefined || input.input === null ? null : JSON.stringify(input.input);
    if (json !== null && json.length > MAX_INPUT_CHARS) {
      throw new BadInputError(`input is ${json.length} characters as JSON; at most ${MAX_INPUT_CHARS}`, {
        field: "input",
      });
    }
    const agent = await deps.db.agent.findUnique({ where: { id: run.agentId }, select: { config: true } });
    const parsed = parsePermissions((JSON.parse(agent?.config ?? "{}") as { permissions?: unknown }).permissions ?? {});
    const policy = "permissions" in parsed ? parsed.permissions : { allow: [], confirm: [], deny: [] };
    const answer = answerFor(policy, tool, input.input);
    const at = new Date(now());
    const base = {
      id: newId("Approval"),
      kind: ApprovalKind.TOOL,
      taskId: run.taskId,
      runId,
      agentId: run.agentId,
      tool,
      input: json,
      createdAt: at,
    };
    if (answer !== "confirm") {
      // The policy decided: recorded for the audit, nobody is asked.
      return deps.db.approval.create({
        data: {
          ...base,
          status: answer === "allow" ? ApprovalStatus.ALLOWED : ApprovalStatus.DENIED,
          decidedBy: "policy",
          decidedAt: at,
          message: answer === "deny" ? `the agent's permissions do not allow ${tool} here` : null,
        },
      });
    }
    const created = await transact(deps, async (unit) => {
      const row = await unit.tx.approval.create({
        data: { ...base, expiresAt: new Date(at.getTime() + deps.config.approvalTimeoutSeconds * 1000) },
      });
      const task = await unit.tx.task.findUnique({ where: { id: run.taskId } });
      await recordActivity(unit, {
        type: "approval.requested",
        actor: { type: "agent", id: run.agentId },
        taskId: run.taskId,
        agentId: run.agentId,
        projectId: task?.projectId ?? null,
        summary: `the run of "${task?.title ?? run.taskId}" asks to use ${tool}`,
        after: { approvalId: row.id, kind: ApprovalKind.TOOL, tool },
      });
      unit.emit(approvalEvent(row));
      // Whoever watches the task (taskEvents on it, the board's task panel) hears its run waits.
      if (task) unit.emit(taskEvent("approval_requested", task, task.status));
      return row;
    });
    return awaitDecision(created.id, waitMs);
  }

  /** A run that ended leaves nothing waiting: its PENDING tool approvals expire. */
  async function endRun(runId: string): Promise<void> {
    const pending = await deps.db.approval.findMany({ where: { runId, status: ApprovalStatus.PENDING } });
    for (const a of pending) await expireIfDue(a, "the run ended before an operator decided");
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
    // One past its expiry expires first (and so cannot be decided).
    const stored = await deps.db.approval.findUnique({ where: { id } });
    if (stored) await expireIfDue(stored);
    return transact(deps, async (unit) => {
      const approval = await load(unit, id);
      if (viewer?.agentId && viewer.agentId === approval.agentId) {
        throw new ForbiddenError("an agent cannot decide its own approval request");
      }
      const at = new Date(now());
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
          decidedAt: at,
        },
      });
      if (count === 0) {
        throw new ConflictError(`approval ${id} is ${approval.status}; only a PENDING approval can be decided`, {
          status: approval.status,
        });
      }
      const decided = await load(unit, id);
      // A RUN decision settles its task first (and says what it was); the task as it now stands is read
      // once, for the activity and for the watchers' event.
      const before =
        approval.taskId && approval.kind === ApprovalKind.RUN ? await settleSignOff(unit, actor, decided) : null;
      const task = approval.taskId ? await findRow(unit.sql, "Task", approval.taskId) : null;
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
      if (task) unit.emit(taskEvent("approval_decided", task, before?.status ?? task.status));
      return decided;
    });
  }

  /** A RUN decision reaches its task: allowed, it becomes claimable; denied, it is cancelled. Returns the task. */
  async function settleSignOff(unit: Unit, actor: Actor, approval: Approval): Promise<Task> {
    const task = await loadTask(unit, approval.taskId!);
    if (task.signOff !== SignOff.PENDING) return task;
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
      return task;
    }
    await unit.tx.task.update({ where: { id: task.id }, data: { signOff: SignOff.DENIED } });
    if (!isTerminal(task.status as TaskStatus)) {
      await moveTask(unit, actor, { ...task, signOff: SignOff.DENIED }, "CANCELLED", {
        note: `sign-off denied${approval.message ? `: ${approval.message}` : ""}`,
      });
    }
    return task;
  }

  return { decide, requestTool, endRun, expireIfDue };
}

export type ApprovalService = ReturnType<typeof createApprovalService>;

/**
 * The agent work protocol: claim, heartbeat, output, complete, fail, release, and the lease sweep.
 *
 * The protocol's hot operations run on the driver path (src/sql/): plain statements with prepared
 * statements kept, in driver transactions (`sqlTransact`), because the ORM costs 20-55x the SQL it runs
 * here. A claim is one conditional UPDATE (src/sql/claim-next.ts); capacity is checked in the same
 * statement, and on PostgreSQL after locking the agent's row, so two claims by one agent cannot both
 * pass it.
 */

import { effectiveCapacity } from "../domain/claim.js";
import { ClaimOutcome, OutputKind } from "../domain/enums.js";
import { checkHostReport } from "../domain/fleet.js";
import { needsReview, type TaskStatus } from "../domain/task-status.js";
import { storableText } from "../domain/text.js";
import { LIMITS, optionalText, parseList, requireIntInRange } from "../domain/validate.js";
import { BadInputError, ConflictError, NotFoundError } from "../errors.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import { claimNext } from "../sql/claim-next.js";
import { claimableCount, claimableIds } from "../sql/claimable-ids.js";
import { agentsSilent, expiredLeaseIds } from "../sql/due-work.js";
import { extendLeases } from "../sql/extend-leases.js";
import { findRow } from "../sql/find-row.js";
import { idleIfHoldingNothing, updateAgentStatus } from "../sql/update-agent.js";
import {
  type Actor,
  recordActivity,
  type ServiceDeps,
  type SqlUnit,
  SYSTEM,
  sqlTransact,
  taskEvent,
  transact,
} from "./context.js";
import { createDocumentIn } from "./documents.js";
import { unreadCount } from "./notifications.js";
import { appendChunkIn } from "./output.js";
import { settlePlan } from "./plans.js";
import { heldBy, loadTask, moveTask, requeueTarget } from "./task-moves.js";
import type { UsageInput, UsageService } from "./usage.js";

export type HostReportInput = Parameters<typeof checkHostReport>[0];

export interface ClaimResult {
  outcome: ClaimOutcome;
  /** The first task claimed (the only one unless `limit` asked for more). */
  task: Task | null;
  /** Every task claimed, in claim order. */
  tasks: Task[];
}

export interface ClaimOptions {
  /** Only this task (runTask). */
  taskId?: string;
  /** The project of that task, for its budget. */
  projectId?: string | null;
  /** How many tasks to take at most, within capacity. @default 1 */
  limit?: number | null;
  /** The caller is an AGENT key: `maxCapacity` may only lower the agent's own setting. */
  agentKey?: boolean;
  /**
   * The agent's row as the caller just read it in a transaction of its own (completeAndClaim), instead
   * of a read here; the claim's own transaction locks the row (PostgreSQL) or is the only writer.
   */
  agent?: Agent;
}

/** The most tasks one claim may take. */
export const MAX_CLAIM_LIMIT = 100;

function agentActor(agentId: string): Actor {
  return { type: "agent", id: agentId };
}

export function createClaimService(deps: ServiceDeps, usageService: UsageService) {
  const leaseMs = () => deps.config.leaseSeconds * 1000;

  async function loadAgent(unit: SqlUnit, agentId: string): Promise<Agent> {
    const agent = await findRow(unit.sql, "Agent", agentId);
    if (!agent) throw new NotFoundError("Agent", agentId);
    return agent;
  }

  async function setAgentStatus(unit: SqlUnit, agent: Agent, status: string, type: string) {
    if (agent.status === status) return;
    await updateAgentStatus(unit.sql, { id: agent.id, status, now: new Date() });
    unit.emit({ topic: "agent:event", payload: { type, agentId: agent.id, status, previousStatus: agent.status } });
  }

  const recordUsage = (unit: SqlUnit, agentId: string, task: Task | null, usage?: readonly UsageInput[] | null) =>
    usageService.recordIn(unit, agentId, task, usage);

  /** The task, if `agentId` holds its claim; CONFLICT otherwise (someone else's, or the lease was lost). */
  async function requireHeld(unit: SqlUnit, taskId: string, agentId: string): Promise<Task> {
    // Locked on PostgreSQL: a lease sweep or a stop cannot move it between this read and our update.
    const task = await loadTask(unit, taskId, { forUpdate: true });
    if (task.status !== "IN_PROGRESS" || task.claimedById !== agentId) {
      throw new ConflictError(
        task.status === "IN_PROGRESS"
          ? `task ${taskId} is held by another agent; only the claiming agent may act on it`
          : `task ${taskId} is ${task.status}, not IN_PROGRESS under agent ${agentId}: the claim was released, expired or finished`,
        { taskId, status: task.status },
      );
    }
    return task;
  }

  /**
   * Takes the agent's next task(s): one conditional UPDATE per task (it picks, checks capacity and
   * takes), then the activity row; up to `limit` tasks in one transaction.
   */
  async function claim(agentId: string, maxCapacity?: number | null, options: ClaimOptions = {}): Promise<ClaimResult> {
    if (maxCapacity != null) requireIntInRange("maxCapacity", maxCapacity, 1, 1000);
    if (options.limit != null) requireIntInRange("limit", options.limit, 1, MAX_CLAIM_LIMIT);
    const agent = options.agent?.id === agentId ? options.agent : await findRow(deps.sql, "Agent", agentId);
    if (!agent) throw new NotFoundError("Agent", agentId);
    const capacity = effectiveCapacity(agent.maxCapacity, maxCapacity, options.agentKey ?? false);
    // Budgets first: nothing is taken (and no money spent) when the agent, or the task's project, is over.
    await usageService.ensureWithinBudget(agent, options.projectId ?? null);
    const excludeProjectIds = await usageService.projectsOverBudget();
    const specialties = parseList(agent.specialties);
    const startedAt = Date.now();
    const result = await sqlTransact(deps, async (unit): Promise<ClaimResult> => {
      // PostgreSQL: one claim per agent at a time, so the capacity count inside the claim is exact. On
      // SQLite the transaction is already the only writer (BEGIN IMMEDIATE), and the read would be all.
      if (unit.sql.provider === "postgresql") await findRow(unit.sql, "Agent", agentId, { forUpdate: true });
      const tasks: Task[] = [];
      for (let i = 0; i < (options.limit ?? 1); i++) {
        const now = new Date();
        const lease = new Date(now.getTime() + leaseMs());
        const claimed = await claimNext(unit.sql, {
          agentId,
          specialties,
          capacity,
          now,
          leaseExpiresAt: lease,
          taskId: options.taskId,
          excludeProjectIds,
        });
        if (!claimed) break;
        const { task } = claimed;
        const previous = claimed.assignees > 0 ? "ASSIGNED" : "INBOX";
        await recordActivity(unit, {
          type: "task.claimed",
          actor: agentActor(agentId),
          taskId: task.id,
          projectId: task.projectId,
          summary: `@${agent.name} claimed "${task.title}" (attempt ${task.attempts} of ${task.maxAttempts})`,
          before: { status: previous },
          after: { status: "IN_PROGRESS", attempts: task.attempts, leaseExpiresAt: lease.toISOString() },
        });
        unit.emit(taskEvent("claimed", task, previous));
        tasks.push(task);
      }
      if (tasks.length === 0) {
        const held = await heldBy(unit, agentId);
        return { outcome: held >= capacity ? ClaimOutcome.AT_CAPACITY : ClaimOutcome.NO_TASK, task: null, tasks };
      }
      if (agent.status !== "ACTIVE" && agent.status !== "BLOCKED")
        await setAgentStatus(unit, agent, "ACTIVE", "status");
      return { outcome: ClaimOutcome.CLAIMED, task: tasks[0]!, tasks };
    });
    deps.events.emit("claim:attempted", {
      agentId,
      outcome: result.outcome,
      taskIds: result.tasks.map((t) => t.id),
      startedAt,
      durationMs: Date.now() - startedAt,
    });
    return result;
  }

  /** Ids of the tasks `agentId` (or, without one, anybody) could claim now, in claim order. */
  async function readyIds(agentId: string | null, limit = 100): Promise<string[]> {
    if (!agentId) return claimableIds(deps.sql, null, limit);
    const agent = await findRow(deps.sql, "Agent", agentId);
    if (!agent) throw new NotFoundError("Agent", agentId);
    return claimableIds(deps.sql, { id: agent.id, specialties: parseList(agent.specialties) }, limit);
  }

  async function heartbeat(agentId: string, usage?: readonly UsageInput[] | null, host?: HostReportInput | null) {
    const report = host ? JSON.stringify(checkHostReport(host)) : null;
    return sqlTransact(deps, async (unit) => {
      const agent = await loadAgent(unit, agentId);
      const now = new Date();
      await extendLeases(unit.sql, { agentId, leaseExpiresAt: new Date(now.getTime() + leaseMs()) });
      await recordUsage(unit, agentId, null, usage);
      const held = await heldBy(unit, agentId);
      const pendingTasks = await claimableCount(unit.sql, { id: agentId, specialties: parseList(agent.specialties) });
      const status = agent.status === "BLOCKED" ? "BLOCKED" : held > 0 || pendingTasks > 0 ? "ACTIVE" : "IDLE";
      const updated = await updateAgentStatus(unit.sql, {
        id: agentId,
        status,
        lastHeartbeatAt: now,
        now,
        host: report,
      });
      // A host report is news for whoever shows the fleet's health (the board), a change of status too.
      if (status !== agent.status || report) {
        unit.emit({
          topic: "agent:event",
          payload: { type: "heartbeat", agentId, status, previousStatus: agent.status },
        });
      }
      return { agent: updated!, pendingTasks, unreadNotifications: await unreadCount(unit, agentId) };
    });
  }

  async function appendOutput(taskId: string, agentId: string, text: string, kind: OutputKind = OutputKind.MESSAGE) {
    // Stored whatever it holds: what no database can keep becomes U+FFFD (domain/text.ts).
    const content = storableText(text);
    if (content.length > LIMITS.outputChunk) {
      throw new BadInputError(`content is ${content.length} characters; a chunk holds at most ${LIMITS.outputChunk}`);
    }
    return sqlTransact(deps, async (unit) => {
      const chunk = await appendChunkIn(unit, deps, { taskId, agentId, kind, content });
      if (!chunk) {
        await requireHeld(unit, taskId, agentId);
        throw new ConflictError(`task ${taskId} is not held by agent ${agentId}`, { taskId });
      }
      return chunk;
    });
  }

  async function complete(
    taskId: string,
    agentId: string,
    result?: string | null,
    usage?: readonly UsageInput[] | null,
  ): Promise<Task> {
    return (await completeHeld(taskId, agentId, result, usage)).task;
  }

  /** `complete`, with the agent's row as the completion left it. */
  async function completeHeld(
    taskId: string,
    agentId: string,
    result?: string | null,
    usage?: readonly UsageInput[] | null,
  ): Promise<{ task: Task; agent: Agent }> {
    const text = optionalText("result", result, LIMITS.result);
    return sqlTransact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId);
      if (task.plan !== null) {
        // A planning task (planGoal): its answer becomes the plan, or goes back to the planner.
        await recordUsage(unit, agentId, task, usage);
        const settled = await settlePlan(unit, deps, task, agent, text);
        return { task: settled, agent: await settleAgent(unit, agent) };
      }
      if (text) {
        await createDocumentIn(
          unit,
          {
            title: `Result: ${task.title}`.slice(0, 200),
            type: "DELIVERABLE",
            content: text,
            taskId,
            projectId: task.projectId,
          },
          { agentId },
        );
      }
      await recordUsage(unit, agentId, task, usage);
      const review = needsReview({ requiresReview: task.requiresReview, agentLevel: agent.level });
      const done = await moveTask(unit, agentActor(agentId), task, review ? "REVIEW" : "DONE", {
        activityType: "task.completed",
        eventType: "completed",
        summary: `@${agent.name} completed "${task.title}"${review ? "; it waits for review" : ""}`,
        data: { result: text ?? null, error: null, claimedById: agentId },
      });
      return { task: done, agent: await settleAgent(unit, agent) };
    });
  }

  /**
   * Completes a held task, then claims the agent's next task(s) in the same request: one round trip
   * per task for an agent working through a queue. The completion commits first; a claim that finds
   * nothing (or an agent at capacity) does not undo it.
   */
  async function completeAndClaim(
    taskId: string,
    agentId: string,
    input: {
      result?: string | null;
      usage?: readonly UsageInput[] | null;
      maxCapacity?: number | null;
      limit?: number | null;
      agentKey?: boolean;
    },
  ): Promise<{ completed: Task; next: ClaimResult }> {
    if (input.maxCapacity != null) requireIntInRange("maxCapacity", input.maxCapacity, 1, 1000);
    if (input.limit != null) requireIntInRange("limit", input.limit, 1, MAX_CLAIM_LIMIT);
    const { task: completed, agent } = await completeHeld(taskId, agentId, input.result, input.usage);
    // The agent as the completion left it (one read fewer per task for an agent working a queue).
    const next = await claim(agentId, input.maxCapacity, { limit: input.limit, agentKey: input.agentKey, agent });
    return { completed, next };
  }

  /** After an agent lets go of a task: IDLE when it holds nothing else. Returns the agent as it is now. */
  async function settleAgent(unit: SqlUnit, agent: Agent): Promise<Agent> {
    if (agent.status !== "ACTIVE") return agent;
    const now = new Date();
    if (!(await idleIfHoldingNothing(unit.sql, { id: agent.id, now }))) return agent;
    unit.emit({
      topic: "agent:event",
      payload: { type: "status", agentId: agent.id, status: "IDLE", previousStatus: agent.status },
    });
    return { ...agent, status: "IDLE", updatedAt: now };
  }

  async function fail(taskId: string, agentId: string, error: string, retryable = true) {
    const message = optionalText("error", error, LIMITS.note) ?? "";
    if (!message.trim()) throw new BadInputError("error must say what went wrong", { field: "error" });
    return sqlTransact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId);
      const retry = retryable && task.attempts < task.maxAttempts;
      const to: TaskStatus = retry ? await requeueTarget(unit, taskId) : "FAILED";
      const moved = await moveTask(unit, agentActor(agentId), task, to, {
        activityType: "task.failed",
        eventType: "failed",
        summary: retry
          ? `@${agent.name} failed "${task.title}" (attempt ${task.attempts} of ${task.maxAttempts}); requeued: ${message}`
          : `@${agent.name} failed "${task.title}"${retryable ? ` after ${task.attempts} attempts` : " (not retryable)"}: ${message}`,
        data: { error: message, ...(to === "FAILED" ? { claimedById: agentId } : {}) },
      });
      await settleAgent(unit, agent);
      return moved;
    });
  }

  async function release(taskId: string, agentId: string, reason?: string | null) {
    const why = optionalText("reason", reason, LIMITS.note);
    return sqlTransact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId);
      const moved = await moveTask(unit, agentActor(agentId), task, await requeueTarget(unit, taskId), {
        activityType: "task.released",
        eventType: "released",
        note: why ?? null,
        summary: `@${agent.name} released "${task.title}"${why ? `: ${why}` : ""}`,
        // A release is not an attempt: give back the one the claim counted.
        data: { attempts: Math.max(0, task.attempts - 1) },
      });
      await settleAgent(unit, agent);
      return moved;
    });
  }

  /**
   * Requeues tasks whose lease ran out (or fails them once their attempts are used up). Each task is
   * its own conditional update, so a worker finishing at the same moment, or a second sweeper, is safe.
   * @returns how many tasks were recovered
   */
  async function sweepExpiredLeases(now = new Date(), batch = 200): Promise<number> {
    let recovered = 0;
    for (;;) {
      const expired = await expiredLeaseIds(deps.sql, now, batch);
      recovered += await recoverEach(expired, now);
      if (expired.length < batch) return recovered;
    }
  }

  async function recoverEach(ids: readonly string[], now: Date): Promise<number> {
    let recovered = 0;
    for (const id of ids) {
      const done = await transact(deps, async (unit) => {
        const task = await unit.tx.task.findUnique({ where: { id } });
        if (task?.status !== "IN_PROGRESS" || !task.leaseExpiresAt || task.leaseExpiresAt >= now) return false;
        const holder = task.claimedById;
        const exhausted = task.attempts >= task.maxAttempts;
        const reason = `the lease of ${holder ?? "its agent"} expired at ${task.leaseExpiresAt.toISOString()} without a heartbeat or output`;
        await moveTask(unit, SYSTEM, task, exhausted ? "FAILED" : await requeueTarget(unit, id), {
          activityType: "task.lease_expired",
          eventType: "lease_expired",
          note: reason,
          summary: exhausted
            ? `"${task.title}" failed: ${reason}, and all ${task.maxAttempts} attempts are used`
            : `"${task.title}" was requeued (attempt ${task.attempts} of ${task.maxAttempts} used): ${reason}`,
          data: exhausted ? { error: reason } : {},
        });
        // A server-side run whose instance died leaves its run record RUNNING: close it.
        await unit.tx.taskRun.updateMany({
          where: { taskId: id, status: "RUNNING", kind: "WORK" },
          data: { status: "LOST", finishedAt: now, error: reason },
        });
        if (holder) {
          const agent = await unit.tx.agent.findUnique({ where: { id: holder } });
          if (agent) await settleAgent(unit, agent);
        }
        unit.afterCommit(() =>
          deps.events.emit("lease:expired", {
            taskId: id,
            agentId: holder,
            outcome: exhausted ? "FAILED" : "REQUEUED",
            at: Date.now(),
          }),
        );
        return true;
      });
      if (done) recovered++;
    }
    return recovered;
  }

  /** Marks agents silent for `missedLimit` heartbeat intervals OFFLINE. @returns how many */
  async function markSilentAgentsOffline(now = new Date()): Promise<number> {
    const cutoff = new Date(
      now.getTime() - deps.config.heartbeatIntervalSeconds * deps.config.heartbeatMissedLimit * 1000,
    );
    if (!(await agentsSilent(deps.sql, cutoff))) return 0;
    const silent = await deps.db.agent.findMany({
      where: {
        status: { not: "OFFLINE" },
        OR: [{ lastHeartbeatAt: { lt: cutoff } }, { lastHeartbeatAt: null, createdAt: { lt: cutoff } }],
      },
    });
    for (const agent of silent) {
      await transact(deps, async (unit) => {
        const res = await unit.tx.agent.updateMany({
          where: { id: agent.id, status: agent.status },
          data: { status: "OFFLINE" },
        });
        if (res.count === 0) return;
        await recordActivity(unit, {
          type: "agent.offline",
          actor: SYSTEM,
          agentId: agent.id,
          summary: `@${agent.name} went OFFLINE: no heartbeat since ${(agent.lastHeartbeatAt ?? agent.createdAt).toISOString()}`,
          before: { status: agent.status },
          after: { status: "OFFLINE" },
        });
        unit.emit({
          topic: "agent:event",
          payload: { type: "offline", agentId: agent.id, status: "OFFLINE", previousStatus: agent.status },
        });
      });
    }
    return silent.length;
  }

  /** Extends the lease of a task `agentId` holds (server-side runs keep their claim alive this way). */
  async function touchLease(taskId: string, agentId: string): Promise<boolean> {
    const lease = new Date(Date.now() + leaseMs());
    return (await extendLeases(deps.sql, { agentId, taskId, leaseExpiresAt: lease })) > 0;
  }

  return {
    claim,
    completeAndClaim,
    touchLease,
    readyIds,
    heartbeat,
    appendOutput,
    complete,
    fail,
    release,
    sweepExpiredLeases,
    markSilentAgentsOffline,
  };
}

export type ClaimService = ReturnType<typeof createClaimService>;

/**
 * The agent work protocol: claim, heartbeat, output, complete, fail, release, and the lease sweep.
 *
 * A claim is one conditional UPDATE whose subquery picks the next task; on PostgreSQL the subquery locks
 * with FOR UPDATE SKIP LOCKED, so concurrent claimers take different rows, and the outer WHERE re-checks
 * the row is still free. Capacity is checked in the same transaction after locking the agent's row, so
 * two claims by one agent cannot both pass it.
 */

import { Prisma } from "../db/client.js";
import { CLAIM_ORDER, claimableWhere, claimQueue, READY_WHERE } from "../domain/claim.js";
import { ClaimOutcome, OutputKind } from "../domain/enums.js";
import { needsReview, type TaskStatus } from "../domain/task-status.js";
import { LIMITS, optionalText, parseList, requireIntInRange } from "../domain/validate.js";
import { BadInputError, ConflictError, NotFoundError } from "../errors.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import { type Actor, recordActivity, type ServiceDeps, SYSTEM, taskEvent, transact, type Unit } from "./context.js";
import { createDocumentIn } from "./documents.js";
import { unreadCount } from "./notifications.js";
import { heldBy, loadTask, moveTask, requeueTarget } from "./task-moves.js";
import type { UsageInput, UsageService } from "./usage.js";

export interface ClaimResult {
  outcome: ClaimOutcome;
  task: Task | null;
}

function agentActor(agentId: string): Actor {
  return { type: "agent", id: agentId };
}

export function createClaimService(deps: ServiceDeps, usageService: UsageService) {
  const leaseMs = () => deps.config.leaseSeconds * 1000;
  const pg = () => deps.provider === "postgresql";

  async function loadAgent(unit: Unit, agentId: string, lock: boolean): Promise<Agent> {
    if (lock && pg()) await unit.tx.$queryRaw`SELECT "id" FROM "Agent" WHERE "id" = ${agentId} FOR UPDATE`;
    const agent = await unit.tx.agent.findUnique({ where: { id: agentId } });
    if (!agent) throw new NotFoundError("Agent", agentId);
    return agent;
  }

  async function setAgentStatus(unit: Unit, agent: Agent, status: string, type: string) {
    if (agent.status === status) return;
    await unit.tx.agent.update({ where: { id: agent.id }, data: { status } });
    unit.emit({ topic: "agent:event", payload: { type, agentId: agent.id, status, previousStatus: agent.status } });
  }

  const recordUsage = (unit: Unit, agentId: string, task: Task | null, usage?: readonly UsageInput[] | null) =>
    usageService.recordIn(unit, agentId, task, usage);

  /** The task, if `agentId` holds its claim; CONFLICT otherwise (someone else's, or the lease was lost). */
  async function requireHeld(unit: Unit, taskId: string, agentId: string): Promise<Task> {
    const task = await loadTask(unit, taskId);
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
   * The hot path, kept to a few raw statements (each Prisma ORM query costs a query-plan compile): one
   * UPDATE that picks, checks capacity and takes the task, then the activity row.
   */
  async function claim(
    agentId: string,
    maxCapacity?: number | null,
    options: { taskId?: string; projectId?: string | null } = {},
  ): Promise<ClaimResult> {
    if (maxCapacity != null) requireIntInRange("maxCapacity", maxCapacity, 1, 1000);
    const [agent] = await deps.db.$queryRaw<Agent[]>`SELECT * FROM "Agent" WHERE "id" = ${agentId}`;
    if (!agent) throw new NotFoundError("Agent", agentId);
    const capacity = maxCapacity ?? agent.maxCapacity;
    // Budgets first: nothing is taken (and no money spent) when the agent, or the task's project, is over.
    await usageService.ensureWithinBudget(agent, options.projectId ?? null);
    const overBudget = await usageService.projectsOverBudget();
    const only = options.taskId ? Prisma.sql` AND t."id" = ${options.taskId}` : Prisma.empty;
    const budgetFilter = overBudget.length
      ? Prisma.sql` AND (t."projectId" IS NULL OR t."projectId" NOT IN (${Prisma.join(overBudget)}))`
      : Prisma.empty;
    return transact(deps, async (unit) => {
      // PostgreSQL: one claim per agent at a time, so the capacity count below is exact.
      if (pg()) await unit.tx.$queryRaw`SELECT "id" FROM "Agent" WHERE "id" = ${agentId} FOR UPDATE`;
      const now = new Date();
      const lease = new Date(now.getTime() + leaseMs());
      const lock = pg() ? Prisma.sql`FOR UPDATE OF t SKIP LOCKED` : Prisma.empty;
      const rows = await unit.tx.$queryRaw<(Task & { assigneeCount: bigint | number })[]>(Prisma.sql`
        UPDATE "Task" SET "status" = 'IN_PROGRESS', "claimedById" = ${agentId}, "claimedAt" = ${now},
          "leaseExpiresAt" = ${lease}, "attempts" = "attempts" + 1, "startedAt" = COALESCE("startedAt", ${now}),
          "statusNote" = NULL, "updatedAt" = ${now}
        WHERE "id" = (
          SELECT t."id" FROM ${claimQueue(deps.provider)}
          WHERE ${claimableWhere(agentId, parseList(agent.specialties))}${only}${budgetFilter}
          ORDER BY ${CLAIM_ORDER}
          LIMIT 1 ${lock}
        ) AND "status" IN ('ASSIGNED', 'INBOX') AND "claimedById" IS NULL
          AND (SELECT COUNT(*) FROM "Task" h WHERE h."claimedById" = ${agentId} AND h."status" = 'IN_PROGRESS') < ${capacity}
        RETURNING *, (SELECT COUNT(*) FROM "TaskAssignment" a WHERE a."taskId" = "Task"."id") AS "assigneeCount"`);
      const row = rows[0];
      if (!row) {
        const held = await heldBy(unit, agentId);
        return { outcome: held >= capacity ? ClaimOutcome.AT_CAPACITY : ClaimOutcome.NO_TASK, task: null };
      }
      const { assigneeCount, ...task } = row;
      const previous = Number(assigneeCount) > 0 ? "ASSIGNED" : "INBOX";
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
      if (agent.status !== "ACTIVE" && agent.status !== "BLOCKED") {
        await unit.tx.$executeRaw`UPDATE "Agent" SET "status" = 'ACTIVE' WHERE "id" = ${agentId}`;
        unit.emit({
          topic: "agent:event",
          payload: { type: "status", agentId, status: "ACTIVE", previousStatus: agent.status },
        });
      }
      return { outcome: ClaimOutcome.CLAIMED, task };
    });
  }

  /** Ids of the tasks `agentId` (or, without one, anybody) could claim now, in claim order. */
  async function readyIds(agentId: string | null, limit = 100): Promise<string[]> {
    let where = READY_WHERE;
    if (agentId) {
      const agent = await deps.db.agent.findUnique({ where: { id: agentId } });
      if (!agent) throw new NotFoundError("Agent", agentId);
      where = claimableWhere(agentId, parseList(agent.specialties));
    }
    const ids = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT t."id" FROM ${claimQueue(deps.provider)} WHERE ${where} ORDER BY ${CLAIM_ORDER} LIMIT ${limit}`);
    return ids.map((r) => r.id);
  }

  async function pendingCount(unit: Unit, agent: Agent): Promise<number> {
    const rows = await unit.tx.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`
      SELECT COUNT(*) AS n FROM ${claimQueue(deps.provider)} WHERE ${claimableWhere(agent.id, parseList(agent.specialties))}`);
    return Number(rows[0]?.n ?? 0);
  }

  async function heartbeat(agentId: string, usage?: readonly UsageInput[] | null) {
    return transact(deps, async (unit) => {
      const agent = await loadAgent(unit, agentId, false);
      const now = new Date();
      await unit.tx.task.updateMany({
        where: { claimedById: agentId, status: "IN_PROGRESS" },
        data: { leaseExpiresAt: new Date(now.getTime() + leaseMs()) },
      });
      await recordUsage(unit, agentId, null, usage);
      const held = await heldBy(unit, agentId);
      const pendingTasks = await pendingCount(unit, agent);
      const status = agent.status === "BLOCKED" ? "BLOCKED" : held > 0 || pendingTasks > 0 ? "ACTIVE" : "IDLE";
      const updated = await unit.tx.agent.update({ where: { id: agentId }, data: { lastHeartbeatAt: now, status } });
      if (status !== agent.status) {
        unit.emit({
          topic: "agent:event",
          payload: { type: "heartbeat", agentId, status, previousStatus: agent.status },
        });
      }
      return { agent: updated, pendingTasks, unreadNotifications: await unreadCount(unit, agentId) };
    });
  }

  async function appendOutput(taskId: string, agentId: string, content: string, kind: OutputKind = OutputKind.MESSAGE) {
    if (content.length > LIMITS.outputChunk) {
      throw new BadInputError(`content is ${content.length} characters; a chunk holds at most ${LIMITS.outputChunk}`);
    }
    return transact(deps, async (unit) => {
      const now = new Date();
      const lease = new Date(now.getTime() + leaseMs());
      // Taking the next sequence number and extending the lease is one conditional statement: only the
      // holder of a live claim gets a number, and numbers are gap-free because the row is locked.
      const rows = await unit.tx.$queryRaw<{ outputSeq: number | bigint }[]>(Prisma.sql`
        UPDATE "Task" SET "outputSeq" = "outputSeq" + 1, "leaseExpiresAt" = ${lease}, "updatedAt" = ${now}
        WHERE "id" = ${taskId} AND "status" = 'IN_PROGRESS' AND "claimedById" = ${agentId}
        RETURNING "outputSeq"`);
      if (rows.length === 0) await requireHeld(unit, taskId, agentId);
      const seq = Number(rows[0]!.outputSeq);
      const chunk = await unit.tx.taskOutput.create({ data: { taskId, seq, kind, content, createdAt: now } });
      unit.emit({ topic: "task:output", payload: { ...chunk, createdAt: now.toISOString() } });
      return chunk;
    });
  }

  async function complete(
    taskId: string,
    agentId: string,
    result?: string | null,
    usage?: readonly UsageInput[] | null,
  ) {
    const text = optionalText("result", result, LIMITS.result);
    return transact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId, false);
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
      await settleAgent(unit, agent);
      return done;
    });
  }

  /** After an agent lets go of a task: IDLE when it holds nothing else. */
  async function settleAgent(unit: Unit, agent: Agent) {
    const held = await heldBy(unit, agent.id);
    if (held === 0 && agent.status === "ACTIVE") await setAgentStatus(unit, agent, "IDLE", "status");
  }

  async function fail(taskId: string, agentId: string, error: string, retryable = true) {
    const message = optionalText("error", error, LIMITS.note) ?? "";
    if (!message.trim()) throw new BadInputError("error must say what went wrong", { field: "error" });
    return transact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId, false);
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
    return transact(deps, async (unit) => {
      const task = await requireHeld(unit, taskId, agentId);
      const agent = await loadAgent(unit, agentId, false);
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
      const expired = await deps.db.task.findMany({
        where: { status: "IN_PROGRESS", leaseExpiresAt: { lt: now } },
        select: { id: true },
        take: batch,
        orderBy: { leaseExpiresAt: "asc" },
      });
      recovered += await recoverEach(
        expired.map((e) => e.id),
        now,
      );
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
    const res = await deps.db.task.updateMany({
      where: { id: taskId, claimedById: agentId, status: "IN_PROGRESS" },
      data: { leaseExpiresAt: lease },
    });
    return res.count > 0;
  }

  return {
    claim,
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

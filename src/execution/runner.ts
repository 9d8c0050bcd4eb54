/**
 * The execution engine: runs tasks through their agent's executor, in the background, through the same
 * claim path as every agent (so a task can never run twice), streaming output, keeping the lease alive,
 * and completing or failing the task. `runTask` starts one now; the auto-dispatch job starts ASSIGNED
 * tasks of server-side agents as slots free up (MC_MAX_CONCURRENT_RUNS per instance); `stopTask` aborts
 * a run wherever it runs (the `run:stop` topic reaches every instance). Automatic reviews run here too.
 *
 * It works through service methods only: the claim service moves the task, the run service
 * (services/runs.ts) keeps the run records, the usage, the messages and notices around a run; the runner
 * composes no transaction of its own (tests/unit/layers.test.ts).
 *
 * Crash safety: a run's only state outside the database is its process. If the instance dies, the lease
 * runs out and lease recovery requeues the task (and marks the run LOST); nothing is left stuck.
 */
import { randomBytes } from "node:crypto";
import type { Config } from "../config.js";
import { AgentBackend, OutputKind } from "../domain/enums.js";
import { type BuiltPrompt, parseVerdict, promptText } from "../domain/prompt.js";
import { SignOff } from "../domain/sign-off.js";
import { type TaskStatus, TRANSITIONS } from "../domain/task-status.js";
import { storableText } from "../domain/text.js";
import { AppError, AtCapacityError, ConflictError, InvalidTransitionError, NotFoundError } from "../errors.js";
import type { Executor, ExecutorInput, ExecutorResult } from "../executors/types.js";
import type { Agent, Task } from "../generated/prisma/client.js";
import { newId } from "../ids.js";
import { cliCommand } from "../package-root.js";
import { type Actor, agentConfigOf, type ServiceDeps, type Services } from "../services/index.js";
import { createOutputPump } from "./output-pump.js";

export type StopOutcome = "RELEASE" | "FAIL";

interface ActiveRun {
  controller: AbortController;
  stop: { outcome: StopOutcome; reason: string } | null;
  done: Promise<void>;
}

export interface RunnerOptions {
  deps: ServiceDeps;
  services: Services;
  isLeader: () => boolean;
  /** This server's GraphQL URL as a local process reaches it (null until it listens): live approvals. */
  selfUrl?: () => string | null;
}

export function createRunner({ deps, services, isLeader, selfUrl = () => null }: RunnerOptions) {
  const { config, logger } = deps;
  const { runs } = services;
  const instanceId = `inst_${randomBytes(6).toString("hex")}`;
  const active = new Map<string, ActiveRun>();
  let reserved = 0;
  let closing = false;
  let kickTimer: NodeJS.Timeout | null = null;
  const stopListeners: (() => void)[] = [];

  const slotsFree = () => config.maxConcurrentRuns - active.size - reserved;

  /** Reports a run as started (engine events); `finished` reports its end, with how long it took. */
  function reportRun(runId: string, taskId: string, agent: Agent, kind: "WORK" | "REVIEW", model: string | null) {
    const startedAt = Date.now();
    const about = { runId, taskId, agentId: agent.id, backend: agent.backend, kind };
    deps.events.emit("run:started", { ...about, model, startedAt });
    return {
      finished(status: string, error: string | null) {
        deps.events.emit("run:finished", { ...about, status, error, startedAt, durationMs: Date.now() - startedAt });
      },
    };
  }

  function executorFor(agent: Agent): Executor | null {
    return services.executors.get(agent.backend) ?? null;
  }

  function outputPump(taskId: string, agentId: string) {
    return createOutputPump(
      async (kind, content) => {
        try {
          await services.claims.appendOutput(taskId, agentId, content, kind);
        } catch (error) {
          if (error instanceof AppError && error.code === "CONFLICT") return "stop";
          logger.warn({ err: error, taskId }, "could not store run output");
        }
        return undefined;
      },
      { maxBytes: config.runOutputMaxBytes },
    );
  }

  /** What an executor gets for `task` run by `agent`. */
  function executorInput(
    task: Task,
    agent: Agent,
    prompt: BuiltPrompt,
    model: string | null,
    command: string[] | null,
  ): ExecutorInput {
    return {
      taskId: task.id,
      taskTitle: task.title,
      agentName: agent.name,
      prompt,
      promptText: promptText(prompt),
      command,
      agentConfig: agentConfigOf(agent.config),
      model,
    };
  }

  async function workInput(task: Task, agent: Agent) {
    const { prompt, route } = await services.prompts.forTask(task, agent);
    const command = task.command ? (JSON.parse(task.command) as string[]) : null;
    return { route, input: executorInput(task, agent, prompt, route.model, command) };
  }

  function track(key: string, work: (run: ActiveRun) => Promise<void>): void {
    const run: ActiveRun = { controller: new AbortController(), stop: null, done: Promise.resolve() };
    active.set(key, run);
    run.done = work(run)
      .catch((error: unknown) => logger.error({ err: error, key }, "run crashed"))
      .finally(() => {
        active.delete(key);
        kick();
      });
  }

  /**
   * Claims `task` for `agent` and starts its executor in the background.
   * @returns the claimed task, or null when the claim found it taken or the agent full
   */
  async function start(task: Task, agent: Agent): Promise<Task | null> {
    const executor = executorFor(agent);
    if (!executor) return null;
    if (slotsFree() <= 0) {
      throw new AtCapacityError(
        `${config.maxConcurrentRuns} runs are in progress on this instance (MC_MAX_CONCURRENT_RUNS); auto-dispatch starts this task when one finishes`,
      );
    }
    // The slot stays reserved until the run is tracked as active: a dispatch pass running meanwhile
    // (a kick and the periodic tick) must not see it free while the prompt and run record are written.
    reserved++;
    let reservation = true;
    const unreserve = () => {
      if (reservation) {
        reservation = false;
        reserved--;
      }
    };
    let claimed: Task | null;
    try {
      const result = await services.claims.claim(agent.id, null, { taskId: task.id, projectId: task.projectId });
      claimed = result.task;
    } catch (error) {
      unreserve();
      throw error;
    }
    if (!claimed) {
      unreserve();
      return null;
    }
    const runId = newId("TaskRun");
    let prepared: Awaited<ReturnType<typeof workInput>>;
    try {
      prepared = await workInput(claimed, agent);
      await runs.begin({
        id: runId,
        task: claimed,
        agent,
        kind: "WORK",
        model: prepared.route.model,
        tier: prepared.route.tier,
        instanceId,
      });
    } catch (error) {
      unreserve();
      // Claimed but not started: hand it straight back rather than leave it to the lease sweep.
      await services.claims.release(claimed.id, agent.id, "the run could not start").catch(() => {});
      throw error;
    }
    const { route, input } = prepared;
    const held = claimed;
    // Live approvals: the run's own key, for `mission-control mcp` as its permission-prompt tool.
    const url = selfUrl();
    const wantsApprovals = executor.asksForApprovals?.(input.agentConfig) === true && url !== null;
    if (wantsApprovals) {
      try {
        const expiresAt = new Date(Date.now() + executor.maxRunSeconds(input.agentConfig) * 1000);
        const secret = await services.apiKeys.createRunKey(runId, agent.id, expiresAt);
        const cli = cliCommand();
        input.approvals = {
          mcpServer: { command: cli.command, args: [...cli.args, "mcp", "--url", url], env: { MC_API_KEY: secret } },
        };
      } catch (error) {
        unreserve();
        await services.claims.release(held.id, agent.id, "the run could not start").catch(() => {});
        throw error;
      }
    }
    const report = reportRun(runId, held.id, agent, "WORK", route.model);
    unreserve(); // and, with no await between, the run becomes active:
    track(held.id, async (run) => {
      const pump = outputPump(held.id, agent.id);
      pump.push(
        "SYSTEM",
        `run ${runId} started on ${instanceId}: backend ${agent.backend}, model ${route.model ?? "default"} (${route.tier} tier: ${route.reason})`,
      );
      // The lease is renewed while the run may still be running and never past its deadline: a run
      // that outlives the longest its executor allows is aborted, and if even that does not end it,
      // the lease runs out and lease recovery takes the task back.
      const maxSeconds = executor.maxRunSeconds(input.agentConfig);
      const deadline = Date.now() + maxSeconds * 1000;
      const keepAlive = setInterval(
        () => {
          if (Date.now() < deadline) {
            void services.claims.touchLease(held.id, agent.id).catch(() => {});
            return;
          }
          clearInterval(keepAlive);
          logger.warn(
            { taskId: held.id, runId, maxSeconds },
            "run passed its deadline: aborted, lease left to run out",
          );
          run.controller.abort();
        },
        Math.max(1000, (config.leaseSeconds * 1000) / 3),
      );
      keepAlive.unref();
      let result: ExecutorResult;
      try {
        result = await executor.run(input, { signal: run.controller.signal, onOutput: pump.push, logger });
      } catch (error) {
        result = {
          ok: false,
          error: `the ${agent.backend} executor crashed: ${error instanceof Error ? error.message : String(error)}`,
          retryable: true,
          usage: [],
        };
      } finally {
        clearInterval(keepAlive);
      }
      await pump.flush();
      const { status, error } = await finishWork(held, agent, runId, result, run.stop);
      if (wantsApprovals) {
        await services.apiKeys
          .revokeRunKey(runId)
          .catch((err: unknown) => logger.error({ err, runId }, "could not revoke a run's key"));
        await services.approvals
          .endRun(runId)
          .catch((err: unknown) => logger.error({ err, runId }, "could not expire a run's approvals"));
      }
      report.finished(status, error);
    });
    return claimed;
  }

  /**
   * Completes a run that succeeded. Its result is stored whatever it holds (what no database can keep
   * becomes U+FFFD); if storing it fails all the same, the task is completed without it and the run's
   * output says why: a storage failure never turns a finished run into LOST.
   */
  async function completeStored(
    task: Task,
    agent: Agent,
    result: Extract<ExecutorResult, { ok: true }>,
  ): Promise<Task> {
    const text = result.result === null ? null : storableText(result.result);
    try {
      return await services.claims.complete(task.id, agent.id, text, result.usage);
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") throw error; // the claim is gone
      logger.error({ err: error, taskId: task.id }, "could not store a run's result; completing without it");
      await services.claims
        .appendOutput(task.id, agent.id, `the run's result could not be stored: ${String(error)}`, OutputKind.SYSTEM)
        .catch(() => {});
      return services.claims.complete(task.id, agent.id, null, result.usage);
    }
  }

  /** @returns the run's final status and error */
  async function finishWork(
    task: Task,
    agent: Agent,
    runId: string,
    result: ExecutorResult,
    stop: ActiveRun["stop"],
  ): Promise<{ status: string; error: string | null }> {
    let status = result.ok ? "SUCCEEDED" : stop ? "STOPPED" : "FAILED";
    let error = result.ok ? null : storableText(stop ? `stopped: ${stop.reason}` : result.error);
    try {
      if (stop) {
        await runs.recordUsage(agent.id, task, result.usage);
        if (stop.outcome === "RELEASE") await services.claims.release(task.id, agent.id, `stopped: ${stop.reason}`);
        else await services.claims.fail(task.id, agent.id, `stopped: ${stop.reason}`, false);
      } else if (result.ok) {
        const settled = await completeStored(task, agent, result);
        // A completion the task did not accept (a planning task's plan with problems) fails the run.
        if (settled.status !== "DONE" && settled.status !== "REVIEW") {
          status = "FAILED";
          error = settled.error;
        }
      } else {
        await runs.recordFailure(agent, task, result.usage, error!);
        // A failed dispatch counts its attempt; the task is FAILED once they are used up.
        await services.claims.fail(task.id, agent.id, error!, true);
      }
    } catch (e) {
      // The claim was lost meanwhile (lease recovery, an operator): the outcome is not ours to record.
      status = "LOST";
      logger.warn({ err: e, taskId: task.id }, "run finished after its claim was lost");
    }
    await runs.end(runId, { status, error, exitCode: result.exitCode ?? null });
    return { status, error };
  }

  /** runTask: dispatch an ASSIGNED task to its agent now. */
  async function runTask(actor: Actor, taskId: string): Promise<Task> {
    const task = await runs.taskWithAgents(taskId);
    const status = task.status as TaskStatus;
    if (status === "IN_PROGRESS") {
      throw new ConflictError(`task ${taskId} is already running (claimed by ${task.claimedById})`, { status });
    }
    if (status !== "ASSIGNED") {
      const why =
        status === "BLOCKED"
          ? "its dependencies are not all DONE or SKIPPED"
          : status === "INBOX"
            ? "it has no assignee: assign it to an agent first"
            : "only an ASSIGNED task can be run";
      throw new InvalidTransitionError(status, "IN_PROGRESS", TRANSITIONS[status], why);
    }
    if (task.signOff === SignOff.PENDING) {
      throw new ConflictError(
        `task ${taskId} waits for an operator's sign-off: allow its RUN approval with decideApproval first`,
        { status, signOff: task.signOff },
      );
    }
    const agents = task.assignments.map((a) => a.agent);
    const serverSide = agents.filter((a) => a.backend !== AgentBackend.EXTERNAL);
    if (!serverSide.length) {
      // External agents run themselves: tell them, they claim it.
      await runs.askToRun(actor, task, agents);
      return task;
    }
    for (const agent of serverSide) {
      const started = await start(task, agent);
      if (started) return started;
    }
    // Someone (the dispatcher, another instance) may have started it meanwhile.
    const now = await runs.task(taskId);
    if (now?.status === "IN_PROGRESS") {
      throw new ConflictError(`task ${taskId} is already running (claimed by ${now.claimedById})`, {
        status: now.status,
      });
    }
    throw new AtCapacityError(
      `no assignee of task ${taskId} can take it now: ${serverSide.map((a) => `@${a.name}`).join(", ")} ${serverSide.length > 1 ? "are" : "is"} at capacity`,
    );
  }

  /** stopTask: abort a running task and release it (back to the queue) or fail it. */
  async function stopTask(actor: Actor, taskId: string, outcome: StopOutcome, reason: string | null): Promise<Task> {
    const task = await runs.task(taskId);
    if (!task) throw new NotFoundError("Task", taskId);
    const target = outcome === "RELEASE" ? "ASSIGNED" : "FAILED";
    if (task.status !== "IN_PROGRESS") {
      throw new InvalidTransitionError(
        task.status,
        target,
        TRANSITIONS[task.status as TaskStatus],
        "only a running (IN_PROGRESS) task can be stopped",
      );
    }
    const why = reason?.trim() || `stopped by ${actor.type}${actor.id ? ` ${actor.id}` : ""}`;
    const local = active.get(taskId);
    if (local) {
      local.stop = { outcome, reason: why };
      local.controller.abort();
      await local.done;
    } else {
      if (await runs.workRunning(taskId)) {
        deps.pubsub.publish("run:stop", { taskId, outcome, reason: why });
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          const now = await runs.task(taskId);
          if (now?.status !== "IN_PROGRESS" || now.claimedAt?.getTime() !== task.claimedAt?.getTime()) break;
        }
      }
      // An external agent's claim (or a run whose instance is gone): act for the holder.
      const current = await runs.task(taskId);
      if (
        current?.status === "IN_PROGRESS" &&
        current.claimedById &&
        current.claimedAt?.getTime() === task.claimedAt?.getTime()
      ) {
        if (outcome === "RELEASE") await services.claims.release(taskId, current.claimedById, why);
        else await services.claims.fail(taskId, current.claimedById, why, false);
        await runs.stopped(taskId, why);
      }
    }
    return (await runs.task(taskId))!;
  }

  /** The reviewer agent a project (or MC_REVIEWER_AGENT) names, each looked up once per pass. */
  function reviewerLookup(): (projectReviewer: string | null) => Promise<Agent | null> {
    const seen = new Map<string, Promise<Agent | null>>();
    return (projectReviewer) => {
      const ref = projectReviewer ?? config.reviewerAgent;
      if (!ref) return Promise.resolve(null);
      let found = seen.get(ref);
      if (!found) {
        found = runs.agentNamed(ref);
        seen.set(ref, found);
      }
      return found;
    };
  }

  /** Sends tasks waiting in REVIEW to the configured reviewer agent. @returns reviews started */
  async function reviewPass(): Promise<number> {
    const waiting = await runs.inReview(50);
    let started = 0;
    const reviewerFor = reviewerLookup();
    for (const task of waiting) {
      if (slotsFree() <= 0) break;
      const key = `review:${task.id}`;
      if (active.has(key)) continue;
      const reviewer = await reviewerFor(task.project?.reviewerAgentId ?? null);
      if (!reviewer || reviewer.id === task.claimedById) continue; // never its own work: a human reviews
      if (await runs.reviewStartedSince(task.id, task.updatedAt)) continue;
      const runId = newId("TaskRun");
      const executor = executorFor(reviewer);
      await runs.begin({
        id: runId,
        task,
        agent: reviewer,
        kind: "REVIEW",
        model: reviewer.model,
        instanceId,
        notified: !executor,
      });
      if (!executor) continue;
      started++;
      const report = reportRun(runId, task.id, reviewer, "REVIEW", reviewer.model);
      track(key, async (run) => {
        const { status, error } = await executeReview(task, reviewer, executor, runId, run);
        report.finished(status, error);
      });
    }
    return started;
  }

  async function executeReview(
    task: Task,
    reviewer: Agent,
    executor: Executor,
    runId: string,
    run: ActiveRun,
  ): Promise<{ status: string; error: string | null }> {
    const prompt = await runs.reviewPrompt(task, reviewer);
    let text = "";
    const result = await executor
      .run(executorInput(task, reviewer, prompt, reviewer.model, null), {
        signal: run.controller.signal,
        onOutput: (kind, content) => {
          if (kind === "MESSAGE" || kind === "STDOUT") text += content;
        },
        logger,
      })
      .catch((e: unknown): ExecutorResult => ({ ok: false, error: String(e), retryable: true, usage: [] }));
    const answer = (result.ok ? (result.result ?? text) : text) || "";
    const verdict = result.ok ? parseVerdict(answer) : null;
    let status = "SUCCEEDED";
    let error: string | null = null;
    await runs.recordUsage(reviewer.id, task, result.usage);
    if (verdict) {
      try {
        await services.reviews.review(
          { type: "agent", id: reviewer.id },
          {
            taskId: task.id,
            verdict: verdict.verdict,
            feedback: verdict.feedback || `${verdict.verdict} by @${reviewer.name}`,
            reviewerAgentId: reviewer.id,
            // The verdict is for the submission it read: not for one made after it started.
            expect: { attempts: task.attempts, reviewCycles: task.reviewCycles },
          },
        );
      } catch (e) {
        status = "LOST";
        error = e instanceof Error ? e.message : String(e);
      }
    } else {
      status = "FAILED";
      error = result.ok ? "the reviewer's answer had no VERDICT: APPROVED|REJECTED line" : result.error;
      await runs
        .postSystem(
          task.id,
          `Automatic review by @${reviewer.name} gave no verdict (${error}); a human must review this task.`,
        )
        .catch(() => {});
    }
    await runs.end(runId, { status, error });
    return { status, error };
  }

  /** The pass running now, if any, and whether another was asked for meanwhile. */
  let passing: Promise<number> | null = null;
  let passAgain = false;

  /**
   * The auto-dispatch job: start ASSIGNED tasks of server-side agents while slots are free, then send
   * tasks in REVIEW to their reviewer. Single-flight: the job's tick and the wake-ups of task events
   * would otherwise run two passes at once, and two passes could both start a review of one submission
   * (the second verdict then landing on the next submission). A pass asked for while one runs follows it.
   * @returns started
   */
  function dispatchPass(): Promise<number> {
    if (passing) {
      passAgain = true;
      return passing.then(() => 0);
    }
    passing = (async () => {
      let started = 0;
      do {
        passAgain = false;
        started += await onePass();
      } while (passAgain && !closing);
      return started;
    })().finally(() => {
      passing = null;
    });
    return passing;
  }

  async function onePass(): Promise<number> {
    if (closing || !config.autoDispatch) return 0;
    let started = 0;
    if (slotsFree() > 0) {
      const candidates = await runs.dispatchable(Math.max(10, slotsFree() * 3));
      outer: for (const task of candidates) {
        for (const { agent } of task.assignments) {
          if (agent.backend === AgentBackend.EXTERNAL || active.has(task.id)) continue;
          if (slotsFree() <= 0) break outer;
          try {
            if (await start(task, agent)) {
              started++;
              continue outer;
            }
          } catch (error) {
            if (!(error instanceof AppError)) logger.error({ err: error, taskId: task.id }, "dispatch failed");
          }
        }
      }
    }
    started += await reviewPass();
    return started;
  }

  /** Wakes the dispatcher soon (task events, finished runs), on the leader only. */
  function kick() {
    if (closing || !config.autoDispatch || !isLeader() || kickTimer) return;
    kickTimer = setTimeout(() => {
      kickTimer = null;
      void dispatchPass().catch((error: unknown) => logger.error({ err: error }, "dispatch pass failed"));
    }, 10);
    kickTimer.unref();
  }

  async function listen(stream: AsyncIterable<unknown>, onEvent: (e: unknown) => void) {
    for await (const e of stream) onEvent(e);
  }

  function startListening(): void {
    const stops = deps.pubsub.subscribe("run:stop");
    const events = deps.pubsub.subscribe("task:event");
    stopListeners.push(
      () => void (stops as AsyncIterableIterator<unknown>).return?.(),
      () => void (events as AsyncIterableIterator<unknown>).return?.(),
    );
    void listen(stops, (e) => {
      const { taskId, outcome, reason } = e as { taskId: string; outcome: StopOutcome; reason: string };
      const run = active.get(taskId);
      if (run && !run.stop) {
        run.stop = { outcome, reason };
        run.controller.abort();
      }
    }).catch(() => {});
    void listen(events, (e) => {
      const status = (e as { task?: { status?: string } }).task?.status;
      if (status === "ASSIGNED" || status === "REVIEW") kick();
    }).catch(() => {});
  }

  /** Shutdown: stop local runs and hand their tasks back to the queue at once (no lease wait). */
  async function close(): Promise<void> {
    closing = true;
    if (kickTimer) clearTimeout(kickTimer);
    for (const stop of stopListeners) stop();
    for (const run of active.values()) {
      run.stop ??= { outcome: "RELEASE", reason: "the server shut down" };
      run.controller.abort();
    }
    await Promise.allSettled([...active.values()].map((r) => r.done));
  }

  return { runTask, stopTask, dispatchPass, startListening, close, kick, instanceId, activeRuns: () => active.size };
}

export type Runner = ReturnType<typeof createRunner>;
export type { Config };

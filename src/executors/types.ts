/**
 * One interface for every backend: `run(input, { signal, onOutput }) -> result`. An executor never touches
 * the database; the runner (src/execution/runner.ts) claims, streams its output, and completes or fails.
 */

import type { OutputKind } from "../domain/enums.js";
import type { BuiltPrompt } from "../domain/prompt.js";
import type { UsageInput } from "../domain/usage.js";
import type { Logger } from "../logger.js";

export interface ExecutorInput {
  taskId: string;
  taskTitle: string;
  agentName: string;
  prompt: BuiltPrompt;
  /** System and task prompt as one text (what stdin-driven executors read). */
  promptText: string;
  /** The task's own argv, when it has one (shell). */
  command: readonly string[] | null;
  /** The agent's `config` JSON. */
  agentConfig: Record<string, unknown>;
  /** The model chosen by routing (null: the backend's default). */
  model: string | null;
  /**
   * Where the run asks an operator about tool calls (live approvals), when its executor wants one: the
   * MCP server to start (`mission-control mcp` with the run's own key) for the agent to call.
   */
  approvals?: { mcpServer: { command: string; args: string[]; env: Record<string, string> } } | null;
}

export interface ExecutorContext {
  signal: AbortSignal;
  onOutput(kind: OutputKind, content: string): void;
  logger: Logger;
}

export type ExecutorResult =
  | { ok: true; result: string | null; usage: UsageInput[]; exitCode?: number | null }
  | {
      ok: false;
      error: string;
      /** False when running again cannot help (bad configuration, refused executable). */
      retryable: boolean;
      usage: UsageInput[];
      exitCode?: number | null;
      /** The run was stopped by its signal (stopTask or shutdown). */
      aborted?: boolean;
    };

export interface Executor {
  readonly backend: string;
  /** Checks an agent's config for this backend; returns the reason it is unusable, or null. */
  validateConfig(config: Record<string, unknown>): string | null;
  /**
   * The longest a run under this agent config can last, its own timeout and the grace to end it
   * included. The runner renews the run's lease no longer than this and then aborts it.
   */
  maxRunSeconds(config: Record<string, unknown>): number;
  /** Whether runs under this config ask a human about tool calls (and so need `input.approvals`). */
  asksForApprovals?(config: Record<string, unknown>): boolean;
  run(input: ExecutorInput, ctx: ExecutorContext): Promise<ExecutorResult>;
}

export function failure(
  error: string,
  retryable: boolean,
  extra: Partial<Extract<ExecutorResult, { ok: false }>> = {},
): ExecutorResult {
  return { ok: false, error, retryable, usage: [], ...extra };
}

/** The executors by backend name (built by execution/executors.ts). */
export type Executors = ReadonlyMap<string, Executor>;

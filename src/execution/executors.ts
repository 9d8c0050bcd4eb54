/**
 * The executor registry: the executors by backend name, built once by the server and handed to the
 * services (agent config checks) and the runner. `external` has none: nothing runs in the server for it.
 */
import type { Config } from "../config.js";
import { createClaudeCodeExecutor } from "../executors/claude-code.js";
import { createOpenAiExecutor } from "../executors/openai.js";
import { createShellExecutor } from "../executors/shell.js";
import type { Executor, Executors } from "../executors/types.js";

export type { Executors };

export function createExecutors(config: Config): Executors {
  return new Map<string, Executor>([
    ["shell", createShellExecutor(config)],
    ["openai", createOpenAiExecutor(config)],
    ["claude-code", createClaudeCodeExecutor(config)],
  ]);
}

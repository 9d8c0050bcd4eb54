/** The executors by backend name. `external` has none: nothing runs in the server for it. */
import type { Config } from "../config.js";
import { createClaudeCodeExecutor } from "./claude-code.js";
import { createOpenAiExecutor } from "./openai.js";
import { createShellExecutor } from "./shell.js";
import type { Executor } from "./types.js";

export type Executors = ReadonlyMap<string, Executor>;

export function createExecutors(config: Config): Executors {
  return new Map<string, Executor>([
    ["shell", createShellExecutor(config)],
    ["openai", createOpenAiExecutor(config)],
    ["claude-code", createClaudeCodeExecutor(config)],
  ]);
}

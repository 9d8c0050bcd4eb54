/**
 * `shell`: runs the task's `command` (argv) or the agent's `config.command` template, with the prompt on
 * stdin. stdout and stderr stream as STDOUT/STDERR chunks; exit code 0 completes the task with its stdout
 * as the result, anything else fails it (retryable). Off unless MC_SHELL_ALLOW lists the executable.
 *
 * Agent config: `{ "command": ["python3", "agent.py"], "cwd": "/srv/work", "env": {"LANG": "C"},
 * "timeoutSeconds": 600 }`; every key optional when tasks carry their own `command`.
 */
import type { Config } from "../config.js";
import { LIMITS } from "../domain/validate.js";
import {
  argvError,
  buildEnv,
  DRAIN_GRACE_MS,
  envError,
  KILL_GRACE_MS,
  type ProcessPolicy,
  processPolicy,
  resolveCwd,
  runProcess,
} from "./process.js";
import { type Executor, failure } from "./types.js";

export function timeoutOf(config: Record<string, unknown>, policy: ProcessPolicy): number {
  const t = config.timeoutSeconds;
  return typeof t === "number" && t > 0 ? Math.min(t, policy.timeoutSeconds) : policy.timeoutSeconds;
}

/** A local program's timeout plus the time its end may take (SIGTERM, SIGKILL, draining the pipes). */
export function processRunSeconds(config: Record<string, unknown>, policy: ProcessPolicy): number {
  return timeoutOf(config, policy) + Math.ceil((KILL_GRACE_MS + DRAIN_GRACE_MS) / 1000) + 5;
}

export function commonConfigError(config: Record<string, unknown>, policy: ProcessPolicy): string | null {
  const cwd = resolveCwd(config.cwd, policy);
  if ("error" in cwd) return cwd.error;
  const env = envError(config.env, policy);
  if (env) return env;
  if (
    config.timeoutSeconds !== undefined &&
    !(typeof config.timeoutSeconds === "number" && config.timeoutSeconds > 0)
  ) {
    return "config.timeoutSeconds must be a positive number";
  }
  return null;
}

export function createShellExecutor(serverConfig: Config): Executor {
  const policy = processPolicy(serverConfig);
  return {
    backend: "shell",
    maxRunSeconds: (config) => processRunSeconds(config, policy),
    validateConfig(config) {
      if (!policy.allow.length)
        return "server-side programs are off: set MC_SHELL_ALLOW to the executables that may run";
      if (config.command !== undefined) {
        const err = argvError(config.command as unknown[], policy);
        if (err) return `config.command: ${err}`;
      }
      return commonConfigError(config, policy);
    },
    async run(input, ctx) {
      const argv = input.command ?? (input.agentConfig.command as string[] | undefined) ?? null;
      if (!argv) return failure("no command to run: give the task a command or the agent a config.command", false);
      const bad = argvError(argv, policy) ?? commonConfigError(input.agentConfig, policy);
      if (bad) return failure(bad, false);
      const cwd = resolveCwd(input.agentConfig.cwd, policy) as { cwd: string };
      let stdout = "";
      let stderrTail = "";
      const outcome = await runProcess({
        argv,
        cwd: cwd.cwd,
        env: buildEnv(policy, {
          ...((input.agentConfig.env as Record<string, string> | undefined) ?? {}),
          MC_TASK_ID: input.taskId,
          MC_TASK_TITLE: input.taskTitle,
          MC_AGENT: input.agentName,
          ...(input.model ? { MC_MODEL: input.model } : {}),
        }),
        stdin: input.promptText,
        timeoutMs: timeoutOf(input.agentConfig, policy) * 1000,
        signal: ctx.signal,
        onStdout: (text) => {
          if (stdout.length < LIMITS.result) stdout += text;
          ctx.onOutput("STDOUT", text);
        },
        onStderr: (text) => {
          stderrTail = (stderrTail + text).slice(-2000);
          ctx.onOutput("STDERR", text);
        },
      });
      if (outcome.spawnError) return failure(`could not start ${argv[0]}: ${outcome.spawnError}`, false);
      if (outcome.aborted) return failure("stopped", false, { aborted: true, exitCode: outcome.exitCode });
      if (outcome.timedOut) return failure(`timed out after ${timeoutOf(input.agentConfig, policy)} s`, true);
      if (outcome.exitCode === 0)
        return { ok: true, result: stdout.slice(0, LIMITS.result) || null, usage: [], exitCode: 0 };
      const lastLine = stderrTail.trim().split("\n").at(-1) ?? "";
      return failure(
        `${argv[0]} exited with ${outcome.exitCode === null ? `signal ${outcome.signal}` : `code ${outcome.exitCode}`}${lastLine ? `: ${lastLine}` : ""}`,
        true,
        { exitCode: outcome.exitCode },
      );
    },
  };
}

/**
 * `claude-code`: runs the `claude` CLI in print mode (`-p --output-format stream-json --verbose`) with the
 * prompt on stdin. Its stream-json events become chunks: assistant text -> MESSAGE, tool calls ->
 * TOOL_USE, tool results -> TOOL_RESULT, the init event -> SYSTEM. Usage and cost come from the final
 * `result` event. The executable (config.executable, default "claude") must be in MC_SHELL_ALLOW: it runs
 * code on the server.
 *
 * Agent config: `{ "executable": "claude", "cwd": "/srv/repo", "permissionMode": "acceptEdits",
 * "allowedTools": ["Read", "Edit"], "maxTurns": 30, "timeoutSeconds": 1800,
 * "permissions": { "allow": ["Bash(git *)"], "confirm": ["Edit(*)"], "deny": ["Bash(rm -rf*)"] } }`;
 * permissions' allow and deny lists become `--allowedTools` and `--disallowedTools`.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Config } from "../config.js";
import { asksHumans, parsePermissions } from "../domain/permissions.js";
import type { UsageInput } from "../domain/usage.js";
import { argvError, buildEnv, processPolicy, resolveCwd, runProcess } from "./process.js";
import { commonConfigError, processRunSeconds, timeoutOf } from "./shell.js";
import { type Executor, type ExecutorContext, failure } from "./types.js";

const PERMISSION_MODES = ["default", "acceptEdits", "bypassPermissions", "plan"];

interface ContentBlock {
  type: string;
  text?: string;
  name?: string;
  input?: unknown;
  content?: unknown;
  is_error?: boolean;
}

interface StreamEvent {
  type: string;
  subtype?: string;
  model?: string;
  session_id?: string;
  message?: { content?: ContentBlock[] | string };
  result?: string;
  is_error?: boolean;
  total_cost_usd?: number;
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    cache_creation_input_tokens?: number;
    cache_read_input_tokens?: number;
  };
  modelUsage?: Record<
    string,
    {
      inputTokens?: number;
      outputTokens?: number;
      cacheReadInputTokens?: number;
      cacheCreationInputTokens?: number;
      costUSD?: number;
    }
  >;
}

function text(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content.map((c) => (typeof c?.text === "string" ? c.text : JSON.stringify(c))).join("\n");
  return JSON.stringify(content ?? "");
}

/** Turns one stream-json line into chunks; returns the event when it is the final result. */
export function handleEvent(
  line: string,
  onOutput: ExecutorContext["onOutput"],
  state: { model: string | null },
): StreamEvent | null {
  let event: StreamEvent;
  try {
    event = JSON.parse(line) as StreamEvent;
  } catch {
    if (line.trim()) onOutput("STDOUT", `${line}\n`);
    return null;
  }
  if (event.type === "system" && event.subtype === "init") {
    state.model = event.model ?? state.model;
    onOutput("SYSTEM", `claude session ${event.session_id ?? "?"} started (model ${event.model ?? "default"})`);
  } else if (event.type === "assistant" || event.type === "user") {
    const blocks = Array.isArray(event.message?.content) ? event.message.content : [];
    for (const b of blocks) {
      if (b.type === "text" && b.text) onOutput("MESSAGE", b.text);
      else if (b.type === "tool_use") onOutput("TOOL_USE", JSON.stringify({ name: b.name, input: b.input }));
      else if (b.type === "tool_result") onOutput("TOOL_RESULT", `${b.is_error ? "[error] " : ""}${text(b.content)}`);
    }
  } else if (event.type === "result") {
    return event;
  }
  return null;
}

export function usageOf(result: StreamEvent, fallbackModel: string | null): UsageInput[] {
  if (result.modelUsage && Object.keys(result.modelUsage).length) {
    return Object.entries(result.modelUsage).map(([model, u]) => ({
      model,
      inputTokens: (u.inputTokens ?? 0) + (u.cacheReadInputTokens ?? 0) + (u.cacheCreationInputTokens ?? 0),
      outputTokens: u.outputTokens ?? 0,
      costUsd: u.costUSD ?? null,
    }));
  }
  const u = result.usage ?? {};
  return [
    {
      model: fallbackModel ?? "claude",
      inputTokens: (u.input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0),
      outputTokens: u.output_tokens ?? 0,
      costUsd: result.total_cost_usd ?? null,
    },
  ];
}

/** The permission-prompt tool: `approve_tool` of the MCP server named `mission-control` (src/mcp/server.ts). */
export const APPROVAL_TOOL = "mcp__mission-control__approve_tool";

export function createClaudeCodeExecutor(serverConfig: Config): Executor {
  const policy = processPolicy(serverConfig);
  return {
    backend: "claude-code",
    maxRunSeconds: (config) => processRunSeconds(config, policy),
    asksForApprovals(config) {
      const parsed = config.permissions === undefined ? null : parsePermissions(config.permissions);
      return parsed !== null && "permissions" in parsed && asksHumans(parsed.permissions);
    },
    validateConfig(config) {
      const exe = config.executable ?? "claude";
      if (typeof exe !== "string") return "config.executable must be a string";
      const bad = argvError([exe], policy);
      if (bad) return bad;
      if (config.permissionMode !== undefined && !PERMISSION_MODES.includes(config.permissionMode as string)) {
        return `config.permissionMode must be one of ${PERMISSION_MODES.join(", ")}`;
      }
      if (
        config.allowedTools !== undefined &&
        !(Array.isArray(config.allowedTools) && config.allowedTools.every((t) => typeof t === "string"))
      ) {
        return "config.allowedTools must be a list of tool names";
      }
      if (config.maxTurns !== undefined && !(Number.isInteger(config.maxTurns) && (config.maxTurns as number) > 0)) {
        return "config.maxTurns must be a positive whole number";
      }
      return commonConfigError(config, policy);
    },
    async run(input, ctx) {
      const bad = this.validateConfig(input.agentConfig);
      if (bad) return failure(bad, false);
      const cfg = input.agentConfig as {
        executable?: string;
        permissionMode?: string;
        allowedTools?: string[];
        maxTurns?: number;
        cwd?: string;
        permissions?: unknown;
      };
      // config.permissions: allow and deny become Claude Code's own flags; any other call goes to the
      // permission-prompt tool, which asks Mission Control (the policy, or an operator for `confirm`).
      const parsed = cfg.permissions === undefined ? null : parsePermissions(cfg.permissions);
      const permissions = parsed && "permissions" in parsed ? parsed.permissions : null;
      const allowed = [...(cfg.allowedTools ?? []), ...(permissions?.allow ?? [])];
      const disallowed = permissions?.deny ?? [];
      const argv = [
        cfg.executable ?? "claude",
        "-p",
        "--output-format",
        "stream-json",
        "--verbose",
        ...(input.model ? ["--model", input.model] : []),
        ...(input.prompt.system ? ["--append-system-prompt", input.prompt.system] : []),
        ...(cfg.permissionMode ? ["--permission-mode", cfg.permissionMode] : []),
        ...(allowed.length ? ["--allowedTools", allowed.join(",")] : []),
        ...(disallowed.length ? ["--disallowedTools", disallowed.join(",")] : []),
        ...(cfg.maxTurns ? ["--max-turns", String(cfg.maxTurns)] : []),
      ];
      // Live approvals: Mission Control's MCP server (the run's own key) as the permission-prompt tool.
      let mcpDir: string | null = null;
      if (input.approvals) {
        mcpDir = mkdtempSync(path.join(tmpdir(), "mc-run-mcp-"));
        const file = path.join(mcpDir, "mcp.json");
        writeFileSync(file, JSON.stringify({ mcpServers: { "mission-control": input.approvals.mcpServer } }), {
          mode: 0o600,
        });
        argv.push("--mcp-config", file, "--permission-prompt-tool", APPROVAL_TOOL);
      }
      const state = { model: input.model };
      let result: StreamEvent | null = null;
      let pending = "";
      let stderrTail = "";
      const outcome = await runProcess({
        argv,
        cwd: (resolveCwd(cfg.cwd, policy) as { cwd: string }).cwd,
        env: buildEnv(policy, { MC_TASK_ID: input.taskId, MC_AGENT: input.agentName }),
        stdin: input.prompt.user,
        timeoutMs: timeoutOf(input.agentConfig, policy) * 1000,
        signal: ctx.signal,
        onStdout: (chunk) => {
          pending += chunk;
          let nl = pending.indexOf("\n");
          while (nl >= 0) {
            const line = pending.slice(0, nl);
            pending = pending.slice(nl + 1);
            nl = pending.indexOf("\n");
            result = handleEvent(line, ctx.onOutput, state) ?? result;
          }
        },
        onStderr: (chunk) => {
          stderrTail = (stderrTail + chunk).slice(-2000);
          ctx.onOutput("STDERR", chunk);
        },
      });
      if (mcpDir) rmSync(mcpDir, { recursive: true, force: true });
      if (pending.trim()) result = handleEvent(pending, ctx.onOutput, state) ?? result;
      const final = result as StreamEvent | null;
      const usage = final ? usageOf(final, state.model) : [];
      if (outcome.spawnError) return failure(`could not start ${argv[0]}: ${outcome.spawnError}`, false);
      if (outcome.aborted) return failure("stopped", false, { aborted: true, usage });
      if (outcome.timedOut)
        return failure(`timed out after ${timeoutOf(input.agentConfig, policy)} s`, true, { usage });
      if (!final) {
        return failure(
          `claude exited with code ${outcome.exitCode} without a result${stderrTail ? `: ${stderrTail.trim().split("\n").at(-1)}` : ""}`,
          true,
          { exitCode: outcome.exitCode },
        );
      }
      if (final.is_error || final.subtype !== "success") {
        return failure(
          `claude finished with ${final.subtype ?? "an error"}: ${(final.result ?? "").slice(0, 2000)}`,
          true,
          { usage, exitCode: outcome.exitCode },
        );
      }
      return { ok: true, result: final.result ?? null, usage, exitCode: outcome.exitCode };
    },
  };
}

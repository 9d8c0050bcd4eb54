/**
 * Running a local program for an executor (shell, claude-code): never through a shell (argv only), the
 * executable must be listed in MC_SHELL_ALLOW, the working directory must lie inside MC_SHELL_CWD_ALLOW
 * (default: a fresh scratch directory per run), the environment holds only MC_SHELL_ENV_ALLOW variables
 * plus the run's own, and the run's end (the program's exit, a timeout, a stop) ends every process it
 * started, those that left its group or session included (SIGTERM, then SIGKILL; process-tree.ts).
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Config } from "../config.js";
import { RUN_TOKEN_VAR, signalRun } from "./process-tree.js";

export interface ProcessPolicy {
  allow: readonly string[];
  cwdAllow: readonly string[];
  envAllow: readonly string[];
  timeoutSeconds: number;
}

export function processPolicy(config: Config): ProcessPolicy {
  return {
    allow: config.shellAllow,
    cwdAllow: config.shellCwdAllow,
    envAllow: config.shellEnvAllow,
    timeoutSeconds: config.shellTimeoutSeconds,
  };
}

/** Why `argv` may not run under `policy`, or null. */
export function argvError(argv: readonly unknown[], policy: ProcessPolicy): string | null {
  if (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== "string")) {
    return "the command must be a non-empty argv array of strings";
  }
  if (!policy.allow.length) {
    return "server-side programs are off: set MC_SHELL_ALLOW to the executables that may run";
  }
  if (!policy.allow.includes(argv[0] as string)) {
    return `"${argv[0]}" is not in MC_SHELL_ALLOW (${policy.allow.join(", ")})`;
  }
  return null;
}

/** The working directory a run may use, or a reason it may not. */
export function resolveCwd(requested: unknown, policy: ProcessPolicy): { cwd: string } | { error: string } {
  if (requested === undefined || requested === null || requested === "") return { cwd: "" };
  if (typeof requested !== "string") return { error: "config.cwd must be a path" };
  let real: string;
  try {
    real = realpathSync(path.resolve(requested));
  } catch {
    return { error: `config.cwd ${requested} does not exist` };
  }
  for (const root of policy.cwdAllow) {
    let r: string;
    try {
      r = realpathSync(path.resolve(root));
    } catch {
      continue;
    }
    if (real === r || real.startsWith(r + path.sep)) return { cwd: real };
  }
  return {
    error: `config.cwd ${requested} is not inside MC_SHELL_CWD_ALLOW (${policy.cwdAllow.join(", ") || "empty"})`,
  };
}

/** Why `env` (from an agent's config) may not be passed, or null. */
export function envError(env: unknown, policy: ProcessPolicy): string | null {
  if (env === undefined || env === null) return null;
  if (typeof env !== "object" || Array.isArray(env)) return "config.env must be an object of strings";
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== "string") return `config.env.${k} must be a string`;
    if (!policy.envAllow.includes(k))
      return `config.env.${k} is not in MC_SHELL_ENV_ALLOW (${policy.envAllow.join(", ")})`;
  }
  return null;
}

export interface SpawnOptions {
  argv: readonly string[];
  cwd: string;
  env: Record<string, string>;
  stdin: string;
  timeoutMs: number;
  signal: AbortSignal;
  onStdout(text: string): void;
  onStderr(text: string): void;
}

export interface SpawnOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  spawnError: string | null;
}

export function buildEnv(policy: ProcessPolicy, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of policy.envAllow) {
    const v = process.env[name];
    if (v !== undefined) env[name] = v;
  }
  return { ...env, ...extra };
}

/** How long a program gets between SIGTERM and SIGKILL when a timeout or stop ends it. */
export const KILL_GRACE_MS = 5000;
/**
 * After the program exits, how long its output pipes may stay open (held by a descendant that has
 * been signalled meanwhile) before the run stops reading them and ends anyway.
 */
export const DRAIN_GRACE_MS = 1500;

/**
 * Runs a program to its end (or timeout, or abort). A run without a cwd gets a scratch directory.
 *
 * The run ends when the program exits, not when its output pipes close: a descendant that outlived it
 * (in its group, or in a session of its own) would otherwise hold them open for ever. At that exit,
 * and at a timeout or stop, every process of the run is signalled (process-tree.ts): SIGTERM, then
 * SIGKILL after a grace; the pipes get DRAIN_GRACE_MS to deliver what is left.
 */
export function runProcess(opts: SpawnOptions): Promise<SpawnOutcome> {
  const scratch = opts.cwd ? null : mkdtempSync(path.join(tmpdir(), "mc-run-"));
  const cwd = opts.cwd || scratch!;
  const token = randomUUID();
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    let drainTimer: NodeJS.Timeout | undefined;
    const child = spawn(opts.argv[0]!, opts.argv.slice(1), {
      cwd,
      env: { ...opts.env, [RUN_TOKEN_VAR]: token },
      shell: false,
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const signalAll = (sig: NodeJS.Signals) => signalRun(child.pid, token, sig);
    /** A timeout or stop: SIGTERM now, SIGKILL after KILL_GRACE_MS if the program is still there. */
    const end = () => {
      signalAll("SIGTERM");
      if (killTimer) return;
      killTimer = setTimeout(() => signalAll("SIGKILL"), KILL_GRACE_MS);
      killTimer.unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      end();
    }, opts.timeoutMs);
    const onAbort = () => {
      aborted = true;
      end();
    };
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener("abort", onAbort, { once: true });
    const finish = (outcome: Omit<SpawnOutcome, "timedOut" | "aborted">) => {
      if (settled) return;
      settled = true;
      // Whatever of the run outlived its SIGTERM until now is killed before the run counts as ended:
      // a server shutting down exits right after, before any timer of ours would fire.
      if (child.pid) signalAll("SIGKILL");
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (drainTimer) clearTimeout(drainTimer);
      opts.signal.removeEventListener("abort", onAbort);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ ...outcome, timedOut, aborted });
    };
    child.stdout.setEncoding("utf8").on("data", (d: string) => opts.onStdout(d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => opts.onStderr(d));
    child.stdin.on("error", () => {
      /* the program did not read its stdin: fine */
    });
    child.stdin.end(opts.stdin);
    child.on("error", (err) => finish({ exitCode: null, signal: null, spawnError: err.message }));
    child.on("exit", (code, sig) => {
      // The program is done: what it left behind gets SIGTERM now and SIGKILL when the run ends (see
      // finish), once the pipes have had a short grace to deliver what is still in them.
      signalAll("SIGTERM");
      drainTimer = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish({ exitCode: code, signal: sig, spawnError: null });
      }, DRAIN_GRACE_MS);
      drainTimer.unref();
    });
    child.on("close", (code, sig) => finish({ exitCode: code, signal: sig, spawnError: null }));
  });
}

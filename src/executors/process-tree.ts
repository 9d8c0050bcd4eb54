/**
 * Finding every process a run started, including those that left its process group or session
 * (`setsid`, `nohup`, a daemonising dev server, an installer's helper): each run's environment carries
 * a token of its own (`MC_RUN_TOKEN`), which descendants inherit, and the run's end signals every
 * process whose environment holds it, as well as the process group. Linux's /proc is read; where there
 * is none only the group is signalled. A descendant that clears its environment escapes (documented in
 * docs/security.md); a cgroup per run would not, and needs privileges this server does not assume.
 */
import { readdirSync, readFileSync } from "node:fs";

export const RUN_TOKEN_VAR = "MC_RUN_TOKEN";

/** Pids of the processes (never this one) whose environment carries `token`. */
export function pidsCarrying(token: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const needle = `\0${RUN_TOKEN_VAR}=${token}\0`;
  const found: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, "latin1");
    } catch {
      continue; // gone, or not ours to read
    }
    if (`\0${environ}`.includes(needle)) found.push(pid);
  }
  return found;
}

/** Sends `signal` to the process group `leader` led and to every process carrying `token`. */
export function signalRun(leader: number | undefined, token: string, signal: NodeJS.Signals): void {
  if (leader) {
    try {
      process.kill(-leader, signal);
    } catch {
      /* the group is empty */
    }
  }
  for (const pid of pidsCarrying(token)) {
    try {
      process.kill(pid, signal);
    } catch {
      /* gone meanwhile */
    }
  }
}

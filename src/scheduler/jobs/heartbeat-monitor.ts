import type { ClaimService } from "../../services/claims.js";
import type { Job } from "../index.js";

/** Marks agents OFFLINE after they miss too many heartbeats, publishing `agentEvents`. */
export function heartbeatMonitorJob(claims: ClaimService, everySeconds: number): Job {
  return {
    name: "heartbeat-monitor",
    everySeconds,
    run: () => claims.markSilentAgentsOffline(),
  };
}

import type { ClaimService } from "../../services/claims.js";
import type { Job } from "../index.js";

/** Requeues (or fails) tasks whose lease expired: a crashed or silent agent never leaves work stuck. */
export function leaseRecoveryJob(claims: ClaimService, everySeconds: number): Job {
  return {
    name: "lease-recovery",
    everySeconds,
    run: () => claims.sweepExpiredLeases(),
  };
}

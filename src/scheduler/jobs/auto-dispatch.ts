import type { Runner } from "../../execution/runner.js";
import type { Job } from "../index.js";

/**
 * Starts ASSIGNED tasks of server-side agents (and automatic reviews) while run slots are free. Task
 * events wake the runner sooner; this tick is the safety net that catches anything an event missed.
 */
export function autoDispatchJob(runner: Runner, everySeconds: number): Job {
  return {
    name: "auto-dispatch",
    everySeconds,
    run: () => runner.dispatchPass(),
  };
}

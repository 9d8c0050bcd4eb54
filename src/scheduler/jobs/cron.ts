import type { CronService } from "../../services/cron.js";
import type { Job } from "../index.js";

/** Fires due cron occurrences, each exactly once (see services/cron.ts). Every second. */
export function cronJob(cron: CronService): Job {
  return { name: "cron", schedule: "* * * * * *", run: () => cron.tick() };
}

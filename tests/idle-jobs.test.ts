/**
 * The background jobs on a server with nothing to do: each pass asks the driver path whether anything is
 * due and stops there, without an ORM query (which Prisma plans again on every call: the polls of an
 * idle server cost ~20 ms of CPU a second through it). When something is due, the job still does it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCounter } from "../src/db/adapter-wrap.js";
import { graphql } from "./generated/index.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

const JOBS = ["cron", "webhook-delivery", "lease-recovery", "heartbeat-monitor", "auto-dispatch"] as const;

describe.each(PROVIDERS)("background jobs on an idle server on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Runs a job's pass; returns its result and the statements it made, in all and through the ORM. */
  const pass = async (job: string) => {
    const store = { count: 0, orm: 0 };
    const result = await queryCounter.run(store, () => t.server.scheduler.runNow(job));
    return { result, ...store };
  };

  it("finds nothing due without an ORM query, and still does what is due", async () => {
    // Things that are not due: a paused cron job, a task that waits on no one, a fresh agent, a task
    // assigned to an agent that runs itself.
    const { createAgent } = await t.ok(
      graphql(`mutation IdleJobsCreateAgent { createAgent(input: { name: "idle-external" }) { id } }`),
    );
    await t.ok(
      graphql(
        `mutation IdleJobsCreateTask($a: [ID!]) { createTask(input: { title: "theirs", assigneeIds: $a }) { id } }`,
      ),
      { a: [createAgent.id] },
    );
    await t.ok(
      graphql(
        `mutation IdleJobsCreatePausedCron { createCronJob(input: { name: "idle-paused", schedule: "* * * * *", paused: true, taskTemplate: { title: "never" } }) { id } }`,
      ),
    );
    for (const job of JOBS) {
      const { count, orm } = await pass(job);
      expect(orm, job).toBe(0);
      expect(count, job).toBeGreaterThanOrEqual(1); // it did look
    }

    // A cron job that is due: the pass reads it through the ORM and fires it.
    const { createCronJob } = await t.ok(
      graphql(
        `mutation IdleJobsCreateDueCron { createCronJob(input: { name: "idle-due", schedule: "0 0 1 1 *", taskTemplate: { title: "fired" } }) { id } }`,
      ),
    );
    await t.server.db.cronJob.update({
      where: { id: createCronJob.id },
      data: { nextRunAt: new Date(Date.now() - 5_000) },
    });
    const fired = await pass("cron");
    expect(fired.result).toBe(1);
    expect(fired.orm).toBeGreaterThan(0);
    expect(await t.server.db.task.count({ where: { title: "fired" } })).toBe(1);
  });
});

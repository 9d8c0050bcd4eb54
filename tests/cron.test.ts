/**
 * Recurring tasks: validation, pause/resume/trigger/delete, exactly one task per occurrence under
 * concurrent ticks (and across two instances on one database), catch-up policies, the live scheduler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const CREATE = graphql(
  `mutation CronCreateCronJob($i: CreateCronJobInput!) { createCronJob(input: $i) { id name schedule timezone paused catchUp nextRunAt lastRunAt } }`,
);

describe.each(PROVIDERS)("cron on %s", (provider) => {
  let t: TestServer;
  let n = 0;
  beforeAll(async () => {
    // Every-10-seconds schedules below: allowed by lowering the shortest interval for this server.
    t = await startTestServer(provider, { cronGraceSeconds: 60, cronMinIntervalSeconds: 1 });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function job(schedule: string, extra: Record<string, unknown> = {}) {
    const r = await t.ok(CREATE, {
      i: {
        name: `job-${++n}`,
        schedule,
        taskTemplate: { title: "report for {{date}}", priority: "HIGH", tags: ["daily"] },
        ...extra,
      },
    });
    return r.createCronJob;
  }
  const tasksOf = async (id: string) =>
    (
      await t.ok(
        graphql(`query CronCronJobs { cronJobs { id lastRunAt nextRunAt recentTasks { id title tags priority } } }`),
      )
    ).cronJobs.find((j: { id: unknown }) => j.id === id);

  it("refuses invalid schedules and timezones with the reason", async () => {
    const bad = await t.gql(CREATE, { i: { name: "bad", schedule: "61 * * * *", taskTemplate: { title: "x" } } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/61.*0-59/);
    const fields = await t.gql(CREATE, { i: { name: "bad", schedule: "* *", taskTemplate: { title: "x" } } });
    expect(fields.errors?.[0]?.message).toMatch(/has 2 fields/);
    const tz = await t.gql(CREATE, {
      i: { name: "bad", schedule: "0 9 * * *", timezone: "Mars/Olympus", taskTemplate: { title: "x" } },
    });
    expect(tz.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tz.errors?.[0]?.message).toMatch(/IANA timezone/);
    expect((await t.ok(graphql(`query CronCronJobs2 { cronJobs { id } }`))).cronJobs).toEqual([]);
  });

  it("computes nextRunAt in the job's timezone, with an optional seconds field", async () => {
    const paris = await job("30 9 * * *", { timezone: "Europe/Paris" });
    const next = new Date(paris.nextRunAt!);
    const local = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hour: "2-digit",
      minute: "2-digit",
    }).format(next);
    expect(local).toBe("09:30");
    expect(next.getTime()).toBeGreaterThan(Date.now());
    const secs = await job("*/10 * * * * *");
    expect(new Date(secs.nextRunAt!).getUTCSeconds() % 10).toBe(0);
    expect(new Date(secs.nextRunAt!).getTime() - Date.now()).toBeLessThanOrEqual(10_000);
  });

  it("creates exactly one task per occurrence, however many ticks race for it", async () => {
    const j = await job("0 * * * *");
    const due = new Date(j.nextRunAt!);
    const at = new Date(due.getTime() + 1000);
    const created = await Promise.all(Array.from({ length: 8 }, () => t.server.services.cron.tick(at)));
    expect(created.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const after = await tasksOf(j.id);
    const mine = after!.recentTasks;
    expect(mine).toHaveLength(1);
    expect(mine[0]!.title).toBe(`report for ${due.toISOString().slice(0, 10)}`);
    expect(mine[0]!.tags).toEqual(["cron", "daily"]);
    expect(mine[0]!.priority).toBe("HIGH");
    expect(new Date(after!.nextRunAt!).getTime()).toBe(due.getTime() + 3600_000);
    // The same occurrence again (a restarted instance replaying it) creates nothing.
    await t.server.services.cron.tick(at);
    expect((await tasksOf(j.id))!.recentTasks).toHaveLength(1);
  });

  it("skips occurrences missed while down by default, or runs the latest once with RUN_ONCE", async () => {
    const skip = await job("0 * * * *");
    const once = await job("0 * * * *", { catchUp: "RUN_ONCE" });
    const later = new Date(new Date(skip.nextRunAt!).getTime() + 5 * 3600_000 + 120_000); // five hours and two minutes late
    await t.server.services.cron.tick(later);
    expect((await tasksOf(skip.id))!.recentTasks).toHaveLength(0);
    const ran = await tasksOf(once.id);
    expect(ran!.recentTasks).toHaveLength(1);
    const act = await t.ok(graphql(`query CronActivity { activity(first: 50) { edges { node { type summary } } } }`));
    expect(
      act.activity.edges.some(
        (e: { node: { type: unknown; summary: string } }) =>
          e.node.type === "cron.skipped" && e.node.summary.includes(`job-${n - 1}`),
      ),
    ).toBe(true);
    expect(new Date((await tasksOf(skip.id))!.nextRunAt!).getTime()).toBeGreaterThan(later.getTime());
  });

  it("records an occurrence whose template broke (its assignee was deleted) once, with the reason", async () => {
    const gone = (await makeAgent(t, { name: "cron-leaver" })).id;
    const j = (
      await t.ok(CREATE, {
        i: { name: `job-${++n}`, schedule: "0 * * * *", taskTemplate: { title: "for a leaver", assigneeIds: [gone] } },
      })
    ).createCronJob;
    await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: gone });
    const at = new Date(Date.parse(j.nextRunAt!) + 1000);
    expect(await t.server.services.cron.tick(at)).toBe(0);
    expect(await t.server.services.cron.tick(at)).toBe(0);
    const after = await tasksOf(j.id);
    expect(after!.recentTasks).toEqual([]);
    expect(Date.parse(after!.nextRunAt!)).toBeGreaterThan(at.getTime());
    expect(await t.server.db.cronRun.count({ where: { jobId: j.id } })).toBe(1);
    const act = await t.ok(graphql(`query CronActivity2 { activity(first: 20) { edges { node { type summary } } } }`));
    const failed = act.activity.edges.filter((e: { node: { type: unknown } }) => e.node.type === "cron.failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.node.summary).toMatch(/does not exist/);
  });

  it("pauses, resumes, triggers by hand and deletes", async () => {
    const j = await job("0 0 1 1 *");
    const paused = await t.ok(graphql(`mutation CronPauseCronJob($id: ID!) { pauseCronJob(id: $id) { paused } }`), {
      id: j.id,
    });
    expect(paused.pauseCronJob.paused).toBe(true);
    await t.server.services.cron.tick(new Date(new Date(j.nextRunAt!).getTime() + 1000));
    expect((await tasksOf(j.id))!.recentTasks).toHaveLength(0);
    const resumed = await t.ok(
      graphql(`mutation CronResumeCronJob($id: ID!) { resumeCronJob(id: $id) { paused nextRunAt } }`),
      { id: j.id },
    );
    expect(resumed.resumeCronJob.paused).toBe(false);
    const manual = await t.ok(
      graphql(`mutation CronTriggerCronJob($id: ID!) { triggerCronJob(id: $id) { id title status } }`),
      { id: j.id },
    );
    expect(manual.triggerCronJob.status).toBe("INBOX");
    const listed = await tasksOf(j.id);
    expect(listed!.recentTasks.map((x: { id: unknown }) => x.id)).toEqual([manual.triggerCronJob.id]);
    expect(listed!.lastRunAt).not.toBeNull();
    expect(
      (await t.ok(graphql(`mutation CronDeleteCronJob($id: ID!) { deleteCronJob(id: $id) }`), { id: j.id }))
        .deleteCronJob,
    ).toBe(j.id);
    const gone = await t.gql(graphql(`mutation CronTriggerCronJob2($id: ID!) { triggerCronJob(id: $id) { id } }`), {
      id: j.id,
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe.each(PROVIDERS)("cron scheduler on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider, { schedulerEnabled: true, cronMinIntervalSeconds: 1 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("fires an every-second job once per second, each occurrence once", async () => {
    const j = (
      await t.ok(CREATE, {
        i: { name: "ticker", schedule: "* * * * * *", taskTemplate: { title: "tick {{occurrence}}" } },
      })
    ).createCronJob;
    const tasks = await waitFor(
      async () => {
        const r = (await t.ok(graphql(`query CronCronJobs3 { cronJobs { id recentTasks { title } } }`))).cronJobs.find(
          (x: { id: unknown }) => x.id === j.id,
        );
        return r!.recentTasks.length >= 3 ? r!.recentTasks : null;
      },
      10_000,
      "three occurrences",
    );
    await t.ok(graphql(`mutation CronPauseCronJob2($id: ID!) { pauseCronJob(id: $id) { id } }`), { id: j.id });
    const titles = tasks.map((x) => x.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(new Date(title.slice(5)).getUTCMilliseconds()).toBe(0);
  });
});

describe("the shortest cron interval", () => {
  it("refuses a schedule that fires more often than MC_CRON_MIN_INTERVAL_SECONDS (default 60) and accepts one at it", async () => {
    const t = await startTestServer("sqlite");
    try {
      const create = (schedule: string) =>
        t.gql(CREATE, { i: { name: `often-${schedule.replace(/\W/g, "")}`, schedule, taskTemplate: { title: "x" } } });
      for (const schedule of ["* * * * * *", "*/30 * * * * *", "0,30 * * * * *", "0-5 0 * * * *"]) {
        const r = await create(schedule);
        expect(r.errors?.[0]?.extensions?.code, schedule).toBe("BAD_USER_INPUT");
        expect(r.errors?.[0]?.extensions?.field).toBe("schedule");
        expect(r.errors?.[0]?.message).toMatch(/MC_CRON_MIN_INTERVAL_SECONDS/);
      }
      for (const schedule of ["0 * * * * *", "* * * * *", "0 9 * * 1-5"]) {
        const r = await create(schedule);
        expect(r.errors, schedule).toBeUndefined();
      }
    } finally {
      await t.close();
    }
  });
});

/**
 * The live board in real Chromium (Debian's `chromium`, driven by playwright-core): a task created
 * through the API appears without a reload, moves between columns, and its output streams into the task
 * panel. Saves a screenshot (docs/board.png when MC_SAVE_SCREENSHOT=1). Skipped, with the reason, where
 * /usr/bin/chromium is missing (`.ci/run` installs it).
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { ADMIN_KEY, startTestServer, type TestServer } from "./helpers/server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`[tests] ${CHROMIUM} not found: the browser test of the board is skipped (apt-get install chromium).`);

describe.skipIf(!haveChromium)("live board in Chromium", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  beforeAll(async () => {
    // Webhooks to a local address (nothing listens there: the deliveries stay pending) may be created.
    t = await startTestServer("sqlite", { outboundAllow: ["127.0.0.1"] });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    // Anything the page's CSP refuses shows up as a console error.
    page.on("console", (m) => {
      // (Not the 401 the login probe expects, nor the favicon's 404.)
      if (/Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(String(e)));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const column = (status: string) => page.locator(`.column[data-status="${status}"]`);

  it("asks for a key, then shows the board", async () => {
    await page.goto(`${t.httpUrl}/`);
    await page.locator("#login").waitFor({ state: "visible" });
    await page.fill("#key", ADMIN_KEY);
    await page.click("#login button");
    await page.waitForSelector("body[data-ready]");
    expect(await column("INBOX").locator(".count").textContent()).toBe("0");
    // Styled from /board.css under a CSP without 'unsafe-inline', and nothing refused.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(15, 20, 25)");
    expect(problems).toEqual([]);
  }, 30_000);

  it("shows a task created through the API without a reload, moves it, and streams its output", async () => {
    const agent = (
      await t.ok(
        graphql(`mutation BoardCreateAgent { createAgent(input: { name: "painter", role: "illustrator" }) { id } }`),
      )
    ).createAgent.id;
    await page
      .locator('.agent[data-agent="painter"]')
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    const first = (
      await t.ok(
        graphql(`mutation BoardCreateTask { createTask(input: { title: "Sketch the logo", priority: HIGH }) { id } }`),
      )
    ).createTask.id;
    await column("INBOX").locator(`[data-task="${first}"]`).waitFor({ timeout: 10_000 });
    expect(await column("INBOX").locator(".count").textContent()).toBe("1");
    const second = (
      await t.ok(
        graphql(
          `mutation BoardCreateTask2($d: [ID!]) { createTask(input: { title: "Color the logo", dependsOn: $d }) { id } }`,
        ),
        {
          d: [first],
        },
      )
    ).createTask.id;
    await column("BLOCKED").locator(`[data-task="${second}"]`).waitFor({ timeout: 10_000 });

    await t.ok(
      graphql(`mutation BoardAssignTask($t: ID!, $a: [ID!]!) { assignTask(taskId: $t, agentIds: $a) { id } }`),
      {
        t: first,
        a: [agent],
      },
    );
    await column("ASSIGNED").locator(`[data-task="${first}"]`).waitFor({ timeout: 10_000 });
    await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: agent });
    await column("IN_PROGRESS").locator(`[data-task="${first}"]`).waitFor({ timeout: 10_000 });
    expect(await column("ASSIGNED").locator(".count").textContent()).toBe("0");
    await t.ok(
      graphql(
        `mutation BoardAppendTaskOutput($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }`,
      ),
      { t: first, a: agent, c: "drafting outlines\n" },
    );

    await page.click(`[data-task="${first}"]`);
    await page.locator("#panel.open #graph svg").waitFor();
    await page.locator('#output [data-seq="1"]').waitFor({ timeout: 10_000 });
    for (const line of ["inking\n", "done sketching\n"]) {
      await t.ok(
        graphql(
          `mutation BoardAppendTaskOutput2($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c, kind: STDOUT) { seq } }`,
        ),
        { t: first, a: agent, c: line },
      );
    }
    await page.locator('#output [data-seq="3"]').waitFor({ timeout: 10_000 });
    expect(await page.locator("#output").textContent()).toBe("drafting outlines\ninking\ndone sketching\n");
    expect(await page.locator("#graph svg text").allTextContents()).toEqual(
      expect.arrayContaining(["Sketch the logo", "Color the logo"]),
    );
    expect(await page.locator("#activity").textContent()).toContain('claimed "Sketch the logo"');
    const shot = process.env.MC_SAVE_SCREENSHOT ? "docs/board.png" : path.join(tmpdir(), "mc-board.png");
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
  }, 60_000);

  it("shows what waits for an operator and decides it with Allow and Deny; a VIEWER key is refused inline", async () => {
    // The task panel of the test before covers the side column: its close control is a button.
    await page.getByRole("button", { name: "Close the task panel" }).click();
    await page.locator("#panel.open").waitFor({ state: "hidden" });
    const agent = (await makeAgent(t, { name: "careful" })).id;
    const create = (title: string) =>
      t.ok(
        graphql(
          `mutation BoardCreateTask3($a: ID!, $t: String!) { createTask(input: { title: $t, assigneeIds: [$a], requiresSignOff: true }) { id signOff { id } } }`,
        ),
        { a: agent, t: title },
      );
    const go = (await create("Deploy to staging")).createTask;
    const stop = (await create("Drop the old table")).createTask;
    // Both arrive live, in the order they were asked.
    const item = (id: string) => page.locator(`[data-approval="${id}"]`);
    await item(stop.signOff!.id).waitFor({ timeout: 10_000 });
    expect(await page.locator("#approvals .approval b").allTextContents()).toEqual([
      'sign-off: run "Deploy to staging"',
      'sign-off: run "Drop the old table"',
    ]);
    expect(await page.locator("#approval-count").textContent()).toBe("2");
    // Keyboard reachable: the message field is labelled, the controls are buttons.
    await page.getByLabel("Message").nth(1).fill("not this week");
    await item(stop.signOff!.id).getByRole("button", { name: "Deny" }).click();
    await item(go.signOff!.id).getByRole("button", { name: "Allow" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll("#approvals .approval").length === 0);
    const state = async (id: string) =>
      (
        await t.ok(graphql(`query BoardTask($id: ID!) { task(id: $id) { status statusNote signOff { status } } }`), {
          id,
        })
      ).task;
    expect(await state(go.id)).toMatchObject({ status: "ASSIGNED", signOff: { status: "ALLOWED" } });
    expect(await state(stop.id)).toMatchObject({
      status: "CANCELLED",
      statusNote: "sign-off denied: not this week",
      signOff: { status: "DENIED" },
    });

    // A VIEWER key sees the queue but may not decide: the refusal is shown where the operator clicked.
    const viewer = (
      await t.ok(
        graphql(`mutation BoardCreateApiKey { createApiKey(input: { name: "watcher", role: VIEWER }) { secret } }`),
      )
    ).createApiKey.secret;
    const third = (await create("Rotate the keys")).createTask;
    const viewerPage = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    try {
      await viewerPage.goto(`${t.httpUrl}/#key=${viewer}`);
      await viewerPage.waitForSelector("body[data-ready]");
      const row = viewerPage.locator(`[data-approval="${third.signOff!.id}"]`);
      await row.getByRole("button", { name: "Allow" }).click();
      await row.locator('[role="alert"]').filter({ hasText: "FORBIDDEN" }).waitFor({ timeout: 10_000 });
      expect((await state(third.id))!.signOff!.status).toBe("PENDING");
    } finally {
      await viewerPage.close();
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("fits every column in 1280 px with finished work collapsible, keeps the attempt line, shows the result, lists new agents", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // A new agent appears at once (not at its first status change).
    await t.ok(
      graphql(`mutation BoardCreateAgent2 { createAgent(input: { name: "newcomer", role: "tester" }) { id } }`),
    );
    await page.locator('[data-agent="newcomer"]').waitFor({ timeout: 10_000 });
    // Nine columns side by side in 1280 px: the finished ones collapsed to a button each.
    const boxes = await page
      .locator(".column")
      .evaluateAll((cols) => cols.map((c) => [c.getAttribute("data-status"), c.getBoundingClientRect().right]));
    expect(boxes.map(([s]) => s)).toHaveLength(9);
    for (const [status, right] of boxes) expect(right, String(status)).toBeLessThanOrEqual(1280 - 300);
    const done = page.getByRole("button", { name: "Show DONE" });
    await done.click();
    await page.getByRole("button", { name: "Hide DONE" }).waitFor();

    // The panel of a finished task shows its result; its status line keeps the attempt through updates.
    const agent = (await makeAgent(t, { name: "finisher" })).id;
    const id = (
      await t.ok(
        graphql(
          `mutation BoardCreateTask4($a: ID!) { createTask(input: { title: "Write the summary", assigneeIds: [$a] }) { id } }`,
        ),
        {
          a: agent,
        },
      )
    ).createTask.id;
    await t.ok(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), { a: agent });
    await page.click(`[data-task="${id}"]`);
    await page.locator("#panel.open").waitFor();
    expect(await page.locator("#panel-status").textContent()).toBe("IN_PROGRESS · attempt 1 of 5");
    await t.ok(
      graphql(
        `mutation BoardCompleteTask($t: ID!, $a: ID) { completeTask(taskId: $t, agentId: $a, result: "All done: 3 findings.") { id } }`,
      ),
      {
        t: id,
        a: agent,
      },
    );
    await page.waitForFunction(() => document.getElementById("panel-status")?.textContent?.startsWith("DONE"));
    expect(await page.locator("#panel-status").textContent()).toBe("DONE · attempt 1 of 5");
    // In the DONE column, opened above; a collapsed column shows only its count.
    await column("DONE").locator(`[data-task="${id}"]`).waitFor();
    await page.getByRole("button", { name: "Close the task panel" }).click();
    await page.click(`[data-task="${id}"]`);
    await page.locator("#panel.open #result").waitFor();
    expect(await page.locator("#result").textContent()).toBe("All done: 3 findings.");
    await page.getByRole("button", { name: "Close the task panel" }).click();
    expect(problems).toEqual([]);
  }, 60_000);

  it("runs an operator's session from the board: a DAG created, reviewed, stopped, cancelled, retried, questions answered", async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const builder = (
      await t.ok(
        graphql(`mutation BoardCreateAgent3 { createAgent(input: { name: "builder", role: "engineer" }) { id } }`),
      )
    ).createAgent.id;
    await page.locator('[data-agent="builder"]').waitFor({ timeout: 10_000 });
    const task = async (id: string) =>
      (
        await t.ok(
          graphql(
            `query BoardTask2($id: ID!) { task(id: $id) { id title status statusNote prompt assignees { name } dependencies { title } } }`,
          ),
          { id },
        )
      ).task;
    const panelStatus = (prefix: string) =>
      page.waitForFunction((p) => document.getElementById("panel-status")?.textContent?.startsWith(p), prefix, {
        timeout: 10_000,
      });
    const panelButton = (name: string) => page.locator("#panel").getByRole("button", { name, exact: true });
    const openTask = async (id: string) => {
      await page.click(`#board [data-task="${id}"]`);
      await page.waitForFunction((i) => document.getElementById("panel")?.dataset.task === i, id);
    };

    // A small DAG from the form: "Design the API" (reviewed), then "Implement the API" waiting on it.
    const create = async (title: string, deps: string[], review: boolean) => {
      await page.getByRole("button", { name: "New task" }).click();
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Description").fill(`${title}, for the board test.`);
      await page.getByLabel("Priority").selectOption("HIGH");
      await page.locator("#new-assignees").selectOption([builder]);
      if (deps.length) await page.locator("#new-dependencies").selectOption(deps);
      if (review) await page.getByLabel("Requires review").check();
      await page.getByRole("button", { name: "Create task" }).click();
      await page.waitForFunction(() => !!document.getElementById("panel")?.dataset.task);
      return page.evaluate(() => document.getElementById("panel")!.dataset.task!);
    };
    const design = await create("Design the API", [], true);
    await panelStatus("ASSIGNED");
    const implement = await create("Implement the API", [design], false);
    await panelStatus("BLOCKED");
    expect(await task(implement)).toMatchObject({
      status: "BLOCKED",
      assignees: [{ name: "builder" }],
      dependencies: [{ title: "Design the API" }],
    });

    // A worker takes the design; in REVIEW the board rejects it with feedback, and it comes back.
    const claim = async () =>
      (
        await t.ok(graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`), {
          a: builder,
        })
      ).claimTask.task?.id;
    const complete = (id: string, result: string) =>
      t.ok(
        graphql(
          `mutation BoardCompleteTask2($t: ID!, $a: ID, $r: String) { completeTask(taskId: $t, agentId: $a, result: $r) { status } }`,
        ),
        {
          t: id,
          a: builder,
          r: result,
        },
      );
    expect(await claim()).toBe(design);
    await complete(design, "REST, no pagination.");
    await openTask(design);
    await panelStatus("REVIEW");
    await page.getByLabel("Feedback").fill("Add pagination.");
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-review.png" });
    await panelButton("Reject").click();
    await panelStatus("ASSIGNED");
    expect((await task(design))!.prompt).toContain("Add pagination.");
    expect(await claim()).toBe(design);
    await complete(design, "REST with cursor pagination.");
    await panelStatus("REVIEW");
    await panelButton("Approve").click();
    await panelStatus("DONE");
    // The open panel's graph follows the DAG live: its dependent was released.
    await page.waitForFunction(() => document.querySelector("#graph svg")?.textContent?.includes("ASSIGNED"));
    expect(await page.locator("#panel-reviews .row").allTextContents()).toEqual([
      "REJECTED: Add pagination.",
      "APPROVED",
    ]);

    // Running work is stopped from the board (back to its queue), then cancelled, then retried.
    expect(await claim()).toBe(implement);
    await openTask(implement);
    await panelStatus("IN_PROGRESS");
    await panelButton("Stop").click();
    await panelStatus("ASSIGNED");
    await panelButton("Run").click();
    await panelButton("Cancel").click();
    await panelStatus("CANCELLED");
    await panelButton("Retry").click();
    await page.waitForFunction((i) => {
      const id = document.getElementById("panel")?.dataset.task;
      return id && id !== i;
    }, implement);
    const retried = await page.evaluate(() => document.getElementById("panel")!.dataset.task!);
    await panelStatus("ASSIGNED");
    expect(await task(retried)).toMatchObject({
      title: "Implement the API",
      statusNote: `a retry of ${implement} (CANCELLED)`,
    });

    // Assign and post from the panel: a mention reaches the agent.
    const helper = (await makeAgent(t, { name: "helper" })).id;
    await page.locator('[data-agent="helper"]').waitFor({ timeout: 10_000 });
    await openTask(retried);
    await page.locator("#assign-agents").selectOption([helper]);
    await panelButton("Assign").click();
    await expect.poll(async () => (await task(retried))!.assignees).toEqual([{ name: "helper" }]);
    await page.getByLabel("Post a message").fill("@helper the design is approved, go ahead");
    await panelButton("Post").click();
    await page.locator("#panel-messages .row").filter({ hasText: "go ahead" }).waitFor({ timeout: 10_000 });
    const notes = await t.ok(
      graphql(`query BoardNotifications($a: ID!) { notifications(agentId: $a) { kind content } }`),
      { a: helper },
    );
    expect(notes.notifications.map((n: { kind: string }) => n.kind)).toContain("MENTION");

    // Skip from the panel.
    await panelButton("Skip").click();
    await panelStatus("SKIPPED");

    // A question an agent asks appears live in the side column (under the panel: close it first); the
    // operator answers it from the board.
    await page.getByRole("button", { name: "Close the task panel" }).click();
    const asked = (
      await t.ok(
        graphql(`mutation BoardAskQuestion($a: ID!) { askQuestion(agentId: $a, question: "Which database?") { id } }`),
        { a: builder },
      )
    ).askQuestion.id;
    const q = page.locator(`[data-question="${asked}"]`);
    await q.waitFor({ timeout: 10_000 });
    await q.getByLabel("Answer").fill("PostgreSQL.");
    await q.getByRole("button", { name: "Answer", exact: true }).click();
    await q.waitFor({ state: "detached", timeout: 10_000 });
    const answered = await t.ok(
      graphql(
        `query BoardQuestionsConnection { questionsConnection(status: ANSWERED) { edges { node { id answer } } } }`,
      ),
    );
    expect(answered.questionsConnection.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: asked,
      answer: "PostgreSQL.",
    });
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-operator.png" });

    // A VIEWER may look but not create: the refusal is shown in the form.
    const viewer = (
      await t.ok(
        graphql(`mutation BoardCreateApiKey2 { createApiKey(input: { name: "looker", role: VIEWER }) { secret } }`),
      )
    ).createApiKey.secret;
    const viewerPage = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    try {
      await viewerPage.goto(`${t.httpUrl}/#key=${viewer}`);
      await viewerPage.waitForSelector("body[data-ready]");
      await viewerPage.getByRole("button", { name: "New task" }).click();
      await viewerPage.getByLabel("Title").fill("Not allowed");
      await viewerPage.getByRole("button", { name: "Create task" }).click();
      await viewerPage.locator("#create-error").filter({ hasText: "FORBIDDEN" }).waitFor({ timeout: 10_000 });
    } finally {
      await viewerPage.close();
    }
    const all = await t.ok(
      graphql(`query BoardTasks { tasks(first: 500, filter: { search: "Not allowed" }) { totalCount } }`),
    );
    expect(all.tasks.totalCount).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it("shows the overview, costs, cron jobs and webhooks live, filters the board, marks a saturated host", async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.evaluate(() => document.querySelector<HTMLButtonElement>("#panel .close")?.click());
    const project = (
      await t.ok(graphql(`mutation BoardCreateProject { createProject(input: { name: "alpha" }) { id } }`))
    ).createProject.id;
    const gpu = (
      await t.ok(graphql(`mutation BoardCreateAgent4 { createAgent(input: { name: "gpu-box", level: LEAD }) { id } }`))
    ).createAgent.id;
    await t.ok(
      graphql(
        `mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) { heartbeat(agentId: $a, host: $h) { agent { id } } }`,
      ),
      {
        a: gpu,
        h: { hostname: "gpu-1", cpus: 4, cpuPercent: 97, memoryUsedBytes: 2e9, memoryTotalBytes: 8e9, load1: 3 },
      },
    );
    // The saturated host is marked in the agents list, live.
    await page.locator('[data-agent="gpu-box"] .host.saturated').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-agent="gpu-box"] .host').textContent()).toBe("CPU 97% · RAM 25% · saturated");
    expect(await page.locator('[data-agent="gpu-box"] .meta').textContent()).toMatch(
      /^LEAD · 0\/1 in use · beat \d+s ago · \$0\.0000 today$/,
    );
    const ml = (
      await t.ok(
        graphql(
          `mutation BoardCreateTask5($p: ID!, $a: ID!) { createTask(input: { title: "Train the model", projectId: $p, tags: ["ml"], assigneeIds: [$a] }) { id } }`,
        ),
        {
          p: project,
          a: gpu,
        },
      )
    ).createTask.id;
    await page.locator(`[data-task="${ml}"]`).waitFor({ timeout: 10_000 });
    // Filters: project, agent, tag and text narrow the columns; clearing them shows everything again.
    const cards = () => page.locator("#board .card").count();
    const all = await cards();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#filter-project option")].some((o) => o.textContent === "alpha"),
    );
    await page.getByLabel("Project").selectOption({ label: "alpha" });
    expect(await cards()).toBe(1);
    await page.getByLabel("Project").selectOption("");
    await page.getByLabel("Agent", { exact: true }).selectOption({ label: "@gpu-box" });
    expect(await cards()).toBe(1);
    await page.getByLabel("Agent", { exact: true }).selectOption("");
    await page.getByLabel("Tag").fill("ml");
    expect(await cards()).toBe(1);
    await page.getByLabel("Tag").fill("");
    await page.getByLabel("Search").fill("train the");
    expect(await cards()).toBe(1);
    expect(await page.locator("#total").textContent()).toMatch(/^1 of \d+ tasks$/);
    await page.getByLabel("Search").fill("");
    expect(await cards()).toBe(all);

    // Overview: counts, rates and the fleet, updated live as work happens.
    await page.getByRole("button", { name: "Overview" }).click();
    const tile = (key: string) => page.locator(`[data-tile="${key}"] .value`);
    await tile("saturated").waitFor();
    expect(await tile("saturated").textContent()).toBe("@gpu-box");
    expect(await tile("fleet-cpu").textContent()).toBe("97% of 4");
    const running = Number(await tile("running").textContent());
    await t.ok(graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`), { a: gpu });
    await page.waitForFunction(
      (n) => document.querySelector('[data-tile="running"] .value')?.textContent === String(n),
      running + 1,
      {
        timeout: 10_000,
      },
    );
    await t.ok(
      graphql(
        `mutation BoardCompleteTask3($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, result: "model trained", usage: $u) { status } }`,
      ),
      { t: ml, a: gpu, u: [{ model: "gpt-4o-mini", inputTokens: 1000, outputTokens: 500 }] },
    );
    await page.waitForFunction(
      (n) => document.querySelector('[data-tile="running"] .value')?.textContent === String(n),
      running,
      {
        timeout: 10_000,
      },
    );
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-overview.png" });
    // Each activity entry once (the streams are opened once, even after a refused key was replaced).
    const completed = await page.locator("#activity .act", { hasText: '@gpu-box completed "Train the model"' }).count();
    expect(completed).toBe(1);

    // Costs: tokens and spend by model and by agent, against budgets.
    await t.ok(
      graphql(`mutation BoardSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { id } } }`),
      { a: gpu },
    );
    await page.getByRole("button", { name: "Costs" }).click();
    await page.locator("#view td", { hasText: "gpt-4o-mini" }).waitFor({ timeout: 10_000 });
    const agentRow = page.locator("#view tr", { hasText: "@gpu-box" });
    expect(await agentRow.locator("td").allTextContents()).toEqual([
      "@gpu-box",
      "1000 in · 500 out",
      "$0.0004",
      "$0.0004",
      "$5.00",
      "none",
    ]);
    // Costs follow the work while the view is open: another completion with usage shows at once.
    const more = (
      await t.ok(
        graphql(
          `mutation BoardCreateTask6($a: ID!) { createTask(input: { title: "Evaluate", priority: CRITICAL, assigneeIds: [$a] }) { id } }`,
        ),
        { a: gpu },
      )
    ).createTask.id;
    await t.ok(graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`), { a: gpu });
    await t.ok(
      graphql(
        `mutation BoardCompleteTask4($t: ID!, $a: ID, $u: [UsageInput!]) { completeTask(taskId: $t, agentId: $a, usage: $u) { status } }`,
      ),
      {
        t: more,
        a: gpu,
        u: [{ model: "gpt-4o-mini", inputTokens: 2000, outputTokens: 1000 }],
      },
    );
    await agentRow.locator("td", { hasText: "3000 in · 1500 out" }).waitFor({ timeout: 10_000 });
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-costs.png" });

    // Cron jobs: next run, pause and resume, trigger now.
    await t.ok(
      graphql(
        `mutation BoardCreateCronJob { createCronJob(input: { name: "nightly-report", schedule: "0 3 * * *", timezone: "UTC", taskTemplate: { title: "Nightly report" } }) { id } }`,
      ),
    );
    await page.getByRole("button", { name: "Cron" }).click();
    const cronRow = page.locator("#view tr", { hasText: "nightly-report" });
    await cronRow.waitFor({ timeout: 10_000 });
    expect(await cronRow.locator("td").nth(1).textContent()).toBe("0 3 * * * (UTC)");
    await cronRow.getByRole("button", { name: "Pause" }).click();
    await cronRow.getByRole("button", { name: "Resume" }).waitFor();
    expect(await cronRow.locator("td").nth(2).textContent()).toBe("paused");
    await cronRow.getByRole("button", { name: "Resume" }).click();
    await cronRow.getByRole("button", { name: "Pause" }).waitFor();
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-cron.png" });
    await cronRow.getByRole("button", { name: "Trigger" }).click();
    await expect
      .poll(
        async () =>
          (
            await t.ok(
              graphql(`query BoardTasks2 { tasks(first: 5, filter: { search: "Nightly report" }) { totalCount } }`),
            )
          ).tasks.totalCount,
      )
      .toBe(1);

    // Webhooks: each one's delivery history.
    await t.ok(
      graphql(
        `mutation BoardCreateWebhook { createWebhook(input: { url: "http://127.0.0.1:9/mc", events: ["task.*"] }) { webhook { id } } }`,
      ),
    );
    await t.ok(graphql(`mutation BoardCreateTask7 { createTask(input: { title: "Announce it" }) { id } }`));
    await page.getByRole("button", { name: "Webhooks" }).click();
    await page.locator("#view h3", { hasText: "http://127.0.0.1:9/mc" }).waitFor({ timeout: 10_000 });
    await page.locator("#view td", { hasText: "task.created" }).first().waitFor({ timeout: 10_000 });
    if (process.env.MC_SAVE_SCREENSHOT) await page.screenshot({ path: "docs/board-webhooks.png" });
    await page.getByRole("button", { name: "Board" }).click();
    await page.locator("#board").waitFor();
    expect(problems).toEqual([]);
  }, 120_000);

  it("closes its streams while the tab is hidden and catches up on return, output resumed from its last chunk", async () => {
    const agent = (await makeAgent(t, { name: "night-owl" })).id;
    const id = (
      await t.ok(
        graphql(
          `mutation BoardCreateTask8($a: ID!) { createTask(input: { title: "Long job", priority: CRITICAL, assigneeIds: [$a] }) { id } }`,
        ),
        { a: agent },
      )
    ).createTask.id;
    await t.ok(graphql(`mutation BoardClaimTask2($a: ID!) { claimTask(agentId: $a) { task { id } } }`), { a: agent });
    const append = (content: string) =>
      t.ok(
        graphql(
          `mutation BoardAppendTaskOutput3($t: ID!, $a: ID, $c: String!) { appendTaskOutput(taskId: $t, agentId: $a, content: $c) { seq } }`,
        ),
        {
          t: id,
          a: agent,
          c: content,
        },
      );
    await append("one\n");
    await page.click(`#board [data-task="${id}"]`);
    await page.locator('#output [data-seq="1"]').waitFor({ timeout: 10_000 });
    const open = t.listening();
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, "hidden", { value: h, configurable: true });
        Object.defineProperty(document, "visibilityState", { value: h ? "hidden" : "visible", configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    await setHidden(true);
    // Nothing streams to a hidden tab: its four lists and the output are unsubscribed on the server.
    await expect.poll(() => t.listening(), { timeout: 10_000 }).toBeLessThanOrEqual(open - 5);
    expect(await page.locator("#live").textContent()).toBe("paused");
    await append("two\n");
    await append("three\n");
    const missed = (
      await t.ok(graphql(`mutation BoardCreateTask9 { createTask(input: { title: "Created while hidden" }) { id } }`))
    ).createTask.id;
    await setHidden(false);
    // Back: the lists are read again and the output goes on after the last chunk shown, once each.
    await page.locator(`#board [data-task="${missed}"]`).waitFor({ timeout: 10_000 });
    await page.locator('#output [data-seq="3"]').waitFor({ timeout: 10_000 });
    expect(await page.locator("#output span").evaluateAll((s) => s.map((x) => x.getAttribute("data-seq")))).toEqual([
      "1",
      "2",
      "3",
    ]);
    expect(await page.locator("#output").textContent()).toBe("one\ntwo\nthree\n");
    await append("four\n");
    await page.locator('#output [data-seq="4"]').waitFor({ timeout: 10_000 });
    await page.locator("#live.on").waitFor();
    expect(problems).toEqual([]);
  }, 60_000);
});

/**
 * The execution engine end to end through the API: shell, openai (against a local server speaking the
 * real streaming format) and claude-code (a stand-in replaying a recorded stream-json transcript);
 * runTask/stopTask, failed dispatches, auto-dispatch with its concurrency limit, model routing, and the
 * automatic reviewer loop.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DocumentType,
  TestAgentEventAgentsDocument,
  TestNotificationTasksDocument,
  TestOutputContentFromStartDocument,
  TestOutputFromStartDocument,
  TestOutputKindContentDocument,
} from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { fakeOpenAi } from "./helpers/fake-openai.js";
import { wsLive } from "./helpers/live.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;
const FAKE_CLAUDE = path.resolve("tests/fixtures/fake-claude.mjs");

graphql(`fragment ExecutionTaskFields on Task {
  id status attempts error result statusNote
  runs { kind backend backendType model tier status error exitCode }
  messages { authorName content }
}`);

describe.each(PROVIDERS)("execution on %s", (provider) => {
  let t: TestServer;
  let shell: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestServer(provider, { shellAllow: [NODE, FAKE_CLAUDE], maxConcurrentRuns: 3 });
    shell = (
      await t.ok(
        graphql(
          `mutation ExecutionCreateAgent { createAgent(input: { name: "sh", backend: "shell", level: LEAD, maxCapacity: 5 }) { id } }`,
        ),
      )
    ).createAgent.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function task(command: string[] | null, extra: Record<string, unknown> = {}, agent = shell) {
    const r = await t.ok(
      graphql(`mutation ExecutionCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id status } }`),
      {
        i: { title: `job ${++n}`, assigneeIds: [agent], command, ...extra },
      },
    );
    return r.createTask.id;
  }
  const get = async (id: string) =>
    (await t.ok(graphql(`query ExecutionGet($id: ID!) { task(id: $id) { ...ExecutionTaskFields } }`), { id })).task;
  const settled = (id: string, status: string) =>
    waitFor(
      async () => {
        const x = await get(id);
        return x!.status === status && x!.runs.every((r: { status: unknown }) => r.status !== "RUNNING") ? x : null;
      },
      20_000,
      `task ${id} to be ${status}`,
    );

  it("runs a shell command, streams stdout and stderr live, and completes with its output", async () => {
    const script = `console.log("line one"); console.error("a warning"); setTimeout(() => console.log("line two"), 150);`;
    const id = await task([NODE, "-e", script]);
    const live = wsLive(t.ws(), TestOutputFromStartDocument, { t: id });
    const started = await t.ok(
      graphql(`mutation ExecutionRunTask($t: ID!) { runTask(taskId: $t) { status attempts } }`),
      { t: id },
    );
    expect(started.runTask).toEqual({ status: "IN_PROGRESS", attempts: 1 });
    const done = await settled(id, "DONE");
    expect(done.result).toContain("line one");
    expect(done.result).toContain("line two");
    expect(done.runs).toEqual([
      expect.objectContaining({
        kind: "WORK",
        backend: "shell",
        backendType: "SHELL",
        status: "SUCCEEDED",
        exitCode: 0,
        tier: "default",
      }),
    ]);
    await live.next((e) => e.taskOutput.content.includes("line two"));
    const kinds = live.events.map((e) => e.taskOutput.kind);
    expect(kinds).toContain("STDOUT");
    expect(kinds).toContain("STDERR");
    expect(kinds[0]).toBe("SYSTEM");
    const seqs = live.events.map((e) => e.taskOutput.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    live.stop();
  });

  it("feeds the prompt on stdin to the agent's command template", async () => {
    const echo = (
      await makeAgent(t, {
        name: "echo",
        backend: "shell",
        role: "writer",
        systemPrompt: "Be brief.",
        config: { command: [NODE, "-e", "process.stdin.pipe(process.stdout)"] },
      })
    ).id;
    const id = await task(null, { description: "Write the release notes." }, echo);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const done = await settled(id, "DONE");
    expect(done.result).toContain("You are @echo, writer");
    expect(done.result).toContain("Be brief.");
    expect(done.result).toContain("# Task: job");
    expect(done.result).toContain("Write the release notes.");
  });

  it("puts the project's protocols and its most relevant research into a task's prompt, listed by title", async () => {
    const project = async (name: string) =>
      (
        await t.ok(graphql(`mutation ClaimsCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`), {
          n: name,
        })
      ).createProject.id;
    const p = await project(`knowledge ${++n}`);
    const other = await project(`elsewhere ${n}`);
    const doc = (projectId: string, type: DocumentType, title: string, content: string) =>
      t.ok(
        graphql(`mutation CollaborationCreateDocument2($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`),
        {
          i: { projectId, type, title, content },
        },
      );
    await doc(p, "PROTOCOL", "Coding rules", "Always write a test first.");
    await doc(p, "RESEARCH", "Payment providers compared", "Stripe has the best webhooks; Adyen is cheaper at volume.");
    await doc(p, "RESEARCH", "Gardening notes", "Tomatoes like sun.");
    await doc(other, "RESEARCH", "Stripe in the other project", "Not for this project.");
    const { createTask } = await t.ok(
      graphql(`mutation ExecutionCreateTask2($i: CreateTaskInput!) { createTask(input: $i) { id } }`),
      {
        i: {
          title: "Integrate Stripe payments",
          description: "Pick between the payment providers.",
          projectId: p,
          assigneeIds: [shell],
        },
      },
    );
    const prompt = (
      await t.ok(graphql(`query ExecutionTask($id: ID!) { task(id: $id) { prompt } }`), { id: createTask.id })
    ).task!.prompt;
    expect(prompt).toContain("## Project knowledge");
    expect(prompt).toContain("- PROTOCOL: Coding rules\n- RESEARCH: Payment providers compared");
    expect(prompt).toContain("Always write a test first.");
    expect(prompt).toContain("Stripe has the best webhooks");
    expect(prompt).not.toContain("Tomatoes");
    expect(prompt).not.toContain("Not for this project");
    // A task outside any project, or with nothing relevant, gets no such section.
    const lone = await task(null, { title: "unrelated chore" });
    expect(
      (await t.ok(graphql(`query ExecutionTask($id: ID!) { task(id: $id) { prompt } }`), { id: lone })).task!.prompt,
    ).not.toContain("## Project knowledge");
  });

  it("puts the deliverables of finished dependencies into a task's prompt", async () => {
    const first = await task([NODE, "-e", `console.log("findings: use SSO")`]);
    const second = (
      await makeTask(t, { title: "decide", assigneeIds: [shell], dependsOn: [first], command: [NODE, "-e", "0"] })
    ).id;
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: first });
    await settled(first, "DONE");
    const p = await t.ok(graphql(`query ExecutionTask($id: ID!) { task(id: $id) { prompt } }`), { id: second });
    expect(p.task!.prompt).toMatch(
      /## Inputs from the tasks this one depends on\n\n### job \d+: Result: job \d+\n\nfindings: use SSO/,
    );
  });

  it("counts a failed run as an attempt, posts the error on the thread, and FAILS at the limit", async () => {
    const id = await task([NODE, "-e", `console.error("boom"); process.exit(3)`], { maxAttempts: 2 });
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const first = await settled(id, "ASSIGNED");
    expect(first.attempts).toBe(1);
    expect(first.messages.at(-1)!.content).toMatch(/Run failed \(attempt 1 of 2.*exited with code 3: boom/);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const failed = await settled(id, "FAILED");
    expect(failed.attempts).toBe(2);
    expect(failed.error).toMatch(/code 3/);
    expect(failed.messages).toHaveLength(2);
    expect(failed.runs.map((r: { status: unknown }) => r.status)).toEqual(["FAILED", "FAILED"]);
  });

  it("refuses executables outside MC_SHELL_ALLOW without running anything", async () => {
    const id = await task(["/bin/sh", "-c", "echo pwned"], { maxAttempts: 1 });
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const failed = await settled(id, "FAILED");
    expect(failed.error).toMatch(/not in MC_SHELL_ALLOW/);
    expect(failed.result).toBeNull();
  });

  it("stops a run: RELEASE puts it back without using an attempt, FAIL fails it", async () => {
    const sleeper = [NODE, "-e", `console.log("started"); setTimeout(() => {}, 60000)`];
    const id = await task(sleeper);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const live = wsLive(t.ws(), TestOutputContentFromStartDocument, {
      t: id,
    });
    await live.next((e) => e.taskOutput.content.includes("started"));
    const began = Date.now();
    const stopped = await t.ok(
      graphql(
        `mutation ExecutionStopTask($t: ID!) { stopTask(taskId: $t, reason: "wrong input") { status attempts statusNote } }`,
      ),
      { t: id },
    );
    expect(Date.now() - began).toBeLessThan(8000);
    expect(stopped.stopTask).toMatchObject({ status: "ASSIGNED", attempts: 0 });
    expect((await get(id))!.runs[0]).toMatchObject({ status: "STOPPED", error: "stopped: wrong input" });

    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    await waitFor(async () => (await get(id))!.status === "IN_PROGRESS");
    const failed = await t.ok(
      graphql(`mutation ExecutionStopTask2($t: ID!) { stopTask(taskId: $t, outcome: FAIL) { status error } }`),
      { t: id },
    );
    expect(failed.stopTask.status).toBe("FAILED");
    live.stop();
  });

  // A program that starts a descendant in a session of its own (setsid: `detached`), holding the run's
  // stdout and stderr, prints that descendant's pid, and then `tail` (exit at once, or run on).
  const leavesDescendant = (tail: string) => [
    NODE,
    "-e",
    `const c = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { detached: true, stdio: "inherit" }); c.unref(); console.log("descendant " + c.pid); ${tail}`,
  ];
  const descendantOf = async (id: string) => {
    const { task: x } = await t.ok(graphql(`query ExecutionTask2($id: ID!) { task(id: $id) { output { content } } }`), {
      id,
    });
    const m = /descendant (\d+)/.exec(x!.output.map((o: { content: unknown }) => o.content).join(""));
    return m ? Number(m[1]) : null;
  };
  // Gone, or a zombie nobody reaps (this container's init may not).
  const alive = (pid: number) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  };

  it("ends a run when its program exits, though a descendant in its own session holds the pipes, and ends that descendant", async () => {
    const id = await task(leavesDescendant(`setTimeout(() => process.exit(0), 100)`));
    const began = Date.now();
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const done = await settled(id, "DONE");
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(done.runs[0]).toMatchObject({ status: "SUCCEEDED", exitCode: 0 });
    const pid = await descendantOf(id);
    expect(pid).toBeGreaterThan(0);
    await waitFor(async () => !alive(pid!), 5000, `descendant ${pid} to be ended`);
  });

  it("stops within 10 s a run whose program left a descendant holding the pipes, and ends both", async () => {
    const id = await task(leavesDescendant(`setInterval(() => {}, 1000)`));
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const pid = await waitFor(() => descendantOf(id), 10_000, "the descendant's pid");
    const began = Date.now();
    const stopped = await t.ok(
      graphql(`mutation ExecutionStopTask3($t: ID!) { stopTask(taskId: $t) { status attempts } }`),
      { t: id },
    );
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(stopped.stopTask).toMatchObject({ status: "ASSIGNED", attempts: 0 });
    expect((await get(id))!.runs[0]).toMatchObject({ status: "STOPPED" });
    await waitFor(async () => !alive(pid), 5000, `descendant ${pid} to be ended`);
  });

  it("times a run out though its descendant holds the pipes, and ends that descendant", async () => {
    const timed = (
      await t.ok(
        graphql(
          `mutation ExecutionCreateAgent2 { createAgent(input: { name: "timed", backend: "shell", config: { timeoutSeconds: 1 } }) { id } }`,
        ),
      )
    ).createAgent.id;
    const id = await task(leavesDescendant(`setInterval(() => {}, 1000)`), { maxAttempts: 1 }, timed);
    const began = Date.now();
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const failed = await settled(id, "FAILED");
    expect(Date.now() - began).toBeLessThan(12_000);
    expect(failed.runs[0]!.status).toBe("FAILED");
    expect(failed.error).toMatch(/timed out|timeout/i);
    const pid = await descendantOf(id);
    await waitFor(async () => !alive(pid!), 5000, `descendant ${pid} to be ended`);
  });

  it("answers runTask's refusals with codes and leaves the task unchanged", async () => {
    const blocker = await task([NODE, "-e", "1"]);
    const blocked = (
      await t.ok(
        graphql(`mutation ExecutionCreateTask($i: CreateTaskInput!) { createTask(input: $i) { id status } }`),
        {
          i: { title: "waits", assigneeIds: [shell], dependsOn: [blocker] },
        },
      )
    ).createTask;
    expect(blocked.status).toBe("BLOCKED");
    const r1 = await t.gql(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), {
      t: blocked.id,
    });
    expect(r1.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    const inbox = (await makeTask(t, { title: "nobody's" })).id;
    const r2 = await t.gql(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: inbox });
    expect(r2.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect(r2.errors?.[0]?.message).toMatch(/assign it/);
    const r3 = await t.gql(graphql(`mutation ExecutionStopInbox($t: ID!) { stopTask(taskId: $t) { id } }`), {
      t: inbox,
    });
    expect(r3.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect((await get(blocked.id))!.status).toBe("BLOCKED");
  });

  it("notifies an external agent instead of running anything", async () => {
    const ext = (await makeAgent(t, { name: "outside" })).id;
    const id = await task(null, {}, ext);
    const since = t.listening();
    const events = wsLive(t.ws(), TestAgentEventAgentsDocument);
    const notes = wsLive(t.ws(), TestNotificationTasksDocument, {
      a: ext,
    });
    await t.untilListening(since, 2);
    const r = await t.ok(graphql(`mutation ExecutionRunTask2($t: ID!) { runTask(taskId: $t) { status } }`), { t: id });
    expect(r.runTask.status).toBe("ASSIGNED");
    await events.next((e) => e.agentEvents.type === "dispatch" && e.agentEvents.agent?.id === ext);
    await notes.next((e) => e.notifications.kind === "DISPATCH" && e.notifications.task?.id === id);
    const hb = await t.ok(
      graphql(`mutation ExecutionHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications pendingTasks } }`),
      {
        a: ext,
      },
    );
    expect(hb.heartbeat.unreadNotifications).toBe(1);
    events.stop();
    notes.stop();
  });

  it("routes models by tier and records the choice on the run", async () => {
    const routed = (
      await makeAgent(t, {
        name: "router",
        backend: "shell",
        model: "mid",
        maxCapacity: 5,
        config: { routing: { complexModel: "big", routineModel: "small" } },
      })
    ).id;
    const cmd = [NODE, "-e", "console.log(process.env.MC_MODEL)"];
    const critical = await task(cmd, { priority: "CRITICAL" }, routed);
    const chore = await task(cmd, { priority: "LOW", title: "fix typo in readme" }, routed);
    const plain = await task(cmd, { priority: "MEDIUM" }, routed);
    for (const id of [critical, chore, plain])
      await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const [c, r, p] = await Promise.all([settled(critical, "DONE"), settled(chore, "DONE"), settled(plain, "DONE")]);
    expect(c.runs[0]).toMatchObject({ model: "big", tier: "complex" });
    expect(c.result!.trim()).toBe("big");
    expect(r.runs[0]).toMatchObject({ model: "small", tier: "routine" });
    expect(p.runs[0]).toMatchObject({ model: "mid", tier: "default" });
  });

  it("runs claude-code through a stand-in replaying a recorded stream-json transcript", async () => {
    const claude = (
      await makeAgent(t, {
        name: "claude",
        backend: "claude-code",
        model: "claude-sonnet-4-5",
        config: { executable: FAKE_CLAUDE, permissionMode: "acceptEdits" },
      })
    ).id;
    const id = await task(null, { description: "List the repository." }, claude);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    const done = await settled(id, "DONE");
    expect(done.result).toMatch(/^Done: the repository has a README/);
    expect(done.result).toContain("prompt began: # Task: job");
    const out = await t.ok(graphql(`query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }`), {
      id,
    });
    const kinds = out.task!.output.map((c: { kind: unknown }) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(["SYSTEM", "MESSAGE", "TOOL_USE", "TOOL_RESULT"]));
    const toolUse = out.task!.output.find((c: { kind: unknown }) => c.kind === "TOOL_USE");
    expect(JSON.parse(toolUse!.content)).toEqual({ name: "Bash", input: { command: "ls", description: "List files" } });
    const usage = await t.ok(
      graphql(
        `query ExecutionUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key } } }`,
      ),
      { a: claude },
    );
    expect(usage.usage).toMatchObject({
      inputTokens: 3700,
      outputTokens: 83,
      totalCostUsd: 0.0421,
      byModel: [{ key: "claude-sonnet-4-5" }],
    });
  });

  it("validates config.permissions at createAgent and updateAgent, and gives claude-code its allow and deny lists as flags", async () => {
    const bad = await t.gql(
      graphql(`mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }`),
      {
        i: {
          name: "cc-bad-perms",
          backend: "claude-code",
          config: { executable: FAKE_CLAUDE, permissions: { deny: ["rm -rf /"] } },
        },
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.field).toBe("config.permissions.deny.0");
    expect((await t.ok(graphql(`query ExecutionAgent { agent(name: "cc-bad-perms") { id } }`))).agent).toBeNull();
    const permissions = { allow: ["Bash(git *)", "Read"], confirm: ["Edit(*)"], deny: ["Bash(rm -rf*)"] };
    const cc = (
      await t.ok(
        graphql(`mutation ExecutionCreateAgent4($i: CreateAgentInput!) { createAgent(input: $i) { id config } }`),
        {
          i: { name: "cc-perms", backend: "claude-code", config: { executable: FAKE_CLAUDE, permissions } },
        },
      )
    ).createAgent;
    expect((cc.config as { permissions: unknown }).permissions).toEqual(permissions);
    const badUpdate = await t.gql(
      graphql(
        `mutation ExecutionUpdateAgent($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }`,
      ),
      {
        id: cc.id,
        i: { config: { executable: FAKE_CLAUDE, permissions: { allow: "Read" } } },
      },
    );
    expect(badUpdate.errors?.[0]?.extensions?.field).toBe("config.permissions.allow");
    const id = await task(null, { description: "Mind the permissions." }, cc.id);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: id });
    await settled(id, "DONE");
    const out = await t.ok(graphql(`query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }`), {
      id,
    });
    const line = out.task!.output.find(
      (c: { kind: unknown; content: string }) => c.kind === "STDERR" && c.content.startsWith("fake-claude argv:"),
    );
    const argv = JSON.parse(line!.content.slice("fake-claude argv:".length)) as string[];
    expect(argv[argv.indexOf("--allowedTools") + 1]).toBe("Bash(git *),Read");
    expect(argv[argv.indexOf("--disallowedTools") + 1]).toBe("Bash(rm -rf*)");
    expect(argv.join(" ")).not.toContain("Edit(*)"); // confirm: neither pre-allowed nor denied
  });

  it("refuses a claude-code agent whose executable is not allowed", async () => {
    const r = await t.gql(
      graphql(`mutation ExecutionCreateAgent5 { createAgent(input: { name: "cc2", backend: "claude-code" }) { id } }`),
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/"claude" is not in MC_SHELL_ALLOW/);
  });
});

/** A local OpenAI-compatible endpoint that streams like the real one (SSE `data:` lines, usage last). */
describe("openai executor", () => {
  let t: TestServer;
  let blocked: TestServer;
  const api = fakeOpenAi({
    reply: (body) =>
      body.model === "broken" ? { status: 401, message: "Incorrect API key provided" } : "Hello from the model.",
    model: (m) => `${m}-2024-07-18`,
    tickMs: 20,
  });
  let baseUrl: string;
  beforeAll(async () => {
    await new Promise<void>((r) => api.server.listen(0, "127.0.0.1", r));
    baseUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/v1`;
    process.env.TEST_OPENAI_API_KEY = "sk-test-123";
    t = await startTestServer("sqlite", { outboundAllow: ["127.0.0.1"] });
    blocked = await startTestServer("sqlite");
  });
  afterAll(async () => {
    await t?.close();
    await blocked?.close();
    api.server.close();
  });

  async function agentAndTask(server: TestServer, model: string) {
    const agent = (
      await server.ok(
        graphql(`mutation ExecutionCreateAgent3($i: CreateAgentInput!) { createAgent(input: $i) { id } }`),
        {
          i: { name: `gpt-${model}`, backend: "openai", model, config: { baseUrl, apiKeyEnv: "TEST_OPENAI_API_KEY" } },
        },
      )
    ).createAgent.id;
    const task = (
      await server.ok(
        graphql(
          `mutation ExecutionCreateTask3($a: ID!) { createTask(input: { title: "greet", description: "Say hello.", assigneeIds: [$a], maxAttempts: 1 }) { id } }`,
        ),
        { a: agent },
      )
    ).createTask.id;
    return { agent, task };
  }

  it("streams deltas as MESSAGE chunks, records usage priced from the table, and completes", async () => {
    const { agent, task } = await agentAndTask(t, "gpt-4o-mini");
    const since = t.listening();
    const live = wsLive(t.ws(), TestOutputKindContentDocument, { t: task });
    await t.untilListening(since);
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task });
    const done = await waitFor(async () => {
      const x = (
        await t.ok(
          graphql(`query ExecutionTask3($id: ID!) { task(id: $id) { status result documents { type content } } }`),
          { id: task },
        )
      ).task;
      return x!.status === "DONE" ? x : null;
    });
    expect(done.result).toBe("Hello from the model.");
    expect(done.documents).toEqual([{ type: "DELIVERABLE", content: "Hello from the model." }]);
    const messages = live.events
      .filter((e) => e.taskOutput.kind === "MESSAGE")
      .map((e) => e.taskOutput.content)
      .join("");
    expect(messages).toBe("Hello from the model.");
    const req = api.requests.at(-1)!;
    expect(req.headers.authorization).toBe("Bearer sk-test-123");
    expect(req.body).toMatchObject({ model: "gpt-4o-mini", stream: true, stream_options: { include_usage: true } });
    expect(req.body.messages[0]).toMatchObject({ role: "system" });
    expect(req.body.messages[1]!.content).toContain("Say hello.");
    const usage = await t.ok(
      graphql(
        `query ExecutionUsage2($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } } }`,
      ),
      { a: agent },
    );
    // gpt-4o-mini: $0.15 / $0.60 per million tokens.
    expect(usage.usage.inputTokens).toBe(1000);
    expect(usage.usage.outputTokens).toBe(500);
    expect(usage.usage.totalCostUsd).toBeCloseTo(0.00045, 8);
    expect(usage.usage.byModel[0]!.key).toBe("gpt-4o-mini-2024-07-18");
    live.stop();
  });

  it("fails a run on an HTTP error with the endpoint's message", async () => {
    const { task } = await agentAndTask(t, "broken");
    await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task });
    const failed = await waitFor(async () => {
      const x = (await t.ok(graphql(`query ExecutionTask4($id: ID!) { task(id: $id) { status error } }`), { id: task }))
        .task;
      return x!.status === "FAILED" ? x : null;
    });
    expect(failed.error).toMatch(/HTTP 401.*Incorrect API key/);
  });

  it("refuses a loopback endpoint unless MC_OUTBOUND_ALLOW lists it", async () => {
    const before = api.requests.length;
    const { task } = await agentAndTask(blocked, "gpt-4o-mini");
    await blocked.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: task });
    const failed = await waitFor(async () => {
      const x = (
        await blocked.ok(graphql(`query ExecutionTask4($id: ID!) { task(id: $id) { status error } }`), { id: task })
      ).task;
      return x!.status === "FAILED" ? x : null;
    });
    expect(failed.error).toMatch(/127\.0\.0\.1.*private, loopback/);
    expect(api.requests.length).toBe(before);
  });
});

describe("a run's deadline", () => {
  it("stops renewing the lease of a run that outlives its executor's longest run, and aborts it", async () => {
    // A hung backend: its run ends only when aborted, and it declares runs of at most 1 s.
    const t = await startTestServer("sqlite", { leaseSeconds: 3 });
    const hung = {
      backend: "openai",
      validateConfig: () => null,
      maxRunSeconds: () => 1,
      run: (_input: unknown, ctx: { signal: AbortSignal }) =>
        new Promise((resolve) =>
          ctx.signal.addEventListener("abort", () =>
            resolve({ ok: false, error: "aborted by the runner", retryable: true, usage: [], aborted: true }),
          ),
        ),
    };
    (t.server.services.executors as Map<string, unknown>).set("openai", hung);
    try {
      const { createAgent } = await t.ok(
        graphql(`mutation ExecutionCreateAgent6 { createAgent(input: { name: "hung", backend: "openai" }) { id } }`),
      );
      const { createTask } = await t.ok(
        graphql(
          `mutation ExecutionCreateTask4($a: [ID!]) { createTask(input: { title: "never ends", assigneeIds: $a, maxAttempts: 1 }) { id } }`,
        ),
        { a: [createAgent.id] },
      );
      await t.ok(graphql(`mutation ApprovalsRunTask($t: ID!) { runTask(taskId: $t) { id } }`), { t: createTask.id });
      const ended = await waitFor(
        async () => {
          const { task } = await t.ok(
            graphql(`query ExecutionTask5($t: ID!) { task(id: $t) { status runs { status } } }`),
            {
              t: createTask.id,
            },
          );
          return task!.runs[0]?.status !== "RUNNING" ? task : null;
        },
        10_000,
        "the run to be ended at its deadline",
      );
      expect(ended.runs[0]!.status).toBe("FAILED");
      expect(ended.status).toBe("FAILED");
    } finally {
      await t.close();
    }
  });
});

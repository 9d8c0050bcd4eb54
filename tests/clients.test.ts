/**
 * The ways in: the typed client, the worker CLI (a real process) and the MCP server (a real process,
 * driven by the official SDK's client).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWithApollo } from "../examples/clients/apollo.js";
import { runWithGraphqlRequest } from "../examples/clients/graphql-request.js";
import { runWithUrql } from "../examples/clients/urql.js";
import { COMMANDS } from "../src/cli-commands.js";
import { createClient, type MissionControlClient, MissionControlError } from "../src/client/index.js";
import { graphql } from "./generated/index.js";
import { ADMIN_KEY, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

let t: TestServer;
let mc: MissionControlClient;
beforeAll(async () => {
  t = await startTestServer("sqlite");
  mc = createClient({ url: t.url, apiKey: ADMIN_KEY });
});
afterAll(async () => {
  await mc?.close();
  await t?.close();
});

describe("typed client", () => {
  it("runs the agent protocol with typed results and live output", async () => {
    const agent = await mc.ensureAgent("typed", { role: "tester" });
    expect((await mc.ensureAgent("typed")).id).toBe(agent.id);
    const task = await mc.createTask({ title: "typed task", description: "Do it.", assigneeIds: [agent.id] });
    expect(task.status).toBe("ASSIGNED");
    const seen: number[] = [];
    const stop = mc.onTaskOutput(task.id, 0, (c) => seen.push(c.seq));
    const claim = await mc.claim(agent.id);
    expect(claim.outcome).toBe("CLAIMED");
    expect(await mc.prompt(task.id)).toContain("You are @typed, tester");
    await mc.append(task.id, agent.id, "one");
    await mc.append(task.id, agent.id, "two", "STDOUT");
    await waitFor(async () => seen.length === 2);
    expect(seen).toEqual([1, 2]);
    stop();
    expect((await mc.complete(task.id, agent.id, "ok")).status).toBe("DONE");
    const err = await mc.complete(task.id, agent.id, "again").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissionControlError);
    expect((err as MissionControlError).code).toBe("CONFLICT");
  });
});

describe("the typed documents from other GraphQL clients (docs/clients.md's examples)", () => {
  it.each([
    ["urql", runWithUrql],
    ["Apollo Client", runWithApollo],
    ["graphql-request", runWithGraphqlRequest],
  ] as const)("%s runs the agent loop with mission-control/client's documents", async (name, run) => {
    const agent = `lib-${name.replace(/\W/g, "").toLowerCase()}`;
    expect(await run(t.url, ADMIN_KEY, agent)).toEqual({ outcome: "CLAIMED", status: "DONE" });
    // What the client did is on the server: the task is done and its agent is the one it registered.
    const tasks = await mc.tasks({ search: `${agent}: a task` });
    expect(tasks.edges.map(({ node }) => [node.status, node.assignees.map((a) => a.name)])).toEqual([
      ["DONE", [agent]],
    ]);
  });
});

function spawnCli(args: string[]): { child: ChildProcess; log: () => string } {
  let out = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    env: { ...process.env, MC_URL: t.url, MC_API_KEY: ADMIN_KEY },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, log: () => out };
}

describe("worker CLI", () => {
  const script = [
    `let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{`,
    `const title=s.split("\\n").find(l=>l.startsWith("# Task: "))||"";`,
    `if(title.includes("FAILME")){console.error("refusing "+title);process.exit(4)}`,
    `if(title.includes("SLEEP")){console.log("sleeping");setTimeout(()=>{},60000);return}`,
    `console.log("handled "+title)})`,
  ].join("");
  let worker: ReturnType<typeof spawnCli>;
  afterAll(() => {
    if (worker?.child.exitCode === null) worker.child.kill("SIGKILL");
  });

  it("claims, runs the command with the prompt on stdin, streams output, completes and fails", async () => {
    const ids = [];
    for (const title of ["alpha", "beta", "gamma"]) ids.push((await mc.createTask({ title })).id);
    const bad = (await mc.createTask({ title: "FAILME please", maxAttempts: 1 })).id;
    worker = spawnCli([
      "worker",
      "--agent",
      "cli-worker",
      "--exec",
      `${process.execPath} -e '${script}'`,
      "--concurrency",
      "2",
      "--poll",
      "0.1",
    ]);
    for (const [i, id] of ids.entries()) {
      const done = await waitFor(
        async () => {
          const x = await mc.task(id);
          return x?.status === "DONE" ? x : null;
        },
        20_000,
        `task ${i} DONE`,
      );
      expect(done.result?.trim()).toBe(`handled # Task: ${["alpha", "beta", "gamma"][i]}`);
      expect(done.claimedBy?.name).toBe("cli-worker");
    }
    const failed = await waitFor(
      async () => {
        const x = await mc.task(bad);
        return x?.status === "FAILED" ? x : null;
      },
      20_000,
      "the failing task FAILED",
    );
    expect(failed.error).toMatch(/exited with 4: refusing # Task: FAILME please/);
    const out = await t.ok(graphql(`query ClientsTask($id: ID!) { task(id: $id) { output { kind content } } }`), {
      id: bad,
    });
    expect(out.task!.output).toEqual([{ kind: "STDERR", content: "refusing # Task: FAILME please\n" }]);
    expect(worker.log()).toMatch(/\+ task_\w+ DONE in [\d.]+s/);
    expect(worker.log()).toMatch(/x task_\w+ FAILED after/);
    // Its heartbeats report its host: fleet health on Agent.host and in stats.fleet.
    const { agent } = await t.ok(
      graphql(
        `query ClientsAgent { agent(name: "cli-worker") { host { hostname cpus cpuPercent memoryTotalBytes memoryPercent load1 reportedAt } } }`,
      ),
    );
    expect(agent!.host).toMatchObject({
      hostname: os.hostname(),
      cpus: os.cpus().length,
      memoryTotalBytes: os.totalmem(),
    });
    expect(agent!.host!.cpuPercent).toBeGreaterThanOrEqual(0);
    expect(agent!.host!.memoryPercent).toBeGreaterThan(0);
  }, 40_000);

  it("releases what it holds on SIGTERM and exits cleanly", async () => {
    const id = (await mc.createTask({ title: "SLEEP now" })).id;
    await waitFor(
      async () => {
        const x = await t.ok(graphql(`query ClientsTask2($id: ID!) { task(id: $id) { status output { content } } }`), {
          id,
        });
        return (
          x.task!.status === "IN_PROGRESS" &&
          x.task!.output.some((c: { content: string }) => c.content.includes("sleeping"))
        );
      },
      20_000,
      "the sleeper to start",
    );
    const exited = new Promise<number | null>((r) => worker.child.once("exit", (code) => r(code)));
    worker.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const x = await mc.task(id);
    expect(x, worker.log()).toMatchObject({ status: "INBOX", attempts: 0, claimedBy: null });
    expect(worker.log()).toMatch(/released after/);
  }, 30_000);
});

describe("worker under npx", () => {
  it("releases its task and exits when a supervisor's SIGTERM reaches only npx, not the worker itself", async () => {
    const agent = `npx-worker-${Date.now()}`;
    // Assigned to this worker's own agent (no later test takes it) and CRITICAL (taken before work earlier tests left).
    const { createAgent } = await t.ok(
      graphql(`mutation ClientsCreateAgent($n: String!) { createAgent(input: { name: $n }) { id } }`),
      {
        n: agent,
      },
    );
    const id = (await mc.createTask({ title: "SLEEP under npx", assigneeIds: [createAgent.id], priority: "CRITICAL" }))
      .id;
    const sleeper = `${process.execPath} -e 'console.log("sleeping");setTimeout(()=>{},60000)'`;
    let out = "";
    // What a user starts: npx, which runs npm, a shell, then the bin.
    const npx = spawn(
      "npx",
      ["--no-install", "mission-control", "worker", "--agent", agent, "--exec", sleeper, "--poll", "0.1"],
      {
        env: { ...process.env, MC_URL: t.url, MC_API_KEY: ADMIN_KEY },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    npx.stdout!.on("data", (d) => (out += d));
    npx.stderr!.on("data", (d) => (out += d));
    await waitFor(
      async () => {
        const x = await t.ok(graphql(`query ClientsTask2($id: ID!) { task(id: $id) { status output { content } } }`), {
          id,
        });
        return (
          x.task!.status === "IN_PROGRESS" &&
          x.task!.output.some((c: { content: string }) => c.content.includes("sleeping"))
        );
      },
      30_000,
      "the worker under npx to start its task",
    );
    const workers = () =>
      readdirSync("/proc")
        .filter((p) => /^\d+$/.test(p))
        .filter((p) => {
          try {
            const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8");
            return cmd.includes(agent);
          } catch {
            return false;
          }
        });
    expect(workers().length, out).toBeGreaterThan(0);
    npx.kill("SIGTERM");
    const x = await waitFor(
      async () => {
        const t2 = await mc.task(id);
        return t2?.status === "ASSIGNED" ? t2 : null;
      },
      15_000,
      "the task to be released",
    );
    expect(x).toMatchObject({ status: "ASSIGNED", attempts: 0, claimedBy: null });
    await waitFor(async () => workers().length === 0, 10_000, "the worker process to exit");
  }, 60_000);
});

describe("the command line", () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { encoding: "utf8", timeout: 30_000 });

  it("answers --help for every command with its usage and exits 0; help text lists every option", () => {
    for (const c of COMMANDS) {
      const forms =
        c.name === "worker"
          ? [
              [c.name, "--help"],
              [c.name, "-h"],
              ["help", c.name],
            ]
          : [[c.name, "--help"]];
      for (const args of forms) {
        const r = cli(...args);
        expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toContain(c.name === "help" ? "Usage: mission-control" : `Usage: mission-control ${c.name}`);
        for (const option of Object.keys(c.options)) expect(r.stdout, `${c.name} --${option}`).toContain(`--${option}`);
        expect(r.stderr).toBe("");
      }
    }
    const general = cli("--help");
    expect(general.status).toBe(0);
    for (const c of COMMANDS) expect(general.stdout).toContain(`  ${c.name} `);
    expect(cli("worker", "--help").stdout).toContain("--heartbeat SECONDS");
  });

  it("refuses an unknown option or command with one line and the usage, exit 2, and starts nothing", () => {
    for (const args of [
      ["worker", "--nope"],
      ["mcp", "--bogus", "1"],
      ["serve", "--port", "9"],
      ["migrate", "-x"],
      ["frobnicate"],
      ["--what"],
    ]) {
      const r = cli(...args);
      expect(r.status, args.join(" ")).toBe(2);
      const [first, blank, ...rest] = r.stderr.split("\n");
      expect(first, args.join(" ")).toMatch(/^mission-control: (unknown option|unknown command|option)/);
      expect(blank).toBe("");
      expect(rest.join("\n")).toContain("Usage: mission-control");
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
      expect(r.stdout).toBe("");
    }
    const missing = cli("worker", "--agent", "x");
    expect(missing.status).toBe(2);
    expect(missing.stderr.split("\n")[0]).toBe('mission-control: worker needs --exec "COMMAND"');
    const bad = cli("worker", "--agent", "x", "--exec", "true", "--concurrency", "zero");
    expect(bad.status).toBe(2);
    expect(bad.stderr.split("\n")[0]).toBe("mission-control: --concurrency must be a number of at least 1");
  });
});

describe("MCP server", () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ name: "mc-test", version: "1.0.0" });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: ["--import", "tsx", "src/cli.ts", "mcp", "--url", t.url, "--api-key", ADMIN_KEY],
        stderr: "pipe",
      }),
    );
  }, 30_000);
  afterAll(async () => {
    await client?.close();
  });

  // A tool's answer is one text part (callTool's result type also covers the older toolResult form).
  const text = (r: unknown) => (r as { content: { text: string }[] }).content[0]!.text;
  const json = (r: unknown) => JSON.parse(text(r));

  it("lists its tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((x) => x.name).sort()).toEqual(
      [
        "append_output",
        "ask_question",
        "claim_task",
        "complete_task",
        "create_task",
        "fail_task",
        "get_task",
        "list_tasks",
        "post_message",
        "read_document",
        "register_agent",
        "search_documents",
        "update_task",
        // The operator side.
        "submit_tasks",
        "plan_goal",
        "wait_for_tasks",
        "task_output",
        "stop_task",
        "review_task",
        "list_questions",
        "answer_question",
        "dismiss_question",
        "list_agents",
        "list_approvals",
        "decide_approval",
        // Claude Code's permission prompt for runs the server starts.
        "approve_tool",
      ].sort(),
    );
  });

  it("plans a goal with plan_goal and waits until the plan is settled", async () => {
    const planner = await mc.ensureAgent("mcp-planner");
    // The inbox holds what earlier tests left (anyone may claim it): clear it, so the planner's next claim is its plan.
    for (const { node } of (await mc.tasks({ status: ["INBOX"] }, 500)).edges) {
      await mc.setStatus(node.id, "CANCELLED", "left by an earlier test");
    }
    const pending = client.callTool(
      {
        name: "plan_goal",
        arguments: { goal: "mcp goal: launch", plannerAgentId: planner.id, priority: "CRITICAL", wait: true },
      },
      undefined,
      { timeout: 90_000 },
    );
    const claimed = await waitFor(
      async () => {
        const r = await mc.claim(planner.id);
        return r.outcome === "CLAIMED" ? r.task : null;
      },
      20_000,
      "the planner to claim its planning task",
    );
    expect(claimed!.title).toBe("Plan: mcp goal: launch");
    const answer = {
      tasks: [
        { ref: "a", title: "mcp goal: write" },
        { ref: "b", title: "mcp goal: ship", dependsOn: ["a"] },
      ],
    };
    await mc.complete(claimed!.id, planner.id, JSON.stringify(answer));
    const out = json(await pending);
    expect(out.settled).toBe(true);
    expect(out.plan.status).toBe("DONE");
    expect(out.plan.plan).toMatchObject({ accepted: true, title: "mcp goal: launch" });
    expect(out.plan.plannedTasks.map((x: { title: string }) => x.title)).toEqual(["mcp goal: write", "mcp goal: ship"]);
  });

  it("lets an operator submit a DAG and wait for its results, follow output, stop, review, answer questions and see the fleet", async () => {
    const worker = await mc.ensureAgent("mcp-fleet-worker", { maxCapacity: 5 });
    // submit_tasks with wait returns only once the plan is finished: an agent works it meanwhile.
    const submitted = client.callTool(
      {
        name: "submit_tasks",
        arguments: {
          tasks: [
            { ref: "a", title: "mcp plan: research", assigneeIds: [worker.id], priority: "CRITICAL" },
            {
              ref: "b",
              title: "mcp plan: write",
              assigneeIds: [worker.id],
              dependsOnRefs: ["a"],
              priority: "CRITICAL",
            },
          ],
          wait: true,
          timeoutSeconds: 60,
        },
      },
      undefined,
      { timeout: 90_000 },
    );
    // Claim only once the plan exists (CRITICAL, so it comes before work earlier tests left in the inbox).
    await waitFor(
      async () => (await mc.tasks({ search: "mcp plan: research" })).edges.length > 0,
      20_000,
      "the plan to be created",
    );
    const results: string[] = [];
    for (const expected of ["mcp plan: research", "mcp plan: write"]) {
      const claimed = await waitFor(
        async () => {
          const r = await mc.claim(worker.id);
          return r.outcome === "CLAIMED" ? r.task : null;
        },
        20_000,
        `the worker to claim "${expected}"`,
      );
      expect(claimed!.title).toBe(expected);
      await mc.append(claimed!.id, worker.id, `working on ${expected}\n`);
      results.push(claimed!.id);
      await mc.complete(claimed!.id, worker.id, `result of ${expected}`);
    }
    const plan = json(await submitted);
    expect(plan.finished).toBe(true);
    expect(
      plan.tasks.map((x: { title: unknown; status: unknown; result: unknown }) => [x.title, x.status, x.result]),
    ).toEqual([
      ["mcp plan: research", "DONE", "result of mcp plan: research"],
      ["mcp plan: write", "DONE", "result of mcp plan: write"],
    ]);

    // Output since a seq, and as a resource.
    const out = json(await client.callTool({ name: "task_output", arguments: { taskId: results[0], afterSeq: 0 } }));
    expect(out.output.map((c: { content: unknown }) => c.content)).toEqual(["working on mcp plan: research\n"]);
    const after = json(
      await client.callTool({ name: "task_output", arguments: { taskId: results[0], afterSeq: out.output[0].seq } }),
    );
    expect(after.output).toEqual([]);
    const resource = await client.readResource({ uri: `mission-control://tasks/${results[0]}/output` });
    expect((resource.contents[0] as { text: string }).text).toBe("working on mcp plan: research\n");
    const board = JSON.parse(
      ((await client.readResource({ uri: "mission-control://board" })).contents[0] as { text: string }).text,
    );
    expect(board.tasks.find((x: { status: unknown }) => x.status === "DONE").count).toBeGreaterThanOrEqual(2);

    // Stop a claimed task: released to its queue.
    const held = await mc.createTask({ title: "mcp stop me", assigneeIds: [worker.id], priority: "CRITICAL" });
    expect((await mc.claim(worker.id)).task?.id).toBe(held.id);
    const stopped = json(
      await client.callTool({ name: "stop_task", arguments: { taskId: held.id, reason: "operator" } }),
    );
    expect(stopped.status).toBe("ASSIGNED");

    // Review: a task in REVIEW approved by the operator.
    const reviewed = await mc.createTask({
      title: "mcp review me",
      assigneeIds: [worker.id],
      priority: "CRITICAL",
      requiresReview: true,
    });
    await mc.release(held.id, worker.id).catch(() => {});
    await mc.setStatus(held.id, "CANCELLED").catch(() => {});
    const claimedForReview = await mc.claim(worker.id);
    expect(claimedForReview.task?.id).toBe(reviewed.id);
    expect((await mc.complete(reviewed.id, worker.id, "please check")).status).toBe("REVIEW");
    const approved = json(
      await client.callTool({ name: "review_task", arguments: { taskId: reviewed.id, verdict: "APPROVED" } }),
    );
    expect(approved.status).toBe("DONE");

    // Questions: listed, answered, dismissed.
    const q1 = await mc.askQuestion(worker.id, "mcp: which format?");
    const q2 = await mc.askQuestion(worker.id, "mcp: never mind?");
    const open = json(await client.callTool({ name: "list_questions", arguments: {} }));
    expect(open.map((x: { question: unknown }) => x.question)).toEqual(
      expect.arrayContaining(["mcp: which format?", "mcp: never mind?"]),
    );
    const answered = json(
      await client.callTool({ name: "answer_question", arguments: { questionId: q1.id, answer: "Markdown" } }),
    );
    expect(answered).toMatchObject({ status: "ANSWERED", answer: "Markdown" });
    expect(json(await client.callTool({ name: "dismiss_question", arguments: { questionId: q2.id } })).status).toBe(
      "DISMISSED",
    );
    const stillOpen = json(await client.callTool({ name: "list_questions", arguments: {} })).map(
      (x: { id: unknown }) => x.id,
    );
    expect(stillOpen).not.toContain(q1.id);
    expect(stillOpen).not.toContain(q2.id);

    // The fleet, and the standup prompt.
    const agents = json(await client.callTool({ name: "list_agents", arguments: {} }));
    expect(agents.find((a: { name: unknown }) => a.name === "mcp-fleet-worker")).toMatchObject({
      maxCapacity: 5,
      backendType: "EXTERNAL",
    });
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toContain("standup");
    const standup = await client.getPrompt({ name: "standup", arguments: {} });
    expect((standup.messages[0]!.content as { text: string }).text).toContain("mcp-fleet-worker");

    // Errors come back as tool errors with the API's code.
    const missing = await client.callTool({
      name: "stop_task",
      arguments: { taskId: "task_0000000000000000000000000" },
    });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toMatch(/^(NOT_FOUND|BAD_USER_INPUT):/);
  }, 120_000);

  it("lets an MCP client work a task end to end as an agent", async () => {
    const agent = json(
      await client.callTool({ name: "register_agent", arguments: { name: "mcp-agent", role: "assistant" } }),
    );
    const task = json(
      await client.callTool({
        name: "create_task",
        arguments: { title: "via mcp", description: "Summarize.", assigneeIds: [agent.id], priority: "CRITICAL" },
      }),
    );
    const claimed = json(await client.callTool({ name: "claim_task", arguments: { agentId: agent.id } }));
    expect(claimed.outcome).toBe("CLAIMED");
    expect(claimed.task.id).toBe(task.id);
    expect(claimed.prompt).toContain("Summarize.");
    await client.callTool({
      name: "append_output",
      arguments: { taskId: task.id, agentId: agent.id, content: "thinking" },
    });
    const msg = json(
      await client.callTool({
        name: "post_message",
        arguments: { taskId: task.id, content: "@nobody hi", authorAgentId: agent.id },
      }),
    );
    expect(msg.unresolvedMentions).toEqual(["nobody"]);
    const q = json(
      await client.callTool({
        name: "ask_question",
        arguments: { agentId: agent.id, question: "Long or short?", taskId: task.id },
      }),
    );
    expect(q.status).toBe("OPEN");
    const done = json(
      await client.callTool({
        name: "complete_task",
        arguments: { taskId: task.id, agentId: agent.id, result: "A summary." },
      }),
    );
    expect(done.status).toBe("DONE");
    const full = json(await client.callTool({ name: "get_task", arguments: { taskId: task.id } }));
    const doc = json(await client.callTool({ name: "read_document", arguments: { documentId: full.documents[0].id } }));
    expect(doc.content).toBe("A summary.");
    const listed = json(
      await client.callTool({ name: "list_tasks", arguments: { status: ["DONE"], search: "via mcp" } }),
    );
    expect(listed.map((x: { id: unknown }) => x.id)).toContain(task.id);
    const again = await client.callTool({ name: "complete_task", arguments: { taskId: task.id, agentId: agent.id } });
    expect(again.isError).toBe(true);
    expect(text(again)).toMatch(/^CONFLICT: /);
  });

  it("lets an MCP agent take several tasks at once and finish one while claiming the next", async () => {
    const agent = json(
      await client.callTool({ name: "register_agent", arguments: { name: "mcp-batch", maxCapacity: 2 } }),
    );
    const made = [];
    for (const title of ["batch one", "batch two", "batch three"])
      made.push(
        json(
          await client.callTool({
            name: "create_task",
            arguments: { title, description: `Do ${title}.`, assigneeIds: [agent.id], priority: "CRITICAL" },
          }),
        ),
      );
    const two = json(await client.callTool({ name: "claim_task", arguments: { agentId: agent.id, limit: 5 } }));
    expect(two.outcome).toBe("CLAIMED");
    expect(two.tasks.map((x: { id: unknown }) => x.id)).toEqual([made[0].id, made[1].id]);
    const r = json(
      await client.callTool({
        name: "complete_task",
        arguments: { taskId: made[0].id, agentId: agent.id, result: "one done", claimNext: true },
      }),
    );
    expect(r.completed).toMatchObject({ id: made[0].id, status: "DONE" });
    expect(r.next.outcome).toBe("CLAIMED");
    expect(r.next.task.id).toBe(made[2].id);
    expect(r.next.prompt).toContain("Do batch three.");
  });
});

/** Auto-dispatch (with its concurrency limit) and the automatic reviewer loop, through the scheduler. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.js";
import { makeAgent } from "./helpers/factories.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

const NODE = process.execPath;

describe.each(PROVIDERS)("auto-dispatch on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider, {
      shellAllow: [NODE],
      schedulerEnabled: true,
      dispatchIntervalSeconds: 1,
      maxConcurrentRuns: 2,
      maxReviewCycles: 3,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("starts assigned tasks of server-side agents by itself, never more than MC_MAX_CONCURRENT_RUNS at once", async () => {
    const agent = (
      await t.ok(
        graphql(
          `mutation DispatchCreateAgent { createAgent(input: { name: "busy", backend: "shell", level: LEAD, maxCapacity: 10 }) { id } }`,
        ),
      )
    ).createAgent.id;
    // All five in one transaction: the dispatcher sees them together, so it must hold back three. The
    // runs meet in pairs instead of racing a timer: run k (in start order) signs in a shared directory and
    // waits until its pair has signed in too (the fifth, alone, does not wait), at most 10 s. With two
    // slots every run finds its partner at once, however slow a busy machine makes starting one; a
    // dispatcher that ran one at a time would make each wait the 10 s and show one in flight.
    const meet = mkdtempSync(path.join(tmpdir(), "mc-meet-"));
    const rendezvous = `const fs = require("node:fs"), d = process.argv[1];
      fs.writeFileSync(d + "/" + process.pid, "");
      const k = fs.readdirSync(d).length, want = k === 5 ? 5 : 2 * Math.ceil(k / 2), until = Date.now() + 10000;
      const wait = () => fs.readdirSync(d).length >= want || Date.now() > until ? console.log("met") : setTimeout(wait, 20);
      wait();`;
    await t.ok(graphql(`mutation ClaimsCreateTasks($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`), {
      i: Array.from({ length: 5 }, (_, i) => ({
        ref: `nap${i}`,
        title: `nap ${i}`,
        assigneeIds: [agent],
        command: [NODE, "-e", rendezvous, meet],
      })),
    });
    const runs = await waitFor(
      async () => {
        const r = await t.ok(
          graphql(
            `query DispatchTasks($a: ID!) { tasks(filter: { assigneeId: $a }) { edges { node { status runs { startedAt finishedAt status } } } } }`,
          ),
          { a: agent },
        );
        const nodes = r.tasks.edges.map((e) => e.node);
        return nodes.every((n) => n.status === "DONE") ? nodes.flatMap((n) => n.runs) : null;
      },
      30_000,
      "all five tasks DONE",
    );
    expect(runs).toHaveLength(5);
    // No instant has more than two runs in flight.
    const edges = runs.flatMap((r) => [
      { at: Date.parse(r.startedAt), d: 1 },
      { at: Date.parse(r.finishedAt!), d: -1 },
    ]);
    edges.sort((a, b) => a.at - b.at || a.d - b.d);
    let inFlight = 0;
    let most = 0;
    for (const e of edges) {
      inFlight += e.d;
      most = Math.max(most, inFlight);
    }
    expect(most).toBe(2);
  });

  it("sends REVIEW tasks to the project's reviewer agent and loops on its feedback until approved", async () => {
    // The worker writes "draft v1", or "draft v2" once the prompt carries the reviewer's feedback.
    const worker = (
      await makeAgent(t, {
        name: "junior",
        backend: "shell",
        level: "INTERN",
        config: {
          command: [
            NODE,
            "-e",
            `let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(s.includes("needs the v2 marker")?"draft v2":"draft v1"))`,
          ],
        },
      })
    ).id;
    const critic = (
      await makeAgent(t, {
        name: "critic",
        backend: "shell",
        level: "LEAD",
        config: {
          command: [
            NODE,
            "-e",
            `let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(s.includes("draft v2")?"VERDICT: APPROVED\\nLooks right.":"VERDICT: REJECTED\\nThe draft needs the v2 marker."))`,
          ],
        },
      })
    ).id;
    const project = (
      await t.ok(
        graphql(
          `mutation DispatchCreateProject($r: ID) { createProject(input: { name: "reviewed", reviewerAgentId: $r }) { id reviewer { name } } }`,
        ),
        { r: critic },
      )
    ).createProject;
    expect(project.reviewer!.name).toBe("critic");
    const task = (
      await t.ok(
        graphql(
          `mutation DispatchCreateTask($a: ID!, $p: ID!) { createTask(input: { title: "write it", assigneeIds: [$a], projectId: $p }) { id } }`,
        ),
        { a: worker, p: project.id },
      )
    ).createTask.id;
    const done = await waitFor(
      async () => {
        const x = (
          await t.ok(
            graphql(
              `query DispatchTask($id: ID!) { task(id: $id) { status result reviewCycles reviews { verdict feedback reviewer { name } } runs { kind status agent { name } } } }`,
            ),
            { id: task },
          )
        ).task;
        return x!.status === "DONE" ? x : null;
      },
      30_000,
      "the reviewed task to be DONE",
    );
    expect(done.result!.trim()).toBe("draft v2");
    expect(done.reviews).toEqual([
      { verdict: "REJECTED", feedback: "The draft needs the v2 marker.", reviewer: { name: "critic" } },
      { verdict: "APPROVED", feedback: "Looks right.", reviewer: { name: "critic" } },
    ]);
    expect(done.runs.map((r) => `${r.kind}:${r.agent!.name}:${r.status}`).reverse()).toEqual([
      "WORK:junior:SUCCEEDED",
      "REVIEW:critic:SUCCEEDED",
      "WORK:junior:SUCCEEDED",
      "REVIEW:critic:SUCCEEDED",
    ]);
  });

  it("never sends a task to its own agent for review: a human reviews it", async () => {
    const solo = (
      await makeAgent(t, {
        name: "solo",
        backend: "shell",
        level: "INTERN",
        config: { command: [NODE, "-e", `console.log("VERDICT: APPROVED")`] },
      })
    ).id;
    const project = (
      await t.ok(
        graphql(
          `mutation DispatchCreateProject2($r: ID) { createProject(input: { name: "self", reviewerAgentId: $r }) { id } }`,
        ),
        { r: solo },
      )
    ).createProject.id;
    const task = (
      await t.ok(
        graphql(
          `mutation DispatchCreateTask2($a: ID!, $p: ID!) { createTask(input: { title: "mine", assigneeIds: [$a], projectId: $p }) { id } }`,
        ),
        { a: solo, p: project },
      )
    ).createTask.id;
    await waitFor(
      async () =>
        (await t.ok(graphql(`query DispatchTask2($id: ID!) { task(id: $id) { status } }`), { id: task })).task!
          .status === "REVIEW",
    );
    await t.server.runner.dispatchPass();
    const x = (
      await t.ok(
        graphql(`query DispatchTask3($id: ID!) { task(id: $id) { status reviews { verdict } runs { kind } } }`),
        { id: task },
      )
    ).task;
    expect(x!.status).toBe("REVIEW");
    expect(x!.reviews).toEqual([]);
    expect(x!.runs.map((r: { kind: unknown }) => r.kind)).toEqual(["WORK"]);
  });
});

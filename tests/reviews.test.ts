import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.js";
import { makeTask } from "./helpers/factories.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

const REVIEW = graphql(`mutation ReviewsReviewTask($t: ID!, $v: ReviewVerdict!, $f: String, $r: ID) {
  reviewTask(taskId: $t, verdict: $v, feedback: $f, reviewerAgentId: $r) { status reviewCycles error statusNote assignees { id } reviews { verdict feedback reviewer { id } } }
}`);

describe.each(PROVIDERS)("review gates on %s", (provider) => {
  let t: TestServer;
  let worker: string;
  let reviewer: string;
  let n = 0;
  beforeAll(async () => {
    t = await startTestServer(provider, { maxReviewCycles: 3 });
    worker = (
      await t.ok(
        graphql(`mutation ReviewsCreateAgent { createAgent(input: { name: "intern", level: INTERN }) { id } }`),
      )
    ).createAgent.id;
    reviewer = (
      await t.ok(
        graphql(`mutation ReviewsCreateAgent2 { createAgent(input: { name: "reviewer", level: LEAD }) { id } }`),
      )
    ).createAgent.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A task the intern claimed and completed: it waits in REVIEW. */
  async function inReview() {
    const id = (
      await t.ok(
        graphql(
          `mutation ReviewsCreateWork($n: String!, $a: [ID!]) { createTask(input: { title: $n, assigneeIds: $a, priority: CRITICAL }) { id } }`,
        ),
        { n: `work ${++n}`, a: [worker] },
      )
    ).createTask.id;
    await claimAndComplete(id);
    return id;
  }
  async function claimAndComplete(id: string) {
    const c = await t.ok(
      graphql(`mutation ReviewsClaimTask($a: ID!) { claimTask(agentId: $a, maxCapacity: 10) { task { id } } }`),
      {
        a: worker,
      },
    );
    expect(c.claimTask.task!.id).toBe(id);
    const done = await t.ok(
      graphql(
        `mutation ReviewsCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, result: "draft") { status } }`,
      ),
      { t: id, a: worker },
    );
    expect(done.completeTask.status).toBe("REVIEW");
  }

  it("approves to DONE and releases dependents", async () => {
    const id = await inReview();
    const waiting = (
      await t.ok(
        graphql(
          `mutation ReviewsCreateTask($d: [ID!]) { createTask(input: { title: "after review", dependsOn: $d }) { status } }`,
        ),
        {
          d: [id],
        },
      )
    ).createTask;
    expect(waiting.status).toBe("BLOCKED");
    const r = await t.ok(REVIEW, { t: id, v: "APPROVED", f: "looks right", r: reviewer });
    expect(r.reviewTask).toMatchObject({
      status: "DONE",
      reviews: [{ verdict: "APPROVED", feedback: "looks right", reviewer: { id: reviewer } }],
    });
    const ready = await t.ok(
      graphql(`query ReviewsTasks { tasks(filter: { search: "after review" }) { edges { node { status } } } }`),
    );
    expect(ready.tasks.edges[0]!.node.status).toBe("INBOX");
  });

  it("never lets an agent review its own work, and refuses a task not in REVIEW", async () => {
    const id = await inReview();
    const own = await t.gql(REVIEW, { t: id, v: "APPROVED", r: worker });
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await t.ok(graphql(`query ReviewsTask($t: ID!) { task(id: $t) { status reviews { id } } }`), { t: id })).task,
    ).toEqual({
      status: "REVIEW",
      reviews: [],
    });
    const key = (
      await t.ok(
        graphql(
          `mutation ReviewsCreateApiKey($a: ID) { createApiKey(input: { name: "intern key", role: AGENT, agentId: $a }) { secret } }`,
        ),
        { a: worker },
      )
    ).createApiKey.secret;
    const viaKey = await t.gql(REVIEW, { t: id, v: "APPROVED" }, key);
    expect(viaKey.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const fresh = (await makeTask(t, { title: "not reviewed yet" })).id;
    expect((await t.gql(REVIEW, { t: fresh, v: "APPROVED" })).errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect((await t.gql(REVIEW, { t: id, v: "REJECTED" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a reviewer's late verdict on a submission made after its review started, changing nothing", async () => {
    // What an automatic review does when its agent answers: the verdict names the submission it read.
    const id = await inReview();
    const first = (
      await t.ok(graphql(`query ReviewsTask2($id: ID!) { task(id: $id) { attempts reviewCycles } }`), { id })
    ).task;
    const actor = { type: "agent" as const, id: reviewer };
    await t.server.services.reviews.review(actor, {
      taskId: id,
      verdict: "REJECTED",
      feedback: "add tests",
      reviewerAgentId: reviewer,
      expect: first,
    });
    await claimAndComplete(id); // resubmitted: a second submission waits in REVIEW
    // A second review of the first submission (started before the resubmission) answers late.
    await expect(
      t.server.services.reviews.review(actor, {
        taskId: id,
        verdict: "REJECTED",
        feedback: "add tests",
        reviewerAgentId: reviewer,
        expect: first,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const now = (
      await t.ok(
        graphql(`query ReviewsTask3($id: ID!) { task(id: $id) { status reviewCycles reviews { verdict } } }`),
        { id },
      )
    ).task;
    expect(now).toEqual({ status: "REVIEW", reviewCycles: 1, reviews: [{ verdict: "REJECTED" }] });
  });

  it("returns a rejected task to its agent with the feedback, and FAILS it after maxReviewCycles", async () => {
    const id = await inReview();
    const first = await t.ok(REVIEW, { t: id, v: "REJECTED", f: "add tests", r: reviewer });
    expect(first.reviewTask).toMatchObject({
      status: "ASSIGNED",
      reviewCycles: 1,
      statusNote: "add tests",
      assignees: [{ id: worker }],
    });
    await claimAndComplete(id);
    const second = await t.ok(REVIEW, { t: id, v: "REJECTED", f: "tests fail" });
    expect(second.reviewTask).toMatchObject({ status: "ASSIGNED", reviewCycles: 2 });
    await claimAndComplete(id);
    const third = await t.ok(REVIEW, { t: id, v: "REJECTED", f: "still wrong", r: reviewer });
    expect(third.reviewTask.status).toBe("FAILED");
    expect(third.reviewTask.error).toBe("rejected 3 times:\n1. add tests\n2. tests fail\n3. still wrong");
    expect(third.reviewTask.reviews.map((r) => [r.verdict, r.reviewer?.id ?? null])).toEqual([
      ["REJECTED", reviewer],
      ["REJECTED", null],
      ["REJECTED", reviewer],
    ]);
  });
});

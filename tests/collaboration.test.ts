/**
 * Collaboration and reporting through the API: versioned documents with conflicts and full-text search,
 * messages with mentions, notifications (live and in heartbeats), questions, usage with budgets refused
 * before work starts, signed webhooks with retries and refused targets, stats and the standup.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestNotificationMessagesDocument } from "./generated/graphql.js";
import { graphql } from "./generated/index.js";
import { makeAgent, makeTask } from "./helpers/factories.js";
import { wsLive } from "./helpers/live.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";
import { waitFor } from "./helpers/wait.js";

describe.each(PROVIDERS)("collaboration on %s", (provider) => {
  let t: TestServer;
  let ada: string;
  let bob: string;
  let task: string;
  let project: string;
  beforeAll(async () => {
    t = await startTestServer(provider, { outboundAllow: ["127.0.0.1"] });
    ada = (
      await t.ok(
        graphql(`mutation CollaborationCreateAgent { createAgent(input: { name: "ada", role: "writer" }) { id } }`),
      )
    ).createAgent.id;
    bob = (
      await t.ok(
        graphql(`mutation CollaborationCreateAgent2 { createAgent(input: { name: "bob", role: "tester" }) { id } }`),
      )
    ).createAgent.id;
    project = (
      await t.ok(graphql(`mutation CollaborationCreateProject { createProject(input: { name: "launch" }) { id } }`))
    ).createProject.id;
    task = (
      await t.ok(
        graphql(
          `mutation CollaborationCreateTask($a: [ID!], $p: ID) { createTask(input: { title: "write docs", assigneeIds: $a, projectId: $p }) { id } }`,
        ),
        { a: [ada, bob], p: project },
      )
    ).createTask.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("documents", () => {
    it("versions every update and refuses a stale base with VERSION_CONFLICT, overwriting nothing", async () => {
      const doc = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateDocument($i: CreateDocumentInput!) { createDocument(input: $i) { id version type author { name } project { id } } }`,
          ),
          {
            i: { title: "Plan", content: "v1 text", type: "RESEARCH", taskId: task, authorAgentId: ada },
          },
        )
      ).createDocument;
      expect(doc).toMatchObject({ version: 1, type: "RESEARCH", author: { name: "ada" }, project: { id: project } });
      const v2 = await t.ok(
        graphql(
          `mutation CollaborationUpdateDocumentV2($id: ID!, $b: ID!) { updateDocument(id: $id, content: "v2 text", baseVersion: 1, authorAgentId: $b) { version content author { name } } }`,
        ),
        { id: doc.id, b: bob },
      );
      expect(v2.updateDocument).toEqual({ version: 2, content: "v2 text", author: { name: "bob" } });
      const ghost = await t.gql(
        graphql(
          `mutation CollaborationUpdateDocument($id: ID!) { updateDocument(id: $id, content: "x", baseVersion: 2, authorAgentId: "agent_0mwremvif0004cd8044ee971") { version } }`,
        ),
        { id: doc.id },
      );
      expect(ghost.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const stale = await t.gql(
        graphql(
          `mutation CollaborationUpdateDocument2($id: ID!) { updateDocument(id: $id, content: "lost update", baseVersion: 1) { version } }`,
        ),
        { id: doc.id },
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: "VERSION_CONFLICT",
        currentVersion: 2,
        baseVersion: 1,
      });
      const now = await t.ok(
        graphql(
          `query CollaborationDocument($id: ID!) { document(id: $id) { version content versions { version content author { name } } } }`,
        ),
        { id: doc.id },
      );
      expect(now.document!.content).toBe("v2 text");
      expect(now.document!.versions).toEqual([
        { version: 2, content: "v2 text", author: { name: "bob" } },
        { version: 1, content: "v1 text", author: { name: "ada" } },
      ]);
      const old = await t.ok(
        graphql(`query CollaborationDocument2($id: ID!) { document(id: $id, version: 1) { version content } }`),
        { id: doc.id },
      );
      expect(old.document).toEqual({ version: 1, content: "v1 text" });
      expect(
        (
          await t.ok(graphql(`query CollaborationDocument3($id: ID!) { document(id: $id, version: 9) { id } }`), {
            id: doc.id,
          })
        ).document,
      ).toBeNull();
    });

    it("searches titles and contents, ranked, with stemming, safe against query syntax", async () => {
      const mk = (title: string, content: string) =>
        t.ok(
          graphql(
            `mutation CollaborationCreateDocument2($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`,
          ),
          {
            i: { title, content, projectId: project },
          },
        );
      const a = (await mk("Deployment runbook", "How we deploy the servers on Fridays")).createDocument.id;
      const b = (await mk("Notes", "Someone mentioned deployment once")).createDocument.id;
      await mk("Recipes", "Nothing about shipping software here");
      const r = await t.ok(graphql(`query CollaborationDocuments { documents(search: "deployment") { id title } }`));
      expect(r.documents.map((d: { id: unknown }) => d.id)).toEqual([a, b]);
      const stem = await t.ok(graphql(`query CollaborationDocuments2 { documents(search: "deploys server") { id } }`));
      expect(stem.documents.map((d: { id: unknown }) => d.id)).toEqual([a]);
      const hostile = await t.gql(`query { documents(search: "\\"deploy* OR NEAR( ) -- ; DROP TABLE") { id } }`);
      expect(hostile.errors).toBeUndefined();
      const none = await t.ok(graphql(`query CollaborationDocuments3 { documents(search: "zebra") { id } }`));
      expect(none.documents).toEqual([]);
      const filtered = await t.ok(
        graphql(
          `query CollaborationDocuments4($p: ID) { documents(search: "deployment", projectId: $p, type: DRAFT) { id } }`,
        ),
        { p: project },
      );
      expect(filtered.documents).toHaveLength(2);
    });
  });

  describe("messages and notifications", () => {
    it("notifies @named agents, reports unknown mentions, and notifies the author a reply answers", async () => {
      const since = t.listening();
      const live = wsLive(t.ws(), TestNotificationMessagesDocument, { a: bob });
      await t.untilListening(since);
      const m = await t.ok(
        graphql(
          `mutation CollaborationPostMessage($t: ID!, $a: ID) { postMessage(taskId: $t, content: "@bob please check, and @nobody too (mail me at x@ada.dev).", authorAgentId: $a) { id authorName mentions { name } unresolvedMentions } }`,
        ),
        { t: task, a: ada },
      );
      expect(m.postMessage).toMatchObject({
        authorName: "ada",
        mentions: [{ name: "bob" }],
        unresolvedMentions: ["nobody"],
      });
      const note = await live.next((e) => e.notifications.kind === "MENTION");
      expect(note.notifications.message?.id).toBe(m.postMessage.id);
      expect(note.notifications.content).toContain("@ada mentioned you");

      const reply = await t.ok(
        graphql(
          `mutation CollaborationPostMessage2($t: ID!, $a: ID, $r: ID) { postMessage(taskId: $t, content: "done", authorAgentId: $a, replyToId: $r) { replyTo { id } } }`,
        ),
        { t: task, a: bob, r: m.postMessage.id },
      );
      expect(reply.postMessage.replyTo!.id).toBe(m.postMessage.id);
      // A reply to an agent deleted since is still posted (nobody to notify).
      const temp = (await makeAgent(t, { name: "short-lived" })).id;
      const orphan = (
        await t.ok(
          graphql(
            `mutation CollaborationPostMessage3($t: ID!, $a: ID) { postMessage(taskId: $t, content: "bye", authorAgentId: $a) { id } }`,
          ),
          {
            t: task,
            a: temp,
          },
        )
      ).postMessage.id;
      await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: temp });
      const late = await t.ok(
        graphql(
          `mutation CollaborationPostMessage4($t: ID!, $r: ID) { postMessage(taskId: $t, content: "too late", replyToId: $r) { replyTo { id authorName } } }`,
        ),
        { t: task, r: orphan },
      );
      expect(late.postMessage.replyTo).toEqual({ id: orphan, authorName: "short-lived" });
      const adas = await t.ok(
        graphql(`query CollaborationNotifications($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind } }`),
        { a: ada },
      );
      expect(adas.notifications).toEqual([{ kind: "REPLY" }]);
      live.stop();
    });

    it("@all reaches every agent on the task's project but the author; heartbeats count unread; marking reads them", async () => {
      const carl = (await makeAgent(t, { name: "carl" })).id;
      const before = (
        await t.ok(
          graphql(`mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }`),
          { a: bob },
        )
      ).heartbeat.unreadNotifications;
      await t.ok(
        graphql(
          `mutation CollaborationPostMessage5($t: ID!, $a: ID) { postMessage(taskId: $t, content: "@all standup in 5", authorAgentId: $a) { id } }`,
        ),
        { t: task, a: ada },
      );
      const after = (
        await t.ok(
          graphql(`mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }`),
          { a: bob },
        )
      ).heartbeat.unreadNotifications;
      expect(after).toBe(before + 1);
      // carl is on no task of the project, ada wrote it.
      expect(
        (
          await t.ok(graphql(`query CollaborationNotifications2($a: ID!) { notifications(agentId: $a) { id } }`), {
            a: carl,
          })
        ).notifications,
      ).toEqual([]);
      const marked = await t.ok(
        graphql(`mutation CollaborationMarkNotificationsRead($a: ID!) { markNotificationsRead(agentId: $a) }`),
        { a: bob },
      );
      expect(marked.markNotificationsRead).toBe(after);
      expect(
        (
          await t.ok(
            graphql(`mutation CollaborationHeartbeat($a: ID!) { heartbeat(agentId: $a) { unreadNotifications } }`),
            { a: bob },
          )
        ).heartbeat.unreadNotifications,
      ).toBe(0);
      const thread = await t.ok(
        graphql(`query CollaborationTask($t: ID!) { task(id: $t) { messages { content authorName } } }`),
        { t: task },
      );
      expect(thread.task!.messages.map((x: { content: unknown }) => x.content)).toContain("@all standup in 5");
    });
  });

  describe("questions", () => {
    it("asks, answers (the answer reaches the agent) and dismisses; a closed question stays closed", async () => {
      const q = (
        await t.ok(
          graphql(
            `mutation CollaborationAskQuestion($a: ID!, $t: ID) { askQuestion(agentId: $a, taskId: $t, question: "Which audience?") { id status agent { name } task { id } } }`,
          ),
          { a: ada, t: task },
        )
      ).askQuestion;
      expect(q).toMatchObject({ status: "OPEN", agent: { name: "ada" }, task: { id: task } });
      expect(
        (await t.ok(graphql(`query CollaborationQuestions { questions(status: OPEN) { id } }`))).questions.map(
          (x: { id: unknown }) => x.id,
        ),
      ).toContain(q.id);
      const a = await t.ok(
        graphql(
          `mutation CollaborationAnswerQuestion($id: ID!) { answerQuestion(id: $id, answer: "Operators.") { status answer } }`,
        ),
        {
          id: q.id,
        },
      );
      expect(a.answerQuestion).toEqual({ status: "ANSWERED", answer: "Operators." });
      const notes = await t.ok(
        graphql(
          `query CollaborationNotifications3($a: ID!) { notifications(agentId: $a, unreadOnly: true) { kind content } }`,
        ),
        {
          a: ada,
        },
      );
      expect(notes.notifications.find((n: { kind: unknown }) => n.kind === "QUESTION_ANSWERED")!.content).toContain(
        "Operators.",
      );
      const again = await t.gql(
        graphql(`mutation CollaborationDismissQuestion($id: ID!) { dismissQuestion(id: $id) { status } }`),
        { id: q.id },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const leaver = (await makeAgent(t, { name: "asker-leaves" })).id;
      const lq = (
        await t.ok(
          graphql(
            `mutation CollaborationAskQuestion2($a: ID!) { askQuestion(agentId: $a, question: "Still there?") { id } }`,
          ),
          { a: leaver },
        )
      ).askQuestion.id;
      await t.ok(graphql(`mutation CollaborationDeleteAgent($id: ID!) { deleteAgent(id: $id) }`), { id: leaver });
      expect(
        (
          await t.ok(
            graphql(
              `mutation CollaborationAnswerQuestion2($id: ID!) { answerQuestion(id: $id, answer: "No.") { status } }`,
            ),
            { id: lq },
          )
        ).answerQuestion.status,
      ).toBe("ANSWERED");
      const q2 = (
        await t.ok(
          graphql(
            `mutation CollaborationAskQuestion3($a: ID!) { askQuestion(agentId: $a, question: "Lunch?") { id } }`,
          ),
          { a: bob },
        )
      ).askQuestion.id;
      expect(
        (
          await t.ok(
            graphql(`mutation CollaborationDismissQuestion($id: ID!) { dismissQuestion(id: $id) { status } }`),
            { id: q2 },
          )
        ).dismissQuestion.status,
      ).toBe("DISMISSED");
    });
  });

  describe("usage and budgets", () => {
    it("prices usage without a cost, sums by model, agent and task", async () => {
      const spender = (await makeAgent(t, { name: "spender" })).id;
      await t.ok(
        graphql(
          `mutation CollaborationHeartbeat2($a: ID!) { heartbeat(agentId: $a, usage: [{ model: "claude-sonnet-4-5", inputTokens: 1000000, outputTokens: 100000 }, { model: "custom", inputTokens: 10, outputTokens: 10, costUsd: 0.5 }]) { agent { id } } }`,
        ),
        { a: spender },
      );
      const u = await t.ok(
        graphql(
          `query CollaborationUsage($a: ID!) { usage(agentId: $a) { inputTokens outputTokens totalCostUsd byModel { key costUsd } byAgent { key } } }`,
        ),
        { a: spender },
      );
      // claude-sonnet-4: $3 in, $15 out per million: 3 + 1.5.
      expect(u.usage.totalCostUsd).toBeCloseTo(5.0, 6);
      expect(u.usage.byModel).toEqual([
        { key: "claude-sonnet-4-5", costUsd: 4.5 },
        { key: "custom", costUsd: 0.5 },
      ]);
      expect(u.usage.byAgent).toEqual([{ key: spender }]);
      const since = await t.ok(
        graphql(
          `query CollaborationUsage2($a: ID!) { usage(agentId: $a, since: "2999-01-01T00:00:00Z") { totalCostUsd } }`,
        ),
        { a: spender },
      );
      expect(since.usage.totalCostUsd).toBe(0);
    });

    it("refuses a claim over the agent's budget before any work starts, flags and notifies the agent once", async () => {
      const thrifty = (await makeAgent(t, { name: "thrifty" })).id;
      const job = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateTask2($a: [ID!]) { createTask(input: { title: "costly", assigneeIds: $a }) { id } }`,
          ),
          {
            a: [thrifty],
          },
        )
      ).createTask.id;
      await t.ok(
        graphql(
          `mutation CollaborationSetBudget($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 1.0 }) { agent { dailyBudgetUsd } } }`,
        ),
        {
          a: thrifty,
        },
      );
      await t.ok(
        graphql(
          `mutation CollaborationHeartbeat3($a: ID!) { heartbeat(agentId: $a, usage: [{ model: "x", inputTokens: 1, outputTokens: 1, costUsd: 1.25 }]) { agent { id } } }`,
        ),
        { a: thrifty },
      );
      for (let i = 0; i < 2; i++) {
        const r = await t.gql(graphql(`mutation BoardClaimTask($a: ID!) { claimTask(agentId: $a) { outcome } }`), {
          a: thrifty,
        });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BUDGET_EXCEEDED", window: "daily", limitUsd: 1 });
        expect(r.errors?.[0]?.message).toMatch(/spent \$1\.25.*daily budget of \$1\.00/);
      }
      const state = await t.ok(
        graphql(
          `query CollaborationAgent($a: ID!, $t: ID!) { agent(id: $a) { budgetExceededAt spentTodayUsd } task(id: $t) { status attempts } notifications(agentId: $a) { kind } }`,
        ),
        { a: thrifty, t: job },
      );
      expect(state.agent!.budgetExceededAt).not.toBeNull();
      expect(state.agent!.spentTodayUsd).toBeCloseTo(1.25);
      expect(state.task).toEqual({ status: "ASSIGNED", attempts: 0 });
      expect(state.notifications).toEqual([{ kind: "BUDGET_EXCEEDED" }]);
      // Raising the budget lets work start again and clears the flag.
      await t.ok(
        graphql(
          `mutation CollaborationSetBudget2($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 5 }) { agent { budgetExceededAt } } }`,
        ),
        {
          a: thrifty,
        },
      );
      const ok = await t.ok(
        graphql(`mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`),
        { a: thrifty },
      );
      expect(ok.claimTask).toEqual({ outcome: "CLAIMED", task: { id: job } });
    });

    it("holds back a project's tasks once the project's budget is spent", async () => {
      const p = (
        await t.ok(graphql(`mutation CollaborationCreateProject2 { createProject(input: { name: "capped" }) { id } }`))
      ).createProject.id;
      const worker = (await makeAgent(t, { name: "capped-worker" })).id;
      const capped = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateTask3($p: ID) { createTask(input: { title: "capped work", projectId: $p, priority: CRITICAL }) { id } }`,
          ),
          { p },
        )
      ).createTask.id;
      const first = (
        await t.ok(
          graphql(
            `mutation CollaborationClaimTask($a: ID!) { claimTask(agentId: $a) { task { id projectId: project { id } } } }`,
          ),
          {
            a: worker,
          },
        )
      ).claimTask.task;
      expect(first!.id).toBe(capped);
      await t.ok(
        graphql(
          `mutation CollaborationCompleteTask($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a, usage: [{ model: "x", inputTokens: 1, outputTokens: 1, costUsd: 2 }]) { status } }`,
        ),
        { t: capped, a: worker },
      );
      await t.ok(
        graphql(
          `mutation CollaborationSetBudget3($p: ID) { setBudget(input: { projectId: $p, monthlyUsd: 2 }) { project { monthlyBudgetUsd } } }`,
        ),
        { p },
      );
      const next = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateTask4($p: ID) { createTask(input: { title: "more capped work", projectId: $p, priority: CRITICAL }) { id } }`,
          ),
          { p },
        )
      ).createTask.id;
      const claim = await t.ok(
        graphql(`mutation ApprovalsClaimTask($a: ID!) { claimTask(agentId: $a) { outcome task { id } } }`),
        { a: worker },
      );
      expect(claim.claimTask.task?.id).not.toBe(next);
      expect(
        (await t.ok(graphql(`query CollaborationTask2($t: ID!) { task(id: $t) { status } }`), { t: next })).task!
          .status,
      ).toBe("INBOX");
    });

    it("lets only admins set budgets", async () => {
      const key = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateApiKey { createApiKey(input: { name: "op", role: OPERATOR }) { secret } }`,
          ),
        )
      ).createApiKey.secret;
      const r = await t.gql(
        graphql(
          `mutation CollaborationSetBudget4($a: ID) { setBudget(input: { agentId: $a, dailyUsd: 100 }) { agent { id } } }`,
        ),
        { a: ada },
        key,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("webhooks", () => {
    let receiver: Server;
    let url: string;
    const got: { headers: IncomingMessage["headers"]; body: string }[] = [];
    let failNext = 0;
    beforeAll(async () => {
      receiver = createServer((req, res) => {
        let body = "";
        req.on("data", (d) => (body += d));
        req.on("end", () => {
          got.push({ headers: req.headers, body });
          if (failNext > 0) {
            failNext--;
            res.writeHead(503).end("try later");
          } else res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    });
    afterAll(() => {
      receiver.close();
    });

    it("delivers subscribed events signed with HMAC-SHA256, retries failures, and keeps the history", async () => {
      const hook = (
        await t.ok(
          graphql(
            `mutation CollaborationCreateWebhook($u: String!) { createWebhook(input: { url: $u, events: ["task.created", "message.*"], secret: "s3cret-s3cret-s3cret" }) { secret webhook { id events } } }`,
          ),
          { u: url },
        )
      ).createWebhook;
      expect(hook.webhook.events).toEqual(["message.*", "task.created"]);
      failNext = 1;
      const created = (await makeTask(t, { title: "hooked" })).id;
      await t.ok(
        graphql(`mutation CollaborationCreateAgent3 { createAgent(input: { name: "not-subscribed" }) { id } }`),
      );
      // First attempt fails (503); the retry comes after a backoff of about two seconds.
      await waitFor(
        async () => {
          await t.server.services.webhooks.deliverDue(new Date(Date.now() + 10_000));
          return got.length >= 2;
        },
        10_000,
        "the retried delivery",
      );
      expect(got).toHaveLength(2);
      const last = got.at(-1)!;
      const payload = JSON.parse(last.body);
      expect(payload).toMatchObject({ event: "task.created", taskId: created });
      const sig = String(last.headers["x-mission-control-signature"]);
      const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(sig)!;
      expect(v1).toBe(createHmac("sha256", "s3cret-s3cret-s3cret").update(`${ts}.${last.body}`).digest("hex"));
      expect(last.headers["x-mission-control-event"]).toBe("task.created");
      const history = await t.ok(
        graphql(`query CollaborationWebhooks { webhooks { deliveries { event status attempts lastStatusCode } } }`),
      );
      expect(history.webhooks[0]!.deliveries).toEqual([
        { event: "task.created", status: "SUCCEEDED", attempts: 2, lastStatusCode: 204 },
      ]);
      await t.ok(graphql(`mutation CollaborationDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`), {
        id: hook.webhook.id,
      });
    });

    it("refuses private, loopback, link-local and metadata targets unless allowlisted", async () => {
      const strict = await startTestServer("sqlite");
      try {
        for (const target of [
          "http://127.0.0.1:9/x",
          "http://[::1]/x",
          "http://169.254.169.254/latest/meta-data",
          "http://10.0.0.5/",
          "http://0x7f000001/",
          "http://[::ffff:127.0.0.1]/",
          "http://[::127.0.0.1]/", // IPv4-compatible (::7f00:1)
          "http://[::ffff:0:7f00:1]/", // SIIT
          "http://[64:ff9b::7f00:1]/", // NAT64
          "http://[64:ff9b:1::a9fe:a9fe]/", // local-use NAT64 to the metadata address
          "http://[2002:7f00:1::]/", // 6to4
          "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", // Teredo, client 127.0.0.1
          "http://[fec0::1]/", // site-local
          "file:///etc/passwd",
        ]) {
          const r = await strict.gql(
            graphql(
              `mutation CollaborationCreateWebhook2($u: String!) { createWebhook(input: { url: $u, events: ["*"] }) { secret } }`,
            ),
            { u: target },
          );
          expect(r.errors?.[0]?.extensions?.code, target).toBe("BAD_USER_INPUT");
        }
        expect((await strict.ok(graphql(`query CollaborationWebhooks2 { webhooks { id } }`))).webhooks).toEqual([]);
      } finally {
        await strict.close();
      }
    });
  });

  describe("stats and standup", () => {
    it("counts by status and writes a standup per agent", async () => {
      const s = await t.ok(
        graphql(
          `query CollaborationStats { stats { tasks { status count } agents { status count } documents tasksInReview completionRate successRate throughputPerHour totalTasks activeAgents } }`,
        ),
      );
      const count = (status: string) => s.stats.tasks.find((x: { status: unknown }) => x.status === status)!.count;
      expect(s.stats.tasks).toHaveLength(9);
      expect(s.stats.totalTasks).toBe(s.stats.tasks.reduce((a, x) => a + x.count, 0));
      expect(count("DONE")).toBeGreaterThanOrEqual(1);
      expect(s.stats.completionRate).toBeCloseTo(
        count("DONE") / (s.stats.totalTasks - count("CANCELLED") - count("SKIPPED")),
      );
      expect(s.stats.documents).toBeGreaterThanOrEqual(4);
      const md = (await t.ok(graphql(`query CollaborationStandup { standup }`))).standup as string;
      expect(md).toMatch(/^# Standup: /);
      expect(md).toContain("## @capped-worker");
      expect(md).toMatch(/\*\*Done\*\*\n- capped work/);
      expect(md).toContain("## @thrifty");
      expect(md).toContain("**Spend**: $1.25");
      expect(md).toMatch(/\*\*Open questions\*\*|## @ada/);
    });
  });
});

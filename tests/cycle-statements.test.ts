/**
 * The statements of an agent's claim + complete cycle, counted per provider (the agent protocol's hot
 * path: docs/architecture.md, "Two data paths"). A change that adds a round trip to it shows up here.
 * PostgreSQL writes an activity row and its webhook deliveries in one statement; both providers settle
 * the agent in one conditional UPDATE; completeAndClaim hands the claim the agent it read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QueryCounter, queryCounter } from "../src/db/adapter-wrap.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

describe.each(PROVIDERS)("the claim + complete cycle's statements on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider, { outboundAllow: ["127.0.0.1"] });
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * The statements `work` made, but for the claim's read of the projects over budget, which it keeps
   * for a second (through the ORM, once per interval, whatever the load): whether it falls in this
   * window is timing, not the cycle's shape.
   */
  const counted = async <T>(work: () => Promise<T>) => {
    const store: QueryCounter = { count: 0, orm: 0, statements: [] };
    const result = await queryCounter.run(store, work);
    const budgetReads = store.statements!.filter((text) => /FROM [`"](main|public)[`"]\.[`"]Project[`"]/.test(text));
    return { result, count: store.count - budgetReads.length, orm: store.orm! - budgetReads.length };
  };

  it("claims, completes and claims the next in a fixed number of statements, none through the ORM", async () => {
    const s = t.server.services;
    const actor = { type: "operator" as const, id: null };
    const agent = await s.agents.create(actor, { name: `cycle-${provider}` });
    await s.tasks.createMany(actor, [
      { ref: "a", title: "cycle a" },
      { ref: "b", title: "cycle b" },
      { ref: "c", title: "cycle c" },
    ]);
    // A first cycle, so that the counted ones start with the agent ACTIVE-then-IDLE as on a busy server.
    const first = await s.claims.claim(agent.id);
    await s.claims.complete(first.task!.id, agent.id, null, null);
    // A webhook for task events: its deliveries are written with the activity, not after it.
    await s.webhooks.create(actor, { url: "http://127.0.0.1:9/hook", events: ["task.*"] });
    const before = await t.server.db.webhookDelivery.count();

    const claim = await counted(() => s.claims.claim(agent.id));
    expect(claim.result.task).not.toBeNull();
    const next = await counted(() => s.claims.completeAndClaim(claim.result.task!.id, agent.id, {}));
    expect(next.result.completed.status).toBe("DONE");
    expect(next.result.next.task).not.toBeNull();

    expect({ claim: claim.count, completeAndClaim: next.count, orm: claim.orm + next.orm }).toEqual(
      provider === "postgresql"
        ? // (BEGIN and COMMIT aside) claim: agent, agent FOR UPDATE, claim, activity + deliveries, agent
          // ACTIVE; complete: task FOR UPDATE, agent, task, activity + deliveries, dependents, agent IDLE;
          // then the claim without its own agent read.
          { claim: 5, completeAndClaim: 10, orm: 0 }
        : // SQLite skips the agent's FOR UPDATE read, and an activity and its deliveries are two statements.
          { claim: 5, completeAndClaim: 11, orm: 0 },
    );
    // Claimed, completed, claimed: three task.* activities, each delivered to the webhook.
    expect((await t.server.db.webhookDelivery.count()) - before).toBe(3);
  });
});

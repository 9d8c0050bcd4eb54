import { buildSchema, type ExecutionArgs, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { executeShared, groupKey } from "../../src/plugins/use-shared-subscription-execution.js";
import { createPubSub, MAX_BUFFERED, SubscriberOverflowError } from "../../src/realtime/pubsub.js";

describe("a published event executes once per group", () => {
  const schema = buildSchema(`type Query { x: Int } type Chunk { seq: Int } type Subscription { chunk: Chunk }`);
  let calls = 0;
  const payload = {
    chunk: {
      get seq() {
        calls++;
        return 7;
      },
    },
  };
  const args = (role: string, variables: Record<string, unknown> = {}): ExecutionArgs => ({
    schema,
    document: doc,
    variableValues: variables,
    contextValue: { viewer: { role, agentId: null } },
  });
  const doc = parse(`subscription { chunk { seq } }`);

  it("shares the result between subscribers of the same document, variables and scope, not across them", async () => {
    calls = 0;
    const a = await executeShared(args("ADMIN"), groupKey(args("ADMIN")), payload);
    const b = await executeShared(args("ADMIN"), groupKey(args("ADMIN")), payload);
    expect(a).toEqual({ data: { chunk: { seq: 7 } } });
    expect(b).toBe(a);
    expect(calls).toBe(1);
    const other = await executeShared(args("AGENT"), groupKey(args("AGENT")), payload);
    expect(other).not.toBe(a);
    const vars = await executeShared(args("ADMIN", { t: 1 }), groupKey(args("ADMIN", { t: 1 })), payload);
    expect(vars).not.toBe(a);
    expect(calls).toBe(3);
    // A new event (another payload object) executes again.
    const next = { chunk: { seq: 8 } };
    expect(await executeShared(args("ADMIN"), groupKey(args("ADMIN")), next)).toEqual({ data: { chunk: { seq: 8 } } });
  });
});

describe("pubsub subscriptions", () => {
  it("listen from the first next(), deliver in order, and stop listening on return()", async () => {
    const target = new EventTarget();
    const bus = createPubSub(target);
    const sub = bus.subscribe("task:output", "t1");
    bus.publish("task:output", "t1", { seq: 0 } as never); // before anyone listens: not delivered
    const first = sub.next();
    for (let seq = 1; seq <= 3; seq++) bus.publish("task:output", "t1", { seq } as never);
    bus.publish("task:output", "t2", { seq: 99 } as never);
    expect((await first).value).toEqual({ seq: 1 });
    expect((await sub.next()).value).toEqual({ seq: 2 });
    expect((await sub.next()).value).toEqual({ seq: 3 });
    const pending = sub.next();
    await sub.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    bus.publish("task:output", "t1", { seq: 4 } as never);
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it("end a subscriber that falls more than MAX_BUFFERED events behind with an error, after what it had", async () => {
    const bus = createPubSub(new EventTarget());
    const slow = bus.subscribe("activity");
    const healthy = bus.subscribe("activity");
    const first = slow.next();
    const got: number[] = [];
    const reading = (async () => {
      for await (const e of healthy) {
        got.push((e as unknown as { n: number }).n);
        if (got.length === MAX_BUFFERED + 10) return;
      }
    })();
    for (let n = 0; n < MAX_BUFFERED + 10; n++) {
      bus.publish("activity", { n } as never);
      if (n % 1000 === 0) await new Promise((r) => setImmediate(r));
    }
    await reading;
    expect(got.length).toBe(MAX_BUFFERED + 10);
    expect(((await first).value as unknown as { n: number }).n).toBe(0);
    let delivered = 1;
    await expect(
      (async () => {
        for (;;) {
          const r = await slow.next();
          if (r.done) return;
          delivered++;
        }
      })(),
    ).rejects.toBeInstanceOf(SubscriberOverflowError);
    expect(delivered).toBe(MAX_BUFFERED + 1);
  });
});

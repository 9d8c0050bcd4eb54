/**
 * Fleet health (issue 16, item 3): a heartbeat may carry its host's CPU, memory and load; Agent.host
 * shows the latest, stats.fleet the active fleet's hosts together (each host once), and the agents
 * whose host is saturated. A report out of range is BAD_USER_INPUT and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.js";
import { PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

const BEAT = graphql(
  `mutation BoardHeartbeat($a: ID!, $h: HostMetricsInput) { heartbeat(agentId: $a, host: $h) { agent { id } } }`,
);
const GIB = 1024 ** 3;
const host = (over: Record<string, unknown> = {}) => ({
  hostname: "box-1",
  cpus: 8,
  cpuPercent: 25,
  memoryUsedBytes: 4 * GIB,
  memoryTotalBytes: 16 * GIB,
  load1: 1.5,
  load5: 1.2,
  load15: 1,
  ...over,
});

describe.each(PROVIDERS)("fleet health on %s", (provider) => {
  let t: TestServer;
  const agent = async (name: string) =>
    (
      await t.ok(graphql(`mutation ClientsCreateAgent($n: String!) { createAgent(input: { name: $n }) { id } }`), {
        n: name,
      })
    ).createAgent.id;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows each agent's host and the fleet's CPU and memory, each host counted once, marking saturated ones", async () => {
    const a = await agent("fleet-a");
    const b = await agent("fleet-b");
    const c = await agent("fleet-c");
    const quiet = await agent("fleet-quiet");
    await t.ok(BEAT, { a, h: host() });
    // Two agents on one host: the host counts once, with its newest report.
    await t.ok(BEAT, { a: b, h: host({ cpuPercent: 35 }) });
    await t.ok(BEAT, {
      a: c,
      h: host({
        hostname: "box-2",
        cpus: 4,
        cpuPercent: 95,
        memoryUsedBytes: 7 * GIB,
        memoryTotalBytes: 8 * GIB,
        load1: 9,
      }),
    });
    await t.ok(BEAT, { a: quiet, h: null });
    const { agents } = await t.ok(
      graphql(
        `query FleetAgents { agents { name host { hostname cpus cpuPercent memoryPercent load1 saturated saturation reportedAt } } }`,
      ),
    );
    const by = new Map(agents.map((x: { name: unknown; host: unknown }) => [x.name, x.host]));
    expect(by.get("fleet-a")).toMatchObject({
      hostname: "box-1",
      cpus: 8,
      cpuPercent: 25,
      memoryPercent: 25,
      saturated: false,
      saturation: [],
    });
    expect(by.get("fleet-c")).toMatchObject({
      hostname: "box-2",
      saturated: true,
      // Memory at 87.5% is under the 90% mark.
      saturation: ["CPU 95%", "load 9.0 on 4 CPUs"],
    });
    expect(by.get("fleet-quiet")).toBeNull();
    const { stats } = await t.ok(
      graphql(
        `query FleetStats { stats { fleet { agentsReporting hosts cpus cpuPercent memoryUsedBytes memoryTotalBytes memoryPercent saturatedAgents { name } } } }`,
      ),
    );
    expect(stats.fleet).toEqual({
      agentsReporting: 3,
      hosts: 2,
      cpus: 12,
      // box-1 at 35% (its newest report) on 8 CPUs, box-2 at 95% on 4.
      cpuPercent: (35 * 8 + 95 * 4) / 12,
      memoryUsedBytes: 11 * GIB,
      memoryTotalBytes: 24 * GIB,
      memoryPercent: (100 * 11) / 24,
      saturatedAgents: [{ name: "fleet-c" }],
    });
  });

  it("refuses a report out of range, naming the field, and changes nothing", async () => {
    const a = await agent("fleet-bad");
    const before = (
      await t.ok(graphql(`query FleetAgent($a: ID!) { agent(id: $a) { lastHeartbeatAt host { cpus } } }`), { a })
    ).agent;
    for (const [over, field] of [
      [{ cpuPercent: 120 }, "host.cpuPercent"],
      [{ cpus: 0 }, "host.cpus"],
      [{ memoryUsedBytes: 32 * GIB }, "host.memoryUsedBytes"],
      [{ load1: -1 }, "host.load1"],
    ] as const) {
      const res = await t.gql(BEAT, { a, h: host(over) });
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toContain(field);
    }
    const after = (
      await t.ok(graphql(`query FleetAgent($a: ID!) { agent(id: $a) { lastHeartbeatAt host { cpus } } }`), { a })
    ).agent;
    expect(after).toEqual(before);
  });
});

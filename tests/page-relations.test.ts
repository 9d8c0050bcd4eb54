/**
 * A page of tasks loads its rows' relations before graphql-js walks them (src/schema/page-relations.ts),
 * keyed by the field nodes each field's resolver will see. These tests hold the page's answers to the
 * ones the same selection gets one task at a time (`task(id:)`, which never goes through a page), over
 * the shapes where keying could go wrong: aliases of one relation with different selections, a field
 * selected twice and merged, fragments and inline fragments, `@include`/`@skip` on variables, nullable
 * relations both set and null, and the fields derived from dependencies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAgent, makeProject } from "./helpers/factories.js";
import { startTestServer, type TestServer } from "./helpers/server.js";

const ROW = `
  fragment Row on Task {
    id
    proj: project { id name }
    ... on Task { assignees @include(if: $yes) { name } }
    ids: assignees { id status }
    dependencies { title }
    blockedBy @skip(if: $no) { id title }
    waiting: blockedBy { status }
    gone: dependents @include(if: $no) { id }
    dependents { id }
    claimedBy { id name }
    isReady
    blockedReason
  }`;

type Row = Record<string, unknown> & { id: string };

describe("a page's relations, loaded for the page", () => {
  let t: TestServer;
  let ids: string[] = [];

  beforeAll(async () => {
    t = await startTestServer("sqlite");
    const project = await makeProject(t, { name: "paged" });
    const a = await makeAgent(t, { name: "pager-a" });
    const b = await makeAgent(t, { name: "pager-b" });
    const items = Array.from({ length: 8 }, (_, i) => ({
      ref: `p${i}`,
      title: `paged ${i}`,
      projectId: i % 3 === 0 ? null : project.id,
      assigneeIds: i % 2 ? [a.id, b.id] : i % 4 === 0 ? [] : [b.id],
      dependsOnRefs: i >= 3 ? [`p${i - 1}`, `p${i - 3}`] : [],
    }));
    const created = await t.gql<{ createTasks: { id: string }[] }>(
      `mutation($i: [TaskGraphInput!]!) { createTasks(input: $i) { id } }`,
      { i: items },
    );
    expect(created.errors).toBeUndefined();
    ids = created.data!.createTasks.map((c) => c.id);
    // One task held (claimedBy set), one finished (its dependents' blockedBy and readiness change).
    const claimed = await t.gql<{ claimTask: { task: { id: string } | null } }>(
      `mutation($a: ID!) { claimTask(agentId: $a) { task { id } } }`,
      { a: b.id },
    );
    expect(claimed.data?.claimTask.task).not.toBeNull();
    const done = await t.gql<{ claimTask: { task: { id: string } } }>(
      `mutation($a: ID!) { claimTask(agentId: $a) { task { id } } }`,
      { a: a.id },
    );
    const finished = await t.gql(`mutation($t: ID!, $a: ID!) { completeTask(taskId: $t, agentId: $a) { id } }`, {
      t: done.data!.claimTask.task.id,
      a: a.id,
    });
    expect(finished.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t?.close();
  });

  const page = async (first: number) => {
    const res = await t.gql<{ tasks: { edges: { node: Row }[] } }>(
      `query($first: Int, $yes: Boolean!, $no: Boolean!) {
        tasks(first: $first, filter: { search: "paged " }) { edges { node { dependencies { id } ...Row } } }
      } ${ROW}`,
      { first, yes: true, no: false },
    );
    expect(res.errors).toBeUndefined();
    return { rows: res.data!.tasks.edges.map((e) => e.node), sql: Number(res.headers.get("x-sql-queries")) };
  };

  it("answers every row as the task alone answers it", async () => {
    const { rows } = await page(50);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const row of rows) {
      const alone = await t.gql<{ task: Row }>(
        `query($id: ID!, $yes: Boolean!, $no: Boolean!) { task(id: $id) { dependencies { id } ...Row } } ${ROW}`,
        { id: row.id, yes: true, no: false },
      );
      expect(alone.errors).toBeUndefined();
      expect(row).toEqual(alone.data!.task);
    }
    // The shapes this is about are really in the answers.
    const withDeps = rows.find((r) => (r.dependencies as unknown[]).length === 2)!;
    expect(withDeps.dependencies).toEqual([
      { id: expect.any(String), title: expect.any(String) },
      { id: expect.any(String), title: expect.any(String) },
    ]);
    expect("gone" in withDeps).toBe(false);
    expect(rows.some((r) => r.proj === null) && rows.some((r) => r.proj !== null)).toBe(true);
    expect(rows.some((r) => r.claimedBy === null) && rows.some((r) => r.claimedBy !== null)).toBe(true);
    expect(rows.some((r) => r.isReady === true) && rows.some((r) => r.isReady === false)).toBe(true);
    const both = rows.find((r) => (r.ids as unknown[]).length === 2)!;
    expect((both.assignees as { name: string }[]).map((x) => x.name).sort()).toEqual(["pager-a", "pager-b"]);
    expect(both.ids).toEqual([
      { id: expect.any(String), status: expect.any(String) },
      { id: expect.any(String), status: expect.any(String) },
    ]);
  });

  it("issues one statement per relation for the whole page, as the rows' own loaders did", async () => {
    // The page with its total, project, assignees (both selections read the same columns: one
    // loader), dependencies (blockedBy, the aliases and the readiness fields: one loader), dependents,
    // claimedBy. The same six the rows' own resolvers issued before a page loaded them.
    expect((await page(50)).sql).toBe(6);
  });
});

/**
 * Per-request DataLoaders for a task's relations on the driver path: a page of 100 tasks asking for
 * project, assignees, dependencies, dependents and blockedBy costs one statement per relation, reading
 * only the columns the selection asks for; `blockedBy`, `isReady` and `blockedReason` are derived from
 * dependencies. One loader per (relation, columns): the rows of one list field share one selection.
 */
import DataLoader from "dataloader";
import type { AppContext } from "../context.js";
import type { Agent, Project, Task } from "../generated/prisma/client.js";
import { perObject } from "../per-object.js";
import type { Queryable } from "../sql/driver.js";
import { selectedColumns } from "../sql/rows.js";
import { assigneesOf, dependenciesOf, dependentsOf, rowsByIds } from "../sql/task-relations.js";

/**
 * Batching only, no cache: a context outlives one read (a subscription's context serves every event,
 * and a mutation request may change what an earlier field loaded), so each load reads afresh.
 */
const BATCH_ONLY = { cache: false } as const;

/**
 * Rows by the key they were read for. Each row keeps its `_key` column: copying a row to leave it out
 * cost a new object per row (a page of 100 tasks' relations read 500), and no field reads it.
 */
function grouped<T extends { _key: string }>(keys: readonly string[], rows: T[]): T[][] {
  const by = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) by.get(row._key)?.push(row);
  return keys.map((k) => by.get(k)!);
}

type Columns = readonly string[] | null;

const RELATIONS = {
  project: (q: Queryable, columns: Columns) =>
    new DataLoader<string, Project | null>(async (ids) => {
      const found = new Map((await rowsByIds<Project>(q, "Project", ids, columns)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH_ONLY),
  agent: (q: Queryable, columns: Columns) =>
    new DataLoader<string, Agent | null>(async (ids) => {
      const found = new Map((await rowsByIds<Agent>(q, "Agent", ids, columns)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }, BATCH_ONLY),
  assignees: (q: Queryable, columns: Columns) =>
    new DataLoader<string, Agent[]>(async (ids) => grouped(ids, await assigneesOf(q, ids, columns)), BATCH_ONLY),
  dependencies: (q: Queryable, columns: Columns) =>
    new DataLoader<string, Task[]>(async (ids) => grouped(ids, await dependenciesOf(q, ids, columns)), BATCH_ONLY),
  dependents: (q: Queryable, columns: Columns) =>
    new DataLoader<string, Task[]>(async (ids) => grouped(ids, await dependentsOf(q, ids, columns)), BATCH_ONLY),
};

type Relation = keyof typeof RELATIONS;
type LoaderOf<R extends Relation> = ReturnType<(typeof RELATIONS)[R]>;

const perRequest = perObject<AppContext, Map<string, DataLoader<string, unknown>>>(() => new Map());

const MODEL: Record<Relation, string> = {
  project: "Project",
  agent: "Agent",
  assignees: "Agent",
  dependencies: "Task",
  dependents: "Task",
};

/**
 * The loader of `relation` for rows selected by `select` (a Prisma select from the field's query;
 * undefined reads every column). `always` columns are read whatever the selection.
 */
export function taskLoader<R extends Relation>(
  ctx: AppContext,
  relation: R,
  select?: Record<string, unknown>,
  always: readonly string[] = ["id"],
): LoaderOf<R> {
  const { columns, key } = columnsFor(relation, select, always);
  const loaders = perRequest(ctx);
  let loader = loaders.get(key);
  if (!loader) {
    loader = RELATIONS[relation](ctx.deps.sql, columns) as DataLoader<string, unknown>;
    loaders.set(key, loader);
  }
  return loader as LoaderOf<R>;
}

type Selected = { columns: Columns; key: string };

/**
 * The rows of one list field share their select object (plannedQuery), so the columns are worked out
 * once per field per request rather than once per row.
 */
const columnsBySelect = perObject<object, Map<string, Selected>>(() => new Map());

function columnsFor(
  relation: Relation,
  select: Record<string, unknown> | undefined,
  always: readonly string[],
): Selected {
  const memoKey = always.length === 1 && always[0] === "id" ? relation : `${relation}+${always.join(",")}`;
  const bySelect = select && columnsBySelect(select);
  let found = bySelect?.get(memoKey);
  if (found) return found;
  const columns = selectedColumns(MODEL[relation], select, always);
  found = { columns, key: `${relation}:${columns?.join(",") ?? "*"}` };
  bySelect?.set(memoKey, found);
  return found;
}

/**
 * Rows we already hold (a service's result, an event's snapshot) answered without a second query when
 * the GraphQL selection asks only for their columns. In select mode the Prisma plugin would otherwise
 * reload any row it did not load itself: one query per mutation result, and worse, one per subscriber
 * per event. When relations are asked for, the row is loaded with the plugin's query; a row that no
 * longer exists (a `deleted` event) is answered from the snapshot with empty relations.
 */
import { queryFromInfo } from "@pothos/plugin-prisma";
import { selectedFieldNames } from "@pothos/selection-mapper";
import DataLoader from "dataloader";
import { type GraphQLResolveInfo, getNamedType, isObjectType } from "graphql";
import type { AppContext } from "../context.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { perObject } from "../per-object.js";

const MODELS = [
  "Task",
  "Agent",
  "Activity",
  "Project",
  "Document",
  "ApiKey",
  "Message",
  "Notification",
  "Question",
  "CronJob",
  "Webhook",
  "Approval",
  "TaskRun",
] as const;
type Model = (typeof MODELS)[number];
type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };
/** A relation field's Prisma query, as plannedQuery gives it. */
export type PlannedQuery = Query;

const models = getDatamodel().datamodel.models;

function relationShape(model: Model): Map<string, boolean> {
  const fields = models[model]?.fields ?? [];
  return new Map(fields.filter((f) => f.kind === "object").map((f) => [f.name, f.isList]));
}

const RELATIONS = new Map<Model, Map<string, boolean>>(MODELS.map((m) => [m, relationShape(m)]));

/** Whether `query` selects only scalar columns (nothing a plain row lacks). */
export function onlyScalars(query: Query): boolean {
  let answer = scalarQueries.get(query);
  if (answer === undefined) {
    answer =
      !(query.include && Object.keys(query.include).length > 0) &&
      Object.values(query.select ?? {}).every((v) => v === true);
    scalarQueries.set(query, answer);
  }
  return answer;
}

/** onlyScalars per query object: a planned query is shared by every row of its field (and asked per row). */
const scalarQueries = new WeakMap<Query, boolean>();

function delegate(ctx: AppContext, model: Model) {
  const key = (model.charAt(0).toLowerCase() + model.slice(1)) as "task";
  return ctx.db[key] as unknown as {
    findUnique(args: object): Promise<Record<string, unknown> | null>;
    findMany(args: object): Promise<Record<string, unknown>[]>;
  };
}

/**
 * Rows of `model` loaded with `query` (a selection reaching into relations), batched: every row of a
 * list resolving the same relation asks in the same tick, so a page of tasks whose assignees select
 * their own relations costs one ORM query, not one per task. Keyed by the query's content (rows that
 * plan per row hand in equal queries, not the same object); no cache, as for the task loaders.
 */
const reloaders = perObject<AppContext, Map<string, DataLoader<string, Record<string, unknown> | null>>>(
  () => new Map(),
);

function reload(ctx: AppContext, model: Model, query: Query, id: string): Promise<Record<string, unknown> | null> {
  const byQuery = reloaders(ctx);
  const key = `${model}:${JSON.stringify(query)}`;
  let loader = byQuery.get(key);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const rows = await delegate(ctx, model).findMany({ ...query, where: { id: { in: [...new Set(ids)] } } });
        const byId = new Map(rows.map((r) => [r.id as string, r]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { cache: false },
    );
    byQuery.set(key, loader);
  }
  return loader.load(id);
}

/** `row` when it answers `query` alone, else the row loaded with `query` (see above). */
export async function rowFor<T extends { id: string }>(
  ctx: AppContext,
  model: Model,
  query: Query,
  row: T,
): Promise<T> {
  if (onlyScalars(query)) return row;
  const loaded = await reload(ctx, model, query, row.id);
  if (loaded) return loaded as T;
  const empty: Record<string, unknown> = { ...row };
  for (const [name, isList] of RELATIONS.get(model) ?? []) {
    if (query.select?.[name] !== undefined || query.include?.[name] !== undefined) empty[name] = isList ? [] : null;
  }
  return empty as T;
}

/** `rowFor` for a list, loading (batched, see `reload`) only when relations are asked for. @default model "Task" */
export async function rowsFor<T extends { id: string }>(
  ctx: AppContext,
  query: Query,
  rows: T[],
  model: Model = "Task",
): Promise<T[]> {
  if (onlyScalars(query) || rows.length === 0) return rows;
  const loaded = await Promise.all(rows.map((r) => reload(ctx, model, query, r.id)));
  return rows.map((r, i) => (loaded[i] as T | null) ?? r);
}

type Plan = { nodes: GraphQLResolveInfo["fieldNodes"]; query: Promise<Query>; shared: boolean };

/**
 * Per request context (one operation with one set of variables; a subscription's serves each of its
 * events, whose selection does not change), per field node of the document.
 */
const plans = perObject<AppContext, WeakMap<object, Plan>>(() => new WeakMap());

function sameNodes(a: GraphQLResolveInfo["fieldNodes"], b: GraphQLResolveInfo["fieldNodes"]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Whether every field `info` selects on its rows resolves without asking how the row was loaded: no
 * relation, no column outside the type's own select (direct-fields.ts). Then a plan's per-row
 * record of its mappings has no reader.
 */
function needsNoMappings(ctx: AppContext, info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  for (const name of selectedFieldNames(ctx, info)) {
    if (fields[name]?.extensions?.pothosPrismaSelect) return false;
  }
  return true;
}

const plan = (ctx: AppContext, info: GraphQLResolveInfo) =>
  Promise.resolve(queryFromInfo({ context: ctx, info, awaitSelections: true }) as Query);

/**
 * The Prisma query for a relation field `info` resolves, as `t.prismaField` would pass it, planned
 * once per field per request when it can be: a prismaField plans for every row of the list its
 * parent is in (a page of 100 tasks with five relations walked the selection 500 times, a fifth of
 * the request's CPU), though every row shares the selection. A plan also records, per row, how the
 * rows beneath were loaded, for the fields there that ask; when none of the selected fields asks
 * (`needsNoMappings`), the first row's query serves the rest. Otherwise each row plans as before.
 */
export function plannedQuery(ctx: AppContext, info: GraphQLResolveInfo): Promise<Query> {
  const byNode = plans(ctx);
  const node = info.fieldNodes[0]!;
  const held = byNode.get(node);
  if (held) return held.shared && sameNodes(held.nodes, info.fieldNodes) ? held.query : plan(ctx, info);
  const query = plan(ctx, info);
  byNode.set(node, { nodes: info.fieldNodes, query, shared: needsNoMappings(ctx, info) });
  return query;
}

/** Whether the field `info` resolves has one planned query for all its rows (see plannedQuery). */
export function sharedPlan(ctx: AppContext, info: GraphQLResolveInfo): boolean {
  const held = plans(ctx).get(info.fieldNodes[0]!);
  return !!held && held.shared && sameNodes(held.nodes, info.fieldNodes);
}

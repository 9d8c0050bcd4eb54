/**
 * Rows we already hold (a service's result, an event's snapshot) answered without a second query when
 * the GraphQL selection asks only for their columns. In select mode the Prisma plugin would otherwise
 * reload any row it did not load itself: one query per mutation result, and worse, one per subscriber
 * per event. When relations are asked for, the row is loaded with the plugin's query; a row that no
 * longer exists (a `deleted` event) is answered from the snapshot with empty relations.
 */
import type { AppContext } from "../context.js";
import { getDatamodel } from "../generated/pothos-types.js";

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
  "TaskRun",
] as const;
type Model = (typeof MODELS)[number];
type Query = { select?: Record<string, unknown>; include?: Record<string, unknown> };

const models = getDatamodel().datamodel.models;

function relationShape(model: Model): Map<string, boolean> {
  const fields = models[model]?.fields ?? [];
  return new Map(fields.filter((f) => f.kind === "object").map((f) => [f.name, f.isList]));
}

const RELATIONS = new Map<Model, Map<string, boolean>>(MODELS.map((m) => [m, relationShape(m)]));

/** Whether `query` selects only scalar columns (nothing a plain row lacks). */
export function onlyScalars(query: Query): boolean {
  if (query.include && Object.keys(query.include).length > 0) return false;
  return Object.values(query.select ?? {}).every((v) => v === true);
}

function delegate(ctx: AppContext, model: Model) {
  const key = (model.charAt(0).toLowerCase() + model.slice(1)) as "task";
  return ctx.db[key] as unknown as {
    findUnique(args: object): Promise<Record<string, unknown> | null>;
    findMany(args: object): Promise<Record<string, unknown>[]>;
  };
}

/** `row` when it answers `query` alone, else the row loaded with `query` (see above). */
export async function rowFor<T extends { id: string }>(
  ctx: AppContext,
  model: Model,
  query: Query,
  row: T,
): Promise<T> {
  if (onlyScalars(query)) return row;
  const loaded = await delegate(ctx, model).findUnique({ ...query, where: { id: row.id } });
  if (loaded) return loaded as T;
  const empty: Record<string, unknown> = { ...row };
  for (const [name, isList] of RELATIONS.get(model) ?? []) {
    if (query.select?.[name] !== undefined || query.include?.[name] !== undefined) empty[name] = isList ? [] : null;
  }
  return empty as T;
}

/** `rowFor` for a list, loading (in one query) only when relations are asked for. @default model "Task" */
export async function rowsFor<T extends { id: string }>(
  ctx: AppContext,
  query: Query,
  rows: T[],
  model: Model = "Task",
): Promise<T[]> {
  if (onlyScalars(query) || rows.length === 0) return rows;
  const loaded = (await delegate(ctx, model).findMany({
    ...(query as object),
    where: { id: { in: rows.map((r) => r.id) } },
  })) as unknown as T[];
  const byId = new Map(loaded.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id) ?? r);
}

/**
 * Relations of a page of rows, loaded before graphql-js walks the page, so that each row's relation
 * field is answered with a value instead of a promise.
 *
 * A relation field that returns a promise makes graphql-js complete its row asynchronously: the row's
 * fields go through `promiseForObject` (a `Promise.all` and a result object per row), the field's
 * value through a chain of microtasks, and all of it is garbage a moment later. Measured on
 * `tasks(first: 100)` (bench/tasks-query.ts): a relation loaded per row through its DataLoader cost
 * ~12 us a row on top of its statement; answered from values loaded for the page, ~2-3 us. The
 * statements are the same (one per relation per page, through the same loaders), only issued by the
 * page's resolver, before it hands its rows over.
 *
 * Which relations a page selects is read from the document the way graphql-js will execute it
 * (`collect`: fragments, inline fragments, `@skip`/`@include`, aliases), and each value is keyed by
 * the field nodes graphql-js will hand the field's resolver: a field whose resolver sees other nodes
 * (a selection merged differently) does not find one and loads as before. So does a relation whose
 * planned query is not the same for every row (plannedQuery's `shared`), and every relation when a
 * load fails (the field reports its own error then, as it did).
 */
import {
  type FieldNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { AppContext } from "../context.js";
import { perObject } from "../per-object.js";
import { type PlannedQuery, plannedQuery, sharedPlan } from "./loaded.js";

/** How a relation field computes its value for one row, given the field's planned query. */
export type RowRelation<Row, Value> = (ctx: AppContext, query: PlannedQuery, row: Row) => Promise<Value>;

/** How a field derived from a row's relations (no selection of its own) computes its value. */
export type RowDerived<Row, Value> = (ctx: AppContext, row: Row) => Promise<Value>;

/** Not loaded with the page: resolve as usual. */
export const NOT_LOADED: unique symbol = Symbol("not loaded with the page");

interface Loaded {
  nodes: readonly FieldNode[];
  values: Map<string, unknown>;
}

/** Per request, per first field node of a relation: the values loaded for its page, by row id. */
const loadedByNode = perObject<AppContext, WeakMap<FieldNode, Loaded>>(() => new WeakMap());

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** The value loaded with the page for `rowId`'s field `info`, or NOT_LOADED. */
export function fromPage(ctx: AppContext, info: GraphQLResolveInfo, rowId: string): unknown {
  const loaded = loadedByNode(ctx).get(info.fieldNodes[0]!);
  if (!loaded || !sameNodes(loaded.nodes, info.fieldNodes) || !loaded.values.has(rowId)) return NOT_LOADED;
  return loaded.values.get(rowId);
}

function included(node: { directives?: readonly unknown[] | undefined }, info: GraphQLResolveInfo): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
  return include?.if !== false;
}

/**
 * The fields of `type` that `sets` select, grouped by response key in the order graphql-js groups them
 * (its `collectFields`): what each field's resolver will see as `info.fieldNodes`.
 */
function collect(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const named = info.schema.getType(condition);
    return !!named && isAbstractType(named) && info.schema.isSubType(named, type);
  };
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, info)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const group = fields.get(key);
        if (group) group.push(sel);
        else fields.set(key, [sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = info.fragments[name];
        if (fragment && applies(fragment.typeCondition.name.value)) walk(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return fields;
}

const objectType = (field: GraphQLField<unknown, unknown>) => {
  let t = field.type as { ofType?: unknown; getFields?: unknown };
  while (t.ofType) t = t.ofType as typeof t;
  return typeof t.getFields === "function" ? (t as unknown as GraphQLObjectType) : null;
};

/**
 * Loads, for `rows` (the nodes of the connection field `info` resolves), every relation in `relations`
 * that the connection's `edges { node { … } }` selects, and keeps the values for the rows' fields.
 * Never rejects: what could not be loaded here is loaded by its field as before.
 */
export async function loadPageRelations<Row extends { id: string }>(
  ctx: AppContext,
  info: GraphQLResolveInfo,
  rows: readonly Row[],
  relations: Readonly<Record<string, RowRelation<Row, unknown>>>,
  derived: Readonly<Record<string, RowDerived<Row, unknown>>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const connection = objectType(info.parentType.getFields()[info.fieldName]!);
  const edgesField = connection?.getFields().edges;
  const edgeType = edgesField && objectType(edgesField);
  const nodeField = edgeType?.getFields().node;
  const rowType = nodeField && objectType(nodeField);
  if (!connection || !edgeType || !rowType) return;
  const fields: { nodes: FieldNode[]; info: GraphQLResolveInfo; value: RowRelation<Row, unknown>; planned: boolean }[] =
    [];
  for (const [edgesKey, edgesNodes] of collect(
    info,
    connection,
    info.fieldNodes.map((n) => n.selectionSet),
  )) {
    if (edgesNodes[0]!.name.value !== "edges") continue;
    for (const [nodeKey, nodeNodes] of collect(
      info,
      edgeType,
      edgesNodes.map((n) => n.selectionSet),
    )) {
      if (nodeNodes[0]!.name.value !== "node") continue;
      const edgePath = {
        prev: { prev: info.path, key: edgesKey, typename: connection.name },
        key: 0,
        typename: undefined,
      };
      const nodePath = { prev: edgePath, key: nodeKey, typename: edgeType.name };
      for (const [key, nodes] of collect(
        info,
        rowType,
        nodeNodes.map((n) => n.selectionSet),
      )) {
        const name = nodes[0]!.name.value;
        const field = rowType.getFields()[name];
        const relation = relations[name];
        const own = derived[name];
        if (!field || (!relation && !own)) continue;
        // The field's info as graphql-js builds it for the first row (list indices aside: the Prisma
        // plugin's plans drop them).
        fields.push({
          nodes,
          planned: !!relation,
          value: relation ?? ((c, _query, row) => own!(c, row)),
          info: {
            ...info,
            fieldName: name,
            fieldNodes: nodes,
            returnType: field.type,
            parentType: rowType,
            path: { prev: nodePath, key, typename: rowType.name },
          },
        });
      }
    }
  }
  if (fields.length === 0) return;
  // Planned first, all of them, so that every relation's loads are issued in one tick and batch as
  // they did from the rows' own resolvers (two relations with one loader share one statement).
  const queries = await Promise.all(fields.map((f) => (f.planned ? plannedQuery(ctx, f.info).catch(() => null) : {})));
  const store = loadedByNode(ctx);
  await Promise.all(
    fields.map(async ({ nodes, info: fieldInfo, value, planned }, i) => {
      const query = queries[i];
      if (!query || (planned && !sharedPlan(ctx, fieldInfo))) return;
      try {
        const values = await Promise.all(rows.map((row) => value(ctx, query, row)));
        store.set(nodes[0]!, { nodes, values: new Map(rows.map((row, j) => [row.id, values[j]])) });
      } catch {
        // The field loads and reports it itself.
      }
    }),
  );
}

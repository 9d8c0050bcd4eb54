/**
 * A Pothos plugin for the fields that read their value straight off the row, so that they resolve
 * without the per-row machinery other plugins put around every field. A list of 100 tasks with their
 * relations resolves ~900 such fields per request, and that machinery was most of its cost:
 *
 * - **Columns the type always selects.** In select mode the Prisma plugin wraps every `expose` (and
 *   every field with a `select`) to look up, per row, how the row was loaded (two map lookups and a
 *   response path built and stored per row). For a column in the type's own `select` the answer is
 *   always "loaded", so the wrap is dropped. Types list there the few small columns their lists show
 *   and keep the rest per field, where the wrap saves reading a column nobody asked for.
 * - **Node ids.** The Relay plugin resolves every `id` with an async function: a promise per object,
 *   which makes graphql-js complete every object asynchronously. Ids here are encoded as themselves
 *   (`encodeGlobalID` in builder.ts: they are typed already, `task_…`), so `id` reads the column.
 * - **Other columns the row carries** (`ColumnFieldsPlugin`, the pair below). A scalar field over
 *   columns outside the type's `select` (a task's `createdAt`) keeps the Prisma plugin's wrap, which
 *   loads the column when the row was read without it; but when the row has the column as an own
 *   property (the selection asked for it, so the driver path or the ORM read it) the value is right
 *   there and the wrap's per-row lookup (~3 us a row: a response path built, stored in a WeakMap and
 *   looked up per ancestor) only confirms it. Such a field reads the row when it holds every column,
 *   and goes through the Prisma plugin's wrap when it does not.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";

const pluginName = "directFields";

type Select = Record<string, unknown>;

function columnsOf(select: unknown): string[] | null {
  if (!select || typeof select !== "object") return null; // a function: relations, computed
  const entries = Object.entries(select as Select);
  return entries.every(([, v]) => v === true) ? entries.map(([k]) => k) : null;
}

const ownId: GraphQLFieldResolver<{ id: unknown }, unknown> = (row) => String(row.id);

export class DirectFieldsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const columns = columnsOf(fieldConfig.extensions?.pothosPrismaSelect);
    if (fieldConfig.kind !== "PrismaObject" || !columns) return fieldConfig;
    const always = this.typeSelect(fieldConfig.parentType);
    if (!always || !columns.every((c) => always[c] === true)) return fieldConfig;
    const { pothosPrismaSelect: _always, ...extensions } = fieldConfig.extensions ?? {};
    return { ...fieldConfig, extensions };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    return this.isNodeId(fieldConfig) ? (ownId as GraphQLFieldResolver<unknown, Types["Context"], object>) : resolver;
  }

  /** The `id` the Relay plugin adds to a Prisma node, whose rows always carry their `id` column. */
  private isNodeId(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
    if (fieldConfig.name !== "id" || fieldConfig.type.kind !== "Scalar") return false;
    if (this.buildCache.getTypeConfig(fieldConfig.type.ref).name !== "ID") return false;
    const type = this.buildCache.getTypeConfig(fieldConfig.parentType);
    return (
      type.kind === "Object" &&
      !!type.extensions?.pothosPrismaModel &&
      type.interfaces.some((i) => this.buildCache.getTypeConfig(i).name === "Node") &&
      (this.typeSelect(fieldConfig.parentType)?.id ?? true) === true // include mode reads every column
    );
  }

  private typeSelect(type: PothosOutputFieldConfig<Types>["parentType"]): Select | undefined {
    return this.buildCache.getTypeConfig(type).extensions?.pothosPrismaSelect as Select | undefined;
  }
}

/**
 * A scalar (or enum, or list of either) field whose `select` names columns only: its value is read off
 * the row by its own resolver once the row holds them. Not a field that declares how to tell it loaded
 * (`pothosPrismaLoaded`: relations), nor one returning objects, whose nested rows the wrap maps.
 */
function scalarColumns<Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>): string[] | null {
  if (fieldConfig.kind !== "PrismaObject" || fieldConfig.extensions?.pothosPrismaLoaded) return null;
  const type = fieldConfig.type.kind === "List" ? fieldConfig.type.type : fieldConfig.type;
  if (type.kind !== "Scalar" && type.kind !== "Enum") return null;
  return columnsOf(fieldConfig.extensions?.pothosPrismaSelect);
}

/** The resolver each such field had inside the Prisma plugin's wrap, by field config. */
const innerResolvers = new WeakMap<object, GraphQLFieldResolver<unknown, unknown, object>>();

/** Placed right after PrismaPlugin (inside its wrap): keeps the resolver the wrap is given. */
export class ColumnFieldsInnerPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (scalarColumns(fieldConfig))
      innerResolvers.set(fieldConfig, resolver as GraphQLFieldResolver<unknown, unknown, object>);
    return resolver;
  }
}

/** Placed right before PrismaPlugin (outside its wrap): the row's own columns when it has them all. */
export class ColumnFieldsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    wrapped: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const columns = scalarColumns(fieldConfig);
    const inner = innerResolvers.get(fieldConfig) as
      | GraphQLFieldResolver<unknown, Types["Context"], object>
      | undefined;
    if (!columns || !inner || inner === wrapped) return wrapped;
    const holds =
      columns.length === 1
        ? (row: object) => Object.hasOwn(row, columns[0]!)
        : (row: object) => columns.every((c) => Object.hasOwn(row, c));
    return (parent, args, ctx, info) =>
      typeof parent === "object" && parent !== null && holds(parent)
        ? inner(parent, args, ctx, info)
        : wrapped(parent, args, ctx, info);
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      directFields: DirectFieldsPlugin<Types>;
      columnFields: ColumnFieldsPlugin<Types>;
      columnFieldsInner: ColumnFieldsInnerPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, DirectFieldsPlugin);
/** The two halves' plugin names, for the builder's list (either side of PrismaPlugin). */
export const columnFields = "columnFields";
export const columnFieldsInner = "columnFieldsInner";
SchemaBuilder.registerPlugin(columnFields, ColumnFieldsPlugin);
SchemaBuilder.registerPlugin(columnFieldsInner, ColumnFieldsInnerPlugin);

export default pluginName;

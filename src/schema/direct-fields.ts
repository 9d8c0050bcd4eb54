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

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      directFields: DirectFieldsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, DirectFieldsPlugin);

export default pluginName;

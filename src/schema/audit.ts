/**
 * A Pothos plugin: a field declared with `extensions: { audit: true }` (admin reads: `apiKeys`) records
 * who read it in the activity feed once it resolved without error, on every transport.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import type { AppContext } from "../context.js";

const pluginName = "audit";

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;

export class AuditPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    if (!fieldConfig.extensions?.audit) return resolver;
    const field = `${fieldConfig.parentType}.${fieldConfig.name}`;
    return async (parent, args, context, info) => {
      const result = await resolver(parent, args, context, info);
      const ctx = context as AppContext;
      if (ctx.viewer) await ctx.services.apiKeys.recordAuditedRead(ctx.actor, ctx.viewer, field);
      return result;
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      audit: AuditPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, AuditPlugin);

export default pluginName;

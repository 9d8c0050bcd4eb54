/**
 * A Pothos plugin: every argument of every field is checked before the field resolves, so text a
 * database cannot store (domain/text.ts) is refused as BAD_USER_INPUT naming the field, instead of an
 * INTERNAL_SERVER_ERROR from the driver after part of the work was done. A field whose argument is
 * stored whatever it holds (an output chunk) names it in `extensions.storableTextArgs`; its service
 * replaces what cannot be stored.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import { inputProblem } from "../domain/text.js";
import { BadInputError } from "../errors.js";

const pluginName = "textInputs";

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;

function checked<Types extends SchemaTypes>(resolver: Resolver<Types>, exempt: readonly string[]): Resolver<Types> {
  return (parent, args, ctx, info) => {
    for (const [name, value] of Object.entries(args)) {
      if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") continue;
      if (exempt.includes(name)) continue;
      const found = inputProblem(value, name);
      if (found) throw new BadInputError(`${found.field} ${found.problem}`, { field: found.field });
    }
    return resolver(parent, args, ctx, info);
  };
}

export class TextInputsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    return Object.keys(fieldConfig.args).length ? checked(resolver, this.exempt(fieldConfig)) : resolver;
  }

  override wrapSubscribe(
    subscribe: Resolver<Types> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): Resolver<Types> | undefined {
    return subscribe && Object.keys(fieldConfig.args).length ? checked(subscribe, this.exempt(fieldConfig)) : subscribe;
  }

  private exempt(fieldConfig: PothosOutputFieldConfig<Types>): readonly string[] {
    return (fieldConfig.extensions?.storableTextArgs as readonly string[] | undefined) ?? [];
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      textInputs: TextInputsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, TextInputsPlugin);

export default pluginName;

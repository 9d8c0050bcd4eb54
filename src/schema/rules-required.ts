/**
 * A Pothos plugin: deny by default, at build time. Every object type and every root field declares who
 * may see or call it (`authScopes`, enforced by @pothos/plugin-scope-auth); the schema does not build
 * while one is missing, so an operation cannot ship unguarded. Nested fields are covered by their type's
 * rule (checked on every object of it, wherever it is reached, `node` included) and may add their own.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  PothosSchemaError,
  type PothosTypeConfig,
  type SchemaTypes,
} from "@pothos/core";

const pluginName = "rulesRequired";

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

function hasRule(options: unknown): boolean {
  return (options as { authScopes?: unknown } | undefined)?.authScopes !== undefined;
}

export class RulesRequiredPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind === "Object" && !hasRule(typeConfig.pothosOptions)) {
      throw new PothosSchemaError(
        `type ${typeConfig.name} has no access rule: give it authScopes (src/security/roles.ts, rules)`,
      );
    }
    return typeConfig;
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (ROOTS.has(fieldConfig.parentType) && !hasRule(fieldConfig.pothosOptions)) {
      throw new PothosSchemaError(
        `${fieldConfig.parentType}.${fieldConfig.name} has no access rule: give it authScopes (src/security/roles.ts, rules)`,
      );
    }
    return fieldConfig;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rulesRequired: RulesRequiredPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, RulesRequiredPlugin);

export default pluginName;

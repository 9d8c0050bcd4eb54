/** The Pothos builder: plugins and scalars only; types live one per file beside it. */
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import type { AppContext } from "../context.js";
import { AccessDeniedError } from "../errors.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { type AuthScopes, type NeededScope, refusalMessage, rules, scopesOf } from "../security/roles.js";
import AuditPlugin from "./audit.js";
import DirectFieldsPlugin, { columnFields, columnFieldsInner } from "./direct-fields.js";
import { decodeId } from "./ids.js";
import { inputError } from "./input-shapes.js";
import RulesRequiredPlugin from "./rules-required.js";
import TextInputsPlugin from "./text-inputs.js";

/** The scopes a refused rule needed, in the order it named them. */
function needed(failure: AuthFailure, out: NeededScope[] = []): NeededScope[] {
  if (failure.kind === AuthScopeFailureType.AuthScope) out.push({ scope: failure.scope, parameter: failure.parameter });
  else if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes)
    for (const f of failure.failures) needed(f, out);
  return out;
}

export const builder = new SchemaBuilder<{
  Context: AppContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Field configs and resolvers pass through the plugins last to first, so DirectFields, first, sees
  // each field after Prisma has marked the columns it would wrap and Relay has built the node ids;
  // RulesRequired refuses to build a type or root field without a rule; ScopeAuth checks the rules
  // before any other plugin's wrapper runs, then TextInputs the arguments; Audit records a read once
  // it resolved. Validation's shapes are argument mappers, which Pothos applies before every wrapper.
  // The columnFields pair sits either side of Prisma: a scalar field reads the row it is given when
  // the row holds its columns, and only goes through Prisma's per-row wrap when it does not.
  plugins: [
    DirectFieldsPlugin,
    RulesRequiredPlugin,
    ScopeAuthPlugin,
    TextInputsPlugin,
    AuditPlugin,
    ValidationPlugin,
    RelayPlugin,
    columnFields,
    PrismaPlugin,
    columnFieldsInner,
    DataloaderPlugin,
  ],
  // Input shapes declared on the input types and arguments (src/schema/input-shapes.ts).
  validation: { validationError: (result) => inputError(result) },
  scopeAuth: {
    // A subscription's rule is checked when it starts, not on every event.
    authorizeOnSubscribe: true,
    // A type's rule runs once per object of it (its isTypeOf), wherever it is reached: `node`, lists,
    // nested fields. Not on every field, so direct fields stay direct.
    runScopesOnType: true,
    authScopes: (ctx) => scopesOf(ctx.viewer),
    unauthorizedError: (_parent, ctx, info, result) => {
      const type = /^Not authorized to read fields for (\w+)$/.exec(result.message)?.[1];
      const what = type ? `reading ${type}` : `${info.parentType.name}.${info.fieldName}`;
      return new AccessDeniedError(refusalMessage(what, needed(result.failure), ctx.viewer));
    },
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesQueryOptions: false,
    // Whatever `node` finds is checked by its type's rule (ApiKey and Webhook: admins; an agent's
    // notifications, questions and approvals: that agent's key).
    nodeQueryOptions: { authScopes: rules.readAndAgent },
    pageInfoTypeOptions: { authScopes: rules.anyKey },
    defaultConnectionTypeOptions: { authScopes: rules.anyKey },
    defaultEdgeTypeOptions: { authScopes: rules.anyKey },
    // Ids are already typed and opaque (`task_…`), identical in the database and the API.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => decodeId(globalID),
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
});

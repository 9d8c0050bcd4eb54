/** The Pothos builder: plugins and scalars only; types live one per file beside it. */
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { AppContext } from "../context.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { assertMayReadNode } from "./api-key-access.js";
import DirectFieldsPlugin from "./direct-fields.js";
import { decodeId } from "./ids.js";
import TextInputsPlugin from "./text-inputs.js";

export const builder = new SchemaBuilder<{
  Context: AppContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Field configs and resolvers pass through the plugins last to first, so DirectFields, first, sees
  // each field after Prisma has marked the columns it would wrap and Relay has built the node ids;
  // TextInputs, second, checks the arguments before any other plugin's wrapper runs.
  plugins: [DirectFieldsPlugin, TextInputsPlugin, RelayPlugin, PrismaPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesQueryOptions: false,
    nodeQueryOptions: {
      resolve: (_root, { id }, ctx, _info, resolveNode) => {
        assertMayReadNode(id.typename, ctx.viewer?.role);
        return resolveNode(id);
      },
    },
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

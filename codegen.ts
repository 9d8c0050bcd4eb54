/**
 * Typed documents for the operations under examples/ (and any client code), generated from the committed
 * schema.graphql with the client preset: `npm run codegen`. A frontend team points `documents` at its
 * own operations to get its own typed client.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["examples/**/*.graphql", "src/client/**/*.graphql"],
  generates: {
    [process.env.CODEGEN_OUT ?? "src/generated/graphql/"]: {
      preset: "client",
      config: { scalars: { DateTime: "string", JSON: "unknown" }, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
  // ESM with NodeNext resolution: relative imports carry .js.
  emitLegacyCommonJSImports: false,
};

export default config;

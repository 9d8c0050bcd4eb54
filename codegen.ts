/**
 * Typed documents for the operations under examples/ and the client (src/generated/graphql), and the
 * board's and the tests' as typed strings (src/board/generated, tests/generated), generated from the committed schema.graphql with the
 * client preset: `npm run codegen`. A frontend team points `documents` at its
 * own operations to get its own typed client.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = { DateTime: "string", JSON: "unknown" };

const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    [process.env.CODEGEN_OUT ?? "src/generated/graphql/"]: {
      documents: ["examples/**/*.graphql", "src/client/**/*.graphql"],
      preset: "client",
      config: { scalars, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
    // The board's operations as typed strings: the browser sends text and needs no GraphQL library.
    [process.env.CODEGEN_BOARD_OUT ?? "src/board/generated/"]: {
      documents: ["src/board/**/*.graphql"],
      preset: "client",
      config: { scalars, enumsAsTypes: true, documentMode: "string", useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
    // The tests' operations: results and variables typed, sent as text by tests/helpers/server.ts.
    [process.env.CODEGEN_TESTS_OUT ?? "tests/generated/"]: {
      documents: ["tests/documents/**/*.graphql", "tests/**/*.test.ts"],
      preset: "client",
      config: { scalars, enumsAsTypes: true, documentMode: "string", useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
  ignoreNoDocuments: false,
  // ESM with NodeNext resolution: relative imports carry .js.
  emitLegacyCommonJSImports: false,
};

export default config;

import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed client for examples/ from the committed schema.graphql: `npm run codegen`.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["examples/**/*.ts", "!examples/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "examples/gql/": {
      preset: "client",
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars: {
          Date: { input: "string", output: "string" },
          DateTime: { input: "string", output: "string" },
        },
        strictScalars: true,
      },
    },
  },
};

export default config;

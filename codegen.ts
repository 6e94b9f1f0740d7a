import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = {
  Date: { input: "string", output: "string" },
  DateTime: { input: "string", output: "string" },
};

// Typed clients from the committed schema.graphql: `npm run codegen`.
// examples/ gets document nodes; the dashboard gets plain strings, so its
// bundle does not carry the graphql library.
const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    "examples/gql/": {
      documents: ["examples/**/*.ts", "!examples/gql/**"],
      preset: "client",
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars,
        strictScalars: true,
      },
    },
    "dashboard/src/gql/": {
      documents: ["dashboard/src/**/*.ts", "!dashboard/src/gql/**"],
      preset: "client",
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars,
        strictScalars: true,
      },
    },
  },
};

export default config;

import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".data/",
      "src/generated/",
      "examples/gql/",
      "coverage/",
      "dist/",
      "dashboard/dist/",
      "test-results/",
      "dashboard/src/gql/",
    ],
  },
  ...tseslint.configs.recommended,
  {
    // Tests walk arbitrary GraphQL JSON responses.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);

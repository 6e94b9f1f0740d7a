import { defineConfig } from "vitest/config";

// Two projects: "unit" needs no database (extraction, scoring); "db" runs
// database and API tests on PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set (see tests/setup/).
export default defineConfig({
  resolve: {
    // Node resolves "graphql" to its CommonJS build for Pothos and Yoga; make
    // test files load that same copy (two copies break instanceof checks).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/extract/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: [
            "tests/db/**/*.test.ts",
            "tests/api/**/*.test.ts",
            "tests/bad-input/**/*.test.ts",
          ],
          globalSetup: ["tests/setup/global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

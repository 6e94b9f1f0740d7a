import { defineConfig } from "vitest/config";

// Three projects: "unit" needs no database (extraction, scoring); "db" runs
// database and API tests on PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set (see tests/setup/); "browser" drives the dashboard
// and GraphiQL in Chromium.
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
      {
        // Dashboard and GraphiQL in Debian's Chromium; skipped with a message where there is none.
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/setup/global.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, inject } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { withDatabase } from "./global.js";

export type BackendKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function testBackends(): BackendKind[] {
  return inject("postgres") ? ["pglite", "postgres"] : ["pglite"];
}

/** A fresh, migrated database of the given kind, private to the calling test file. */
export async function createTestDatabase(kind: BackendKind): Promise<Database> {
  if (kind === "pglite") {
    const dump = await readFile(inject("pgliteTemplatePath"));
    return openDatabase(
      { kind: "pglite", dataDir: null, loadDataDir: new Blob([dump]) },
      { migrate: false },
    );
  }
  const server = inject("postgres");
  if (!server) throw new Error("TEST_DATABASE_URL is not set");
  const name = `newsgraph_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = await openDatabase({ kind: "postgres", url: server.url }, { migrate: false });
  await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server.template}`));
  const db = await openDatabase(
    { kind: "postgres", url: withDatabase(server.url, name) },
    { migrate: false },
  );
  return {
    ...db,
    async close() {
      await db.close();
      await admin.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    },
  };
}

/** Empties every table so each test starts from a clean, migrated database. */
export async function truncateAll(db: Database) {
  await db.prisma.$executeRawUnsafe(
    `TRUNCATE article, entity, entity_alias, mention, quote, event, event_participant, event_mention RESTART IDENTITY CASCADE`,
  );
}

/**
 * Runs `body` once per backend inside a describe block; `use()` returns that
 * backend's database, emptied before every test.
 */
export function describeEachBackend(
  name: string,
  body: (use: () => Database, kind: BackendKind) => void,
) {
  for (const kind of testBackends()) {
    describe(`${name} [${kind}]`, () => {
      let db: Database | undefined;
      beforeAll(async () => {
        db = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await db?.close();
      });
      beforeEach(async () => {
        await truncateAll(db!);
      });
      body(() => db!, kind);
    });
  }
}

/** Records the SQL statements `fn` issues. */
export async function recordSql<T>(
  db: Database,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const listener = (sql: string) => statements.push(sql);
  db.sqlListeners.add(listener);
  try {
    return { result: await fn(), statements };
  } finally {
    db.sqlListeners.delete(listener);
  }
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import pino from "pino";
import { migrateDatabase, openDatabase } from "../../src/db/client.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { MIGRATIONS_DIR, readMigrations } from "../../src/db/migrate.js";
import { describeEachBackend } from "../setup/backends.js";

describeEachBackend("migrations", (use) => {
  test("records every shipped migration the way Prisma does", async () => {
    const rows = await use().withSession((s) =>
      s.query<{
        migration_name: string;
        checksum: string;
        applied_steps_count: number;
        finished_at: Date | null;
      }>(
        `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    const shipped = await readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(shipped.map((m) => m.name));
    for (const row of rows) {
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }
  });

  test("applying again is a no-op", async () => {
    expect(await migrateDatabase(use())).toEqual([]);
  });
});

// The suite's PGlite databases load a migrated template; `npm start` on a new data
// directory migrates in the process that then serves it.
test("a PGlite database migrated in this process sends enum-array parameters as arrays", async () => {
  const db = await openDatabase({ kind: "pglite", dataDir: null });
  try {
    const yoga = createNewsgraphYoga({ db, logger: pino({ level: "silent" }) });
    for (const compiledReads of [true, false]) {
      const response = await (
        compiledReads
          ? yoga
          : createNewsgraphYoga({ db, logger: pino({ level: "silent" }), compiledReads })
      ).fetch(
        "http://localhost/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ eventTimeline(interval: DAY) { bucket total } }" }),
        },
        { clientAddress: "127.0.0.1" },
      );
      expect(await response.json()).toEqual({ data: { eventTimeline: [] } });
    }
    // The compiled statement itself: the precision list is an enum array parameter.
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM event WHERE date_precision = ANY($1::"DatePrecision"[])`,
      [["DAY", "MONTH"]],
    );
    expect(rows).toEqual([{ n: 0 }]);
  } finally {
    await db.close();
  }
});

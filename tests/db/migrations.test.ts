import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { migrateDatabase } from "../../src/db/client.js";
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

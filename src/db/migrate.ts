import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The migration history shipped with the code. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Prisma's own advisory lock key, so `prisma migrate` and this runner never interleave. */
const PRISMA_ADVISORY_LOCK = 72707369;

/** The table exactly as Prisma creates it, so `prisma migrate status` reads our records. */
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The raw SQL a migration needs: one session, multi-statement scripts, transactions. */
export interface MigrationSession {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a multi-statement script. */
  exec(script: string): Promise<void>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Reads `prisma/migrations/<name>/migration.sql` in name order. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  );
}

/**
 * Applies every migration not yet recorded, each in its own transaction
 * together with its `_prisma_migrations` row. Returns the names applied.
 */
export async function applyMigrations(
  session: MigrationSession,
  migrations: Migration[],
): Promise<string[]> {
  await session.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await session.exec(MIGRATIONS_TABLE_DDL);
    const rows = await session.query<{
      migration_name: string;
      checksum: string;
      finished_at: unknown;
      rolled_back_at: unknown;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const applied = new Map(
      rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]),
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed earlier and was never rolled back; fix the database by hand`,
      );
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `the database has migrations this version does not know (${unknown.join(", ")}); is the code older than the database?`,
      );
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const record = applied.get(migration.name);
      if (record) {
        if (record.checksum !== migration.checksum) {
          throw new MigrationError(`migration ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      await session.exec("BEGIN");
      try {
        await session.exec(migration.sql);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await session.exec("COMMIT");
      } catch (error) {
        await session.exec("ROLLBACK");
        const cause = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`migration ${migration.name} failed: ${cause}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await session.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}

/** Names of shipped migrations that the database has not applied. */
export async function pendingMigrations(
  session: MigrationSession,
  migrations: Migration[],
): Promise<string[]> {
  const exists = await session.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return migrations.map((m) => m.name);
  const rows = await session.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((r) => r.migration_name));
  return migrations.map((m) => m.name).filter((name) => !applied.has(name));
}

/**
 * True when every shipped migration is recorded as applied with the same
 * checksum and nothing failed or unknown is recorded: one read, no lock.
 * Anything else (including a database without the table) answers false and
 * is left to applyMigrations, which takes the lock and explains the problem.
 */
export async function migrationsUpToDate(
  session: MigrationSession,
  migrations: Migration[],
): Promise<boolean> {
  let records: MigrationRecord[];
  try {
    records = await session.query<MigrationRecord>(
      `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished,
              rolled_back_at IS NOT NULL AS "rolledBack"
       FROM "_prisma_migrations"`,
    );
  } catch {
    // No table yet (a new database), or no answer: applyMigrations decides and reports.
    return false;
  }
  const live = records.filter((r) => !r.rolledBack);
  if (live.some((r) => !r.finished) || live.length !== migrations.length) return false;
  const applied = new Map(live.map((r) => [r.name, r.checksum]));
  return migrations.every((m) => applied.get(m.name) === m.checksum);
}

interface MigrationRecord {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

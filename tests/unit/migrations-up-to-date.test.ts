import { expect, test } from "vitest";
import { migrationsUpToDate, type MigrationSession } from "../../src/db/migrate.js";

const shipped = [
  { name: "0001_init", sql: "", checksum: "a" },
  { name: "0002_more", sql: "", checksum: "b" },
];

interface Row {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

/** A session whose `_prisma_migrations` holds `rows` (null: the table does not exist). */
function sessionWith(rows: Row[] | null): MigrationSession {
  return {
    query: <R>() =>
      rows === null
        ? Promise.reject(new Error('relation "_prisma_migrations" does not exist'))
        : Promise.resolve(rows as R[]),
    exec: () => Promise.reject(new Error("the fast check must not write")),
  };
}

const applied = (name: string, checksum: string): Row => ({
  name,
  checksum,
  finished: true,
  rolledBack: false,
});

test("the start-up check skips the migrator only when every shipped migration is applied unchanged", async () => {
  const upToDate = (rows: Row[] | null) => migrationsUpToDate(sessionWith(rows), shipped);
  expect(await upToDate([applied("0001_init", "a"), applied("0002_more", "b")])).toBe(true);
  // A rolled-back attempt next to the applied one changes nothing.
  expect(
    await upToDate([
      { ...applied("0002_more", "b"), rolledBack: true },
      applied("0001_init", "a"),
      applied("0002_more", "b"),
    ]),
  ).toBe(true);
  // Everything else goes to applyMigrations, which applies or explains.
  expect(await upToDate(null)).toBe(false);
  expect(await upToDate([applied("0001_init", "a")])).toBe(false);
  expect(await upToDate([applied("0001_init", "a"), applied("0002_more", "changed")])).toBe(false);
  expect(
    await upToDate([applied("0001_init", "a"), { ...applied("0002_more", "b"), finished: false }]),
  ).toBe(false);
  expect(
    await upToDate([
      applied("0001_init", "a"),
      applied("0002_more", "b"),
      applied("0003_new", "c"),
    ]),
  ).toBe(false);
});

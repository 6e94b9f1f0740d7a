import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ingestArticle, reprocessArticle } from "../../src/ingest/ingest.js";
import { deleteArticle } from "../../src/ingest/store.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor, type EntitySpec } from "../setup/factories.js";

const person = (name: string, aliases: string[] = []): EntitySpec => ({ name, aliases });

/** Entities whose kept count differs from their mention rows (none when the triggers are right). */
async function countDrift(db: Database) {
  return db.withSession((s) =>
    s.query<{ name: string; kept: number; actual: number }>(
      `SELECT e.name, e.mention_count AS kept, count(m.id)::int AS actual
       FROM entity e LEFT JOIN mention m ON m.entity_id = e.id
       GROUP BY e.id HAVING e.mention_count <> count(m.id) ORDER BY e.name`,
    ),
  );
}

async function mentionCounts(db: Database) {
  const rows = await db.prisma.entity.findMany({
    select: { name: true, mentionCount: true },
    orderBy: { name: "asc" },
  });
  return Object.fromEntries(rows.map((r) => [r.name, r.mentionCount]));
}

async function ingest(db: Database, text: string, entities: EntitySpec[]) {
  const outcome = await ingestArticle(
    db.prisma,
    { text, publishedAt: null },
    fakeExtractor({ entities }),
  );
  return outcome.articleId;
}

describeEachBackend("kept mention counts", (use) => {
  test("follow inserts, merges across articles, reprocessing and deletes", async () => {
    const db = use();
    const first = await ingest(db, "Article one", [person("Tillerson"), person("Lavrov")]);
    await ingest(db, "Article two", [person("Lavrov"), person("Vladimir Putin")]);
    expect(await mentionCounts(db)).toEqual({ Lavrov: 2, Tillerson: 1, "Vladimir Putin": 1 });

    // "Rex Tillerson" takes over the short form's entity and its mention (an UPDATE of mention).
    await ingest(db, "Article three", [person("Rex Tillerson"), person("Vladimir Putin")]);
    expect(await mentionCounts(db)).toEqual({
      Lavrov: 2,
      "Rex Tillerson": 2,
      "Vladimir Putin": 2,
    });

    expect(
      await reprocessArticle(db.prisma, first, fakeExtractor({ entities: [person("Lavrov")] })),
    ).toBe(true);
    expect(await mentionCounts(db)).toEqual({
      Lavrov: 2,
      "Rex Tillerson": 1,
      "Vladimir Putin": 2,
    });

    expect(await deleteArticle(db.prisma, first)).toBe(true);
    expect(await mentionCounts(db)).toEqual({ Lavrov: 1, "Rex Tillerson": 1, "Vladimir Putin": 2 });
    expect(await countDrift(db)).toEqual([]);
  });

  test("stay exact under concurrent ingests about the same people", async () => {
    const db = use();
    const cast = [person("Anna Berg"), person("Karl Stein"), person("Maria Lopez")];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ingest(db, `Report ${i}`, [cast[i % 3]!, cast[(i + 1) % 3]!]),
      ),
    );
    expect(await mentionCounts(db)).toEqual({ "Anna Berg": 8, "Karl Stein": 8, "Maria Lopez": 8 });
    expect(await countDrift(db)).toEqual([]);
  });

  test("a moved or deleted mention row moves its count, whoever writes it", async () => {
    const db = use();
    await ingest(db, "Article one", [person("Anna Berg"), person("Karl Stein")]);
    await db.withSession(async (s) => {
      await s.exec(
        `UPDATE mention SET entity_id = (SELECT id FROM entity WHERE name = 'Anna Berg')`,
      );
    });
    expect(await mentionCounts(db)).toEqual({ "Anna Berg": 2, "Karl Stein": 0 });
    await db.withSession((s) => s.exec(`DELETE FROM mention`));
    expect(await mentionCounts(db)).toEqual({ "Anna Berg": 0, "Karl Stein": 0 });
  });
});

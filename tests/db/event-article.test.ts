import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ingestArticle, reprocessArticle } from "../../src/ingest/ingest.js";
import { deleteArticle } from "../../src/ingest/store.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor, type EntitySpec, type EventSpec } from "../setup/factories.js";
import { testClient } from "../api/client.js";

const cast: EntitySpec[] = [{ name: "Anna Berg" }, { name: "Karl Stein" }, { name: "Maria Lopez" }];
const meeting: EventSpec = { participants: ["Anna Berg", "Karl Stein"], date: "2026-03-02" };
const talks: EventSpec = {
  code: "03",
  trigger: "pledged",
  participants: ["Maria Lopez", "Karl Stein"],
  date: "2026-03-02",
};

/** (event, article) pairs whose kept row disagrees with the report rows (none when the triggers are right). */
async function drift(db: Database) {
  return db.withSession((s) =>
    s.query<{ event_id: number; article_id: number; kept: number | null; actual: number | null }>(
      `SELECT event_id, article_id, ea.reports AS kept, m.n AS actual
       FROM (SELECT event_id, article_id, count(*)::int AS n FROM event_mention GROUP BY 1, 2) m
       FULL JOIN event_article ea USING (event_id, article_id)
       WHERE m.n IS DISTINCT FROM ea.reports`,
    ),
  );
}

async function pairs(db: Database) {
  const rows = await db.prisma.eventArticle.findMany({
    orderBy: [{ eventId: "asc" }, { articleId: "asc" }],
  });
  return rows.map((r) => [r.eventId, r.articleId, r.reports]);
}

async function ingest(db: Database, text: string, events: EventSpec[]) {
  const outcome = await ingestArticle(
    db.prisma,
    { text, publishedAt: "2026-03-02" },
    fakeExtractor({ entities: cast, events }),
  );
  return outcome.articleId;
}

describeEachBackend("one row per event and reporting article", (use) => {
  test("follows ingests, merged reports, reprocessing and deletes", async () => {
    const db = use();
    const first = await ingest(db, "First report of the meeting", [meeting, talks]);
    const [meetingId, talksId] = (await pairs(db)).map(([eventId]) => eventId!);
    expect(await pairs(db)).toEqual([
      [meetingId, first, 1],
      [talksId, first, 1],
    ]);

    // A second article reporting the same meeting merges into the stored event.
    const second = await ingest(db, "Second report of the meeting", [meeting]);
    expect(await pairs(db)).toEqual([
      [meetingId, first, 1],
      [meetingId, second, 1],
      [talksId, first, 1],
    ]);

    expect(
      await reprocessArticle(db.prisma, first, fakeExtractor({ entities: cast, events: [] })),
    ).toBe(true);
    expect(await pairs(db)).toEqual([[meetingId, second, 1]]);

    expect(await deleteArticle(db.prisma, second)).toBe(true);
    expect(await pairs(db)).toEqual([]);
    expect(await drift(db)).toEqual([]);
  });

  test("an article reporting one event in many passages is one article of it", async () => {
    const db = use();
    const articleId = await ingest(db, "A digest that retells the meeting again and again", [
      meeting,
    ]);
    // Two hundred more passages of the same article report the same event.
    await db.withSession((s) =>
      s.exec(`INSERT INTO event_mention (event_id, article_id, start, "end", sentence_index, confidence)
        SELECT m.event_id, m.article_id, m.start + g, m."end" + g, 0, 0.8
        FROM event_mention m, generate_series(1, 200) g`),
    );
    const [eventId] = (await pairs(db))[0]!;
    expect(await pairs(db)).toEqual([[eventId, articleId, 201]]);
    expect(await drift(db)).toEqual([]);

    // Both read paths: one statement, and the resolvers.
    for (const compiledReads of [true, false]) {
      const { data } = await testClient(db, { compiledReads }).request<{
        events: { edges: { node: { articleCount: number; articles: unknown[] } }[] };
      }>(`{ events { edges { node { articleCount articles { id } } } } }`);
      expect(data!.events.edges.map((e) => [e.node.articleCount, e.node.articles.length])).toEqual([
        [1, 1],
      ]);
    }
  });

  test("report rows moved to another event or deleted move their pairs, whoever writes them", async () => {
    const db = use();
    const articleId = await ingest(db, "Both events in one report", [meeting, talks]);
    const [meetingId, talksId] = (await pairs(db)).map(([eventId]) => eventId!);
    await db.withSession((s) =>
      s.exec(`UPDATE event_mention SET event_id = ${meetingId}, start = start + event_id`),
    );
    expect(await pairs(db)).toEqual([[meetingId, articleId, 2]]);
    expect(talksId).not.toBe(meetingId);
    await db.withSession((s) => s.exec(`DELETE FROM event_mention`));
    expect(await pairs(db)).toEqual([]);
  });

  test("stays exact under concurrent ingests reporting the same events", async () => {
    const db = use();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ingest(db, `Report ${i} of the meeting`, i % 2 === 0 ? [meeting] : [meeting, talks]),
      ),
    );
    expect(await drift(db)).toEqual([]);
    const stats = await db.withSession((s) =>
      s.query<{ events: number; pairs: number }>(
        `SELECT count(DISTINCT event_id)::int AS events, count(*)::int AS pairs FROM event_article`,
      ),
    );
    expect(stats[0]!.pairs).toBe(18);
  });
});

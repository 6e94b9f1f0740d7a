import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ingestArticle, type IngestOutcome } from "../../src/ingest/ingest.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor, type EntitySpec, type EventSpec } from "../setup/factories.js";

const PARALLEL_INGESTS = 50;

/**
 * Article i of a news day: overlapping people under full and bare names,
 * organizations under acronyms and expansions, and a handful of happenings
 * that many articles report. Every sixth article repeats an earlier text.
 */
function overlappingArticle(i: number) {
  const variant = i % 6 === 5 ? i - 1 : i;
  const full = variant % 2 === 0;
  const tillerson = full ? "Rex Tillerson" : "Tillerson";
  const lavrov = variant % 3 === 0 ? "Sergei Lavrov" : "Lavrov";
  const un = variant % 4 === 0 ? "United Nations" : "UN";
  const entities: EntitySpec[] = [
    { name: tillerson },
    { name: lavrov },
    { name: "Vladimir Putin", aliases: ["Putin"] },
    { name: un, type: "ORGANIZATION" },
    { name: "Moscow", type: "LOCATION" },
    { name: `Reporter ${variant % 7}` },
  ];
  // Talks days three apart, so no report is within a day of two different talks.
  const day = 10 + 3 * (variant % 3);
  const events: EventSpec[] = [
    { code: "04", participants: [tillerson, lavrov], date: `2017-04-${day}`, location: "Moscow" },
    { code: "12", participants: ["Vladimir Putin", un], date: "2017-04-20" },
    {
      code: "03",
      participants: [`Reporter ${variant % 7}`],
      date: `2017-04-0${1 + (variant % 7)}`,
    },
  ];
  return {
    input: { text: `Report ${variant} from Moscow`, publishedAt: `2017-04-${day}` },
    extractor: fakeExtractor({ entities, events }),
  };
}

async function graphSnapshot(db: Database) {
  const entities = await db.prisma.entity.findMany({
    include: { _count: { select: { mentions: true, aliases: true } } },
  });
  const events = await db.prisma.event.findMany({
    include: {
      participants: { include: { entity: true } },
      _count: { select: { mentions: true } },
    },
  });
  return {
    articles: await db.prisma.article.count(),
    entities: entities
      .map((e) => `${e.type}:${e.name}:${e._count.mentions}:${e._count.aliases}`)
      .sort(),
    events: events
      .map(
        (e) =>
          `${e.code}:${e.date?.toISOString().slice(0, 10)}:${e._count.mentions}:` +
          [...new Set(e.participants.map((p) => p.entity.name))].sort().join("+"),
      )
      .sort(),
  };
}

describeEachBackend("concurrent ingest", (use, kind) => {
  // PGlite is one connection: its transactions run one after another anyway.
  test.runIf(kind === "postgres")(
    `${PARALLEL_INGESTS} parallel ingests of overlapping articles create no duplicates`,
    async () => {
      const db = use();
      const articles = Array.from({ length: PARALLEL_INGESTS }, (_, i) => overlappingArticle(i));
      const outcomes = await Promise.allSettled(
        articles.map((a) => ingestArticle(db.prisma, a.input, a.extractor)),
      );
      const failures = outcomes.flatMap((o) =>
        o.status === "rejected" && (o.reason as Error).name !== "DuplicateArticleError"
          ? [o.reason as Error]
          : [],
      );
      expect(failures).toEqual([]);
      const created = outcomes.filter(
        (o): o is PromiseFulfilledResult<IngestOutcome> =>
          o.status === "fulfilled" && o.value.status === "CREATED",
      );
      const distinctTexts = new Set(articles.map((a) => a.input.text)).size;
      expect(created).toHaveLength(distinctTexts);

      const duplicates = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM (
          SELECT type, key FROM entity GROUP BY type, key HAVING count(*) > 1) d`;
      expect(duplicates[0]?.n).toBe(0);
      const names = (await db.prisma.entity.findMany()).map((e) => e.name);
      expect(names).not.toContain("Tillerson");
      expect(names).not.toContain("Lavrov");
      expect(names).not.toContain("UN");
      // Three days of talks, one vote, and one happening per reporter.
      expect(await db.prisma.event.count({ where: { code: "04" } })).toBe(3);
      expect(await db.prisma.event.count({ where: { code: "12" } })).toBe(1);
      expect(await db.prisma.event.count({ where: { code: "03" } })).toBe(7);

      const concurrent = await graphSnapshot(db);
      await db.prisma.$executeRawUnsafe(
        "TRUNCATE article, entity, entity_alias, mention, quote, event, event_participant, event_mention RESTART IDENTITY CASCADE",
      );
      for (const a of articles) {
        await ingestArticle(db.prisma, a.input, a.extractor).catch((error: Error) => {
          if (error.name !== "DuplicateArticleError") throw error;
        });
      }
      expect(concurrent).toEqual(await graphSnapshot(db));
    },
  );

  test("parallel ingests of the same article store it once and report the rest as duplicates", async () => {
    const db = use();
    const article = overlappingArticle(0);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => ingestArticle(db.prisma, article.input, article.extractor)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes) {
      if (o.status === "rejected") expect((o.reason as Error).name).toBe("DuplicateArticleError");
    }
    expect(await db.prisma.article.count()).toBe(1);
    expect(await db.prisma.event.count()).toBe(3);
  });
});

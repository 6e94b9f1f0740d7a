import { expect, test } from "vitest";
import { DuplicateArticleError, ValidationError } from "../../src/errors.js";
import { ingestArticle, reprocessArticle } from "../../src/ingest/ingest.js";
import { deleteArticle } from "../../src/ingest/store.js";
import type { Database } from "../../src/db/client.js";
import { describeEachBackend } from "../setup/backends.js";
import { fakeExtractor, summitExtractor as summit } from "../setup/factories.js";

async function counts(db: Database) {
  const p = db.prisma;
  return {
    articles: await p.article.count(),
    entities: await p.entity.count(),
    aliases: await p.entityAlias.count(),
    mentions: await p.mention.count(),
    quotes: await p.quote.count(),
    events: await p.event.count(),
    participants: await p.eventParticipant.count(),
    reports: await p.eventMention.count(),
  };
}

describeEachBackend("ingest service", (use) => {
  test("stores the article with its entities, aliases, mentions, quotes and events", async () => {
    const db = use();
    const outcome = await ingestArticle(
      db.prisma,
      { text: "Tillerson meets Putin\n\nBody.", source: "Wire" },
      summit,
    );
    expect(outcome.status).toBe("CREATED");
    expect(await counts(db)).toEqual({
      articles: 1,
      entities: 3,
      aliases: 5,
      mentions: 3,
      quotes: 1,
      events: 1,
      participants: 2,
      reports: 1,
    });
    const event = await db.prisma.event.findFirstOrThrow({ include: { location: true } });
    expect(event.location?.name).toBe("Moscow");
    expect(event.date?.toISOString().slice(0, 10)).toBe("2017-04-12");
  });

  test("a second article links to the same entities instead of copying them", async () => {
    const db = use();
    await ingestArticle(db.prisma, { text: "First report" }, summit);
    const later = fakeExtractor({ entities: [{ name: "Tillerson" }, { name: "Vladimir Putin" }] });
    await ingestArticle(db.prisma, { text: "Second report" }, later);
    expect(await db.prisma.entity.count()).toBe(3);
    const rex = await db.prisma.entity.findFirstOrThrow({
      where: { name: "Rex Tillerson" },
      include: { mentions: true },
    });
    expect(rex.mentions).toHaveLength(2);
  });

  test("the same text again is a typed duplicate and stores nothing", async () => {
    const db = use();
    const first = await ingestArticle(db.prisma, { text: "Same words\nhere" }, summit);
    const before = await counts(db);
    const again = ingestArticle(db.prisma, { text: "Same words\r\nhere  " }, summit);
    await expect(again).rejects.toBeInstanceOf(DuplicateArticleError);
    await expect(again).rejects.toMatchObject({ articleId: first.articleId, reason: "CONTENT" });
    expect(await counts(db)).toEqual(before);
  });

  test("changed text at a known URL replaces that article's facts", async () => {
    const db = use();
    const url = "https://news.example/a";
    const first = await ingestArticle(db.prisma, { text: "Version one", url }, summit);
    const second = await ingestArticle(
      db.prisma,
      { text: "Version two", url },
      fakeExtractor({ entities: [{ name: "Sergei Lavrov" }] }),
    );
    expect(second).toEqual({ status: "UPDATED", articleId: first.articleId });
    const names = (await db.prisma.entity.findMany()).map((e) => e.name);
    expect(names).toEqual(["Sergei Lavrov"]);
    expect(await db.prisma.event.count()).toBe(0);
  });

  test.each([
    [{ text: "" }, "text"],
    [{ text: "   \n\t " }, "text"],
    [{ text: "x".repeat(1024 * 1024 + 1) }, "text"],
    [{ text: "binary\u0000junk" }, "text"],
    [{ text: "ok", url: "ftp://example.com/x" }, "url"],
    [{ text: "ok", publishedAt: "yesterday" }, "publishedAt"],
    [{ text: "ok", publishedAt: "2017-02-30" }, "publishedAt"],
  ])(
    "rejects invalid input %# with a ValidationError on %s and stores nothing",
    async (input, field) => {
      const db = use();
      const attempt = ingestArticle(db.prisma, input, summit);
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ field });
      expect((await counts(db)).articles).toBe(0);
    },
  );

  test("a failure while storing facts leaves nothing of the article", async () => {
    const db = use();
    const broken = fakeExtractor({ entities: [{ name: "Somebody", type: "ALIEN" as "PERSON" }] });
    await expect(ingestArticle(db.prisma, { text: "Doomed article" }, broken)).rejects.toThrow();
    expect(await counts(db)).toEqual({
      articles: 0,
      entities: 0,
      aliases: 0,
      mentions: 0,
      quotes: 0,
      events: 0,
      participants: 0,
      reports: 0,
    });
  });

  test("reprocessing replaces facts in place; deleting removes what only the article supported", async () => {
    const db = use();
    const kept = await ingestArticle(
      db.prisma,
      { text: "Kept" },
      fakeExtractor({ entities: [{ name: "Vladimir Putin" }] }),
    );
    const { articleId } = await ingestArticle(db.prisma, { text: "Dropped" }, summit);
    expect(await reprocessArticle(db.prisma, articleId, summit)).toBe(true);
    expect((await counts(db)).mentions).toBe(4);
    expect(await deleteArticle(db.prisma, articleId)).toBe(true);
    expect((await db.prisma.entity.findMany()).map((e) => e.name)).toEqual(["Vladimir Putin"]);
    expect(await counts(db)).toMatchObject({ articles: 1, events: 0, quotes: 0, mentions: 1 });
    expect(await deleteArticle(db.prisma, articleId)).toBe(false);
    expect(kept.status).toBe("CREATED");
  });
});

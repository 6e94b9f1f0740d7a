import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { describeEachBackend, recordSql } from "../setup/backends.js";
import { fakeExtractor } from "../setup/factories.js";
import { testClient } from "./client.js";

/** `n` articles, each with its own pair of people meeting, one quote each, plus a shared spokesman. */
async function seedArticles(db: Database, n: number) {
  for (let i = 0; i < n; i++) {
    const [a, b] = [`Envoy Number${i}`, `Minister Number${i}`];
    const quote = `We had frank talks number ${i} today`;
    await ingestArticle(
      db.prisma,
      {
        text: `Talks ${i}\n\n${a} met ${b}. "${quote}," ${a} said. Press Spokesman spoke.`,
        publishedAt: `2017-03-${String((i % 28) + 1).padStart(2, "0")}`,
      },
      fakeExtractor({
        entities: [{ name: a }, { name: b }, { name: "Press Spokesman" }],
        events: [
          { participants: [a, b], date: `2017-03-${String((i % 28) + 1).padStart(2, "0")}` },
        ],
        quotes: [
          { text: quote, speaker: a },
          { text: `Spokesman statement ${i}`, speaker: "Press Spokesman" },
        ],
      }),
    );
  }
}

/**
 * Statements through the resolvers (`statements`) and with the compiled read
 * path on (`compiled`: 1 where it covers the whole document).
 */
const SHAPES: Record<string, { query: string; statements: number; compiled: number }> = {
  "entities with their mentions, quotes, events and articles (each first: 3)": {
    query: `query($n: Int!) { entities(first: $n) { edges { node { name
      mentions(first: 3) { totalCount edges { node { text evidence { text sentence article { title } } } } }
      quotes(first: 3) { totalCount edges { node { text } } }
      events(first: 3) { totalCount edges { node { label } } }
      articles(first: 3) { totalCount edges { node { title } } }
    } } } }`,
    // entities with mention counts; per child connection page ids, nodes and counts (4 × 3);
    // the articles behind mention evidence; Pothos re-selecting evidence and label fields
    // on loader-built nodes (mention, event): 1 + 12 + 1 + 2.
    statements: 16,
    compiled: 1,
  },
  "quotes with speaker, article, events and evidence": {
    query: `query($n: Int!) { quotes(first: $n) { totalCount edges { node { text
      speaker { name } article { title } events { label } evidence { text sentence } } } } }`,
    // quotes, count, speakers, articles, quote→event links, events, event labels, evidence articles
    statements: 8,
    compiled: 1,
  },
  "articles with entities, quotes with speakers, and events with participants": {
    query: `query($n: Int!) { articles(first: $n) { edges { node { title
      entities { name }
      quotes(first: 5) { edges { node { text speaker { name } } } }
      events { label participants { role entity { name } } }
    } } } }`,
    // Through the resolvers one or two statements per relation level (an article's quotes:
    // page ids limited per article in SQL, then the rows), never per row.
    statements: 11,
    compiled: 1,
  },
  "articles with their events' participants (each article's reports limited in SQL)": {
    query: `query($n: Int!) { articles(first: $n) { totalCount edges { node { title
      events { label participants { role entity { name } } }
      mentions(first: 2) { totalCount edges { node { text } } } } } } }`,
    // Through the resolvers a few statements per relation level, never per row.
    statements: 9,
    compiled: 1,
  },
  "events with quotes about them, reports with evidence, and report statistics": {
    query: `query($n: Int!) { events(first: $n) { edges { node { summary articleCount
      sourceCount firstReportedAt lastReportedAt
      quotes(first: 3) { totalCount edges { node { text speaker { name } } } }
      reports { evidence { text sentence article { title } } }
    } } } }`,
    statements: 9,
    compiled: 1,
  },
  "events with article and source counts and first and last report": {
    query: `query($n: Int!) { events(first: $n) { edges { node { summary
      articleCount sourceCount firstReportedAt lastReportedAt } } } }`,
    // events; one batched statement for every event's report statistics.
    statements: 2,
    compiled: 1,
  },
  "the dashboard: events with place, participants, quotes with speakers, and the timeline": {
    query: `query($n: Int!) { events(first: $n) { totalCount edges { node { label date location { name }
      participants { role entity { name aliases } } quotes(first: 3) { edges { node { text speaker { name } } } } } } }
      eventTimeline(interval: DAY) { bucket total byType { type count } } }`,
    // Through the resolvers: the events and their count, then batched statements per relation
    // level, never per row; compiled: one statement for the whole document.
    statements: 11,
    compiled: 1,
  },
};

describeEachBackend("SQL statements per query shape", (use) => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    test(`${name}: ${shape.statements} statements through the resolvers, ${shape.compiled} compiled, for 2 or 25 rows`, async () => {
      const db = use();
      await seedArticles(db, 26);
      for (const [compiledReads, expected] of [
        [false, shape.statements],
        [true, shape.compiled],
      ] as const) {
        const { request } = testClient(db, { compiledReads });
        const run = (n: number) => recordSql(db, () => request(shape.query, { n }));
        await run(1);
        const small = await run(2);
        const large = await run(25);
        expect(small.result.errors).toBeUndefined();
        expect(large.result.errors).toBeUndefined();
        expect(small.statements, `compiledReads: ${compiledReads}`).toHaveLength(expected);
        expect(large.statements, `compiledReads: ${compiledReads}`).toHaveLength(expected);
      }
    });
  }

  test("a popular entity's first: 3 quotes and mentions load 4 rows each, not all of them", async () => {
    const db = use();
    await seedArticles(db, 40);
    // The resolvers' loaders; the compiled path limits each page in its one statement.
    const { request } = testClient(db, { compiledReads: false });
    const { result, statements } = await recordSql(db, () =>
      request(`{ entities(first: 1, filter: { search: "press spokesman" }) { edges { node { name
        quotes(first: 3) { totalCount edges { node { text } } }
        mentions(first: 3) { totalCount edges { node { text } } } } } } }`),
    );
    const node = result.data.entities.edges[0].node;
    expect(node.quotes.totalCount).toBe(40);
    expect(node.quotes.edges).toHaveLength(3);
    expect(node.mentions.totalCount).toBe(40);
    expect(node.mentions.edges).toHaveLength(3);
    // Node loads name the ids the LATERAL … LIMIT 4 page picked: at most 4 per parent.
    for (const table of ["quote", "mention"]) {
      const load = statements.find((s) =>
        s.includes(`FROM "public"."${table}" WHERE "public"."${table}"."id" IN`),
      );
      expect(load, table).toBeDefined();
      expect(load!.match(/\$\d+/g)!.length).toBeLessThanOrEqual(6);
    }
  });

  test("child connections page forward with cursors", async () => {
    const db = use();
    await seedArticles(db, 7);
    const { request } = testClient(db);
    const page = `query($after: String) { entities(first: 1, filter: { search: "press" }) { edges { node {
      quotes(first: 3, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { text } } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const result: any = await request(page, { after });
      const quotes = result.data.entities.edges[0].node.quotes;
      seen.push(...quotes.edges.map((e: any) => e.node.text));
      expect(quotes.pageInfo.hasPreviousPage).toBe(after !== null);
      after = quotes.pageInfo.endCursor;
      if (!quotes.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const backwards = await request(
      `{ entities(first: 1) { edges { node { quotes(last: 2) { totalCount } } } } }`,
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
  });
});

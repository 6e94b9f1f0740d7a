import { expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest.js";
import type { Database } from "../../src/db/client.js";
import { describeEachBackend, recordSql } from "../setup/backends.js";
import { fakeExtractor } from "../setup/factories.js";
import { testClient } from "./client.js";

/** Ingests `n` articles, each reporting one meeting between two people in a city. */
async function seedMeetings(db: Database, n: number) {
  for (let i = 0; i < n; i++) {
    const people = [`Envoy Number${i}`, `Minister Number${i + 1}`];
    await ingestArticle(
      db.prisma,
      { text: `Meeting ${i}\n\nThey met.`, source: i % 2 ? "Reuters" : "UPI" },
      fakeExtractor({
        entities: [
          { name: people[0]!, aliases: [`Number${i}`] },
          { name: people[1]!, aliases: [`Number${i + 1}`] },
          { name: "Geneva", type: "LOCATION" },
        ],
        events: [
          {
            participants: people,
            date: `2017-04-${String((i % 28) + 1).padStart(2, "0")}`,
            location: "Geneva",
          },
        ],
      }),
    );
  }
}

const EVENTS_WITH_PARTICIPANTS = `query Events($n: Int!) {
  events(first: $n) {
    totalCount
    edges { node { id label participants { role entity { name aliases } } articles { title }
      articleCount sourceCount firstReportedAt lastReportedAt } }
  }
}`;

describeEachBackend("GraphQL graph", (use) => {
  test("events(first: N) with participants, entities, aliases and articles issues the same SQL for N = 5 and N = 50", async () => {
    const db = use();
    await seedMeetings(db, 55);
    // Through the resolvers: events, count, participants, entities, aliases, event reports,
    // articles, report statistics. Compiled: the whole document in one statement.
    for (const [compiledReads, statements] of [
      [false, 8],
      [true, 1],
    ] as const) {
      const client = testClient(db, { compiledReads });
      const run = (n: number) =>
        recordSql(db, () => client.request(EVENTS_WITH_PARTICIPANTS, { n }));
      await run(1); // warm-up: first request compiles query plans
      const five = await run(5);
      const fifty = await run(50);
      expect(five.result.errors).toBeUndefined();
      expect(five.result.data.events.edges).toHaveLength(5);
      expect(fifty.result.data.events.edges).toHaveLength(50);
      expect(fifty.result.data.events.totalCount).toBe(55);
      const node = fifty.result.data.events.edges[0].node;
      expect(node.participants).toHaveLength(2);
      expect(node.participants[0].entity.aliases.length).toBeGreaterThan(1);
      expect(node.articles).toHaveLength(1);
      expect(node).toMatchObject({ articleCount: 1, sourceCount: 1 });
      expect(node.firstReportedAt).toBe(node.lastReportedAt);
      expect(five.statements, `compiledReads: ${compiledReads}`).toHaveLength(statements);
      expect(fifty.statements).toHaveLength(statements);
    }
  });

  test("report statistics count distinct sources and span the reporting articles' days", async () => {
    const db = use();
    const reports = [
      { source: "Reuters", publishedAt: "2017-04-12" },
      // A syndicated copy: same publisher, spelled differently.
      { source: "reuters ", publishedAt: "2017-04-13" },
      { source: "AFP", publishedAt: "2017-04-14" },
    ];
    for (const [i, report] of reports.entries()) {
      await ingestArticle(
        db.prisma,
        { text: `Talks report ${i}\n\nThey met.`, ...report },
        fakeExtractor({
          entities: [{ name: "Rex Tillerson" }, { name: "Sergei Lavrov" }],
          events: [{ participants: ["Rex Tillerson", "Sergei Lavrov"], date: "2017-04-12" }],
        }),
      );
    }
    const client = testClient(db);
    const result = await client.request(`{ events(first: 5) { totalCount edges { node {
      articleCount sourceCount firstReportedAt lastReportedAt articles { source } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.events.totalCount).toBe(1);
    const { articles, ...stats } = result.data.events.edges[0].node;
    expect(stats).toEqual({
      articleCount: 3,
      sourceCount: 2,
      firstReportedAt: "2017-04-12",
      lastReportedAt: "2017-04-14",
    });
    expect(articles).toHaveLength(3);
  });

  test("orderBy ARTICLE_COUNT_DESC ranks by distinct articles, not passages, and pages both ways", async () => {
    const db = use();
    const meeting = (n: number) => ({
      entities: [{ name: `Envoy Number${n}` }, { name: `Minister Number${n}` }],
      events: [{ participants: [`Envoy Number${n}`, `Minister Number${n}`], date: "2017-04-12" }],
    });
    const ingest = (text: string, spec: ReturnType<typeof meeting>, passages = 1) => {
      const base = fakeExtractor(spec);
      return ingestArticle(db.prisma, { text, publishedAt: "2017-04-12" }, (t, options) => {
        const extraction = base(t, options);
        // One article reporting its event in several passages.
        extraction.events[0]!.evidence = Array.from({ length: passages }, (_, i) => ({
          start: i * 3,
          end: i * 3 + 2,
          sentenceIndex: 0,
        }));
        return extraction;
      });
    };
    await ingest("Busy report: three passages about one meeting", meeting(0), 3);
    await ingest("First report of the second meeting", meeting(1));
    await ingest("Second report of the second meeting", meeting(1));
    for (let n = 2; n <= 5; n++) await ingest(`Report of meeting ${n}`, meeting(n));
    const client = testClient(db);
    const page = `query($first: Int, $after: String, $last: Int, $before: String) {
      events(first: $first, after: $after, last: $last, before: $before, orderBy: ARTICLE_COUNT_DESC) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { summary articleCount reports { confidence } } } } }`;
    const all = await client.request(page, { first: 10 });
    expect(all.errors).toBeUndefined();
    const order = all.data.events.edges.map((e: any) => e.node.summary);
    expect(all.data.events.edges[0].node).toMatchObject({ articleCount: 2 });
    expect(all.data.events.edges[0].node.summary).toMatch(/Number1/);
    // The busy report's three passages count as one article: last among the single reports.
    expect(order.at(-1)).toMatch(/Number0/);
    expect(all.data.events.edges.at(-1).node.reports).toHaveLength(3);
    expect(order.slice(1, 5)).toEqual(
      [5, 4, 3, 2].map((n) => `Envoy Number${n} and Minister Number${n} met`),
    );

    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const result: any = await client.request(page, { first: 2, after });
      const events = result.data.events;
      forward.push(...events.edges.map((e: any) => e.node.summary));
      after = events.pageInfo.endCursor;
      if (!events.pageInfo.hasNextPage) break;
    }
    expect(forward).toEqual(order);

    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 5; i++) {
      const result: any = await client.request(page, { last: 2, before });
      const events = result.data.events;
      backward.unshift(...events.edges.map((e: any) => e.node.summary));
      before = events.pageInfo.startCursor;
      if (!events.pageInfo.hasPreviousPage) break;
    }
    expect(backward).toEqual(order);
  });

  test("node(id) resolves every global ID type and rejects malformed ones", async () => {
    const db = use();
    await seedMeetings(db, 1);
    const client = testClient(db);
    const ids = await client.request(`{
      articles(first: 1) { edges { node { id title } } }
      entities(first: 1) { edges { node { id name } } }
      events(first: 1) { edges { node { id summary } } }
    }`);
    for (const [field, type] of [
      ["articles", "Article"],
      ["entities", "Entity"],
      ["events", "Event"],
    ] as const) {
      const id = ids.data[field].edges[0].node.id;
      const found = await client.request(`query($id: ID!) { node(id: $id) { __typename id } }`, {
        id,
      });
      expect(found.data.node).toEqual({ __typename: type, id });
    }
    const bad = await client.request(`{ node(id: "not-a-global-id") { id } }`);
    expect(bad.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(bad)).not.toMatch(/at .*\.ts:\d+/);
  });

  test("connections page with cursors and report totalCount", async () => {
    const db = use();
    await seedMeetings(db, 7);
    const client = testClient(db);
    const page = `query($after: String) { entities(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const first = await client.request(page);
    // Envoy Number0–6, Minister Number1–7 and Geneva.
    expect(first.data.entities.totalCount).toBe(15);
    expect(first.data.entities.pageInfo.hasNextPage).toBe(true);
    const second = await client.request(page, { after: first.data.entities.pageInfo.endCursor });
    const names = [...first.data.entities.edges, ...second.data.entities.edges].map(
      (e: any) => e.node.name,
    );
    expect(new Set(names).size).toBe(8);
  });

  test("ingestArticle mutation returns the article or typed errors", async () => {
    const db = use();
    const client = testClient(db);
    const mutation = `mutation($input: IngestArticleInput!) {
      ingestArticle(input: $input) {
        __typename
        ... on MutationIngestArticleSuccess { data { id title publishedAt } }
        ... on Error { code message }
        ... on ValidationError { field }
        ... on DuplicateArticle { existing { id } }
      }
    }`;
    const text = "Leaders meet in Geneva\n\nGENEVA (Reuters) - Two leaders met on Monday.";
    const ok = await client.request(mutation, { input: { text, publishedAt: "2017-04-10" } });
    expect(ok.data.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");
    expect(ok.data.ingestArticle.data.publishedAt).toBe("2017-04-10");
    const dup = await client.request(mutation, { input: { text } });
    expect(dup.data.ingestArticle).toMatchObject({
      __typename: "DuplicateArticle",
      code: "DUPLICATE_ARTICLE",
    });
    expect(dup.data.ingestArticle.existing.id).toBe(ok.data.ingestArticle.data.id);
    const empty = await client.request(mutation, { input: { text: "  " } });
    expect(empty.data.ingestArticle).toMatchObject({
      __typename: "ValidationError",
      code: "VALIDATION_FAILED",
      field: "text",
    });
    const badDate = await client.request(mutation, {
      input: { text: "x y z", publishedAt: "2017-13-01" },
    });
    expect(badDate.errors?.[0]?.message).toMatch(/Date must be a calendar date/);
  });
});

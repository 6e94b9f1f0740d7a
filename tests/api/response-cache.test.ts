import pino from "pino";
import { expect, inject, test } from "vitest";
import { DEFAULT_LIMITS, DEFAULT_RESPONSE_CACHE } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { GenerationCache } from "../../src/http/response-cache.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { deleteArticle } from "../../src/ingest/store.js";
import { createNewsgraphYoga, type YogaOptions } from "../../src/yoga.js";
import { describeEachBackend, recordSql } from "../setup/backends.js";
import { fakeExtractor } from "../setup/factories.js";
import { withDatabase } from "../setup/global.js";
import { seedNewsGraph } from "./news-graph.js";

/** What a dashboard polls: counts and aggregates that every ingest changes. */
const POLL = `query Poll { articles(first: 2) { totalCount edges { node { title } } }
  events(first: 3) { totalCount edges { node { summary } } }
  eventTimeline(interval: DAY) { bucket total } }`;

const article = (n: number) => ({
  input: {
    text: `Envoys meet in Geneva, round ${n}\n\nAmina Diallo met Tomas Berg in Geneva for round ${n} of the talks.`,
    source: "Reuters",
    publishedAt: `2017-05-${String(10 + n).padStart(2, "0")}`,
  },
  extractor: fakeExtractor({
    entities: [
      { name: "Amina Diallo" },
      { name: "Tomas Berg" },
      { name: "Geneva", type: "LOCATION" },
    ],
    events: [
      {
        code: "04",
        trigger: "met",
        participants: ["Amina Diallo", "Tomas Berg"],
        date: `2017-05-${String(10 + n).padStart(2, "0")}`,
        location: "Geneva",
      },
    ],
  }),
});

test("the cache is bounded by bytes, evicts the least recently used, and serves only the current generation", async () => {
  const cache = new GenerationCache({ maxBytes: 1000, ttlMs: 60_000 });
  const result = (size: number) => ({ data: { text: "x".repeat(size) } });
  const key = (name: string) => `${name}:${cache.generation}`;
  for (const name of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
    cache.set(key(name), result(105), [], Infinity);
  }
  expect(cache.size.entries).toBe(8);
  expect(await cache.get(key("a"))).toBeTruthy(); // a is now the most recently used
  cache.set(key("i"), result(105), [], Infinity);
  expect(cache.size.bytes).toBeLessThanOrEqual(1000);
  expect(await cache.get(key("b"))).toBeUndefined();
  expect(await cache.get(key("a"))).toBeTruthy();
  expect(await cache.get(key("i"))).toBeTruthy();
  // One response may not take more than an eighth of the budget.
  cache.set(key("big"), result(200), [], Infinity);
  expect(await cache.get(key("big"))).toBeUndefined();
  // A key built before a change is neither served nor stored after it.
  const before = key("d");
  cache.invalidateAll();
  cache.set(before, result(10), [], Infinity);
  expect(await cache.get(before)).toBeUndefined();
  expect(cache.size.entries).toBe(0);
  // A listener that is down: nothing is served.
  const blind = new GenerationCache(DEFAULT_RESPONSE_CACHE, () =>
    Promise.reject(new Error("down")),
  );
  blind.set(`k:${blind.generation}`, result(1), [], Infinity);
  expect(await blind.get(`k:${blind.generation}`)).toBeUndefined();
});

test("entries expire after their time to live", async () => {
  let now = 0;
  const cache = new GenerationCache({ maxBytes: 1000, ttlMs: 100 }, undefined, () => now);
  cache.set(`k:${cache.generation}`, { data: { a: 1 } }, [], Infinity);
  now = 99;
  expect(await cache.get(`k:${cache.generation}`)).toBeTruthy();
  now = 100;
  expect(await cache.get(`k:${cache.generation}`)).toBeUndefined();
});

describeEachBackend("response cache", (use, kind) => {
  const yogaWith = (options: Partial<YogaOptions> = {}) =>
    createNewsgraphYoga({
      db: use(),
      logger: pino({ level: "silent" }),
      responseCache: DEFAULT_RESPONSE_CACHE,
      ...options,
    });
  type Yoga = ReturnType<typeof yogaWith>;
  const post = async (yoga: Yoga, query: string, variables?: object, client = "127.0.0.1") => {
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables }),
      },
      { clientAddress: client },
    );
    return { status: response.status, json: (await response.json()) as any };
  };
  const totalOf = (json: any): number => json.data.articles.totalCount;

  /** Another connection to the same database, as another process would have (PostgreSQL). */
  async function otherConnection(): Promise<Database> {
    const db = use();
    if (kind === "pglite") return db; // One process owns PGlite: writers share its connection.
    const [row] = await db.withSession((s) =>
      s.query<{ name: string }>("SELECT current_database() AS name"),
    );
    return openDatabase(
      { kind: "postgres", url: withDatabase(inject("postgres")!.url, row!.name) },
      { migrate: false },
    );
  }

  test("a repeated read is answered from memory, without SQL", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith();
    const first = await post(yoga, POLL);
    const { result: second, statements } = await recordSql(use(), () => post(yoga, POLL));
    expect(statements).toEqual([]);
    expect(second.json).toEqual(first.json);
    await yoga.dispose();
  });

  test("a read after an ingest committed elsewhere never returns the stale answer", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith();
    const writer = await otherConnection();
    try {
      let expected = totalOf((await post(yoga, POLL)).json);
      for (let round = 1; round <= 5; round += 1) {
        expect(totalOf((await post(yoga, POLL)).json)).toBe(expected); // cached
        const { input, extractor } = article(round);
        // Committed on a connection the API server does not use; it learns of it only by NOTIFY.
        await ingestArticle(writer.prisma, input, extractor);
        expected += 1;
        // At once, with no wait for the notification.
        expect(totalOf((await post(yoga, POLL)).json)).toBe(expected);
      }
      // Deleting is a commit too.
      const [newest] = await use().withSession((s) =>
        s.query<{ id: number }>("SELECT max(id) AS id FROM article"),
      );
      await deleteArticle(writer.prisma, newest!.id);
      expect(totalOf((await post(yoga, POLL)).json)).toBe(expected - 1);
    } finally {
      if (writer !== use()) await writer.close();
      await yoga.dispose();
    }
  });

  test("a read after an ingest through this server's mutation is fresh", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith({
      extractor: article(9).extractor,
    });
    const before = totalOf((await post(yoga, POLL)).json);
    const ingested = await post(
      yoga,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`,
      { input: article(9).input },
    );
    expect(ingested.json.data.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");
    expect(totalOf((await post(yoga, POLL)).json)).toBe(before + 1);
    await yoga.dispose();
  });

  test("rate limits and cost limits still apply to answers the cache holds", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith({
      rateLimits: {
        readsPerSecond: 0.001,
        readBurst: 3,
        writesPerSecond: 0,
        writeBurst: 0,
        maxSubscriptionsPerClient: 0,
        maxSubscriptions: 0,
      },
      limits: { ...DEFAULT_LIMITS, maxCost: 200 },
    });
    const paged = `query($n: Int) { events(first: $n) { edges { node { summary
      participants { entity { name } } } } } }`;
    expect((await post(yoga, paged, { n: 2 }, "10.0.0.1")).json.errors).toBeUndefined();
    // Same document, a page size over the cost limit: refused, not served the cached page.
    const costly = await post(yoga, paged, { n: 100 }, "10.0.0.1");
    expect(costly.json.errors[0].extensions.code).toBe("QUERY_LIMIT_EXCEEDED");
    expect((await post(yoga, paged, { n: 2 }, "10.0.0.1")).status).toBe(200);
    // The client's budget is spent: a cached answer is refused like any other.
    const limited = await post(yoga, paged, { n: 2 }, "10.0.0.1");
    expect(limited.status).toBe(429);
    expect(limited.json.errors[0].extensions.code).toBe("RATE_LIMITED");
    await yoga.dispose();
  });

  test("GET answers carry an ETag and Cache-Control: no-cache; If-None-Match gets 304 until a change", async () => {
    await seedNewsGraph(use());
    const yoga = yogaWith();
    const url = `http://localhost/graphql?query=${encodeURIComponent(POLL)}`;
    const get = (headers: Record<string, string> = {}) =>
      yoga.fetch(
        url,
        { headers: { accept: "application/json", "x-graphql-yoga-csrf": "1", ...headers } },
        { clientAddress: "127.0.0.1" },
      );
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const before = totalOf(await first.json());
    const revalidated = await get({ "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");

    const { input, extractor } = article(7);
    await ingestArticle(use().prisma, input, extractor);
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(totalOf(await changed.json())).toBe(before + 1);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await yoga.dispose();
  });
});

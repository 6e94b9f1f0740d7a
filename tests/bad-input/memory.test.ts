import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, expect, test } from "vitest";
import { DEFAULT_LIMITS, type Limits } from "../../src/config.js";
import type { Database } from "../../src/db/client.js";
import { loadSeeds } from "../../src/ingest/seed.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend } from "../setup/backends.js";
import { CRASH_QUERY, CRASH_QUERY_ALIASED } from "./cases.js";

/** Generous bounds: the machine is shared; a refusal takes milliseconds. */
const ANSWER_WITHIN_MS = 10_000;
const RSS_GROWTH_BOUND = 200 * 1024 * 1024;
const ROUNDS = 30;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(db: Database, limits: Partial<Limits> = {}, compiledReads = true) {
  const yoga = createNewsgraphYoga({
    db,
    logger: pino({ level: "silent" }),
    limits: { ...DEFAULT_LIMITS, ...limits },
    compiledReads,
  });
  const server = createServer(yoga);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
  };
  const health = async () =>
    (await fetch(`${base}/health`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) })).status;
  return { post, health };
}

describeEachBackend("hostile reads do not exhaust the server", (use) => {
  test("the crash query and its 15-alias form are refused every time, RSS stays bounded, /health answers", async () => {
    const db = use();
    await loadSeeds(db.prisma);
    const { post, health } = await serve(db);
    // Warm-up: the first requests allocate what any server keeps (schema caches, plans).
    await post(CRASH_QUERY);
    await post(CRASH_QUERY_ALIASED);
    const before = process.memoryUsage().rss;
    let peak = before;
    for (let round = 0; round < ROUNDS; round++) {
      const [single, aliased, alive] = await Promise.all([
        post(CRASH_QUERY),
        post(CRASH_QUERY_ALIASED),
        health(),
      ]);
      expect(single.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
      expect(aliased.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
      expect(single.data).toBeUndefined();
      expect(alive).toBe(200);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(peak - before).toBeLessThan(RSS_GROWTH_BOUND);
    // The server still answers real queries.
    const real = await post("{ articles(first: 2) { totalCount edges { node { title } } } }");
    expect(real.errors).toBeUndefined();
  }, 180_000);

  test("a response over the size budget is refused through the resolvers and the compiled path", async () => {
    const db = use();
    await loadSeeds(db.prisma);
    const maxResponseBytes = 20_000;
    for (const compiledReads of [true, false]) {
      const { post } = await serve(db, { maxResponseBytes }, compiledReads);
      const articles = await post("{ articles(first: 20) { edges { node { title text } } } }");
      expect(articles.errors?.[0]?.extensions).toMatchObject({
        code: "QUERY_LIMIT_EXCEEDED",
        maxBytes: maxResponseBytes,
      });
      expect(articles.data ?? null).toBeNull();
      // Compiled when allowed: events with their articles' text.
      const events = await post(
        "{ events(first: 30) { edges { node { summary articles { text } } } } }",
      );
      expect(events.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
      const { data } = (await post("{ articles(first: 1) { edges { node { id } } } }")) as {
        data: { articles: { edges: { node: { id: string } }[] } };
      };
      const id = data.articles.edges[0]!.node.id;
      const copies = await post(
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { text } } }",
        {
          ids: Array.from({ length: 100 }, () => id),
        },
      );
      expect(copies.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
      const small = await post("{ events(first: 3) { edges { node { summary } } } }");
      expect(small.errors).toBeUndefined();
    }
  }, 180_000);

  test("a query past its time budget issues no further statement and gets QUERY_TIMEOUT", async () => {
    const db = use();
    await loadSeeds(db.prisma);
    // Each statement takes 60 ms of the budget's 50: the second one must not run.
    const slow = () => {
      const until = Date.now() + 60;
      while (Date.now() < until);
    };
    db.sqlListeners.add(slow);
    try {
      const { post } = await serve(db, { statementTimeoutMs: 50 }, false);
      const result = await post(
        "{ articles(first: 3) { totalCount edges { node { title entities { name } events { summary } } } } }",
      );
      expect(result.errors?.map((e) => e.extensions?.code)).toContain("QUERY_TIMEOUT");
      expect(JSON.stringify(result)).not.toMatch(/INTERNAL_SERVER_ERROR/);
    } finally {
      db.sqlListeners.delete(slow);
    }
    const { post } = await serve(db, { statementTimeoutMs: 10_000 }, false);
    const fine = await post("{ articles(first: 3) { totalCount edges { node { title } } } }");
    expect(fine.errors).toBeUndefined();
  }, 180_000);
});

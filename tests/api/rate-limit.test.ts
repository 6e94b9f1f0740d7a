import { request as httpRequest, createServer, type IncomingMessage, type Server } from "node:http";
import pino from "pino";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_RATE_LIMITS, loadConfig, type RateLimits } from "../../src/config.js";
import { clientKey, TokenBuckets } from "../../src/http/token-bucket.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { createEventMatcher } from "../../src/services/event-match.js";
import { eventWhere, type EventCriteria } from "../../src/services/event-filter.js";
import { createNewsgraphYoga } from "../../src/yoga.js";
import { describeEachBackend, recordSql } from "../setup/backends.js";

const OFF: RateLimits = {
  readsPerSecond: 0,
  readBurst: 0,
  writesPerSecond: 0,
  writeBurst: 0,
  maxSubscriptionsPerClient: 0,
  maxSubscriptions: 0,
};

describe("token buckets", () => {
  test("a bucket grants its burst, then tells how long to wait, and refills at its rate", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => buckets.take("a"))).toEqual([0, 0, 0]);
    expect(buckets.take("a")).toBe(1); // half a second to the next token, rounded up
    expect(buckets.take("b")).toBe(0); // another client has its own bucket
    now += 500;
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("a")).toBe(1);
    buckets.refund("a");
    expect(buckets.take("a")).toBe(0);
    const slow = new TokenBuckets({ perSecond: 0.1, burst: 1 }, () => now);
    expect(slow.take("a")).toBe(0);
    expect(slow.take("a")).toBe(10);
  });

  test("a rate of 0 turns the limit off", () => {
    const buckets = new TokenBuckets({ perSecond: 0, burst: 0 });
    for (let i = 0; i < 1_000; i++) expect(buckets.take("a")).toBe(0);
    expect(buckets.size).toBe(0);
  });

  test("memory stays bounded under a flood of distinct clients", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 1, burst: 5 }, () => now, 20_000);
    const started = performance.now();
    for (let i = 0; i < 50_000; i++) {
      buckets.take(`10.0.${i >> 8}.${i & 255}`);
      now += 0.01;
    }
    expect(buckets.size).toBeLessThanOrEqual(20_000);
    // Each new client costs amortized constant time (a sweep per new client took 14 s here).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("IPv6 clients are keyed by their /64, IPv4 and mapped IPv4 by address", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientKey("192.0.2.7")).toBe("192.0.2.7");
    expect(clientKey(null)).toBe("unknown");
  });
});

describeEachBackend("rate limits", (use) => {
  const post = (
    yoga: ReturnType<typeof createNewsgraphYoga>,
    query: string,
    clientAddress = "192.0.2.1",
  ) =>
    yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      },
      { clientAddress },
    );

  test("reads over the budget get HTTP 429 with Retry-After, per client", async () => {
    const yoga = createNewsgraphYoga({
      db: use(),
      logger: pino({ level: "silent" }),
      // Slow refill (one token per 100 s), so a slow machine does not refill during the test.
      rateLimits: { ...OFF, readsPerSecond: 0.01, readBurst: 2 },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(yoga, "{ __typename }")).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await post(yoga, "{ __typename }");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("100");
    expect(await refused.json()).toEqual({
      errors: [
        { message: "too many requests; retry after 100 s", extensions: { code: "RATE_LIMITED" } },
      ],
    });
    // Unparseable documents spend the same budget (refused before parsing).
    expect((await post(yoga, "{ {{{", "192.0.2.3")).status).toBe(200);
    expect((await post(yoga, "{ {{{", "192.0.2.3")).status).toBe(200);
    expect((await post(yoga, "{ {{{", "192.0.2.3")).status).toBe(429);
    // Another client is not affected, and /health never is.
    expect((await post(yoga, "{ __typename }", "192.0.2.2")).status).toBe(200);
    expect(
      (await yoga.fetch("http://localhost/health", {}, { clientAddress: "192.0.2.1" })).status,
    ).toBe(200);
  });

  test("writes have their own budget, apart from reads", async () => {
    const yoga = createNewsgraphYoga({
      db: use(),
      logger: pino({ level: "silent" }),
      rateLimits: {
        ...OFF,
        readsPerSecond: 0.01,
        readBurst: 4,
        writesPerSecond: 0.01,
        writeBurst: 1,
      },
    });
    // Loopback may write without a key.
    const mutation = `mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk5OQ==") { __typename } }`;
    const first = await post(yoga, mutation, "127.0.0.1");
    expect(first.status).toBe(200);
    const second = await post(yoga, mutation, "127.0.0.1");
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("100");
    expect((await second.json()).errors[0].extensions.code).toBe("RATE_LIMITED");
    // The accepted mutation gave its read token back; the refused one keeps it spent
    // (a flood of refused writes is not free). So 4 - 1 reads remain.
    for (let i = 0; i < 3; i++)
      expect((await post(yoga, "{ __typename }", "127.0.0.1")).status).toBe(200);
    expect((await post(yoga, "{ __typename }", "127.0.0.1")).status).toBe(429);
  });
});

/** Opens an SSE subscription from `localAddress` (any 127.x address); resolves on the response head. */
function subscribe(
  url: string,
  query: string,
  localAddress = "127.0.0.1",
): Promise<{ response: IncomingMessage; body: () => Promise<string>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress,
        headers: { accept: "text/event-stream", "content-type": "application/json" },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        const ended = new Promise<string>((done) => {
          response.on("end", () => done(text));
          response.on("close", () => done(text));
        });
        resolve({ response, body: () => ended, close: () => request.destroy() });
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify({ query }));
  });
}

let open: Server | undefined;
afterEach(() => {
  open?.closeAllConnections();
  open?.close();
});

describeEachBackend("subscription caps", (use) => {
  async function serve(rateLimits: RateLimits) {
    const yoga = createNewsgraphYoga({ db: use(), logger: pino({ level: "silent" }), rateLimits });
    const server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    open = server;
    const { port } = server.address() as { port: number };
    return { yoga, url: `http://127.0.0.1:${port}/graphql` };
  }
  const SUBSCRIPTION = "subscription { articleIngested { title } }";

  test("a client may hold a bounded number of open subscriptions; closing one frees its place", async () => {
    const { url } = await serve({ ...OFF, maxSubscriptionsPerClient: 2, maxSubscriptions: 100 });
    const first = await subscribe(url, SUBSCRIPTION);
    const second = await subscribe(url, SUBSCRIPTION);
    expect([first.response.statusCode, second.response.statusCode]).toEqual([200, 200]);
    const third = await subscribe(url, SUBSCRIPTION);
    expect(third.response.statusCode).toBe(429);
    expect(third.response.headers["retry-after"]).toBe("30");
    expect(await third.body()).toContain("RATE_LIMITED");
    // Another client still may subscribe.
    const other = await subscribe(url, SUBSCRIPTION, "127.0.0.2");
    expect(other.response.statusCode).toBe(200);

    first.close();
    let again = await subscribe(url, SUBSCRIPTION);
    for (let tries = 0; again.response.statusCode !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await subscribe(url, SUBSCRIPTION);
    }
    expect(again.response.statusCode).toBe(200);
    for (const each of [second, other, again]) each.close();
  });

  test("the server holds a bounded number of open subscriptions in total", async () => {
    const { url } = await serve({ ...OFF, maxSubscriptionsPerClient: 10, maxSubscriptions: 2 });
    const held = [
      await subscribe(url, SUBSCRIPTION, "127.0.0.2"),
      await subscribe(url, SUBSCRIPTION, "127.0.0.3"),
    ];
    expect(held.map((each) => each.response.statusCode)).toEqual([200, 200]);
    const refused = await subscribe(url, SUBSCRIPTION, "127.0.0.4");
    expect(refused.response.statusCode).toBe(429);
    expect(await refused.body()).toContain("too many open subscriptions");
    // A subscription that fails to start holds no place.
    for (const each of held) each.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const bad = await subscribe(
      url,
      `subscription { eventRecorded(filter: { from: "2020-02-02", to: "2020-01-01" }) { label } }`,
      "127.0.0.5",
    );
    expect(await bad.body()).toContain("filter.from must not be after filter.to");
    const fine = [
      await subscribe(url, SUBSCRIPTION, "127.0.0.6"),
      await subscribe(url, SUBSCRIPTION, "127.0.0.7"),
    ];
    expect(fine.map((each) => each.response.statusCode)).toEqual([200, 200]);
    for (const each of fine) each.close();
  });

  test("RATE_LIMIT_* settings are read and validated; by default subscriptions are capped", () => {
    expect(loadConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS.maxSubscriptionsPerClient).toBeGreaterThan(0);
    expect(DEFAULT_RATE_LIMITS.maxSubscriptions).toBeGreaterThan(0);
    expect(
      loadConfig({ RATE_LIMIT_READS_PER_SECOND: "5", RATE_LIMIT_SUBSCRIPTIONS: "0" }).rateLimits,
    ).toMatchObject({ readsPerSecond: 5, maxSubscriptions: 0 });
    expect(() => loadConfig({ RATE_LIMIT_WRITE_BURST: "-1" })).toThrow(
      /RATE_LIMIT_WRITE_BURST must be a non-negative integer/,
    );
  });
});

describeEachBackend("eventRecorded matching", (use) => {
  test("every subscriber's filter is decided by one statement per event, as eventWhere decides", async () => {
    const db = use();
    const text = [
      "Ministers meet in Vienna",
      "",
      "VIENNA (Reuters) - Austrian Foreign Minister Karin Holt met Czech Foreign Minister Pavel Dvorak in Vienna on Tuesday to discuss border controls, officials said.",
      "Protesters clashed with police in Prague on Monday.",
    ].join("\n");
    await ingestArticle(db.prisma, { text, publishedAt: "2024-05-14" });
    const events = await db.prisma.event.findMany({ select: { id: true, code: true } });
    expect(events.length).toBeGreaterThan(0);
    const [first] = events;
    const criteria: EventCriteria[] = [
      { codes: [first!.code] },
      { codes: ["19"] },
      { from: "2024-05-01" },
      { to: "2000-01-01" },
      { search: "Vienna" },
      { search: "Holt" },
      { search: "nothing like this" },
      { codes: [first!.code], from: "2024-01-01", to: "2024-12-31" },
    ];
    const matcher = createEventMatcher(db.prisma);
    // Thirty subscribers, several per filter, asked together as the bus delivers an event.
    const { result, statements } = await recordSql(db, () =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          matcher.matches(first!.id, criteria[i % criteria.length]!),
        ),
      ),
    );
    expect(statements).toHaveLength(1);
    const expected = await Promise.all(
      criteria.map(
        async (c) =>
          (await db.prisma.event.count({ where: { AND: [{ id: first!.id }, eventWhere(c)] } })) > 0,
      ),
    );
    expect(result).toEqual(Array.from({ length: 30 }, (_, i) => expected[i % criteria.length]));
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    // No filter: no statement at all.
    const unfiltered = await recordSql(db, () => matcher.matches(first!.id, {}));
    expect(unfiltered).toEqual({ result: true, statements: [] });
  });
});

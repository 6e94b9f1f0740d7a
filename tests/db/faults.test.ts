import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, inject, test } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DatabaseUnavailableError, openDatabase } from "../../src/db/client.js";
import { extract } from "../../src/extract/pipeline.js";
import { startNewsgraph, type RunningServer } from "../../src/http/app.js";
import { createLogger } from "../../src/logger.js";
import { startProxy } from "../setup/tcp-proxy.js";

const API_KEY = "faults-test-key-0123456789";

const postgres = inject("postgres");

/** A new database on the test server (empty, or cloned from the migrated template). */
async function createDatabase(kind: "empty" | "migrated") {
  const server = postgres!;
  const name = `newsgraph_fault_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = await openDatabase({ kind: "postgres", url: server.url }, { migrate: false });
  await admin.withSession((s) =>
    s.exec(
      kind === "empty"
        ? `CREATE DATABASE ${name}`
        : `CREATE DATABASE ${name} TEMPLATE ${server.template}`,
    ),
  );
  const target = new URL(server.url);
  return {
    name,
    target: { host: target.hostname, port: Number(target.port || 5432) },
    /** The database's URL with host and port replaced by the proxy's. */
    urlThrough(port: number) {
      const url = new URL(server.url);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async drop() {
      await admin.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    },
  };
}

function configFor(databaseUrl: string, dbStartup: "wait" | "fail" = "wait") {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    DB_STARTUP: dbStartup,
    PORT: "0",
    HOST: "127.0.0.1",
    SEED: "false",
    NEWSGRAPH_API_KEY: API_KEY,
    STATEMENT_TIMEOUT_MS: "10000",
    // Every request here comes from one loopback address at ingest speed; the faults under
    // test are the database's, so the per-client budgets (tests/api/rate-limit.test.ts) are off.
    RATE_LIMIT_READS_PER_SECOND: "0",
    RATE_LIMIT_WRITES_PER_SECOND: "0",
  });
}

interface GraphQLBody {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function graphql(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody;
}

/** Polls `/ready` until it answers `status` (bounded: about 30 s). */
async function waitForReady(port: number, status: number) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(`http://127.0.0.1:${port}/ready`);
    if (response.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`/ready never answered ${status}`);
}

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on MutationIngestArticleSuccess { data { id } }
    ... on Error { code }
  }
}`;

const articleText = (i: number) =>
  `Talks resume in Geneva, round ${i}\n\nGENEVA (Reuters) - Foreign Minister Anna Berg met ` +
  `envoy Karl Stein of Norway on Monday for the ${i}th round of talks, officials said. ` +
  `"We made real progress today," Berg told reporters after the meeting. ` +
  `Stein said the International Red Cross would join the next round in Oslo. Ref ${i}.`;

const logger = createLogger("silent");

describe.runIf(postgres)("database faults on PostgreSQL through a TCP proxy", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  test("DB_STARTUP=fail refuses to start while PostgreSQL is unreachable", async () => {
    const database = await createDatabase("empty");
    cleanups.push(() => database.drop());
    const proxy = await startProxy(database.target);
    cleanups.push(() => proxy.close());
    proxy.cut();
    await expect(
      startNewsgraph(configFor(database.urlThrough(proxy.port), "fail"), logger),
    ).rejects.toThrow(DatabaseUnavailableError);
  });

  test("starts while PostgreSQL is down, reports not ready and DATABASE_UNAVAILABLE, then recovers by itself", async () => {
    const database = await createDatabase("empty");
    cleanups.push(() => database.drop());
    const proxy = await startProxy(database.target);
    cleanups.push(() => proxy.close());
    proxy.cut();

    const running = await startNewsgraph(configFor(database.urlThrough(proxy.port)), logger);
    cleanups.push(() => running.shutdown());
    const health = await fetch(`http://127.0.0.1:${running.port}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${running.port}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "not ready" });
    const read = await graphql(running.port, "{ articles(first: 1) { totalCount } }");
    expect(read.errors).toEqual([
      expect.objectContaining({ extensions: { code: "DATABASE_UNAVAILABLE" } }),
    ]);
    const write = await graphql(running.port, INGEST, { input: { text: articleText(1) } });
    expect(write.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    // Introspection needs no database, so GraphiQL still loads its schema.
    const introspection = await graphql(running.port, "{ __schema { queryType { name } } }");
    expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });

    proxy.restore();
    await waitForReady(running.port, 200);
    expect(running.readiness.migrated).toBe(true);
    const stored = await graphql(running.port, INGEST, { input: { text: articleText(2) } });
    expect(stored.data?.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");
    expect(await graphql(running.port, "{ articles(first: 1) { totalCount } }")).toEqual({
      data: { articles: { totalCount: 1 } },
    });

    // A later outage: not ready again, typed errors, and back once it ends.
    proxy.cut();
    await waitForReady(running.port, 503);
    const during = await graphql(running.port, "{ articles(first: 1) { totalCount } }");
    expect(during.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    proxy.restore();
    await waitForReady(running.port, 200);
    expect(await graphql(running.port, "{ articles(first: 1) { totalCount } }")).toEqual({
      data: { articles: { totalCount: 1 } },
    });
  });

  test("an outage in the middle of ingests loses nothing acknowledged and stores no partial article", async () => {
    const database = await createDatabase("migrated");
    cleanups.push(() => database.drop());
    const proxy = await startProxy(database.target);
    cleanups.push(() => proxy.close());
    const running: RunningServer = await startNewsgraph(
      configFor(database.urlThrough(proxy.port)),
      logger,
    );
    cleanups.push(() => running.shutdown());

    const total = 40;
    const pending = Array.from({ length: total }, (_, i) => i);
    const acknowledged = new Map<number, string>();
    const failureCodes: string[] = [];
    let outageStarted = false;

    const worker = async () => {
      for (let attempts = 0; attempts < 400; attempts++) {
        const i = pending.shift();
        if (i === undefined) return;
        const result = await graphql(running.port, INGEST, {
          input: { text: articleText(i), publishedAt: "2024-03-04" },
        }).catch((): GraphQLBody => ({
          errors: [{ message: "fetch failed", extensions: { code: "FETCH_FAILED" } }],
        }));
        const outcome = result.data?.ingestArticle;
        if (outcome?.__typename === "MutationIngestArticleSuccess") {
          acknowledged.set(i, outcome.data.id);
        } else if (outcome?.code === "DUPLICATE_ARTICLE") {
          // Committed just before the connection dropped; the retry proves it is stored.
          acknowledged.set(i, "retried");
        } else {
          failureCodes.push(String(result.errors?.[0]?.extensions?.code ?? outcome?.code));
          pending.push(i);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        if (!outageStarted && acknowledged.size >= 8) {
          outageStarted = true;
          proxy.cut();
          setTimeout(() => proxy.restore(), 1500);
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));

    // Shutdown waits for every pooled connection: a client leaked by a broken transaction hangs it.
    await running.shutdown();
    expect(acknowledged.size).toBe(total);
    // The outage was felt, and every failure was reported as the database being unavailable.
    expect(failureCodes.length).toBeGreaterThan(0);
    expect(new Set(failureCodes)).toEqual(new Set(["DATABASE_UNAVAILABLE"]));

    const check = await openDatabase(
      { kind: "postgres", url: database.urlThrough(proxy.port) },
      { migrate: false },
    );
    try {
      const articles = await check.prisma.article.findMany({
        select: { id: true, text: true, _count: { select: { mentions: true, quotes: true } } },
      });
      expect(articles).toHaveLength(total);
      expect(new Set(articles.map((a) => a.text)).size).toBe(total);
      for (const article of articles) {
        const extraction = extract(article.text, { publishedAt: "2024-03-04" });
        const expectedMentions = extraction.mentions.filter((m) => m.entityId != null).length;
        expect(expectedMentions).toBeGreaterThan(0);
        expect(article._count.mentions).toBe(expectedMentions);
        expect(article._count.quotes).toBe(extraction.quotes.length);
      }
      const duplicates = await check.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM (
          SELECT type, key FROM entity GROUP BY type, key HAVING count(*) > 1) d`;
      expect(duplicates[0]!.n).toBe(0);
    } finally {
      await check.close();
    }
  });
});

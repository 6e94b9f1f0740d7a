import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, inject, test } from "vitest";
import { ConfigError, DEFAULT_LIMITS, loadConfig, type Limits } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { GRAPHIQL_TABS } from "../../src/graphiql-tabs.js";
import { schema } from "../../src/graphql/schema.js";
import { LIST_LIMITS } from "../../src/graphql/list-limits.js";
import { ArgumentRangeError, estimateCost } from "../../src/security/cost.js";
import { CRASH_QUERY, CRASH_QUERY_ALIASED } from "../bad-input/cases.js";
import { CSRF_HEADER, createNewsgraphYoga } from "../../src/yoga.js";
import { getNullableType, isListType, isObjectType, parse } from "graphql";
import { describeEachBackend } from "../setup/backends.js";
import { withDatabase } from "../setup/global.js";

const API_KEY = "test-key-0123456789abcdef";

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on MutationIngestArticleSuccess { data { id title } }
  }
}`;

/** A JSON log destination whose lines tests can read. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

function makeClient(
  db: Database,
  options: {
    apiKey?: string | null;
    limits?: Partial<Limits>;
    logger?: pino.Logger;
    compiledReads?: boolean;
  } = {},
) {
  const yoga = createNewsgraphYoga({
    db,
    logger: options.logger ?? pino({ level: "silent" }),
    apiKey: options.apiKey ?? null,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    compiledReads: options.compiledReads,
  });
  const post = (
    body: unknown,
    { clientAddress, headers = {} }: { clientAddress?: string; headers?: Record<string, string> },
  ) =>
    yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify(body),
      },
      clientAddress === undefined ? {} : { clientAddress },
    );
  const request = async (
    query: string,
    variables: Record<string, unknown> = {},
    context: { clientAddress?: string; headers?: Record<string, string> } = {
      clientAddress: "127.0.0.1",
    },
  ) => {
    const response = await post({ query, variables }, context);
    return (await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  };
  return { yoga, post, request };
}

const article = (
  text = `Talks resumed\n\nGENEVA (Reuters) - Envoys met on Monday. ${randomUUID()}`,
) => ({
  input: { text, publishedAt: "2024-03-04" },
});

describeEachBackend("write access", (use) => {
  test("without a key, loopback clients may write and others get UNAUTHENTICATED", async () => {
    const db = use();
    const { request } = makeClient(db);
    for (const clientAddress of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.8.9.10"]) {
      const result = await request(INGEST, article(), { clientAddress });
      expect(result.data?.ingestArticle.__typename, clientAddress).toBe(
        "MutationIngestArticleSuccess",
      );
    }
    expect(await db.prisma.article.count()).toBe(4);
    for (const context of [
      { clientAddress: "10.1.2.3" },
      { clientAddress: "::ffff:192.0.2.7" },
      {},
    ]) {
      const result = await request(INGEST, article(), context);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
      ]);
    }
    expect(await db.prisma.article.count()).toBe(4);
  });

  test("reads stay open to any client", async () => {
    const { request } = makeClient(use(), { apiKey: API_KEY });
    const result = await request(
      "{ articles(first: 5) { totalCount } }",
      {},
      {
        clientAddress: "203.0.113.9",
      },
    );
    expect(result).toEqual({ data: { articles: { totalCount: 0 } } });
  });

  test("with a key, every mutation needs the bearer key, from loopback too", async () => {
    const db = use();
    const { request } = makeClient(db, { apiKey: API_KEY });
    const refused = [
      { clientAddress: "127.0.0.1" },
      { clientAddress: "127.0.0.1", headers: { authorization: `Bearer ${API_KEY}x` } },
      { clientAddress: "127.0.0.1", headers: { authorization: API_KEY } },
      { clientAddress: "127.0.0.1", headers: { authorization: `Basic ${API_KEY}` } },
      { clientAddress: "198.51.100.4", headers: { authorization: "Bearer " } },
    ];
    for (const context of refused) {
      for (const mutation of [
        INGEST,
        `mutation { deleteArticle(id: "QXJ0aWNsZTox") { __typename } }`,
      ]) {
        const result = await request(mutation, article(), context);
        expect(result.errors).toHaveLength(1);
        const [error] = result.errors!;
        expect(error!.extensions).toEqual({ code: "UNAUTHENTICATED" });
        expect(error!.message).not.toMatch(/key|bearer|NEWSGRAPH|loopback/i);
      }
    }
    expect(await db.prisma.article.count()).toBe(0);
    for (const scheme of ["Bearer", "bearer"]) {
      const accepted = await request(INGEST, article(), {
        clientAddress: "198.51.100.4",
        headers: { authorization: `${scheme} ${API_KEY}` },
      });
      expect(accepted.data?.ingestArticle.__typename).toBe("MutationIngestArticleSuccess");
    }
    expect(await db.prisma.article.count()).toBe(2);
  });

  test("a document mixing a query and a mutation cannot slip the mutation through", async () => {
    const { post } = makeClient(use());
    const response = await post(
      {
        query: `query Read { articles { totalCount } } mutation Write { deleteArticle(id: "x") { __typename } }`,
        operationName: "Write",
      },
      { clientAddress: "192.0.2.1" },
    );
    const body = (await response.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: "UNAUTHENTICATED" });
  });
});

describeEachBackend("query limits", (use) => {
  test("depth, aliases, directives and tokens over their limits are refused before execution", async () => {
    const { request } = makeClient(use(), {
      limits: { maxDepth: 6, maxAliases: 3, maxDirectives: 2, maxTokens: 200 },
    });
    const deep = await request(
      `{ events(first: 1) { edges { node { participants { entity { events(first: 1) { edges { node { id } } } } } } } } }`,
    );
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 6 exceeded/i);
    const aliases = await request(
      `{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } d: articles { totalCount } }`,
    );
    expect(aliases.errors?.[0]?.message).toMatch(/aliases limit of 3 exceeded/i);
    const directives = await request(
      `{ articles @skip(if: false) @skip(if: false) @skip(if: false) { totalCount } }`,
    );
    expect(directives.errors?.[0]?.message).toMatch(/directives limit of 2 exceeded/i);
    const tokens = await request(`{ articles { ${"totalCount ".repeat(300)} } }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token limit of 200 exceeded/i);
    for (const result of [deep, aliases, directives, tokens]) expect(result.data).toBeUndefined();
  });

  test("cost counts page sizes: nested large pages are refused, the same shape with small pages runs", async () => {
    const { request } = makeClient(use(), { limits: { maxCost: 5000 } });
    const nested = (outer: number, inner: number) =>
      `{ entities(first: ${outer}) { edges { node { name quotes(first: ${inner}) { edges { node { text } } } } } } }`;
    const big = await request(nested(100, 100));
    expect(big.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "QUERY_LIMIT_EXCEEDED", maxCost: 5000 }),
      }),
    ]);
    expect(big.data).toBeUndefined();
    const viaVariables = await request(
      `query($n: Int!) { entities(first: $n) { edges { node { quotes(first: $n) { edges { node { text } } } } } } }`,
      { n: 100 },
    );
    expect(viaVariables.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
    // A document's verdict is kept per variables: the same text with small pages runs, and
    // asked again with large ones it is refused again.
    const byVariables = `query($n: Int!) { entities(first: $n) { edges { node { quotes(first: $n) { edges { node { text } } } } } } }`;
    expect((await request(byVariables, { n: 10 })).errors).toBeUndefined();
    expect((await request(byVariables, { n: 100 })).errors?.[0]?.extensions?.code).toBe(
      "QUERY_LIMIT_EXCEEDED",
    );
    expect((await request(byVariables, { n: 10 })).errors).toBeUndefined();
    const small = await request(nested(10, 10));
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ entities: { edges: [] } });
  });

  test("the example queries GraphiQL opens with fit the default limits", async () => {
    const { request } = makeClient(use());
    for (const tab of GRAPHIQL_TABS) {
      const cost = estimateCost(schema, parse(tab.query));
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      const result = await request(tab.query);
      expect(result.errors, tab.query.split("\n")[0]).toBeUndefined();
    }
  });

  test("a body over the size limit gets HTTP 413 whether or not it declares its length", async () => {
    const db = use();
    const { yoga, post } = makeClient(db, { limits: { maxBodyBytes: 10_000 } });
    const declared = await post(article("x".repeat(20_000)), { clientAddress: "127.0.0.1" });
    expect(declared.status).toBe(413);
    const payload = new TextEncoder().encode(
      JSON.stringify({ query: INGEST, variables: article("y".repeat(20_000)) }),
    );
    const streamed = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < payload.length; i += 1000)
              controller.enqueue(payload.slice(i, i + 1000));
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit,
      { clientAddress: "127.0.0.1" },
    );
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: "PAYLOAD_TOO_LARGE" } })],
    });
    expect(await db.prisma.article.count()).toBe(0);
    const small = await post(
      { query: INGEST, variables: article() },
      { clientAddress: "127.0.0.1" },
    );
    expect(small.status).toBe(200);
    expect(await db.prisma.article.count()).toBe(1);
  });

  test("CSRF prevention: simple requests need the header, JSON POSTs and GraphiQL work", async () => {
    const { yoga } = makeClient(use());
    const url = "http://localhost/graphql?query=%7Barticles%7BtotalCount%7D%7D";
    const bare = await yoga.fetch(url, { headers: { accept: "application/json" } });
    expect(bare.status).toBe(403);
    const withHeader = await yoga.fetch(url, {
      headers: { accept: "application/json", [CSRF_HEADER]: "1" },
    });
    expect(await withHeader.json()).toEqual({ data: { articles: { totalCount: 0 } } });
    const form = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(form.status).toBe(403);
    const graphiql = await yoga.fetch("http://localhost/graphql", {
      headers: { accept: "text/html" },
    });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/<title>newsgraph<\/title>/);
  });

  test("an unexpected error is masked for the client and logged with its error id and request id", async () => {
    const real = use();
    const { logger, lines } = capturedLogger();
    const failing = new Proxy(real.prisma, {
      get(target, prop, receiver) {
        if (prop === "article") {
          const fail = () => Promise.reject(new Error("secret internal detail"));
          return { findMany: fail, count: fail, findUnique: fail, findFirst: fail };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    // The resolvers' path: the compiled one reads through db.query, not Prisma.
    const { post } = makeClient({ ...real, prisma: failing }, { logger, compiledReads: false });
    const response = await post(
      { query: "{ articles(first: 1) { totalCount } }" },
      { clientAddress: "127.0.0.1", headers: { "x-request-id": "req-42" } },
    );
    expect(response.headers.get("x-request-id")).toBe("req-42");
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; errorId: string } }[];
    };
    expect(body.errors[0]!.message).toBe("Unexpected error.");
    expect(JSON.stringify(body)).not.toContain("secret");
    const { errorId } = body.errors[0]!.extensions;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.find((line) => line.errorId === errorId);
    expect((logged?.err as { message: string }).message).toBe("secret internal detail");
    expect(lines).toContainEqual(
      expect.objectContaining({ requestId: "req-42", errorIds: [errorId] }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ requestId: "req-42", path: "/graphql", status: 200 }),
    );
  });
});

test.runIf(inject("postgres"))(
  "PostgreSQL cancels a statement that runs past the configured statement timeout",
  async () => {
    const server = inject("postgres")!;
    const name = `newsgraph_timeout_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = await openDatabase({ kind: "postgres", url: server.url }, { migrate: false });
    await admin.withSession((s) => s.exec(`CREATE DATABASE ${name} TEMPLATE ${server.template}`));
    const db = await openDatabase(
      { kind: "postgres", url: withDatabase(server.url, name) },
      { migrate: false, statementTimeoutMs: 300 },
    );
    try {
      const { request } = makeClient(db);
      // Another session holds a lock the query must wait for, so only the timeout ends it.
      await db.withSession(async (locker) => {
        await locker.exec("BEGIN; LOCK TABLE article, event IN ACCESS EXCLUSIVE MODE");
        try {
          const blocked = await request("{ articles(first: 1) { totalCount } }");
          expect(blocked.errors?.[0]?.extensions).toEqual({ code: "QUERY_TIMEOUT" });
          // The compiled read path's one statement is bounded the same way.
          const compiled = await request("{ events(first: 1) { totalCount } }");
          expect(compiled.errors?.[0]?.extensions).toEqual({ code: "QUERY_TIMEOUT" });
        } finally {
          await locker.exec("ROLLBACK");
        }
      });
      const after = await request("{ articles(first: 1) { totalCount } }");
      expect(after).toEqual({ data: { articles: { totalCount: 0 } } });
    } finally {
      await db.close();
      await admin.withSession((s) => s.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    }
  },
);

describe("security settings", () => {
  test("limits, key and start-up mode are read from the environment and validated", () => {
    const config = loadConfig({
      NEWSGRAPH_API_KEY: API_KEY,
      MAX_QUERY_DEPTH: "8",
      MAX_QUERY_COST: "500",
      MAX_BODY_BYTES: "4096",
      STATEMENT_TIMEOUT_MS: "0",
      DB_STARTUP: "WAIT",
    });
    expect(config.apiKey).toBe(API_KEY);
    expect(config.dbStartup).toBe("wait");
    expect(config.limits).toEqual({
      ...DEFAULT_LIMITS,
      maxDepth: 8,
      maxCost: 500,
      maxBodyBytes: 4096,
      statementTimeoutMs: 0,
    });
    expect(loadConfig({}).apiKey).toBeNull();
    expect(() => loadConfig({ NEWSGRAPH_API_KEY: "short" })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_QUERY_COST: "-1" })).toThrow(/MAX_QUERY_COST/);
    expect(() => loadConfig({ MAX_QUERY_DEPTH: "ten" })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => loadConfig({ DB_STARTUP: "maybe" })).toThrow(/DB_STARTUP/);
  });

  test("cost multiplies by page sizes, defaults connections to 20, and counts fields as they execute", () => {
    const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
      estimateCost(schema, parse(query), operationName, variables);
    expect(cost("{ articles(first: 10) { totalCount } }")).toBe(1 + 10 * 1);
    expect(cost("{ articles { totalCount } }")).toBe(1 + 20 * 1);
    expect(cost("query($n: Int) { articles(first: $n) { totalCount } }", { n: 50 })).toBe(51);
    // A variable's default counts as the value it stands for.
    expect(cost("query($n: Int = 100) { articles(first: $n) { totalCount } }")).toBe(101);
    expect(cost("{ __schema { types { name } } }")).toBe(0);
    // Fields merge by response key and fragments apply once, as GraphQL executes them.
    const bomb = [
      "query { ...F20 }",
      "fragment F0 on Query { articles(first: 1) { totalCount } }",
      ...Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
    ].join("\n");
    expect(cost(bomb)).toBe(1 + 1 * 1);
    // @skip and the operation chosen count: only what runs is costed.
    expect(cost("{ articles(first: 5) @skip(if: true) { totalCount } }")).toBe(0);
    expect(
      cost(
        "query A { articles(first: 1) { totalCount } } query B { quotes(first: 9) { totalCount } }",
        {},
        "B",
      ),
    ).toBe(10);
  });

  test("a list without first costs its declared maximum, lists of scalars one per value", () => {
    const cost = (query: string) => estimateCost(schema, parse(query));
    const { eventArticles, aliases } = LIST_LIMITS;
    expect(cost("{ events(first: 2) { edges { node { articles { title } } } } }")).toBe(
      1 + 2 * (1 + 1 + (1 + eventArticles * 1)),
    );
    expect(cost("{ entities(first: 3) { edges { node { aliases } } } }")).toBe(
      1 + 3 * (1 + 1 + (1 + aliases)),
    );
    // The query that once exhausted the server is now refused by orders of magnitude.
    expect(cost(CRASH_QUERY)).toBeGreaterThan(1e6 * DEFAULT_LIMITS.maxCost);
    expect(cost(CRASH_QUERY_ALIASED)).toBe(15 * cost(CRASH_QUERY)!);
  });

  test("page sizes out of range and nodes(ids:) past 100 are refused before execution", () => {
    const cost = (query: string, variables?: Record<string, unknown>) =>
      estimateCost(schema, parse(query), null, variables);
    for (const [query, variables] of [
      ["{ articles(first: -1) { totalCount } }", undefined],
      ["{ articles(last: 101) { totalCount } }", undefined],
      ["query($f: Int = -5) { quotes(first: $f) { totalCount } }", undefined],
      [
        "query($f: Int) { entities { edges { node { quotes(first: $f) { totalCount } } } } }",
        { f: 1000 },
      ],
      ["{ topEntities(first: 0) { eventCount } }", undefined],
      ["{ entityNetwork(first: 101) { nodes { weight } } }", undefined],
      [
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        { ids: Array.from({ length: 101 }, (_, i) => String(i)) },
      ],
    ] as const) {
      expect(() => cost(query, variables), query).toThrow(ArgumentRangeError);
    }
    expect(cost("{ articles(first: 0) { totalCount } }")).toBe(1);
  });

  test("every list field is paged or declares the most items it returns", () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      const isConnection = "pageInfo" in type.getFields();
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const paged = field.args.some((a) => a.name === "first");
        const declared = typeof field.extensions.maxItems === "number";
        const byIds = field.args.some((a) => a.name === "ids");
        if (!paged && !declared && !byIds && !isConnection) {
          unbounded.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });
});

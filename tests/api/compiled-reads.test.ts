import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, describe, expect, test } from "vitest";
import { prismaCursor } from "../../src/graphql/compiled/fields.js";
import { GRAPHIQL_TABS } from "../../src/graphiql-tabs.js";
import { compileRead } from "../../src/graphql/compiled/read.js";
import { schema } from "../../src/graphql/schema.js";
import { readFileSync } from "node:fs";
import { getOperationAST, parse } from "graphql";
import pino from "pino";
import { createNewsgraphYoga } from "../../src/yoga.js";
import type { Database } from "../../src/db/client.js";
import { createTestDatabase, recordSql, testBackends } from "../setup/backends.js";
import { testClient, type GraphQLResponse } from "./client.js";
import { seedGraph } from "./compiled-schema.js";

/**
 * The compiled read path must answer exactly what the resolvers answer. Every
 * document here runs both ways over the seed articles plus a few undated
 * events, and the responses must be deep-equal, key order included.
 */

const EVENT_FIELDS = `__typename id type code label trigger summary date datePrecision confidence
  articleCount sourceCount firstReportedAt lastReportedAt
  location { __typename id name type description aliases mentionCount }
  participants { __typename role entity { id name type } event { id label } }
  articles { __typename id title subtitle source url authors datelinePlace publishedAt ingestedAt extractorVersion }`;

/** Documents the compiled path covers, with their variables. */
const COVERED: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "the dashboard (50 events, participants, 3 quotes each, day timeline)": {
    query: `{ events(first: 50) { edges { node { id label date datePrecision location { name }
      participants { role entity { id name type } }
      quotes(first: 3) { edges { node { text speaker { name } } } } } } }
      eventTimeline(interval: DAY) { bucket total byType { type count } } }`,
  },
  "every covered event field, oldest first": {
    query: `{ events(first: 100, orderBy: DATE_ASC) { __typename totalCount
      pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      edges { __typename cursor node { ${EVENT_FIELDS} } } } }`,
  },
  "quotes about each event with every covered quote field and paging": {
    query: `{ events(first: 30) { edges { node { id quotes(first: 2) { __typename totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { __typename cursor node { __typename id text verb confidence
        speaker { id name aliases } article { id title body text } } } } } } } }`,
  },
  "aliases, fragments, inline fragments, directives and variables": {
    query: `query Q($first: Int!, $withQuotes: Boolean!, $skipPlace: Boolean = true) {
      latest: events(first: $first) { total: totalCount edges { node { ...EventBits
        where: location @skip(if: $skipPlace) { name }
        ... on Event { kind: type who: participants { entity { ...Named } } }
        ... @include(if: $withQuotes) { quotes(first: 1) { edges { node { text } } } } } } }
      oldest: events(first: 3, orderBy: DATE_ASC) { edges { node { ...EventBits } } }
      __typename }
    fragment EventBits on Event { id label node: summary }
    fragment Named on Node { id ... on Entity { name } }`,
    variables: { first: 12, withQuotes: true },
  },
  "aliases named like Object.prototype's members, an object under __proto__ too": {
    query: `{ __proto__: __typename constructor: __typename
      events(first: 2) { __proto__: totalCount toString: totalCount
        pageInfo { __proto__: hasNextPage }
        edges { __proto__: cursor node { __proto__: id hasOwnProperty: label
          __proto__: id location { __proto__: name } } }
        valueOf: edges { __proto__: node { ...__proto__ } } } }
      fragment __proto__ on Event { id constructor: label }`,
  },
  "filters: types, dates, participants, search": {
    query: `query($types: [CameoRoot!], $from: Date, $to: Date, $search: String) {
      events(first: 40, filter: { types: $types, from: $from, to: $to, search: $search }) {
        totalCount edges { node { id label date summary } } }
      eventTimeline(interval: WEEK, filter: { types: $types, from: $from, to: $to }) {
        bucket total byType { type code label count } }
      eventTypeBreakdown(filter: { from: $from, to: $to }) { type code label count } }`,
    variables: { types: ["CONSULT", "FIGHT", "ASSAULT"], from: "2017-04-01", to: "2017-04-30" },
  },
  "text search over triggers, summaries and participant names": {
    query: `query($search: String) { events(first: 25, filter: { search: $search }) {
      totalCount edges { node { id summary } } } }`,
    variables: { search: "tillerson" },
  },
  "month timeline and the whole type breakdown": {
    query: `{ eventTimeline(interval: MONTH) { __typename bucket total byType { __typename type label count } }
      eventTypeBreakdown { type code label count } }`,
  },
  "who said what: quotes with speaker, article and the events they speak about": {
    query: `{ quotes(first: 60) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id text verb confidence speaker { name type } article { title }
        events { id label date } } } } }`,
  },
  "quotes found by full-text search": {
    query: `query($q: String) { quotes(first: 20, filter: { search: $q }) { totalCount edges { node { text } } } }`,
    variables: { q: "sanctions OR weapons" },
  },
  "participants' own quotes and events, by role, with child cursors": {
    query: `{ events(first: 12) { edges { node { participants { entity { name
      quotes(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { text } } }
      asActor: events(first: 3, role: ACTOR) { totalCount edges { cursor node { id label } } }
      events { totalCount } } } } } } }`,
  },
  "who met whom and who was busiest": {
    query: `{ entityNetwork(first: 12) { __typename
        nodes { __typename weight entity { id name type aliases } }
        edges { sharedEvents source { name } target { name mentionCount } } }
      people: entityNetwork(entityType: PERSON, minShared: 2, first: 8) { edges { sharedEvents source { id } target { id } } nodes { weight } }
      topEntities(first: 7) { __typename eventCount quoteCount entity { name type } }
      topPeople: topEntities(type: PERSON, first: 3, filter: { types: [CONSULT] }) { entity { id } eventCount } }`,
  },
  "events ordered by article count, and the page after": {
    query: `{ events(first: 5, orderBy: ARTICLE_COUNT_DESC) { totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id articleCount } } }
      next: events(first: 4, orderBy: ARTICLE_COUNT_DESC, after: "R1BDOk46MTM=", filter: { types: [CONSULT] }) {
        pageInfo { hasNextPage hasPreviousPage } edges { node { id label articleCount } } } }`,
  },
  "entities by every filter and order": {
    query: `{ busiest: entities(first: 10) { totalCount edges { cursor node { id name type mentionCount } } }
      byName: entities(first: 7, orderBy: NAME_ASC) { pageInfo { hasNextPage endCursor } edges { node { name } } }
      people: entities(first: 5, filter: { type: PERSON }) { totalCount edges { node { name aliases } } }
      found: entities(filter: { search: "till" }) { totalCount edges { node { name } } }
      placesByName: entities(first: 3, orderBy: NAME_ASC, filter: { type: LOCATION, search: "mos" }) {
        totalCount edges { node { name mentions(first: 2) { totalCount edges { node { text start end } } } } } } }`,
  },
  "evidence of reports, quotes and mentions (a text with a character beyond the BMP too)": {
    query: `{ events(first: 100) { edges { node { reports { confidence
        evidence { start end sentenceIndex text sentence article { id } } } } } }
      quotes(first: 5) { edges { node { evidence { text sentence } } } }
      entities(first: 100, filter: { search: "envoy" }) { edges { node { name
        mentions(first: 3) { edges { node { text evidence { start end text sentence } } } } } } } }`,
  },
  "articles: every filter, search, and each article's entities, events, mentions and quotes": {
    query: `query($mentionsAfter: String) {
      latest: articles(first: 6) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id title publishedAt source
          entities { id name } events { label participants { role entity { name } } }
          mentions(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { text start } } }
          later: mentions(first: 2, after: $mentionsAfter) { pageInfo { hasNextPage hasPreviousPage }
            edges { node { id start } } }
          quotes(last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { text } } } } } }
      searched: articles(filter: { search: "tillerson OR sanctions" }) { totalCount edges { node { title } } }
      bySource: articles(first: 3, filter: { source: "reuters", from: "2017-01-01", to: "2030-01-01" }) {
        totalCount edges { node { title source } } }
      mentioning: articles(first: 4, filter: { entityId: "RW50aXR5OjE=" }) { totalCount edges { node { id } } }
      oldest: articles(last: 3) { pageInfo { hasNextPage hasPreviousPage } edges { node { id publishedAt } } }
      next: articles(first: 2, after: "${prismaCursor(3)}") { pageInfo { hasPreviousPage } edges { node { id } } } }`,
    variables: { mentionsAfter: prismaCursor(4) },
  },
  "node and nodes by global ID, of every node type, a missing one null": {
    query: `query($ids: [ID!]!, $entity: ID!) {
      node(id: $entity) { __typename id ... on Entity { name events(first: 2) { totalCount } } }
      nodes(ids: $ids) { __typename id
        ... on Article { title } ... on Event { label } ... on Quote { text speaker { name } }
        ... on Mention { text entity { name } } ... on Entity { name } } }`,
    variables: {
      entity: encodeGlobalID("Entity", 2),
      ids: [
        ...["Article", "Entity", "Event", "Quote", "Mention"].map((t) => encodeGlobalID(t, 3)),
        encodeGlobalID("Event", 987654),
      ],
    },
  },
  "backward pages of events, quotes and entities, and entities past a cursor": {
    query: `{ newest: events(last: 4) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id date } } }
      before: events(last: 3, before: "${prismaCursor(13)}", orderBy: DATE_ASC) {
        pageInfo { hasNextPage hasPreviousPage } edges { node { id date } } }
      ranked: events(last: 2, orderBy: ARTICLE_COUNT_DESC) { pageInfo { hasNextPage hasPreviousPage }
        edges { node { id articleCount } } }
      rankedBefore: events(last: 2, before: "${prismaCursor(5)}", orderBy: ARTICLE_COUNT_DESC) {
        edges { node { id } } }
      quotes(last: 3, before: "${prismaCursor(5)}") { totalCount pageInfo { hasNextPage hasPreviousPage }
        edges { node { id } } }
      fewest: entities(last: 3) { pageInfo { hasNextPage hasPreviousPage } edges { node { name mentionCount } } }
      after: entities(first: 3, after: "${prismaCursor(3)}") { pageInfo { hasPreviousPage } edges { node { id } } }
      beforeByName: entities(last: 2, before: "${prismaCursor(9)}", orderBy: NAME_ASC) { edges { node { name } } }
      afterByName: entities(first: 2, after: "${prismaCursor(9)}", orderBy: NAME_ASC,
        filter: { type: PERSON }) { edges { node { name } } } }`,
  },
  "an empty page and a connection asked only for its count": {
    query: `{ none: events(first: 0) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }
      counted: events { totalCount } }`,
  },
};

/** Documents outside the compiled path: the resolvers answer them, errors included. */
const NOT_COVERED: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "a field it does not cover (an ingest job's state)": {
    query: `{ ingestJob(id: "SW5nZXN0Sm9iOjE=") { state } }`,
  },
  "a page larger than 100": { query: `{ events(first: 101) { totalCount } }` },
  "an ID of the wrong type in a filter": {
    query: `query($id: ID!) { events(first: 5, filter: { entityIds: [$id] }) { totalCount } }`,
    variables: { id: "RXZlbnQ6MQ==" },
  },
  "a malformed cursor": { query: `{ events(first: 5, after: "nonsense") { totalCount } }` },
  "a page both forward and before a cursor": {
    query: `{ events(first: 5, before: "${prismaCursor(3)}") { edges { node { id } } } }`,
  },
  "quotes paged backward": {
    query: `{ events(first: 2) { edges { node { quotes(last: 1) { totalCount } } } } }`,
  },
  "a date that is not one": {
    query: `{ events(first: 5, filter: { from: "2017-02-30" }) { totalCount } }`,
  },
  "a ranked list longer than 100": { query: `{ topEntities(first: 101) { eventCount } }` },
  "a global ID of no node type": { query: `{ node(id: "UGxhbmV0OjE=") { id } }` },
};

/** A PGlite database with seedGraph loaded, for the describe block that calls this. */
function seededPGlite(): () => Database {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await seedGraph(db);
    return () => db.close();
  }, 120_000);
  return () => db;
}

for (const kind of testBackends()) {
  describe(`compiled reads answer as the resolvers do [${kind}]`, () => {
    let db: Database;
    let compiled: ReturnType<typeof testClient>;
    let resolvers: ReturnType<typeof testClient>;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
      await seedGraph(db);
      compiled = testClient(db);
      resolvers = testClient(db, { compiledReads: false });
      return () => db.close();
    }, 120_000);

    for (const [name, { query, variables }] of Object.entries(COVERED)) {
      test(`${name}: one statement, the same response`, async () => {
        const fast = await recordSql(db, () => compiled.request(query, variables));
        const slow = await recordSql(db, () => resolvers.request(query, variables));
        expect(fast.result.errors).toBeUndefined();
        expect(fast.statements).toHaveLength(1);
        expect(slow.statements.length).toBeGreaterThan(1);
        expect(JSON.stringify(fast.result)).toBe(JSON.stringify(slow.result));
      });
    }

    for (const [name, { query, variables }] of Object.entries(NOT_COVERED)) {
      test(`${name}: runs through the resolvers`, async () => {
        const fast = await compiled.request(query, variables);
        const slow = await resolvers.request(query, variables);
        expect(fast).toEqual(slow);
      });
    }

    test("every GraphiQL tab and README example query: one statement, as the resolvers answer", async () => {
      // The README's quotes example takes its IDs from two other queries, as it says.
      const tillerson = await resolvers.request(
        `{ entities(filter: { search: "Rex Tillerson" }) { edges { node { id } } } }`,
      );
      const talks = await resolvers.request(`{ events(first: 1, orderBy: ARTICLE_COUNT_DESC,
        filter: { search: "Tillerson", types: [CONSULT], from: "2017-04-11", to: "2017-04-12" }) {
        edges { node { id } } } }`);
      const variables = {
        speaker: tillerson.data.entities.edges[0].node.id,
        event: talks.data.events.edges[0].node.id,
      };
      const documents = [...GRAPHIQL_TABS.map((tab) => tab.query), ...readmeQueries()];
      expect(documents.length).toBeGreaterThan(GRAPHIQL_TABS.length + 4);
      for (const query of documents) {
        const fast = await recordSql(db, () => compiled.request(query, variables));
        const slow = await resolvers.request(query, variables);
        expect(fast.result.errors, query).toBeUndefined();
        expect(fast.statements, query).toHaveLength(1);
        expect(JSON.stringify(fast.result), query).toBe(JSON.stringify(slow));
      }
    });

    test("paging through every event with cursors gives the same pages, undated last", async () => {
      const page = `query($after: String, $order: EventOrder) {
        events(first: 7, after: $after, orderBy: $order) {
          pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id date } } } }`;
      for (const order of ["DATE_DESC", "DATE_ASC"]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const variables: Record<string, unknown> = { after, order };
          const fast: { result: GraphQLResponse<any>; statements: string[] } = await recordSql(
            db,
            () => compiled.request(page, variables),
          );
          const slow = await resolvers.request(page, variables);
          expect(fast.statements).toHaveLength(1);
          expect(fast.result).toEqual(slow);
          const events: any = fast.result.data.events;
          seen.push(...events.edges.map((e: any) => e.node.id));
          if (!events.pageInfo.hasNextPage) {
            expect(events.edges.at(-1)?.node.date ?? null).toBeNull();
            break;
          }
          after = events.pageInfo.endCursor;
        }
        const total = (await compiled.request(`{ events { totalCount } }`)).data.events.totalCount;
        expect(seen).toHaveLength(total);
        expect(new Set(seen).size).toBe(total);
      }
    });

    test("quotes filtered by event, speaker, article and mentioned entity, and paged", async () => {
      const picked = await compiled.request(`{ quotes(first: 100) { edges { node { id
        speaker { id } article { id } events { id } } } } }`);
      const nodes = picked.data.quotes.edges.map((e: any) => e.node);
      const withEvent = nodes.find((q: any) => q.events.length > 0 && q.speaker);
      expect(withEvent).toBeDefined();
      const filters = [
        { eventId: withEvent.events[0].id },
        { speakerId: withEvent.speaker.id },
        { articleId: withEvent.article.id },
        { mentionsEntityId: withEvent.speaker.id },
        { speakerId: withEvent.speaker.id, search: "the" },
      ];
      const query = `query($filter: QuoteFilter, $after: String) {
        quotes(first: 3, filter: $filter, after: $after) { totalCount
          pageInfo { hasNextPage endCursor } edges { node { id text } } } }`;
      for (const filter of filters) {
        let after: string | null = null;
        for (let page = 0; page < 20; page++) {
          const variables: Record<string, unknown> = { filter, after };
          const fast: { result: GraphQLResponse<any>; statements: string[] } = await recordSql(
            db,
            () => compiled.request(query, variables),
          );
          expect(fast.statements, JSON.stringify(filter)).toHaveLength(1);
          expect(fast.result).toEqual(await resolvers.request(query, variables));
          const { pageInfo } = fast.result.data.quotes;
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
      }
    });

    test("quotes about an event page forward with their cursors", async () => {
      const first = await compiled.request(
        `{ events(first: 100) { edges { node { id quotes(first: 1) { totalCount } } } } }`,
      );
      const busiest = first.data.events.edges
        .map((e: any) => e.node)
        .sort((a: any, b: any) => b.quotes.totalCount - a.quotes.totalCount)[0];
      expect(busiest.quotes.totalCount).toBeGreaterThan(2);
      const eventPage = `query($after: String) { events(first: 100) { edges { node { id
        quotes(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { text } } } } } } }`;
      let after: string | null = null;
      const texts: string[] = [];
      for (;;) {
        const fast: GraphQLResponse<any> = await compiled.request(eventPage, { after });
        expect(fast).toEqual(await resolvers.request(eventPage, { after }));
        const quotes: any = fast.data.events.edges.find((e: any) => e.node.id === busiest.id).node
          .quotes;
        texts.push(...quotes.edges.map((e: any) => e.node.text));
        if (!quotes.pageInfo.hasNextPage) break;
        after = quotes.pageInfo.endCursor;
      }
      expect(texts).toHaveLength(busiest.quotes.totalCount);
    });
  });
}

describe("when the compiled statement fails", () => {
  const query = `{ events(first: 3) { totalCount edges { node { id label } } } }`;
  const use = seededPGlite();

  const failingWith = (error: Error) => ({
    ...use(),
    query: () => Promise.reject(error),
  });

  test("an unreachable database is DATABASE_UNAVAILABLE, as through the resolvers", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    const result = await testClient(failingWith(refused)).request(query);
    expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: "DATABASE_UNAVAILABLE" }]);
    expect(JSON.stringify(result)).not.toContain("ECONNREFUSED");
  });

  test("any other failure is logged and the resolvers answer", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "warn" },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const broken = failingWith(new Error('column "nope" does not exist'));
    const yoga = createNewsgraphYoga({ db: broken, logger });
    const response = await yoga.fetch(
      "http://localhost/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      },
      { clientAddress: "127.0.0.1" },
    );
    expect(await response.json()).toEqual(
      await testClient(use(), { compiledReads: false }).request(query),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: "compiled query failed; running it through the resolvers" }),
    );
  });
});

/** The query operations among the README's GraphQL examples. */
function readmeQueries(): string[] {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((query) => getOperationAST(parse(query))?.operation === "query");
}

/** A file name for a document's description. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

describe("the SQL of every covered document, committed so review shows each change", () => {
  for (const [name, { query, variables }] of Object.entries(COVERED)) {
    test(name, async () => {
      const read = compileRead({ schema, document: parse(query), variableValues: variables });
      if (!("text" in read)) throw new Error(`${name}: ${read.notCompilable}`);
      const file = [`-- ${name}`, read.text.trim(), `-- values: ${JSON.stringify(read.values)}`];
      await expect(`${file.join("\n")}\n`).toMatchFileSnapshot(
        `__snapshots__/compiled-sql/${slug(name)}.sql`,
      );
    });
  }
});

describe("compileRead", () => {
  const compile = (query: string, variables: Record<string, unknown> = {}) =>
    compileRead({ schema, document: parse(query), variableValues: variables });

  test("one statement with every value a parameter", () => {
    const read = compileRead({
      schema,
      document: parse(
        `query($s: String) { events(first: 5, filter: { search: $s }) { totalCount } }`,
      ),
      variableValues: { s: "'; DROP TABLE event; --" },
    });
    expect("text" in read).toBe(true);
    if (!("text" in read)) return;
    expect(read.text).not.toContain("DROP TABLE");
    expect(read.values).toContain("%'; DROP TABLE event; --%");
  });

  test("says why an operation is not compilable", () => {
    expect(compile(`mutation { deleteArticle(id: "x") { __typename } }`)).toEqual({
      notCompilable: "mutation",
    });
    expect(compile(`{ ingestJob(id: "SW5nZXN0Sm9iOjE=") { state } }`)).toEqual({
      notCompilable: "Query.ingestJob is not compiled",
      reason: "Query.ingestJob",
    });
    expect(compile(`{ events { totalCount @defer } }`)).toMatchObject({
      notCompilable: expect.stringContaining("@defer"),
    });
  });

  // GraphiQL and codegen send these on every load: a compiler error would log a warning each time.
  test("leaves introspection to GraphQL, as an expected fallback", () => {
    for (const query of [
      `{ __schema { queryType { name } } }`,
      `{ __type(name: "Event") { fields { name } } events(first: 1) { totalCount } }`,
    ]) {
      expect(compile(query)).toEqual({
        notCompilable: expect.stringContaining("is introspection"),
        reason: "introspection",
      });
    }
  });

  test("introspection over HTTP answers, with nothing logged", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "warn" },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const db = await createTestDatabase("pglite");
    try {
      const response = await createNewsgraphYoga({ db, logger }).fetch(
        "http://localhost/graphql",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `{ __schema { queryType { name } } __type(name: "Event") { name }
              events(first: 1) { totalCount } }`,
          }),
        },
        { clientAddress: "127.0.0.1" },
      );
      expect(await response.json()).toEqual({
        data: {
          __schema: { queryType: { name: "Query" } },
          __type: { name: "Event" },
          events: { totalCount: 0 },
        },
      });
      expect(lines).toEqual([]);
    } finally {
      await db.close();
    }
  });

  test("a query of __typename alone reads nothing from the database", async () => {
    expect(compile(`{ __typename a: __typename }`)).toMatchObject({ withoutDatabase: true });
    expect(compile(`{ __typename events(first: 1) { totalCount } }`)).toMatchObject({
      withoutDatabase: false,
    });
    const db = await createTestDatabase("pglite");
    try {
      const { result, statements } = await recordSql(db, () =>
        testClient(db).request(`{ __typename a: __typename }`),
      );
      expect(result).toEqual({ data: { __typename: "Query", a: "Query" } });
      expect(statements).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

import { encodeGlobalID } from "@pothos/plugin-relay";
import { expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { describeEachBackend } from "../setup/backends.js";
import { testClient } from "./client.js";
import { seedNewsGraph } from "./news-graph.js";

async function entityId(db: Database, name: string) {
  const entity = await db.prisma.entity.findFirstOrThrow({ where: { name } });
  return encodeGlobalID("Entity", entity.id);
}

async function articleId(db: Database, title: string) {
  const article = await db.prisma.article.findFirstOrThrow({ where: { title } });
  return encodeGlobalID("Article", article.id);
}

const EVENTS = `query($filter: EventFilter, $orderBy: EventOrder) {
  events(first: 20, filter: $filter, orderBy: $orderBy) { totalCount edges { node { trigger date } } }
}`;

describeEachBackend("filtered connections", (use) => {
  test("events filter by type, dates, entities, location, article and search", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const triggers = async (filter: object, orderBy?: string) => {
      const result = await request(EVENTS, { filter, orderBy });
      expect(result.errors).toBeUndefined();
      const nodes = result.data.events.edges.map((e: any) => e.node.trigger);
      expect(result.data.events.totalCount).toBe(nodes.length);
      return nodes;
    };
    const [tillerson, putin, johnson, lucca] = await Promise.all([
      entityId(db, "Rex Tillerson"),
      entityId(db, "Vladimir Putin"),
      entityId(db, "Boris Johnson"),
      entityId(db, "Lucca"),
    ]);
    expect(await triggers({})).toEqual(["vetoed", "met", "met", "strike"]);
    expect(await triggers({}, "DATE_ASC")).toEqual(["strike", "met", "met", "vetoed"]);
    expect(await triggers({ types: ["CONSULT", "REJECT"] })).toEqual(["vetoed", "met", "met"]);
    expect(await triggers({ from: "2017-04-08", to: "2017-04-30" })).toEqual(["met", "met"]);
    expect(await triggers({ entityIds: [tillerson, putin] })).toHaveLength(1);
    expect(await triggers({ anyEntityIds: [putin, johnson] })).toHaveLength(2);
    expect(await triggers({ locationId: lucca })).toEqual(["met"]);
    expect(await triggers({ articleId: await articleId(db, "US strikes Syrian base") })).toEqual([
      "strike",
    ]);
    expect(await triggers({ search: "veto" })).toEqual(["vetoed"]);
    expect(await triggers({ search: "tiller" })).toHaveLength(2); // Two articles spell the agency differently; the filter ignores case.
    expect(await triggers({ source: "REUTERS" })).toEqual(["vetoed", "strike"]);
    expect(await triggers({ source: "AFP", types: ["CONSULT"] })).toEqual(["met"]);
    expect(await triggers({ source: "Nobody" })).toEqual([]);
  });

  test("the source filter answers the same through the resolvers as through the compiled path", async () => {
    const db = use();
    await seedNewsGraph(db);
    for (const compiledReads of [true, false]) {
      const { request } = testClient(db, { compiledReads });
      const result = await request(EVENTS, { filter: { source: "reuters" } });
      expect(result.errors).toBeUndefined();
      expect(
        result.data.events.edges.map((e: any) => e.node.trigger),
        String(compiledReads),
      ).toEqual(["vetoed", "strike"]);
    }
  });

  test("entities filter by type and accent-insensitive prefix of a name or alias; ordered by mentions or name", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const names = async (args: string) =>
      (
        await request(
          `{ entities(first: 20, ${args}) { totalCount edges { node { name mentionCount } } } }`,
        )
      ).data.entities.edges.map((e: any) => e.node.name);
    expect(await names(`filter: { search: "lavrov" }`)).toEqual(["Sergei Lávrov"]);
    expect(await names(`filter: { search: "LÁV" }`)).toEqual(["Sergei Lávrov"]);
    expect(await names(`filter: { search: "al-assad" }`)).toEqual(["Bashar al-Assad"]);
    expect(await names(`filter: { search: "rex" }`)).toEqual(["Rex Tillerson"]);
    expect(await names(`filter: { type: LOCATION }, orderBy: NAME_ASC`)).toEqual([
      "Lucca",
      "Moscow",
      "Shayrat",
    ]);
    const people = (
      await request(
        `{ entities(first: 20, filter: { type: PERSON }) { edges { node { name mentionCount } } } }`,
      )
    ).data.entities.edges.map((e: any) => e.node);
    const counts = people.map((p: any) => p.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(people.at(-1).mentionCount).toBe(1);
    expect(counts[0]).toBe(2);
  });

  test("quotes filter by speaker, article, event, entity named in the quote, and full text", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const quotes = async (filter: object) => {
      const result = await request(
        `query($filter: QuoteFilter) { quotes(first: 10, filter: $filter) { totalCount edges { node { text speaker { name } } } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data.quotes.edges.map((e: any) => e.node.speaker.name);
    };
    const veto = await db.prisma.event.findFirstOrThrow({ where: { code: "12" } });
    expect(await quotes({ speakerId: await entityId(db, "Rex Tillerson") })).toEqual([
      "Rex Tillerson",
    ]);
    expect(await quotes({ articleId: await articleId(db, "G7 ministers meet in Lucca") })).toEqual([
      "Boris Johnson",
    ]);
    expect(await quotes({ eventId: encodeGlobalID("Event", veto.id) })).toEqual(["Sergei Lávrov"]);
    // The fake extractor places each mention at the name's first occurrence: Moscow's, in the
    // veto article, is inside the quote; Putin's is before it.
    expect(await quotes({ mentionsEntityId: await entityId(db, "Moscow") })).toEqual([
      "Sergei Lávrov",
    ]);
    expect(await quotes({ mentionsEntityId: await entityId(db, "Vladimir Putin") })).toEqual([]);
    expect(await quotes({ search: "trusting countries" })).toEqual(["Rex Tillerson"]);
    expect(await quotes({ search: "strikes" })).toEqual(["Donald Trump"]);
  });

  test("articles filter by dates, source, entity and full text", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const titles = async (filter: object) =>
      (
        await request(
          `query($filter: ArticleFilter) { articles(first: 10, filter: $filter) { totalCount edges { node { title } } } }`,
          { filter },
        )
      ).data.articles.edges.map((e: any) => e.node.title);
    expect(await titles({ from: "2017-04-10", to: "2017-04-30" })).toEqual([
      "Tillerson meets Putin",
      "G7 ministers meet in Lucca",
    ]);
    expect(await titles({ source: "REUTERS" })).toEqual([
      "Russia vetoes resolution",
      "US strikes Syrian base",
    ]);
    expect(await titles({ entityId: await entityId(db, "Boris Johnson") })).toEqual([
      "G7 ministers meet in Lucca",
    ]);
    expect(await titles({ search: "resolution veto" })).toEqual(["Russia vetoes resolution"]);
  });

  test("bad arguments give typed errors, never stack traces", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const tooMany = await request(`{ events(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: "Query.events: first must be between 0 and 100, got 101",
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    const badId = await request(
      `{ events(first: 5, filter: { entityIds: ["nope"] }) { totalCount } }`,
    );
    expect(badId.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const wrongType = await request(
      `query($id: ID!) { quotes(first: 5, filter: { speakerId: $id }) { totalCount } }`,
      {
        id: encodeGlobalID("Article", 1),
      },
    );
    expect(wrongType.errors?.[0]?.message).toMatch(/is not a Entity ID/);
    const badEnum = await request(
      `{ events(first: 5, filter: { types: [PARTY] }) { totalCount } }`,
    );
    expect(badEnum.errors?.[0]?.message).toMatch(/PARTY/);
    const badDate = await request(
      `{ events(first: 5, filter: { from: "April 4" }) { totalCount } }`,
    );
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const inverted = await request(
      `{ events(first: 5, filter: { from: "2017-05-01", to: "2017-04-01" }) { totalCount } }`,
    );
    expect(inverted.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    const missing = await request(`{ node(id: "${encodeGlobalID("Event", 999999)}") { id } }`);
    expect(missing.data?.node ?? null).toBeNull();
    expect(
      JSON.stringify([tooMany, badId, wrongType, badEnum, badDate, inverted, missing]),
    ).not.toMatch(/\.ts:\d+/);
  });
});

import { encodeGlobalID } from "@pothos/plugin-relay";
import { expect, test } from "vitest";
import { describeEachBackend, recordSql } from "../setup/backends.js";
import { testClient } from "./client.js";
import { seedNewsGraph } from "./news-graph.js";

describeEachBackend("dashboard aggregates", (use) => {
  test("eventTimeline buckets by day and month, split by CAMEO root, in one statement", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const query = `query($interval: TimeInterval!, $filter: EventFilter) {
      eventTimeline(interval: $interval, filter: $filter) { bucket total byType { type code label count } }
    }`;
    const daily = await recordSql(db, () => request(query, { interval: "DAY" }));
    expect(daily.result.data.eventTimeline.map((b: any) => [b.bucket, b.total])).toEqual([
      ["2017-04-07", 1],
      ["2017-04-11", 1],
      ["2017-04-12", 1],
      ["2017-05-02", 1],
    ]);
    expect(daily.statements).toHaveLength(1);
    const monthly = await request(query, {
      interval: "MONTH",
      filter: { types: ["CONSULT", "FIGHT"] },
    });
    expect(monthly.data.eventTimeline).toEqual([
      {
        bucket: "2017-04-01",
        total: 3,
        byType: [
          { type: "CONSULT", code: "04", label: "04 CONSULT", count: 2 },
          { type: "FIGHT", code: "19", label: "19 FIGHT", count: 1 },
        ],
      },
    ]);
    const weekly = await request(query, { interval: "WEEK" });
    expect(weekly.data.eventTimeline.map((b: any) => b.bucket)).toEqual([
      "2017-04-03",
      "2017-04-10",
      "2017-05-01",
    ]);
  });

  test("eventTypeBreakdown agrees with events(filter).totalCount for every filter", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const tillerson = await db.prisma.entity.findFirstOrThrow({ where: { name: "Rex Tillerson" } });
    const filters = [
      {},
      { types: ["CONSULT"] },
      { from: "2017-04-10" },
      { to: "2017-04-11" },
      { anyEntityIds: [encodeGlobalID("Entity", tillerson.id)] },
      { search: "putin" },
      { search: "strike" },
      { source: "REUTERS" },
    ];
    for (const filter of filters) {
      const result = await request(
        `query($filter: EventFilter) { events(filter: $filter) { totalCount } eventTypeBreakdown(filter: $filter) { type label count } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      const sum = result.data.eventTypeBreakdown.reduce((n: number, row: any) => n + row.count, 0);
      expect(sum, JSON.stringify(filter)).toBe(result.data.events.totalCount);
    }
  });

  test("topEntities and entityNetwork agree with the matching events for every filter and type", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const query = `query($filter: EventFilter, $type: EntityType) {
      events(first: 100, filter: $filter) { edges { node {
        participants { entity { id type } } articles { id } } } }
      quotes(first: 100) { edges { node { speaker { id } article { id } } } }
      topEntities(filter: $filter, type: $type, first: 100) { entity { id } eventCount quoteCount }
      entityNetwork(filter: $filter, entityType: $type, first: 100) {
        nodes { entity { id } weight } edges { source { id } target { id } sharedEvents } } }`;
    for (const filter of [
      {},
      { types: ["CONSULT"] },
      { from: "2017-04-10" },
      { search: "putin" },
      { source: "reuters" },
    ]) {
      for (const type of [null, "PERSON", "LOCATION"]) {
        const { data } = await request(query, { filter, type });
        const events = data.events.edges.map((e: any) => e.node);
        const reported = new Set(events.flatMap((e: any) => e.articles.map((a: any) => a.id)));
        const taking = new Map<string, number>();
        const together = new Map<string, number>();
        for (const event of events) {
          const ids: string[] = [
            ...new Set<string>(
              event.participants
                .filter((p: any) => type === null || p.entity.type === type)
                .map((p: any) => p.entity.id),
            ),
          ];
          for (const id of ids) taking.set(id, (taking.get(id) ?? 0) + 1);
          for (const a of ids) {
            for (const b of ids) {
              if (a < b) together.set(`${a} ${b}`, (together.get(`${a} ${b}`) ?? 0) + 1);
            }
          }
        }
        const said = (id: string) =>
          data.quotes.edges.filter(
            (q: any) => q.node.speaker?.id === id && reported.has(q.node.article.id),
          ).length;
        const context = JSON.stringify({ filter, type });
        expect(data.topEntities.length, context).toBe(taking.size);
        for (const row of data.topEntities) {
          expect(row.eventCount, context).toBe(taking.get(row.entity.id));
          expect(row.quoteCount, context).toBe(said(row.entity.id));
        }
        const weights = Object.fromEntries(
          data.entityNetwork.nodes.map((n: any) => [n.entity.id, n.weight]),
        );
        expect(weights, context).toEqual(Object.fromEntries(taking));
        const edges = data.entityNetwork.edges.map((e: any) => {
          const [a, b] = [e.source.id, e.target.id].sort();
          return [`${a} ${b}`, e.sharedEvents];
        });
        expect(Object.fromEntries(edges), context).toEqual(Object.fromEntries(together));
      }
    }
  });

  test("topEntities counts events and quotes; entityNetwork links co-participants", async () => {
    const db = use();
    await seedNewsGraph(db);
    const { request } = testClient(db);
    const viaResolvers = testClient(db, { compiledReads: false });
    const TOP = `{ topEntities(type: PERSON, first: 3) { entity { name } eventCount quoteCount } }`;
    const top = await recordSql(db, () => request(TOP));
    expect(top.result.data.topEntities[0]).toEqual({
      entity: { name: "Rex Tillerson" },
      eventCount: 2,
      quoteCount: 1,
    });
    expect(top.result.data.topEntities).toHaveLength(3);
    // One compiled statement; through the resolvers, the aggregate then the entities in one batch.
    expect(top.statements).toHaveLength(1);
    const topSlow = await recordSql(db, () => viaResolvers.request(TOP));
    expect(topSlow.result).toEqual(top.result);
    expect(topSlow.statements).toHaveLength(2);
    const NETWORK = `{ entityNetwork(entityType: PERSON, first: 10) {
      nodes { entity { name } weight }
      edges { source { name } target { name } sharedEvents }
    } }`;
    const network = await recordSql(db, () => request(NETWORK));
    const networkSlow = await recordSql(db, () => viaResolvers.request(NETWORK));
    expect(networkSlow.result).toEqual(network.result);
    expect(networkSlow.statements).toHaveLength(2);
    const { nodes, edges } = network.result.data.entityNetwork;
    expect(nodes).toHaveLength(6);
    expect(nodes[0]).toEqual({ entity: { name: "Rex Tillerson" }, weight: 2 });
    const pairs = edges.map((e: any) => [e.source.name, e.target.name].sort().join(" + ")).sort();
    expect(pairs).toEqual([
      "Bashar al-Assad + Donald Trump",
      "Boris Johnson + Rex Tillerson",
      "Rex Tillerson + Vladimir Putin",
    ]);
    expect(network.statements).toHaveLength(1);
    const strong = await request(`{ entityNetwork(minShared: 2) { edges { sharedEvents } } }`);
    expect(strong.data.entityNetwork.edges).toEqual([]);
  });
});

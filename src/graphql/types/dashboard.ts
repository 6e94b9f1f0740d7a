import { Prisma, type Entity, type EntityType } from "../../generated/prisma/client.js";
import type { Context } from "../../context.js";
import { ValidationError } from "../../errors.js";
import type { CameoCode } from "../../extract/types.js";
import { eventSqlCondition } from "../../services/event-filter.js";
import { timelineSql, typeBreakdownSql } from "../../services/event-aggregates.js";
import { builder } from "../builder.js";
import { EntityRef } from "./entity.js";
import { cameoLabel, CameoRootEnum, EntityTypeEnum } from "./enums.js";
import { eventCriteria, EventFilter } from "./event.js";

// Dashboard aggregates: each one is a single GROUP BY statement in
// PostgreSQL; entities are then loaded in one batched query.

const TimeIntervalEnum = builder.enumType("TimeInterval", {
  values: {
    DAY: { description: "Calendar days; counts events dated to the day." },
    WEEK: { description: "ISO weeks starting Monday; counts events dated to the day." },
    MONTH: { description: "Calendar months; counts events dated to the day or the month." },
  } as const,
});

interface TypeCount {
  code: CameoCode;
  count: number;
}

const TypeCountRef = builder.objectRef<TypeCount>("EventTypeCount").implement({
  fields: (t) => ({
    type: t.field({ type: CameoRootEnum, resolve: (row) => row.code }),
    code: t.exposeString("code"),
    label: t.string({ resolve: (row) => cameoLabel(row.code) }),
    count: t.exposeInt("count"),
  }),
});

const TimelineBucketRef = builder
  .objectRef<{ bucket: Date; total: number; byType: TypeCount[] }>("TimelineBucket")
  .implement({
    fields: (t) => ({
      bucket: t.field({
        type: "Date",
        description: "First day of the bucket.",
        resolve: (b) => b.bucket,
      }),
      total: t.exposeInt("total"),
      byType: t.field({ type: [TypeCountRef], resolve: (b) => b.byType }),
    }),
  });

builder.queryField("eventTimeline", (t) =>
  t.field({
    type: [TimelineBucketRef],
    description:
      "Events per day, week or month, by CAMEO root. Only events dated at least as precisely as the interval are counted.",
    args: {
      filter: t.arg({ type: EventFilter }),
      interval: t.arg({ type: TimeIntervalEnum, required: true }),
    },
    resolve: async (_root, { filter, interval }, ctx) => {
      const rows = await ctx.prisma.$queryRaw<
        { bucket: Date; total: number; by_type: TypeCount[] }[]
      >(timelineSql(eventCriteria(filter), interval));
      return rows.map((r) => ({ bucket: r.bucket, total: r.total, byType: r.by_type }));
    },
  }),
);

builder.queryField("eventTypeBreakdown", (t) =>
  t.field({
    type: [TypeCountRef],
    description: "Number of events per CAMEO root category, most frequent first.",
    args: { filter: t.arg({ type: EventFilter }) },
    resolve: (_root, { filter }, ctx) =>
      ctx.prisma.$queryRaw<TypeCount[]>(typeBreakdownSql(eventCriteria(filter))),
  }),
);

const TopEntityRef = builder
  .objectRef<{ entityId: number; eventCount: number; quoteCount: number }>("TopEntity")
  .implement({
    fields: (t) => ({
      entity: t.field({
        type: EntityRef,
        resolve: (row, _args, ctx) => entityLoader(ctx).load(row.entityId),
      }),
      eventCount: t.exposeInt("eventCount", {
        description: "Matching events the entity takes part in.",
      }),
      quoteCount: t.exposeInt("quoteCount", {
        description: "Quotes the entity said in articles that report the matching events.",
      }),
    }),
  });

builder.queryField("topEntities", (t) =>
  t.field({
    type: [TopEntityRef],
    description: "Entities taking part in the most matching events.",
    args: {
      filter: t.arg({ type: EventFilter }),
      type: t.arg({ type: EntityTypeEnum }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, { filter, type, first }, ctx) => {
      const limit = checkedLimit(first ?? 10);
      return ctx.prisma.$queryRaw<{ entityId: number; eventCount: number; quoteCount: number }[]>`
        WITH ev AS (SELECT e.id FROM event e WHERE ${eventSqlCondition(eventCriteria(filter))}),
        counts AS (
          SELECT p.entity_id, count(DISTINCT p.event_id)::int AS events
          FROM event_participant p JOIN ev ON ev.id = p.event_id
          JOIN entity n ON n.id = p.entity_id
          WHERE ${typeCondition(type)}
          GROUP BY p.entity_id ORDER BY events DESC, p.entity_id LIMIT ${limit})
        SELECT c.entity_id AS "entityId", c.events AS "eventCount",
          (SELECT count(*)::int FROM quote q WHERE q.speaker_id = c.entity_id
             AND q.article_id IN (SELECT m.article_id FROM event_mention m JOIN ev ON ev.id = m.event_id)
          ) AS "quoteCount"
        FROM counts c ORDER BY c.events DESC, c.entity_id`;
    },
  }),
);

const NetworkNodeRef = builder
  .objectRef<{ entityId: number; weight: number }>("NetworkNode")
  .implement({
    fields: (t) => ({
      entity: t.field({
        type: EntityRef,
        resolve: (n, _args, ctx) => entityLoader(ctx).load(n.entityId),
      }),
      weight: t.exposeInt("weight", { description: "Matching events the entity takes part in." }),
    }),
  });

const NetworkEdgeRef = builder
  .objectRef<{ source: number; target: number; sharedEvents: number }>("NetworkEdge")
  .implement({
    fields: (t) => ({
      source: t.field({
        type: EntityRef,
        resolve: (e, _args, ctx) => entityLoader(ctx).load(e.source),
      }),
      target: t.field({
        type: EntityRef,
        resolve: (e, _args, ctx) => entityLoader(ctx).load(e.target),
      }),
      sharedEvents: t.exposeInt("sharedEvents"),
    }),
  });

const NetworkRef = builder
  .objectRef<{
    nodes: { entityId: number; weight: number }[];
    edges: { source: number; target: number; sharedEvents: number }[];
  }>("EntityNetwork")
  .implement({
    description: "Who took part in events together: the busiest entities and their shared events.",
    fields: (t) => ({
      nodes: t.field({ type: [NetworkNodeRef], resolve: (n) => n.nodes }),
      edges: t.field({ type: [NetworkEdgeRef], resolve: (n) => n.edges }),
    }),
  });

builder.queryField("entityNetwork", (t) =>
  t.field({
    type: NetworkRef,
    description:
      "Co-participation network: the `first` entities in most matching events, and edges between those that share at least `minShared` events.",
    args: {
      filter: t.arg({ type: EventFilter }),
      entityType: t.arg({ type: EntityTypeEnum }),
      minShared: t.arg.int({ defaultValue: 1 }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: async (_root, { filter, entityType, minShared, first }, ctx) => {
      const limit = checkedLimit(first ?? 50);
      const rows = await ctx.prisma.$queryRaw<
        { kind: "node" | "edge"; a: number; b: number | null; n: number }[]
      >`
        WITH ev AS (SELECT e.id FROM event e WHERE ${eventSqlCondition(eventCriteria(filter))}),
        part AS (
          SELECT DISTINCT p.event_id, p.entity_id FROM event_participant p
          JOIN ev ON ev.id = p.event_id JOIN entity n ON n.id = p.entity_id
          WHERE ${typeCondition(entityType)}),
        top AS (
          SELECT entity_id, count(*)::int AS weight FROM part
          GROUP BY entity_id ORDER BY weight DESC, entity_id LIMIT ${limit}),
        pairs AS (
          SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS shared
          FROM part a JOIN part b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
          WHERE a.entity_id IN (SELECT entity_id FROM top) AND b.entity_id IN (SELECT entity_id FROM top)
          GROUP BY 1, 2 HAVING count(*) >= ${Math.max(1, minShared ?? 1)})
        SELECT 'node' AS kind, entity_id AS a, NULL::int AS b, weight AS n FROM top
        UNION ALL
        SELECT 'edge', s, t, shared FROM pairs
        ORDER BY kind DESC, n DESC, a, b`;
      return {
        nodes: rows.filter((r) => r.kind === "node").map((r) => ({ entityId: r.a, weight: r.n })),
        edges: rows
          .filter((r) => r.kind === "edge")
          .map((r) => ({ source: r.a, target: r.b!, sharedEvents: r.n })),
      };
    },
  }),
);

function typeCondition(type: EntityType | null | undefined): Prisma.Sql {
  return type ? Prisma.sql`n.type = ${type}::"EntityType"` : Prisma.sql`TRUE`;
}

function checkedLimit(first: number): number {
  if (first < 1 || first > 100)
    throw new ValidationError(`first must be between 1 and 100, got ${first}`, "first");
  return first;
}

/** Entities by id for this request, one query per batch. */
function entityLoader(ctx: Context) {
  return ctx.loader<number, Entity>("Entity.byId", async (ids) => {
    const rows = await ctx.prisma.entity.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`entity ${id} not found`));
  });
}

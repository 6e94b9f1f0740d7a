import { Prisma, type Entity, type EntityType } from "../../generated/prisma/client.js";
import type { Context } from "../../context.js";
import type { CameoCode } from "../../extract/types.js";
import {
  entityNetworkSql,
  timelineSql,
  topEntitiesSql,
  typeBreakdownSql,
} from "../../services/event-aggregates.js";
import { builder } from "../builder.js";
import { compiled, type SlotRow } from "../compiled/compile.js";
import { column, fromColumn, toMany, toOne } from "../compiled/fields.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";
import { checkedLimit } from "../paging.js";
import { EntityRef } from "./entity.js";
import { cameoLabel, CameoRootEnum, EntityTypeEnum } from "./enums.js";
import { eventCriteria, EventFilter, type EventFilterInput } from "./event.js";

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
    type: t.field({
      type: CameoRootEnum,
      extensions: compiled(column("code")),
      resolve: (row) => row.code,
    }),
    code: t.exposeString("code", { extensions: compiled(column("code")) }),
    label: t.string({
      extensions: compiled(fromColumn("code", cameoLabel)),
      resolve: (row) => cameoLabel(row.code),
    }),
    count: t.exposeInt("count", { extensions: compiled(column("count")) }),
  }),
});

const TimelineBucketRef = builder
  .objectRef<{ bucket: Date; total: number; byType: TypeCount[] }>("TimelineBucket")
  .implement({
    fields: (t) => ({
      bucket: t.field({
        type: "Date",
        description: "First day of the bucket.",
        extensions: compiled(column("bucket")),
        resolve: (b) => b.bucket,
      }),
      total: t.exposeInt("total", { extensions: compiled(column("total")) }),
      byType: t.field({
        type: [TypeCountRef],
        extensions: {
          ...maxItems(LIST_LIMITS.cameoRoots),
          // The bucket's parallel arrays of codes and counts, in their order.
          ...compiled(
            toMany(
              "EventTypeCount",
              (alias, parent) => Prisma.sql`unnest(${parent}.codes, ${parent}.counts)
                WITH ORDINALITY AS ${alias}(code, count, ord)`,
              (alias) => Prisma.sql`${alias}.ord`,
            ),
          ),
        },
        resolve: (b) => b.byType,
      }),
    }),
  });

builder.queryField("eventTimeline", (t) =>
  t.field({
    type: [TimelineBucketRef],
    description: `Events per day, week or month, by CAMEO root, the latest ${LIST_LIMITS.timelineBuckets} buckets in order. Only events dated at least as precisely as the interval are counted.`,
    args: {
      filter: t.arg({ type: EventFilter }),
      interval: t.arg({ type: TimeIntervalEnum, required: true }),
    },
    extensions: {
      ...maxItems(LIST_LIMITS.timelineBuckets),
      ...compiled((c) => {
        const { filter, interval } = c.field.args as {
          filter?: EventFilterInput | null;
          interval: "DAY" | "WEEK" | "MONTH";
        };
        const rows = timelineSql(eventCriteria(filter), interval);
        return toMany(
          "TimelineBucket",
          (alias) => Prisma.sql`(${rows}) ${alias}`,
          (alias) => Prisma.sql`${alias}.bucket`,
        )(c);
      }),
    },
    resolve: async (_root, { filter, interval }, ctx) => {
      const rows = await ctx.prisma.$queryRaw<
        { bucket: Date; total: number; codes: CameoCode[]; counts: number[] }[]
      >(timelineSql(eventCriteria(filter), interval));
      return rows.map((r) => ({
        bucket: r.bucket,
        total: r.total,
        byType: r.codes.map((code, i) => ({ code, count: r.counts[i]! })),
      }));
    },
  }),
);

builder.queryField("eventTypeBreakdown", (t) =>
  t.field({
    type: [TypeCountRef],
    description: "Number of events per CAMEO root category, most frequent first.",
    args: { filter: t.arg({ type: EventFilter }) },
    extensions: {
      ...maxItems(LIST_LIMITS.cameoRoots),
      ...compiled((c) => {
        const { filter } = c.field.args as { filter?: EventFilterInput | null };
        const rows = typeBreakdownSql(eventCriteria(filter));
        return toMany(
          "EventTypeCount",
          (alias) => Prisma.sql`(${rows}) ${alias}`,
          (alias) => Prisma.sql`${alias}.count DESC, ${alias}.code`,
        )(c);
      }),
    },
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
        extensions: compiled(toOne("Entity", "entity", '"entityId"')),
        resolve: (row, _args, ctx) => entityLoader(ctx).load(row.entityId),
      }),
      eventCount: t.exposeInt("eventCount", {
        description: "Matching events the entity takes part in.",
        extensions: compiled(column('"eventCount"')),
      }),
      quoteCount: t.exposeInt("quoteCount", {
        description: "Quotes the entity said in articles that report the matching events.",
        extensions: compiled(column('"quoteCount"')),
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
    extensions: compiled((c) => {
      const { filter, type, first } = c.field.args as {
        filter?: EventFilterInput | null;
        type?: EntityType | null;
        first?: number | null;
      };
      const rows = topEntitiesSql(eventCriteria(filter), type ?? null, checkedLimit(first ?? 10));
      return toMany(
        "TopEntity",
        (alias) => Prisma.sql`(${rows}) ${alias}`,
        (alias) => Prisma.sql`${alias}."eventCount" DESC, ${alias}."entityId"`,
      )(c);
    }),
    resolve: async (_root, { filter, type, first }, ctx) => {
      const limit = checkedLimit(first ?? 10);
      return ctx.prisma.$queryRaw<{ entityId: number; eventCount: number; quoteCount: number }[]>(
        topEntitiesSql(eventCriteria(filter), type ?? null, limit),
      );
    },
  }),
);

const NetworkNodeRef = builder
  .objectRef<{ entityId: number; weight: number }>("NetworkNode")
  .implement({
    fields: (t) => ({
      entity: t.field({
        type: EntityRef,
        extensions: compiled(toOne("Entity", "entity", "entity_id")),
        resolve: (n, _args, ctx) => entityLoader(ctx).load(n.entityId),
      }),
      weight: t.exposeInt("weight", {
        description: "Matching events the entity takes part in.",
        extensions: compiled(column("weight")),
      }),
    }),
  });

const NetworkEdgeRef = builder
  .objectRef<{ source: number; target: number; sharedEvents: number }>("NetworkEdge")
  .implement({
    fields: (t) => ({
      source: t.field({
        type: EntityRef,
        extensions: compiled(toOne("Entity", "entity", "s")),
        resolve: (e, _args, ctx) => entityLoader(ctx).load(e.source),
      }),
      target: t.field({
        type: EntityRef,
        extensions: compiled(toOne("Entity", "entity", "t")),
        resolve: (e, _args, ctx) => entityLoader(ctx).load(e.target),
      }),
      sharedEvents: t.exposeInt("sharedEvents", { extensions: compiled(column("shared")) }),
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
      nodes: t.field({
        type: [NetworkNodeRef],
        // Rows of the network's WITH query (entityNetworkSql): top (entity_id, weight).
        extensions: {
          ...maxItems(LIST_LIMITS.networkNodes),
          ...compiled(
            toMany(
              "NetworkNode",
              (alias) => Prisma.sql`top ${alias}`,
              (alias) => Prisma.sql`${alias}.weight DESC, ${alias}.entity_id`,
            ),
          ),
        },
        resolve: (n) => n.nodes,
      }),
      edges: t.field({
        type: [NetworkEdgeRef],
        description: `The pairs sharing the most events (at most ${LIST_LIMITS.networkEdges}).`,
        // Rows of the network's WITH query (entityNetworkSql): pairs (s, t, shared).
        extensions: {
          ...maxItems(LIST_LIMITS.networkEdges),
          ...compiled(
            toMany(
              "NetworkEdge",
              (alias) => Prisma.sql`pairs ${alias}`,
              (alias) => Prisma.sql`${alias}.shared DESC, ${alias}.s, ${alias}.t`,
            ),
          ),
        },
        resolve: (n) => n.edges,
      }),
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
    extensions: compiled((c) => {
      const { filter, entityType, minShared, first } = c.field.args as {
        filter?: EventFilterInput | null;
        entityType?: EntityType | null;
        minShared?: number | null;
        first?: number | null;
      };
      const network = c.compiler.object("EntityNetwork", Prisma.empty, c.field.selectionSets);
      const index = c.slot(
        Prisma.sql`(${entityNetworkSql(
          eventCriteria(filter),
          entityType ?? null,
          minShared ?? 1,
          checkedLimit(first ?? 50),
          Prisma.sql`SELECT ${network.sql}`,
        )})`,
      );
      return (values) => network.shape(values[index] as SlotRow);
    }),
    resolve: async (_root, { filter, entityType, minShared, first }, ctx) => {
      const limit = checkedLimit(first ?? 50);
      const rows = await ctx.prisma.$queryRaw<
        { kind: "node" | "edge"; a: number; b: number | null; n: number }[]
      >(
        entityNetworkSql(
          eventCriteria(filter),
          entityType ?? null,
          minShared ?? 1,
          limit,
          Prisma.sql`SELECT 'node' AS kind, entity_id AS a, NULL::int AS b, weight AS n FROM top
            UNION ALL
            SELECT 'edge', s, t, shared FROM pairs
            ORDER BY kind DESC, n DESC, a, b`,
        ),
      );
      return {
        nodes: rows.filter((r) => r.kind === "node").map((r) => ({ entityId: r.a, weight: r.n })),
        edges: rows
          .filter((r) => r.kind === "edge")
          .map((r) => ({ source: r.a, target: r.b!, sharedEvents: r.n })),
      };
    },
  }),
);

/** Entities by id for this request, one query per batch. */
function entityLoader(ctx: Context) {
  return ctx.loader<number, Entity>("Entity.byId", async (ids) => {
    const rows = await ctx.prisma.entity.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`entity ${id} not found`));
  });
}

import type { CameoCode } from "../../extract/types.js";
import type { Context } from "../../context.js";
import { builder } from "../builder.js";
import { uniqueById } from "../unique.js";
import { Prisma, type Event, type ParticipantRole } from "../../generated/prisma/client.js";
import { ValidationError } from "../../errors.js";
import { eventSqlCondition, eventWhere, type EventCriteria } from "../../services/event-filter.js";
import { QUOTE_ABOUT_EVENT } from "../../services/quote-event-link.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import { byRowKey, decodeId, decodeIds } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import { cameoLabel, CameoRootEnum, DatePrecisionEnum, ParticipantRoleEnum } from "./enums.js";
import { EvidenceRef } from "./evidence.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";

export const EventRef = builder.prismaNode("Event", {
  id: { field: "id" },
  findUnique: byRowKey("Event"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "A real-world happening: who did what to whom, when and where.",
  fields: (t) => ({
    type: t.field({
      type: CameoRootEnum,
      description: "CAMEO root category.",
      select: { code: true },
      resolve: (event) => event.code as CameoCode,
    }),
    code: t.exposeString("code", { description: 'Two-digit CAMEO root code, e.g. "04".' }),
    label: t.string({
      select: { code: true },
      description: 'CAMEO root code and name, e.g. "04 CONSULT".',
      resolve: (event) => cameoLabel(event.code),
    }),
    trigger: t.exposeString("trigger", { description: "The words that express the event." }),
    summary: t.exposeString("summary"),
    date: t.expose("date", {
      type: "Date",
      nullable: true,
      description: "First day of the known period; see datePrecision.",
    }),
    datePrecision: t.expose("datePrecision", { type: DatePrecisionEnum, nullable: true }),
    confidence: t.exposeFloat("confidence"),
    location: t.relation("location", { nullable: true }),
    participants: t.relation("participants", {
      description: `Who took part, by role (at most ${LIST_LIMITS.eventParticipants}).`,
      extensions: maxItems(LIST_LIMITS.eventParticipants),
      query: () => ({
        orderBy: [{ role: "asc" }, { id: "asc" }],
        take: LIST_LIMITS.eventParticipants,
      }),
    }),
    articleCount: t.int({
      description: "Number of distinct articles that report this event.",
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).articleCount,
    }),
    sourceCount: t.int({
      description:
        "Number of distinct publishers among the reporting articles: syndicated copies of one source count once, an article without a source counts alone.",
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).sourceCount,
    }),
    firstReportedAt: t.field({
      type: "Date",
      nullable: true,
      description:
        "Publication day of the earliest reporting article (its ingest day when it has none).",
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).firstReportedAt,
    }),
    lastReportedAt: t.field({
      type: "Date",
      nullable: true,
      description:
        "Publication day of the latest reporting article (its ingest day when it has none).",
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).lastReportedAt,
    }),
    reports: t.field({
      type: [EventReportRef],
      description: `Each passage of each article that reports this event (at most ${LIST_LIMITS.eventReports}).`,
      extensions: maxItems(LIST_LIMITS.eventReports),
      select: {
        mentions: {
          orderBy: [{ articleId: "asc" }, { start: "asc" }],
          take: LIST_LIMITS.eventReports,
          select: {
            articleId: true,
            start: true,
            end: true,
            sentenceIndex: true,
            confidence: true,
          },
        },
      },
      resolve: (event) => event.mentions,
    }),
  }),
});

const EventReportRef = builder
  .objectRef<{
    articleId: number;
    start: number;
    end: number;
    sentenceIndex: number;
    confidence: number;
  }>("EventReport")
  .implement({
    description: "One article's report of an event, with the words that support it.",
    fields: (t) => ({
      evidence: t.field({ type: EvidenceRef, resolve: (r) => r }),
      confidence: t.exposeFloat("confidence"),
    }),
  });

builder.prismaObject("EventParticipant", {
  description: "An entity taking part in an event, in a role.",
  fields: (t) => ({
    role: t.expose("role", { type: ParticipantRoleEnum }),
    entity: t.relation("entity"),
    event: t.relation("event"),
  }),
});

builder.prismaObjectField("Article", "events", (t) =>
  t.field({
    type: [EventRef],
    description: `Events this article reports (at most ${LIST_LIMITS.articleEvents}).`,
    extensions: maxItems(LIST_LIMITS.articleEvents),
    select: (_args, _ctx, nestedSelection) => ({
      eventMentions: {
        orderBy: { start: "asc" },
        select: { eventId: true, event: nestedSelection(true) },
      },
    }),
    resolve: (article) =>
      uniqueById(article.eventMentions.map((m) => m.event)).slice(0, LIST_LIMITS.articleEvents),
  }),
);

/** An entity's events (in one role when given), most recently recorded first, limited per entity in SQL. */
function eventsOfEntity(role: ParticipantRole | null): ChildConnectionSpec<Event> {
  const roleCondition = role ? Prisma.sql`AND role = ${role}::"ParticipantRole"` : Prisma.empty;
  return {
    name: `Entity.events:${role ?? "ANY"}`,
    pageSql: (entityIds, afterId, limit) => Prisma.sql`
      SELECT p.id AS parent_id, x.event_id AS id FROM unnest(${entityIds}::int[]) AS p(id)
      CROSS JOIN LATERAL (
        SELECT DISTINCT event_id FROM event_participant WHERE entity_id = p.id ${roleCondition}
          AND (${afterId}::int IS NULL OR event_id < ${afterId}::int)
        ORDER BY event_id DESC LIMIT ${limit}) x`,
    countSql: (entityIds) => Prisma.sql`
      SELECT entity_id AS parent_id, count(DISTINCT event_id)::int AS n FROM event_participant
      WHERE entity_id = ANY(${entityIds}::int[]) ${roleCondition} GROUP BY entity_id`,
    hydrate: (ctx, ids) => ctx.prisma.event.findMany({ where: { id: { in: ids } } }),
  };
}

builder.prismaObjectField("Entity", "events", (t) =>
  t.connection(
    {
      type: EventRef,
      description:
        "Events this entity takes part in, optionally in one role; most recently recorded first.",
      args: { role: t.arg({ type: ParticipantRoleEnum, required: false }) },
      resolve: (entity, args, ctx) =>
        resolveChildConnection(ctx, entity.id, args, eventsOfEntity(args.role ?? null)),
    },
    {
      name: "EntityEventsConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);

builder.prismaObjectField("Quote", "events", (t) =>
  t.field({
    type: [EventRef],
    description: `Events this quote speaks about: reported in its paragraph, or in the paragraph before when its speaker takes part (at most ${LIST_LIMITS.quoteEvents}).`,
    extensions: maxItems(LIST_LIMITS.quoteEvents),
    resolve: (quote, _args, ctx) =>
      ctx
        .loader<number, Event[]>("Quote.events", async (quoteIds) => {
          const links = await ctx.prisma.$queryRaw<{ quote_id: number; event_id: number }[]>`
            SELECT DISTINCT q.id AS quote_id, m.event_id FROM quote q
            JOIN event_mention m ON m.article_id = q.article_id
            WHERE q.id = ANY(${[...quoteIds]}::int[]) AND ${QUOTE_ABOUT_EVENT}
            ORDER BY m.event_id`;
          const events = await ctx.prisma.event.findMany({
            where: { id: { in: [...new Set(links.map((l) => l.event_id))] } },
          });
          const byId = new Map(events.map((e) => [e.id, e]));
          return quoteIds.map((id) =>
            links
              .filter((l) => l.quote_id === id)
              .flatMap((l) => byId.get(l.event_id) ?? [])
              .slice(0, LIST_LIMITS.quoteEvents),
          );
        })
        .load(quote.id),
  }),
);

export const EventFilter = builder.inputType("EventFilter", {
  description: "Every given criterion must hold.",
  fields: (t) => ({
    types: t.field({ type: [CameoRootEnum], description: "Any of these CAMEO root categories." }),
    from: t.field({
      type: "Date",
      description: "On or after this day (start of the event's known period).",
    }),
    to: t.field({ type: "Date", description: "On or before this day." }),
    entityIds: t.idList({ description: "All of these entities take part." }),
    anyEntityIds: t.idList({ description: "At least one of these entities takes part." }),
    locationId: t.id({ description: "Happened at this place." }),
    articleId: t.id({ description: "Reported by this article." }),
    source: t.string({
      description: "Reported by an article of this publisher or agency (case-insensitive).",
    }),
    search: t.string({
      description: "Words in the trigger or summary, or a participant's name or alias (prefix).",
    }),
  }),
});

export type EventFilterInput = {
  types?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  entityIds?: readonly (string | number)[] | null;
  anyEntityIds?: readonly (string | number)[] | null;
  locationId?: string | number | null;
  articleId?: string | number | null;
  source?: string | null;
  search?: string | null;
};

/** Decodes an EventFilter's global IDs into criteria for the event-filter service. */
export function eventCriteria(filter: EventFilterInput | null | undefined): EventCriteria {
  if (!filter) return {};
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new ValidationError("filter.from must not be after filter.to", "from");
  }
  return {
    codes: filter.types ? [...filter.types] : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    allEntityIds: filter.entityIds ? decodeIds(filter.entityIds, "Entity") : null,
    anyEntityIds: filter.anyEntityIds ? decodeIds(filter.anyEntityIds, "Entity") : null,
    locationId: filter.locationId != null ? decodeId(filter.locationId, "Entity") : null,
    articleId: filter.articleId != null ? decodeId(filter.articleId, "Article") : null,
    source: checkedFilterText(filter.source, "source") ?? null,
    search: checkedFilterText(filter.search, "search") ?? null,
  };
}

const EventOrder = builder.enumType("EventOrder", {
  values: {
    DATE_DESC: { description: "Newest first, undated last (default)." },
    DATE_ASC: { description: "Oldest first, undated last." },
    ARTICLE_COUNT_DESC: {
      description:
        "Reported by the most distinct articles first (see articleCount); most recently recorded first among equals.",
    },
  } as const,
});

builder.queryField("events", (t) =>
  t.prismaConnection({
    type: "Event",
    cursor: "id",
    description: "Events matching the filter, newest first unless ordered otherwise.",
    maxSize: checkedPageSize,
    args: {
      filter: t.arg({ type: EventFilter }),
      orderBy: t.arg({ type: EventOrder, defaultValue: "DATE_DESC" }),
    },
    totalCount: (_parent, { filter }, ctx) =>
      ctx.prisma.event.count({ where: eventWhere(eventCriteria(filter)) }),
    resolve: (query, _parent, { filter, orderBy }, ctx) =>
      orderBy === "ARTICLE_COUNT_DESC"
        ? eventsByArticleCount(ctx, query, eventCriteria(filter))
        : ctx.prisma.event.findMany({
            ...query,
            where: eventWhere(eventCriteria(filter)),
            orderBy:
              orderBy === "DATE_ASC"
                ? [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }]
                : [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
          }),
  }),
);

/**
 * One page of events ordered by distinct reporting articles, then newest id.
 * Prisma can order by a relation's row count only, and an article reporting an
 * event in several passages has several event_mention rows, so the page's ids
 * come from SQL, paged the way Prisma pages a cursor (start at the cursor row,
 * skip, take; a negative take pages backwards), then load with the selection.
 */
async function eventsByArticleCount(
  ctx: Context,
  query: Pick<Prisma.EventFindManyArgs, "include" | "select" | "cursor" | "skip" | "take">,
  criteria: EventCriteria,
): Promise<Event[]> {
  const { cursor, skip = 0, take = 20, ...selection } = query;
  const backward = take < 0;
  const cursorId = cursor?.id ?? null;
  const rows = await ctx.prisma.$queryRaw<{ id: number }[]>`
    WITH ranked AS (
      SELECT e.id, row_number() OVER (ORDER BY count(DISTINCT m.article_id) DESC, e.id DESC) AS pos
      FROM event e LEFT JOIN event_mention m ON m.event_id = e.id
      WHERE ${eventSqlCondition(criteria)}
      GROUP BY e.id),
    start AS (SELECT (SELECT pos FROM ranked WHERE id = ${cursorId}::int) AS pos)
    SELECT r.id FROM ranked r, start
    WHERE CASE
      WHEN ${cursorId}::int IS NULL THEN TRUE
      WHEN ${backward} THEN r.pos <= start.pos - ${skip}
      ELSE r.pos >= start.pos + ${skip} END
    ORDER BY CASE WHEN ${backward} THEN -r.pos ELSE r.pos END
    LIMIT ${Math.abs(take)}`;
  const ids = rows.map((r) => r.id);
  if (backward) ids.reverse();
  const events = await ctx.prisma.event.findMany({ ...selection, where: { id: { in: ids } } });
  const byId = new Map(events.map((e) => [e.id, e]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

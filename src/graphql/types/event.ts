import type { CameoCode } from "../../extract/types.js";
import type { Context } from "../../context.js";
import { builder, DEFAULT_PAGE_SIZE } from "../builder.js";
import { uniqueById } from "../unique.js";
import { Prisma, type Event, type ParticipantRole } from "../../generated/prisma/client.js";
import { ValidationError } from "../../errors.js";
import { eventSqlCondition, eventWhere, type EventCriteria } from "../../services/event-filter.js";
import { REPORT_STATS_COLUMNS } from "../../ingest/event-stats.js";
import { QUOTE_ABOUT_EVENT } from "../../services/quote-event-link.js";
import { compiledNode } from "../compiled/node.js";
import { compiled, leafSerializer, type FieldRule } from "../compiled/compile.js";
import {
  childConnection,
  column,
  connection,
  beforeCursor,
  fromColumn,
  globalId,
  pastCursor,
  prismaCursor,
  prismaPage,
  sameRow,
  type PageArgs,
  toMany,
  toOne,
} from "../compiled/fields.js";
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
  id: { field: "id", extensions: compiled(globalId("Event")) },
  findUnique: byRowKey("Event"),
  extensions: compiledNode("event"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "A real-world happening: who did what to whom, when and where.",
  fields: (t) => ({
    type: t.field({
      type: CameoRootEnum,
      description: "CAMEO root category.",
      extensions: compiled(column("code")),
      select: { code: true },
      resolve: (event) => event.code as CameoCode,
    }),
    code: t.exposeString("code", {
      description: 'Two-digit CAMEO root code, e.g. "04".',
      extensions: compiled(column("code")),
    }),
    label: t.string({
      extensions: compiled(fromColumn("code", cameoLabel)),
      select: { code: true },
      description: 'CAMEO root code and name, e.g. "04 CONSULT".',
      resolve: (event) => cameoLabel(event.code),
    }),
    trigger: t.exposeString("trigger", {
      description: "The words that express the event.",
      extensions: compiled(column("trigger")),
    }),
    summary: t.exposeString("summary", { extensions: compiled(column("summary")) }),
    date: t.expose("date", {
      type: "Date",
      nullable: true,
      description: "First day of the known period; see datePrecision.",
      extensions: compiled(column("date")),
    }),
    datePrecision: t.expose("datePrecision", {
      type: DatePrecisionEnum,
      nullable: true,
      extensions: compiled(column("date_precision")),
    }),
    confidence: t.exposeFloat("confidence", { extensions: compiled(column("confidence")) }),
    location: t.relation("location", {
      nullable: true,
      extensions: compiled(toOne("Entity", "entity", "location_id")),
    }),
    participants: t.relation("participants", {
      description: `Who took part, by role (at most ${LIST_LIMITS.eventParticipants}).`,
      extensions: {
        ...maxItems(LIST_LIMITS.eventParticipants),
        ...compiled(
          toMany(
            "EventParticipant",
            (alias, parent) =>
              Prisma.sql`event_participant ${alias} WHERE ${alias}.event_id = ${parent}.id`,
            (alias) => Prisma.sql`${alias}.role, ${alias}.id`,
            LIST_LIMITS.eventParticipants,
          ),
        ),
      },
      query: () => ({
        orderBy: [{ role: "asc" }, { id: "asc" }],
        take: LIST_LIMITS.eventParticipants,
      }),
    }),
    articleCount: t.int({
      description: "Number of distinct articles that report this event.",
      extensions: compiled(reportStat(0)),
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).articleCount,
    }),
    sourceCount: t.int({
      description:
        "Number of distinct publishers among the reporting articles: syndicated copies of one source count once, an article without a source counts alone.",
      extensions: compiled(reportStat(1)),
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).sourceCount,
    }),
    firstReportedAt: t.field({
      type: "Date",
      nullable: true,
      description:
        "Publication day of the earliest reporting article (its ingest day when it has none).",
      extensions: compiled(reportStat(2)),
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).firstReportedAt,
    }),
    lastReportedAt: t.field({
      type: "Date",
      nullable: true,
      description:
        "Publication day of the latest reporting article (its ingest day when it has none).",
      extensions: compiled(reportStat(3)),
      resolve: async (event, _args, ctx) =>
        (await ctx.loaders.eventReportStats.load(event.id)).lastReportedAt,
    }),
    reports: t.field({
      type: [EventReportRef],
      description: `Each passage of each article that reports this event (at most ${LIST_LIMITS.eventReports}).`,
      extensions: {
        ...maxItems(LIST_LIMITS.eventReports),
        ...compiled(
          toMany(
            "EventReport",
            (alias, parent) =>
              Prisma.sql`event_mention ${alias} WHERE ${alias}.event_id = ${parent}.id`,
            (alias) => Prisma.sql`${alias}.article_id, ${alias}.start`,
            LIST_LIMITS.eventReports,
          ),
        ),
      },
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

/** articleCount, sourceCount, firstReportedAt and lastReportedAt share one aggregate per event. */
function reportStat(position: number): FieldRule {
  return (c) => {
    const index = c.sharedSlot(
      "reportStats",
      () => Prisma.sql`(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT ${REPORT_STATS_COLUMNS} FROM event_article r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = ${c.row}.id) s)`,
    );
    const serialize = leafSerializer(c.field.definition.type);
    return (values) => serialize((values[index] as unknown[])[position]);
  };
}

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
      evidence: t.field({
        type: EvidenceRef,
        extensions: compiled(sameRow("Evidence")),
        resolve: (r) => r,
      }),
      confidence: t.exposeFloat("confidence", { extensions: compiled(column("confidence")) }),
    }),
  });

builder.prismaObject("EventParticipant", {
  description: "An entity taking part in an event, in a role.",
  fields: (t) => ({
    role: t.expose("role", { type: ParticipantRoleEnum, extensions: compiled(column("role")) }),
    entity: t.relation("entity", { extensions: compiled(toOne("Entity", "entity", "entity_id")) }),
    event: t.relation("event", { extensions: compiled(toOne("Event", "event", "event_id")) }),
  }),
});

builder.prismaObjectField("Article", "events", (t) =>
  t.field({
    type: [EventRef],
    description: `Events this article reports (at most ${LIST_LIMITS.articleEvents}).`,
    extensions: {
      ...maxItems(LIST_LIMITS.articleEvents),
      // Each event at its first report in the article (the lowest start, then report id), in that order.
      ...compiled(
        toMany(
          "Event",
          (alias, parent) => Prisma.sql`(SELECT e.*, f.start AS first_start, f.id AS first_id
            FROM (SELECT DISTINCT ON (r.event_id) r.event_id, r.start, r.id FROM event_mention r
              WHERE r.article_id = ${parent}.id ORDER BY r.event_id, r.start, r.id) f
            JOIN event e ON e.id = f.event_id) ${alias}`,
          (alias) => Prisma.sql`${alias}.first_start, ${alias}.first_id`,
          LIST_LIMITS.articleEvents,
        ),
      ),
    },
    select: (_args, _ctx, nestedSelection) => ({
      eventMentions: {
        // The id orders reports starting at the same offset, as the compiled rule does.
        orderBy: [{ start: "asc" }, { id: "asc" }],
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
      extensions: compiled((c) => {
        const role = (c.field.args as { role?: ParticipantRole | null }).role ?? null;
        const taking = (parent: Prisma.Sql) => Prisma.sql`SELECT p.event_id FROM event_participant p
          WHERE p.entity_id = ${parent}.id
            AND (${role}::"ParticipantRole" IS NULL OR p.role = ${role}::"ParticipantRole")`;
        return childConnection(
          eventsOfEntity(role).name,
          "Event",
          // The page's ids come from the participant index first (events are ordered by id), so a
          // busy entity's page reads its newest few events, not a scan of every event down to them.
          (parent, afterId, limit) => Prisma.sql`SELECT e.* FROM (
              SELECT DISTINCT x.event_id FROM (${taking(parent)}) x
              WHERE (${afterId}::int IS NULL OR x.event_id < ${afterId}::int)
              ORDER BY x.event_id DESC LIMIT ${limit}) page
            JOIN event e ON e.id = page.event_id`,
          (parent) =>
            Prisma.sql`(SELECT count(DISTINCT x.event_id)::int FROM (${taking(parent)}) x)`,
        )(c);
      }),
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
    extensions: {
      ...maxItems(LIST_LIMITS.quoteEvents),
      ...compiled(
        toMany(
          "Event",
          (alias, parent) => Prisma.sql`event ${alias} WHERE ${alias}.id IN (
            SELECT m.event_id FROM quote q JOIN event_mention m ON m.article_id = q.article_id
            WHERE q.id = ${parent}.id AND ${QUOTE_ABOUT_EVENT})`,
          (alias) => Prisma.sql`${alias}.id`,
          LIST_LIMITS.quoteEvents,
        ),
      ),
    },
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
    extensions: compiled(eventsPage),
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

/** Query.events as one statement: every order, paged either way as Prisma pages them. */
const eventsPage = connection((c) => {
  const args = c.field.args as PageArgs & {
    filter?: EventFilterInput | null;
    orderBy?: string | null;
  };
  const page = prismaPage(args);
  const condition = eventSqlCondition(eventCriteria(args.filter));
  const { cursorId, backward } = page;
  const common = {
    nodeType: "Event",
    size: page.size,
    after: page.after,
    backward: page.backwardPage,
    count: () => Prisma.sql`(SELECT count(*)::int FROM event e WHERE ${condition})`,
    cursor: prismaCursor,
  };
  if (args.orderBy === "ARTICLE_COUNT_DESC") {
    // As eventsByArticleCount ranks and pages them: from the cursor event's rank on, less it.
    const beyond = backward ? Prisma.sql`<` : Prisma.sql`>`;
    return {
      ...common,
      rows: (limit) => Prisma.sql`WITH ranked AS (${rankedByArticleCount(condition)})
        SELECT e.*, r.pos AS page_pos FROM ranked r JOIN event e ON e.id = r.id
        ${
          cursorId === null
            ? Prisma.empty
            : Prisma.sql`WHERE r.pos ${beyond} (SELECT c.pos FROM ranked c WHERE c.id = ${cursorId})`
        }
        ORDER BY r.pos ${backward ? Prisma.sql`DESC` : Prisma.empty} LIMIT ${limit}`,
      orderBy: (alias) => Prisma.sql`${alias}.page_pos`,
    };
  }
  const ascending = args.orderBy === "DATE_ASC";
  const order = (alias: Prisma.Sql, reverse = false) =>
    ascending !== reverse
      ? Prisma.sql`${alias}.date ASC NULLS ${reverse ? Prisma.sql`FIRST` : Prisma.sql`LAST`}, ${alias}.id ASC`
      : Prisma.sql`${alias}.date DESC NULLS ${reverse ? Prisma.sql`FIRST` : Prisma.sql`LAST`}, ${alias}.id DESC`;
  return {
    ...common,
    rows: (limit) =>
      cursorId === null
        ? Prisma.sql`SELECT e.* FROM event e WHERE ${condition}
          ORDER BY ${order(Prisma.sql`e`, backward)} LIMIT ${limit}`
        : Prisma.sql`SELECT e.* FROM event e, (SELECT e.id, e.date FROM event e
            WHERE e.id = ${cursorId} AND ${condition}) c
          WHERE ${condition} AND ${
            backward ? beforeCursor("date", ascending) : pastCursor("date", ascending)
          }
          ORDER BY ${order(Prisma.sql`e`, backward)} LIMIT ${limit}`,
    orderBy: (alias) => order(alias),
  };
});

/** `id, pos` of the events matching `condition`, ranked by distinct reporting articles, then newest. */
function rankedByArticleCount(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT e.id,
      row_number() OVER (ORDER BY count(m.article_id) DESC, e.id DESC) AS pos
    FROM event e LEFT JOIN event_article m ON m.event_id = e.id
    WHERE ${condition}
    GROUP BY e.id`;
}

/**
 * One page of events ordered by distinct reporting articles, then newest id.
 * Ordered in SQL (Prisma could order by the count of event_article rows, but
 * not page that order the way its cursor pages need): the page's ids
 * come from SQL, paged the way Prisma pages a cursor (start at the cursor row,
 * skip, take; a negative take pages backwards), then load with the selection.
 */
async function eventsByArticleCount(
  ctx: Context,
  query: Pick<Prisma.EventFindManyArgs, "include" | "select" | "cursor" | "skip" | "take">,
  criteria: EventCriteria,
): Promise<Event[]> {
  const { cursor, skip = 0, take = DEFAULT_PAGE_SIZE, ...selection } = query;
  const backward = take < 0;
  const cursorId = cursor?.id ?? null;
  const rows = await ctx.prisma.$queryRaw<{ id: number }[]>`
    WITH ranked AS (${rankedByArticleCount(eventSqlCondition(criteria))}),
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

import { decodeBase64, decodeCursorChunk } from "@pothos/core";
import { Prisma, type EntityType } from "../../generated/prisma/client.js";
import { REPORT_STATS_COLUMNS } from "../../ingest/event-stats.js";
import {
  entityNetworkSql,
  timelineSql,
  topEntitiesSql,
  typeBreakdownSql,
  type TimeInterval,
} from "../../services/event-aggregates.js";
import { eventSqlCondition } from "../../services/event-filter.js";
import { QUOTE_ABOUT_EVENT, quotesAboutEvent } from "../../services/quote-event-link.js";
import { quoteSqlCondition } from "../../services/quote-filter.js";
import { childPage, encodeChildCursor, type ChildConnectionArgs } from "../child-connection.js";
import { LIST_LIMITS } from "../list-limits.js";
import { checkedLimit, checkedPageSize } from "../paging.js";
import { cameoLabel } from "../types/enums.js";
import { eventCriteria, type EventFilterInput } from "../types/event.js";
import { quoteCriteria, type QuoteFilterInput } from "../types/quote.js";
import { collectFields, NotCompilable } from "./collect.js";
import {
  leafSerializer,
  objectShaper,
  type FieldContext,
  type FieldRule,
  type SlotRow,
  type TypeRules,
} from "./compile.js";
import {
  column,
  connection,
  fromColumn,
  globalId,
  prismaCursor,
  sqlValue,
  toMany,
  toOne,
} from "./fields.js";

// What the compiled read path covers: the fields dashboards join over events,
// each compiled to the SQL its resolver's loaders would run. A field missing
// here sends the whole request through the resolvers.

/** Children per page of a root Prisma connection when `first` is not given (builder.ts). */
const DEFAULT_PAGE_SIZE = 20;

/** A forward child connection, newest id first: `rows` selects a page of node rows past the cursor. */
function childRows(
  name: string,
  nodeType: string,
  rows: (parent: Prisma.Sql, afterId: number | null, limit: number) => Prisma.Sql,
  count: (parent: Prisma.Sql) => Prisma.Sql,
): FieldRule {
  return connection((c) => {
    const { size, afterId } = childPage(name, c.field.args as ChildConnectionArgs);
    return {
      nodeType,
      size,
      after: afterId !== null,
      rows: (limit) => rows(c.row, afterId, limit),
      orderBy: (alias) => Prisma.sql`${alias}.id DESC`,
      count: () => count(c.row),
      cursor: encodeChildCursor,
    };
  });
}

const ENTITY: Record<string, FieldRule> = {
  id: globalId("Entity"),
  name: column("name"),
  type: column("type"),
  description: column("description"),
  aliases: sqlValue(
    (row) => Prisma.sql`(SELECT coalesce(json_agg(a.alias ORDER BY a.id), '[]'::json)
      FROM (SELECT a.alias, a.id FROM entity_alias a WHERE a.entity_id = ${row}.id
        ORDER BY a.id LIMIT ${LIST_LIMITS.aliases}) a)`,
  ),
  mentionCount: sqlValue(
    (row) => Prisma.sql`(SELECT count(*)::int FROM mention n WHERE n.entity_id = ${row}.id)`,
  ),
  quotes: childRows(
    "Entity.quotes",
    "Quote",
    (parent, afterId, limit) => Prisma.sql`SELECT q.* FROM quote q WHERE q.speaker_id = ${parent}.id
    AND (${afterId}::int IS NULL OR q.id < ${afterId}::int) ORDER BY q.id DESC LIMIT ${limit}`,
    (parent) => Prisma.sql`(SELECT count(*)::int FROM quote q WHERE q.speaker_id = ${parent}.id)`,
  ),
  events: (c) => {
    const role = (c.field.args as { role?: string | null }).role ?? null;
    const taking = (parent: Prisma.Sql) => Prisma.sql`SELECT p.event_id FROM event_participant p
    WHERE p.entity_id = ${parent}.id AND (${role}::text IS NULL OR p.role::text = ${role}::text)`;
    return childRows(
      `Entity.events:${role ?? "ANY"}`,
      "Event",
      (
        parent,
        afterId,
        limit,
      ) => Prisma.sql`SELECT e.* FROM event e WHERE e.id IN (${taking(parent)})
      AND (${afterId}::int IS NULL OR e.id < ${afterId}::int) ORDER BY e.id DESC LIMIT ${limit}`,
      (parent) => Prisma.sql`(SELECT count(DISTINCT x.event_id)::int FROM (${taking(parent)}) x)`,
    )(c);
  },
};

const ARTICLE: Record<string, FieldRule> = {
  id: globalId("Article"),
  title: column("title"),
  subtitle: column("subtitle"),
  source: column("source"),
  url: column("url"),
  authors: sqlValue((row) => Prisma.sql`${row}.authors[1:${LIST_LIMITS.authors}]`),
  datelinePlace: column("dateline_place"),
  publishedAt: column("published_at"),
  ingestedAt: column("ingested_at"),
  extractorVersion: column("extractor_version"),
  text: column("text"),
  body: column("body"),
};

const QUOTE: Record<string, FieldRule> = {
  id: globalId("Quote"),
  text: column("text"),
  verb: column("verb"),
  confidence: column("confidence"),
  speaker: toOne("Entity", "entity", "speaker_id"),
  article: toOne("Article", "article", "article_id"),
  events: toMany(
    "Event",
    (alias, parent) => Prisma.sql`event ${alias} WHERE ${alias}.id IN (
      SELECT m.event_id FROM quote q JOIN event_mention m ON m.article_id = q.article_id
      WHERE q.id = ${parent}.id AND ${QUOTE_ABOUT_EVENT})`,
    (alias) => Prisma.sql`${alias}.id`,
    LIST_LIMITS.quoteEvents,
  ),
};

/** articleCount, sourceCount, firstReportedAt and lastReportedAt share one aggregate per event. */
function reportStat(position: number): FieldRule {
  return (c) => {
    const index = c.sharedSlot(
      "reportStats",
      () => Prisma.sql`(SELECT json_build_array(s.articles, s.sources, s.first, s.last) FROM (
        SELECT ${REPORT_STATS_COLUMNS} FROM event_mention r JOIN article a ON a.id = r.article_id
        WHERE r.event_id = ${c.row}.id) s)`,
    );
    const serialize = leafSerializer(c.field.definition.type);
    return (values) => serialize((values[index] as unknown[])[position]);
  };
}

const EVENT: Record<string, FieldRule> = {
  id: globalId("Event"),
  type: column("code"),
  code: column("code"),
  label: fromColumn("code", cameoLabel),
  trigger: column("trigger"),
  summary: column("summary"),
  date: column("date"),
  datePrecision: column("date_precision"),
  confidence: column("confidence"),
  location: toOne("Entity", "entity", "location_id"),
  participants: toMany(
    "EventParticipant",
    (alias, parent) =>
      Prisma.sql`event_participant ${alias} WHERE ${alias}.event_id = ${parent}.id`,
    (alias) => Prisma.sql`${alias}.role, ${alias}.id`,
    LIST_LIMITS.eventParticipants,
  ),
  articles: toMany(
    "Article",
    (alias, parent) => Prisma.sql`article ${alias}
      WHERE ${alias}.id IN (SELECT r.article_id FROM event_mention r WHERE r.event_id = ${parent}.id)`,
    (alias) => Prisma.sql`${alias}.id`,
    LIST_LIMITS.eventArticles,
  ),
  articleCount: reportStat(0),
  sourceCount: reportStat(1),
  firstReportedAt: reportStat(2),
  lastReportedAt: reportStat(3),
  quotes: connection((c) => {
    const { size, afterId } = childPage("Event.quotes", c.field.args as ChildConnectionArgs);
    const about = quotesAboutEvent(Prisma.sql`${c.row}.id`);
    return {
      nodeType: "Quote",
      size,
      after: afterId !== null,
      rows: (limit) => Prisma.sql`SELECT q.* FROM quote q WHERE ${about}
        AND (${afterId}::int IS NULL OR q.id < ${afterId}::int)
        ORDER BY q.id DESC LIMIT ${limit}`,
      orderBy: (alias) => Prisma.sql`${alias}.id DESC`,
      count: () => Prisma.sql`(SELECT count(*)::int FROM quote q WHERE ${about})`,
      cursor: encodeChildCursor,
    };
  }),
};

const EVENT_PARTICIPANT: Record<string, FieldRule> = {
  role: column("role"),
  entity: toOne("Entity", "entity", "entity_id"),
  event: toOne("Event", "event", "event_id"),
};

/** Query.events with DATE_DESC or DATE_ASC order, paged forward. */
const events = connection((c) => {
  const args = c.field.args as ChildConnectionArgs & {
    filter?: EventFilterInput | null;
    orderBy?: string | null;
  };
  if (args.last != null || args.before != null) throw new NotCompilable("backward pages");
  if (args.orderBy !== "DATE_DESC" && args.orderBy !== "DATE_ASC") {
    throw new NotCompilable(`events ordered by ${args.orderBy}`);
  }
  checkedPageSize(args);
  const ascending = args.orderBy === "DATE_ASC";
  const condition = eventSqlCondition(eventCriteria(args.filter));
  const afterId = args.after != null ? prismaCursorId(args.after) : null;
  const order = (alias: Prisma.Sql) =>
    ascending
      ? Prisma.sql`${alias}.date ASC NULLS LAST, ${alias}.id ASC`
      : Prisma.sql`${alias}.date DESC NULLS LAST, ${alias}.id DESC`;
  return {
    nodeType: "Event",
    size: args.first ?? DEFAULT_PAGE_SIZE,
    after: afterId !== null,
    rows: (limit) => Prisma.sql`SELECT e.* FROM event e WHERE ${condition}
      ${afterId === null ? Prisma.empty : Prisma.sql`AND ${pastCursor(afterId, ascending)}`}
      ORDER BY ${order(Prisma.sql`e`)} LIMIT ${limit}`,
    orderBy: order,
    count: () => Prisma.sql`(SELECT count(*)::int FROM event e WHERE ${condition})`,
    cursor: prismaCursor,
  };
});

/** Query.quotes, newest first, paged forward. */
const quotes = connection((c) => {
  const args = c.field.args as ChildConnectionArgs & { filter?: QuoteFilterInput | null };
  if (args.last != null || args.before != null) throw new NotCompilable("backward pages");
  checkedPageSize(args);
  const condition = quoteSqlCondition(quoteCriteria(args.filter));
  const afterId = args.after != null ? prismaCursorId(args.after) : null;
  // Past a cursor only while its quote exists, as Prisma's cursor pages.
  const pastCursor =
    afterId === null
      ? Prisma.empty
      : Prisma.sql`AND q.id < ${afterId} AND EXISTS (SELECT 1 FROM quote c WHERE c.id = ${afterId})`;
  return {
    nodeType: "Quote",
    size: args.first ?? DEFAULT_PAGE_SIZE,
    after: afterId !== null,
    rows: (limit) => Prisma.sql`SELECT q.* FROM quote q WHERE ${condition} ${pastCursor}
      ORDER BY q.id DESC LIMIT ${limit}`,
    orderBy: (alias) => Prisma.sql`${alias}.id DESC`,
    count: () => Prisma.sql`(SELECT count(*)::int FROM quote q WHERE ${condition})`,
    cursor: prismaCursor,
  };
});

/**
 * Events of `e` after the cursor event in date order, undated last; nothing
 * when the cursor's event is gone, as Prisma's cursor pages.
 */
function pastCursor(cursorId: number, ascending: boolean): Prisma.Sql {
  const beyond = ascending ? Prisma.sql`>` : Prisma.sql`<`;
  return Prisma.sql`EXISTS (SELECT 1 FROM event c WHERE c.id = ${cursorId} AND CASE
    WHEN c.date IS NULL THEN e.date IS NULL AND e.id ${beyond} c.id
    ELSE e.date ${beyond} c.date OR (e.date = c.date AND e.id ${beyond} c.id) OR e.date IS NULL END)`;
}

/** The id in a Prisma connection cursor; NotCompilable (the resolvers report it) otherwise. */
function prismaCursorId(cursor: string): number {
  const decoded = decodeBase64(cursor);
  const id = decoded.startsWith("GPC:") ? decodeCursorChunk(decoded.slice(4)) : null;
  if (typeof id !== "number" || !Number.isInteger(id)) throw new NotCompilable("cursor");
  return id;
}

/** Compiles one field of a JSON-built object into a reader of the object. */
type JsonFieldRule = (c: FieldContext) => (row: never) => unknown;

const jsonProperty =
  (name: string): JsonFieldRule =>
  (c) => {
    const serialize = leafSerializer(c.field.definition.type);
    return (row: Record<string, unknown>) => serialize(row[name]);
  };

/** A shaper of plain objects the database aggregated as JSON (timeline buckets, type counts). */
function jsonShaper(
  c: FieldContext,
  typeName: string,
  rules: Record<string, JsonFieldRule>,
): (row: unknown) => Record<string, unknown> {
  const type = c.compiler.objectType(typeName);
  const readers = collectFields(c.compiler.scope, type, c.field.selectionSets).map((field) => {
    if (field.fieldName === "__typename") return [field.responseKey, () => typeName] as const;
    const rule = rules[field.fieldName];
    if (!rule) throw new NotCompilable(`${typeName}.${field.fieldName} is not compiled`);
    return [field.responseKey, rule({ ...c, field }) as (row: unknown) => unknown] as const;
  });
  return objectShaper(readers);
}

/** A list of JSON-built objects in one slot. */
function jsonList(typeName: string, sql: Prisma.Sql, rules: Record<string, JsonFieldRule>) {
  return (c: FieldContext) => {
    const index = c.slot(sql);
    const shape = jsonShaper(c, typeName, rules);
    return (values: readonly unknown[]) => (values[index] as unknown[]).map(shape);
  };
}

const TYPE_COUNT: Record<string, JsonFieldRule> = {
  type: jsonProperty("code"),
  code: jsonProperty("code"),
  label: () => (row: { code: string }) => cameoLabel(row.code),
  count: jsonProperty("count"),
};

const TIMELINE_BUCKET: Record<string, JsonFieldRule> = {
  bucket: jsonProperty("bucket"),
  total: jsonProperty("total"),
  byType: (c) => {
    const shape = jsonShaper(c, "EventTypeCount", TYPE_COUNT);
    return (row: { byType: unknown[] }) => row.byType.map(shape);
  },
};

interface NetworkArgs {
  filter?: EventFilterInput | null;
  entityType?: EntityType | null;
  minShared?: number | null;
  first?: number | null;
}

const QUERY: Record<string, FieldRule> = {
  events,
  quotes,
  topEntities: (c) => {
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
  },
  entityNetwork: (c) => {
    const { filter, entityType, minShared, first } = c.field.args as NetworkArgs;
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
  },
  eventTimeline: (c) => {
    const { filter, interval } = c.field.args as {
      filter?: EventFilterInput | null;
      interval: TimeInterval;
    };
    const rows = timelineSql(eventCriteria(filter), interval);
    return jsonList(
      "TimelineBucket",
      Prisma.sql`(SELECT coalesce(json_agg(json_build_object('bucket', x.bucket, 'total', x.total,
        'byType', x.by_type) ORDER BY x.bucket), '[]'::json) FROM (${rows}) x)`,
      TIMELINE_BUCKET,
    )(c);
  },
  eventTypeBreakdown: (c) => {
    const { filter } = c.field.args as { filter?: EventFilterInput | null };
    const rows = typeBreakdownSql(eventCriteria(filter));
    return jsonList(
      "EventTypeCount",
      Prisma.sql`(SELECT coalesce(json_agg(json_build_object('code', x.code, 'count', x.count)
        ORDER BY x.count DESC, x.code), '[]'::json) FROM (${rows}) x)`,
      TYPE_COUNT,
    )(c);
  },
};

// Rows of the network's WITH query: top (entity_id, weight) and pairs (s, t, shared).
const ENTITY_NETWORK: Record<string, FieldRule> = {
  nodes: toMany(
    "NetworkNode",
    (alias) => Prisma.sql`top ${alias}`,
    (alias) => Prisma.sql`${alias}.weight DESC, ${alias}.entity_id`,
  ),
  edges: toMany(
    "NetworkEdge",
    (alias) => Prisma.sql`pairs ${alias}`,
    (alias) => Prisma.sql`${alias}.shared DESC, ${alias}.s, ${alias}.t`,
  ),
};

export const COMPILED_TYPES: TypeRules = {
  EntityNetwork: ENTITY_NETWORK,
  NetworkNode: { entity: toOne("Entity", "entity", "entity_id"), weight: column("weight") },
  NetworkEdge: {
    source: toOne("Entity", "entity", "s"),
    target: toOne("Entity", "entity", "t"),
    sharedEvents: column("shared"),
  },
  TopEntity: {
    entity: toOne("Entity", "entity", '"entityId"'),
    eventCount: column('"eventCount"'),
    quoteCount: column('"quoteCount"'),
  },
  Query: QUERY,
  Event: EVENT,
  EventParticipant: EVENT_PARTICIPANT,
  Entity: ENTITY,
  Quote: QUOTE,
  Article: ARTICLE,
};

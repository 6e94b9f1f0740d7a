import { Prisma, type Quote } from "../../generated/prisma/client.js";
import { quotesAboutEvent } from "../../services/quote-event-link.js";
import {
  quoteSqlCondition,
  quoteSqlConditions,
  type QuoteCriteria,
} from "../../services/quote-filter.js";
import { builder } from "../builder.js";
import { compiledNode } from "../compiled/node.js";
import { compiled } from "../compiled/compile.js";
import {
  childConnection,
  column,
  connection,
  globalId,
  prismaCursor,
  prismaPage,
  sameRow,
  type PageArgs,
  toOne,
} from "../compiled/fields.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import { byRowKey, decodeId } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import {
  compiledTextOrder,
  resolveTextOrder,
  type TextOrderTable,
} from "../text-order-connection.js";
import { EvidenceRef } from "./evidence.js";

export const QuoteRef = builder.prismaNode("Quote", {
  id: { field: "id", extensions: compiled(globalId("Quote")) },
  findUnique: byRowKey("Quote"),
  extensions: compiledNode("quote"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "A direct quotation and who said it.",
  fields: (t) => ({
    text: t.exposeString("text", {
      description: "The words between the quotation marks.",
      extensions: compiled(column("text")),
    }),
    speaker: t.relation("speaker", {
      nullable: true,
      extensions: compiled(toOne("Entity", "entity", "speaker_id")),
    }),
    article: t.relation("article", {
      extensions: compiled(toOne("Article", "article", "article_id")),
    }),
    verb: t.exposeString("verb", {
      nullable: true,
      description: "Attribution verb, e.g. warned.",
      extensions: compiled(column("verb")),
    }),
    confidence: t.exposeFloat("confidence", {
      description: "Confidence in the attribution, 0–1.",
      extensions: compiled(column("confidence")),
    }),
    evidence: t.field({
      type: EvidenceRef,
      extensions: compiled(sameRow("Evidence")),
      select: { articleId: true, start: true, end: true, sentenceIndex: true },
      resolve: (q) => q,
    }),
  }),
});

const QuoteFilter = builder.inputType("QuoteFilter", {
  fields: (t) => ({
    speakerId: t.id({ description: "Said by this entity." }),
    articleId: t.id({ description: "In this article." }),
    eventId: t.id({
      description:
        "About this event: its paragraph reports the event, or follows the report and its speaker takes part.",
    }),
    mentionsEntityId: t.id({ description: "The quoted words name this entity." }),
    search: t.string({
      description: "PostgreSQL full-text search over the quoted words (English).",
    }),
  }),
});

builder.queryField("quotes", (t) =>
  t.prismaConnection({
    type: "Quote",
    cursor: "id",
    description: "Quotes, most recently stored first.",
    maxSize: checkedPageSize,
    args: { filter: t.arg({ type: QuoteFilter }) },
    extensions: compiled(quotesPage),
    totalCount: async (_parent, { filter }, ctx) =>
      ctx.prisma.quote.count({ where: await quoteWhere(ctx.prisma, filter) }),
    resolve: async (query, _parent, { filter }, ctx) =>
      ctx.prisma.quote.findMany({
        ...query,
        where: await quoteWhere(ctx.prisma, filter),
        orderBy: { id: "desc" },
      }),
  }),
);

/** Query.quotes as one statement: newest first, paged either way. */
const quotesPage = connection((c) => {
  const args = c.field.args as PageArgs & { filter?: QuoteFilterInput | null };
  const page = prismaPage(args);
  const condition = quoteSqlCondition(quoteCriteria(args.filter));
  const { cursorId, backward } = page;
  // As Prisma pages by cursor: the rows from the cursor's id on (none when
  // its quote is gone), less the first, whether or not that is the cursor's;
  // a backward page the same from the other end.
  const pastCursor =
    cursorId === null
      ? Prisma.empty
      : Prisma.sql`AND q.id ${backward ? Prisma.sql`>=` : Prisma.sql`<=`} (SELECT c.id FROM quote c WHERE c.id = ${cursorId})`;
  const skip = cursorId === null ? Prisma.empty : Prisma.sql`OFFSET 1`;
  return {
    nodeType: "Quote",
    size: page.size,
    after: page.after,
    backward: page.backwardPage,
    rows: (limit) => Prisma.sql`SELECT q.* FROM quote q WHERE ${condition} ${pastCursor}
      ORDER BY q.id ${backward ? Prisma.sql`ASC` : Prisma.sql`DESC`} LIMIT ${limit} ${skip}`,
    orderBy: (alias) => Prisma.sql`${alias}.id DESC`,
    count: () => Prisma.sql`(SELECT count(*)::int FROM quote q WHERE ${condition})`,
    cursor: prismaCursor,
  };
});

export type QuoteFilterInput = {
  speakerId?: string | number | null;
  articleId?: string | number | null;
  eventId?: string | number | null;
  mentionsEntityId?: string | number | null;
  search?: string | null;
};

/** Decodes a QuoteFilter's global IDs into criteria for the quote-filter service. */
export function quoteCriteria(filter: QuoteFilterInput | null | undefined): QuoteCriteria {
  if (!filter) return {};
  const id = (value: string | number | null | undefined, type: string) =>
    value != null ? decodeId(value, type) : null;
  return {
    speakerId: id(filter.speakerId, "Entity"),
    articleId: id(filter.articleId, "Article"),
    eventId: id(filter.eventId, "Event"),
    mentionsEntityId: id(filter.mentionsEntityId, "Entity"),
    search: checkedFilterText(filter.search, "search") ?? null,
  };
}

/**
 * Prisma `where` for a QuoteFilter. Criteria Prisma cannot express (event
 * links, mentions inside the quoted span, full-text search) are resolved to
 * ids in one SQL statement first.
 */
async function quoteWhere(
  prisma: Prisma.TransactionClient,
  filter: QuoteFilterInput | null | undefined,
): Promise<Prisma.QuoteWhereInput> {
  const criteria = quoteCriteria(filter);
  const where: Prisma.QuoteWhereInput = {};
  if (criteria.speakerId != null) where.speakerId = criteria.speakerId;
  if (criteria.articleId != null) where.articleId = criteria.articleId;
  const conditions = quoteSqlConditions(criteria);
  if (conditions.length > 0) {
    const rows = await prisma.$queryRaw<{ id: number }[]>`
      SELECT q.id FROM quote q WHERE ${Prisma.join(conditions, " AND ")}`;
    where.id = { in: rows.map((r) => r.id) };
  }
  return where;
}

/** Quotes said by an entity, newest first, limited per entity in SQL. */
const SAID_BY: ChildConnectionSpec<Quote> = {
  name: "Entity.quotes",
  pageSql: (entityIds, afterId, limit) => Prisma.sql`
    SELECT p.id AS parent_id, q.id FROM unnest(${entityIds}::int[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT id FROM quote WHERE speaker_id = p.id
        AND (${afterId}::int IS NULL OR id < ${afterId}::int)
      ORDER BY id DESC LIMIT ${limit}) q`,
  countSql: (entityIds) => Prisma.sql`
    SELECT speaker_id AS parent_id, count(*)::int AS n FROM quote
    WHERE speaker_id = ANY(${entityIds}::int[]) GROUP BY speaker_id`,
  hydrate: (ctx, ids) => ctx.prisma.quote.findMany({ where: { id: { in: ids } } }),
};

/** Quotes about an event (see QUOTE_ABOUT_EVENT), newest first, limited per event in SQL. */
const ABOUT_EVENT: ChildConnectionSpec<Quote> = {
  name: "Event.quotes",
  pageSql: (eventIds, afterId, limit) => Prisma.sql`
    SELECT e.id AS parent_id, x.id FROM unnest(${eventIds}::int[]) AS e(id)
    CROSS JOIN LATERAL (
      SELECT q.id FROM quote q
      WHERE ${quotesAboutEvent(Prisma.sql`e.id`)}
        AND (${afterId}::int IS NULL OR q.id < ${afterId}::int)
      ORDER BY q.id DESC LIMIT ${limit}) x`,
  countSql: (eventIds) => Prisma.sql`
    SELECT e.id AS parent_id, count(*)::int AS n FROM unnest(${eventIds}::int[]) AS e(id)
    JOIN quote q ON ${quotesAboutEvent(Prisma.sql`e.id`)}
    GROUP BY e.id`,
  hydrate: (ctx, ids) => ctx.prisma.quote.findMany({ where: { id: { in: ids } } }),
};

builder.prismaObjectField("Entity", "quotes", (t) =>
  t.connection(
    {
      type: QuoteRef,
      description: "Quotes this entity said or wrote, newest first.",
      extensions: compiled(
        childConnection(
          SAID_BY.name,
          "Quote",
          (parent, afterId, limit) => Prisma.sql`SELECT q.* FROM quote q
            WHERE q.speaker_id = ${parent}.id AND (${afterId}::int IS NULL OR q.id < ${afterId}::int)
            ORDER BY q.id DESC LIMIT ${limit}`,
          (parent) =>
            Prisma.sql`(SELECT count(*)::int FROM quote q WHERE q.speaker_id = ${parent}.id)`,
        ),
      ),
      resolve: (entity, args, ctx) => resolveChildConnection(ctx, entity.id, args, SAID_BY),
    },
    {
      name: "EntityQuotesConnection",
      fields: (c) => ({
        totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }),
      }),
    },
  ),
);

builder.prismaObjectField("Event", "quotes", (t) =>
  t.connection(
    {
      type: QuoteRef,
      description:
        "Quotes whose paragraph reports this event, or follows the report when the speaker takes part, newest first.",
      extensions: compiled(
        childConnection(
          ABOUT_EVENT.name,
          "Quote",
          (parent, afterId, limit) => Prisma.sql`SELECT q.* FROM quote q
            WHERE ${quotesAboutEvent(Prisma.sql`${parent}.id`)}
              AND (${afterId}::int IS NULL OR q.id < ${afterId}::int)
            ORDER BY q.id DESC LIMIT ${limit}`,
          (parent) => Prisma.sql`(SELECT count(*)::int FROM quote q
            WHERE ${quotesAboutEvent(Prisma.sql`${parent}.id`)})`,
        ),
      ),
      resolve: (event, args, ctx) => resolveChildConnection(ctx, event.id, args, ABOUT_EVENT),
    },
    {
      name: "EventQuotesConnection",
      fields: (c) => ({
        totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }),
      }),
    },
  ),
);

const ARTICLE_QUOTES: TextOrderTable = { table: "quote", nodeType: "Quote" };

builder.prismaObjectField("Article", "quotes", (t) =>
  t.connection(
    {
      type: QuoteRef,
      description: "Quotes in the article, in text order.",
      extensions: compiled(compiledTextOrder(ARTICLE_QUOTES)),
      resolve: (article, args, ctx) =>
        resolveTextOrder(ctx, article.id, args, ARTICLE_QUOTES, (ids) =>
          ctx.prisma.quote.findMany({ where: { id: { in: ids } } }),
        ),
    },
    {
      name: "ArticleQuotesConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);

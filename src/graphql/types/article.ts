import { Prisma, type Article } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { compiled } from "../compiled/compile.js";
import { childConnection, column, globalId, sqlValue, toMany } from "../compiled/fields.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import { byRowKey, decodeId } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import { uniqueById } from "../unique.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";

export const ArticleRef = builder.prismaNode("Article", {
  id: { field: "id", extensions: compiled(globalId("Article")) },
  findUnique: byRowKey("Article"),
  // node(id:) of a deleted record answers null, as Relay expects, not an error.
  nullable: true,
  description: "One ingested news article, with everything extracted from it.",
  fields: (t) => ({
    title: t.exposeString("title", { extensions: compiled(column("title")) }),
    subtitle: t.exposeString("subtitle", {
      nullable: true,
      extensions: compiled(column("subtitle")),
    }),
    source: t.exposeString("source", {
      nullable: true,
      description: "Publisher or wire agency.",
      extensions: compiled(column("source")),
    }),
    url: t.exposeString("url", { nullable: true, extensions: compiled(column("url")) }),
    authors: t.stringList({
      description: `Bylined authors (at most ${LIST_LIMITS.authors}).`,
      extensions: {
        ...maxItems(LIST_LIMITS.authors),
        ...compiled(sqlValue((row) => Prisma.sql`${row}.authors[1:${LIST_LIMITS.authors}]`)),
      },
      select: { authors: true },
      resolve: (article) => article.authors.slice(0, LIST_LIMITS.authors),
    }),
    datelinePlace: t.exposeString("datelinePlace", {
      nullable: true,
      extensions: compiled(column("dateline_place")),
    }),
    publishedAt: t.expose("publishedAt", {
      type: "Date",
      nullable: true,
      extensions: compiled(column("published_at")),
    }),
    ingestedAt: t.expose("ingestedAt", {
      type: "DateTime",
      extensions: compiled(column("ingested_at")),
    }),
    extractorVersion: t.exposeString("extractorVersion", {
      extensions: compiled(column("extractor_version")),
    }),
    text: t.exposeString("text", {
      description: "The text exactly as ingested; all offsets index it.",
      extensions: compiled(column("text")),
    }),
    body: t.exposeString("body", {
      description: "Body paragraphs only.",
      extensions: compiled(column("body")),
    }),
    mentions: t.relatedConnection("mentions", {
      cursor: "id",
      totalCount: true,
      maxSize: checkedPageSize,
      query: () => ({ orderBy: { start: "asc" } }),
    }),
    quotes: t.relatedConnection("quotes", {
      cursor: "id",
      totalCount: true,
      maxSize: checkedPageSize,
      query: () => ({ orderBy: { start: "asc" } }),
    }),
  }),
});

builder.prismaObjectField("Event", "articles", (t) =>
  t.field({
    type: [ArticleRef],
    description: `Articles that report this event, by id (at most ${LIST_LIMITS.eventArticles}; articleCount counts them all).`,
    extensions: {
      ...maxItems(LIST_LIMITS.eventArticles),
      ...compiled(
        toMany(
          "Article",
          (alias, parent) => Prisma.sql`article ${alias}
            WHERE ${alias}.id IN (SELECT r.article_id FROM event_mention r WHERE r.event_id = ${parent}.id)`,
          (alias) => Prisma.sql`${alias}.id`,
          LIST_LIMITS.eventArticles,
        ),
      ),
    },
    select: (_args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: { articleId: "asc" },
        select: { articleId: true, article: nestedSelection(true) },
      },
    }),
    resolve: (event) =>
      uniqueById(event.mentions.map((m) => m.article)).slice(0, LIST_LIMITS.eventArticles),
  }),
);

const ArticleFilter = builder.inputType("ArticleFilter", {
  description: "Every given criterion must hold.",
  fields: (t) => ({
    from: t.field({ type: "Date", description: "Published on or after this day." }),
    to: t.field({ type: "Date", description: "Published on or before this day." }),
    source: t.string({ description: "Publisher or agency, case-insensitive." }),
    entityId: t.id({ description: "Mentions this entity." }),
    search: t.string({
      description: "PostgreSQL full-text search over headline and body (English).",
    }),
  }),
});

type ArticleFilterInput = {
  from?: string | null;
  to?: string | null;
  source?: string | null;
  entityId?: string | number | null;
  search?: string | null;
};

/** Prisma `where` for an ArticleFilter; full-text search is resolved to ids in one statement first. */
async function articleWhere(
  prisma: Prisma.TransactionClient,
  filter: ArticleFilterInput | null | undefined,
): Promise<Prisma.ArticleWhereInput> {
  if (!filter) return {};
  checkedFilterText(filter.source, "source");
  checkedFilterText(filter.search, "search");
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.from) and.push({ publishedAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ publishedAt: { lte: new Date(`${filter.to}T00:00:00Z`) } });
  if (filter.source?.trim()) {
    and.push({ source: { equals: filter.source.trim(), mode: "insensitive" } });
  }
  if (filter.entityId != null) {
    and.push({ mentions: { some: { entityId: decodeId(filter.entityId, "Entity") } } });
  }
  const search = filter.search?.trim();
  if (search) {
    const rows = await prisma.$queryRaw<{ id: number }[]>`
      SELECT id FROM article
      WHERE to_tsvector('english', title || ' ' || body) @@ websearch_to_tsquery('english', ${search})`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  return and.length > 0 ? { AND: and } : {};
}

builder.queryField("articles", (t) =>
  t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles matching the filter, newest first.",
    maxSize: checkedPageSize,
    args: { filter: t.arg({ type: ArticleFilter }) },
    totalCount: async (_parent, { filter }, ctx) =>
      ctx.prisma.article.count({ where: await articleWhere(ctx.prisma, filter) }),
    resolve: async (query, _parent, { filter }, ctx) =>
      ctx.prisma.article.findMany({
        ...query,
        where: await articleWhere(ctx.prisma, filter),
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      }),
  }),
);

/** Articles that mention an entity, newest first, limited per entity in SQL. */
const ARTICLES_MENTIONING: ChildConnectionSpec<Article> = {
  name: "Entity.articles",
  pageSql: (entityIds, afterId, limit) => Prisma.sql`
    SELECT p.id AS parent_id, x.article_id AS id FROM unnest(${entityIds}::int[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT DISTINCT article_id FROM mention WHERE entity_id = p.id
        AND (${afterId}::int IS NULL OR article_id < ${afterId}::int)
      ORDER BY article_id DESC LIMIT ${limit}) x`,
  countSql: (entityIds) => Prisma.sql`
    SELECT entity_id AS parent_id, count(DISTINCT article_id)::int AS n FROM mention
    WHERE entity_id = ANY(${entityIds}::int[]) GROUP BY entity_id`,
  hydrate: (ctx, ids) => ctx.prisma.article.findMany({ where: { id: { in: ids } } }),
};

builder.prismaObjectField("Entity", "articles", (t) =>
  t.connection(
    {
      type: ArticleRef,
      description: "Articles that mention this entity, most recently stored first.",
      extensions: compiled(
        childConnection(
          ARTICLES_MENTIONING.name,
          "Article",
          (parent, afterId, limit) => Prisma.sql`SELECT a.* FROM article a
            WHERE a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id = ${parent}.id)
              AND (${afterId}::int IS NULL OR a.id < ${afterId}::int)
            ORDER BY a.id DESC LIMIT ${limit}`,
          (parent) => Prisma.sql`(SELECT count(DISTINCT m.article_id)::int FROM mention m
            WHERE m.entity_id = ${parent}.id)`,
        ),
      ),
      resolve: (entity, args, ctx) =>
        resolveChildConnection(ctx, entity.id, args, ARTICLES_MENTIONING),
    },
    {
      name: "EntityArticlesConnection",
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => totalCountOf(conn) }) }),
    },
  ),
);

import { Prisma, type Article } from "../../generated/prisma/client.js";
import { builder } from "../builder.js";
import { compiledNode } from "../compiled/node.js";
import { compiled } from "../compiled/compile.js";
import {
  beforeCursor,
  childConnection,
  column,
  connection,
  globalId,
  pastCursor,
  prismaCursor,
  prismaPage,
  sqlValue,
  toMany,
  type PageArgs,
} from "../compiled/fields.js";
import {
  resolveChildConnection,
  totalCountOf,
  type ChildConnectionSpec,
} from "../child-connection.js";
import { byRowKey, decodeId } from "../ids.js";
import { checkedPageSize } from "../paging.js";
import { checkedFilterText } from "../search-text.js";
import { LIST_LIMITS, maxItems } from "../list-limits.js";

export const ArticleRef = builder.prismaNode("Article", {
  id: { field: "id", extensions: compiled(globalId("Article")) },
  findUnique: byRowKey("Article"),
  extensions: compiledNode("article"),
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
    degradedStages: t.stringList({
      description:
        "Extraction stages that failed on this article (empty when every stage ran): their facts are missing until it is reprocessed with a fixed extractor.",
      extensions: {
        ...maxItems(LIST_LIMITS.degradedStages),
        ...compiled(
          sqlValue((row) => Prisma.sql`${row}.degraded_stages[1:${LIST_LIMITS.degradedStages}]`),
        ),
      },
      select: { degradedStages: true },
      resolve: (article) => article.degradedStages.slice(0, LIST_LIMITS.degradedStages),
    }),
    text: t.exposeString("text", {
      description: "The text exactly as ingested; all offsets index it.",
      extensions: compiled(column("text")),
    }),
    body: t.exposeString("body", {
      description: "Body paragraphs only.",
      extensions: compiled(column("body")),
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
            WHERE ${alias}.id IN (SELECT r.article_id FROM event_article r WHERE r.event_id = ${parent}.id)`,
          (alias) => Prisma.sql`${alias}.id`,
          LIST_LIMITS.eventArticles,
        ),
      ),
    },
    select: (_args, _ctx, nestedSelection) => ({
      articleLinks: {
        orderBy: { articleId: "asc" },
        take: LIST_LIMITS.eventArticles,
        select: { articleId: true, article: nestedSelection(true) },
      },
    }),
    resolve: (event) => event.articleLinks.map((link) => link.article),
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

/** articleWhere in SQL over the article row `a`, full-text search included. */
function articleSqlCondition(filter: ArticleFilterInput | null | undefined): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (!filter) return conditions[0]!;
  checkedFilterText(filter.source, "source");
  checkedFilterText(filter.search, "search");
  if (filter.from) conditions.push(Prisma.sql`a.published_at >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`a.published_at <= ${filter.to}::date`);
  // Prisma's case-insensitive equals is ILIKE with the value as given.
  const source = filter.source?.trim();
  if (source) conditions.push(Prisma.sql`a.source ILIKE ${source}`);
  if (filter.entityId != null) {
    const entityId = decodeId(filter.entityId, "Entity");
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM mention m
      WHERE m.article_id = a.id AND m.entity_id = ${entityId})`);
  }
  const search = filter.search?.trim();
  if (search) {
    conditions.push(Prisma.sql`to_tsvector('english', a.title || ' ' || a.body)
      @@ websearch_to_tsquery('english', ${search})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** Query.articles as one statement: newest first (undated last), paged either way as Prisma pages them. */
const articlesPage = connection((c) => {
  const args = c.field.args as PageArgs & { filter?: ArticleFilterInput | null };
  const page = prismaPage(args);
  const { cursorId, backward } = page;
  const condition = articleSqlCondition(args.filter);
  const order = (alias: Prisma.Sql, reverse = false) =>
    reverse
      ? Prisma.sql`${alias}.published_at ASC NULLS FIRST, ${alias}.id ASC`
      : Prisma.sql`${alias}.published_at DESC NULLS LAST, ${alias}.id DESC`;
  // pastCursor and beforeCursor compare rows `e` with the cursor row `c`.
  return {
    nodeType: "Article",
    size: page.size,
    after: page.after,
    backward: page.backwardPage,
    rows: (limit) =>
      cursorId === null
        ? Prisma.sql`SELECT a.* FROM article a WHERE ${condition}
          ORDER BY ${order(Prisma.sql`a`, backward)} LIMIT ${limit}`
        : Prisma.sql`SELECT e.* FROM (SELECT a.* FROM article a WHERE ${condition}) e,
            (SELECT a.id, a.published_at FROM article a WHERE a.id = ${cursorId} AND ${condition}) c
          WHERE ${backward ? beforeCursor("published_at", false) : pastCursor("published_at", false)}
          ORDER BY ${order(Prisma.sql`e`, backward)} LIMIT ${limit}`,
    orderBy: (alias) => order(alias),
    count: () => Prisma.sql`(SELECT count(*)::int FROM article a WHERE ${condition})`,
    cursor: prismaCursor,
  };
});

builder.queryField("articles", (t) =>
  t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles matching the filter, newest first.",
    maxSize: checkedPageSize,
    args: { filter: t.arg({ type: ArticleFilter }) },
    extensions: compiled(articlesPage),
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

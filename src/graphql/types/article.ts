import { builder } from "../builder.js";
import { uniqueById } from "../unique.js";

export const ArticleRef = builder.prismaNode("Article", {
  id: { field: "id" },
  description: "One ingested news article, with everything extracted from it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    subtitle: t.exposeString("subtitle", { nullable: true }),
    source: t.exposeString("source", { nullable: true, description: "Publisher or wire agency." }),
    url: t.exposeString("url", { nullable: true }),
    authors: t.exposeStringList("authors"),
    datelinePlace: t.exposeString("datelinePlace", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "Date", nullable: true }),
    ingestedAt: t.expose("ingestedAt", { type: "DateTime" }),
    extractorVersion: t.exposeString("extractorVersion"),
    text: t.exposeString("text", {
      description: "The text exactly as ingested; all offsets index it.",
    }),
    body: t.exposeString("body", { description: "Body paragraphs only." }),
    mentions: t.relatedConnection("mentions", {
      cursor: "id",
      totalCount: true,
      query: () => ({ orderBy: { start: "asc" } }),
    }),
    quotes: t.relatedConnection("quotes", {
      cursor: "id",
      totalCount: true,
      query: () => ({ orderBy: { start: "asc" } }),
    }),
  }),
});

builder.prismaObjectField("Event", "articles", (t) =>
  t.field({
    type: [ArticleRef],
    description: "Articles that report this event.",
    select: (_args, _ctx, nestedSelection) => ({
      mentions: {
        orderBy: { articleId: "asc" },
        select: { articleId: true, article: nestedSelection(true) },
      },
    }),
    resolve: (event) => uniqueById(event.mentions.map((m) => m.article)),
  }),
);

builder.queryField("articles", (t) =>
  t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles, newest first.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.article.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.article.findMany({
        ...query,
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      }),
  }),
);

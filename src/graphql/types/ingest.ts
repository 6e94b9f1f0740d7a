import {
  DuplicateArticleError,
  ExtractionLimitError,
  NotFoundError,
  ValidationError,
} from "../../errors.js";
import { ingestArticle, reprocessArticle } from "../../ingest/ingest.js";
import { deleteArticle } from "../../ingest/store.js";
import { builder } from "../builder.js";
import { decodeId } from "../ids.js";
import { ArticleRef } from "./article.js";

export const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    text: t.string({
      required: true,
      description: "The article as copied from the page (≤ 1 MB).",
    }),
    url: t.string({
      description: "Canonical URL; a known URL with changed text replaces the article's facts.",
    }),
    publishedAt: t.field({
      type: "Date",
      description: "Publication date; else taken from the dateline.",
    }),
    source: t.string({ description: "Publisher or agency; else taken from the dateline." }),
  }),
});

builder.mutationField("ingestArticle", (t) =>
  t.field({
    type: ArticleRef,
    description: "Extracts and stores one article in a single transaction.",
    errors: { types: [ValidationError, DuplicateArticleError, ExtractionLimitError] },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Live subscribers hear of it through the change feed, once the transaction committed.
      const { articleId } = await ingestArticle(ctx.prisma, input, ctx.extractor);
      return ctx.loaders.articleById.load(articleId);
    },
  }),
);

builder.mutationField("reprocessArticle", (t) =>
  t.field({
    type: ArticleRef,
    description:
      "Re-runs the current extractor over a stored article, replacing its facts atomically.",
    errors: { types: [ValidationError, NotFoundError, ExtractionLimitError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const articleId = decodeId(id, "Article");
      if (!(await reprocessArticle(ctx.prisma, articleId, ctx.extractor))) {
        throw new NotFoundError(`article ${String(id)} not found`);
      }
      return ctx.loaders.articleById.load(articleId);
    },
  }),
);

builder.mutationField("deleteArticle", (t) =>
  t.field({
    type: "ID",
    description:
      "Deletes an article and everything only it supported (entities without mentions, events without reports). Returns the deleted id.",
    errors: { types: [ValidationError, NotFoundError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      if (!(await deleteArticle(ctx.prisma, decodeId(id, "Article")))) {
        throw new NotFoundError(`article ${String(id)} not found`);
      }
      return id;
    },
  }),
);

import {
  AppError,
  DuplicateArticleError,
  ExtractionLimitError,
  NotFoundError,
  QueueUnavailableError,
  ValidationError,
} from "../../errors.js";
import { builder } from "../builder.js";
import { ArticleRef } from "./article.js";

/** Common shape of every expected error a mutation can return as data. */
export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "An expected failure, returned as data with a stable code.",
  fields: (t) => ({
    code: t.exposeString("code"),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  interfaces: [ErrorInterface],
  description: "The input cannot be accepted; field names the offending input field.",
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(DuplicateArticleError, {
  name: "DuplicateArticle",
  interfaces: [ErrorInterface],
  description: "The article is already stored; existing points at it.",
  fields: (t) => ({
    reason: t.exposeString("reason", { description: "CONTENT (same text) or URL." }),
    existing: t.field({
      type: ArticleRef,
      resolve: (error, _args, ctx) => ctx.loaders.articleById.load(error.articleId),
    }),
  }),
});

builder.objectType(ExtractionLimitError, {
  name: "ExtractionLimitExceeded",
  interfaces: [ErrorInterface],
  description:
    "The article took longer (EXTRACT_TIMEOUT_MS) or more memory than one extraction may; nothing was stored.",
  fields: () => ({}),
});

builder.objectType(QueueUnavailableError, {
  name: "QueueUnavailable",
  interfaces: [ErrorInterface],
  description: "The ingest queue needs a PostgreSQL server; the embedded database has none.",
  fields: () => ({}),
});

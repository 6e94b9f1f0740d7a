import { maxItems } from "../list-limits.js";
import { QueueUnavailableError, ValidationError } from "../../errors.js";
import type { IngestJob } from "../../queue/ingest-queue.js";
import type { Context } from "../../context.js";
import { builder, DEFAULT_PAGE_SIZE } from "../builder.js";
import { ArticleRef } from "./article.js";
import { IngestArticleInput } from "./ingest.js";

const JobStateEnum = builder.enumType("IngestJobState", {
  description: "Where a queued article stands.",
  values: {
    QUEUED: { description: "Waiting for a worker (also between retries)." },
    RUNNING: { description: "A worker is ingesting it." },
    DONE: { description: "Its transaction committed; article is set." },
    FAILED: { description: "Ended with error: a permanent error, or retries exhausted." },
    CANCELLED: { description: "Cancelled before it ran." },
  } as const,
});

const JobErrorRef = builder
  .objectRef<{ code: string; message: string }>("IngestJobError")
  .implement({
    description: "Why a job failed, with the same code a synchronous ingest would answer.",
    fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
  });

const IngestJobRef = builder.objectRef<IngestJob>("IngestJob").implement({
  description: "One article in the durable ingest queue (PostgreSQL only).",
  fields: (t) => ({
    id: t.exposeID("id"),
    state: t.field({ type: JobStateEnum, resolve: (job) => job.state }),
    attempts: t.exposeInt("attempts", { description: "Runs started so far." }),
    retryLimit: t.exposeInt("retryLimit", {
      description: "Further runs allowed after transient faults.",
    }),
    createdAt: t.field({ type: "DateTime", resolve: (job) => job.createdAt }),
    startedAt: t.field({ type: "DateTime", nullable: true, resolve: (job) => job.startedAt }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (job) => job.completedAt }),
    duplicate: t.boolean({
      description: "DONE because the same text was already stored (article is that one).",
      resolve: (job) => job.outcome === "DUPLICATE",
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (job, _args, ctx) =>
        job.articleId === null ? null : ctx.loaders.articleById.load(job.articleId),
    }),
    error: t.field({ type: JobErrorRef, nullable: true, resolve: (job) => job.error }),
  }),
});

/** The queue of this server, or the typed error saying there is none (PGlite). */
function queueOf(ctx: Context) {
  if (!ctx.queue) throw new QueueUnavailableError();
  return ctx.queue;
}

const MAX_ENQUEUE = 500;
const MAX_JOBS_PAGE = 100;

builder.mutationField("enqueueArticles", (t) =>
  t.field({
    type: ["ID"],
    description:
      "Adds one ingest job per article to the durable queue and returns the job ids, in order. Workers (`newsgraph worker`) run them; needs PostgreSQL.",
    errors: {
      types: [ValidationError, QueueUnavailableError],
      // One job id per article, and a call takes at most MAX_ENQUEUE articles.
      dataField: { extensions: maxItems(MAX_ENQUEUE) },
    },
    args: { input: t.arg({ type: [IngestArticleInput], required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.length > MAX_ENQUEUE) {
        throw new ValidationError(`at most ${MAX_ENQUEUE} articles per call`, "input");
      }
      return queueOf(ctx).enqueue(input);
    },
  }),
);

builder.queryField("ingestJob", (t) =>
  t.field({
    type: IngestJobRef,
    nullable: true,
    description: "One queued article by job id (null when unknown).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => queueOf(ctx).job(String(id)),
  }),
);

builder.queryField("ingestJobs", (t) =>
  t.connection({
    type: IngestJobRef,
    description: "Queued articles, newest first, optionally in one state; forward pages only.",
    args: { state: t.arg({ type: JobStateEnum }) },
    resolve: async (_root, args, ctx) => {
      if (args.last != null || args.before != null) {
        throw new ValidationError("ingestJobs pages forward only (first, after)", "last");
      }
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (first < 0 || first > MAX_JOBS_PAGE) {
        throw new ValidationError(`first must be between 0 and ${MAX_JOBS_PAGE}`, "first");
      }
      const rows = await queueOf(ctx).jobs({
        state: args.state ?? null,
        first,
        after: args.after ?? null,
      });
      const nodes = rows.slice(0, first);
      return {
        edges: nodes.map((node) => ({ cursor: node.id, node })),
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: args.after != null,
          startCursor: nodes[0]?.id ?? null,
          endCursor: nodes.at(-1)?.id ?? null,
        },
      };
    },
  }),
);

import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { DuplicateArticleError, ValidationError } from "../errors.js";
import type { ExtractOptions, Extraction } from "../extract/types.js";
import { announceChange } from "./changes.js";
import { storeExtraction, deleteArticleFacts } from "./store.js";

/** Articles larger than this are refused before extraction. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** Longest URL stored: browsers' practical limit, well under what PostgreSQL can index (~2.7 KB). */
export const MAX_URL_BYTES = 2048;
/** Longest source (publisher) name. */
export const MAX_SOURCE_CHARS = 200;
/** Publication days accepted: news, not the limits of a calendar type. */
export const PUBLISHED_RANGE = { from: "1800-01-01", to: "2199-12-31" } as const;

export interface IngestInput {
  text: string;
  url?: string | null;
  /** YYYY-MM-DD or an ISO date-time; wins over any date in the text. */
  publishedAt?: string | Date | null;
  /** Publisher or outlet ("Reuters"); defaults to the agency in the dateline. */
  source?: string | null;
}

export type IngestOutcome =
  | { status: "CREATED"; articleId: number }
  /** A known URL arrived with changed text: its facts were replaced. */
  | { status: "UPDATED"; articleId: number };

export type Extractor = (text: string, options: ExtractOptions) => Extraction;
/** Extracts one article: `extract` itself, or a thread pool running it (extract-pool.ts). */
export type AnyExtractor = (
  text: string,
  options: ExtractOptions,
) => Extraction | Promise<Extraction>;

let pipeline: Promise<Extractor> | undefined;

/**
 * The extraction pipeline, imported on first use: its modules (compromise,
 * chrono, the lexicons) are half of the server's start-up, and a server that
 * only answers reads, or whose seeds are all stored already, never needs them.
 */
export function loadExtractor(): Promise<Extractor> {
  pipeline ??= import("../extract/pipeline.js").then((module) => module.extract);
  return pipeline;
}

/**
 * Stores one article and everything extracted from it in a single
 * transaction: the one write path used by seeds, GraphQL and the CLI.
 * Throws ValidationError for unusable input and DuplicateArticleError when the
 * same article is already stored; on any failure nothing is stored.
 */
export async function ingestArticle(
  prisma: PrismaClient,
  input: IngestInput,
  extractor?: AnyExtractor,
): Promise<IngestOutcome> {
  const article = validateIngestInput(input);
  const contentHash = hashContent(article.text);
  const findSameContent = () =>
    prisma.article.findUnique({ where: { contentHash }, select: { id: true } });

  const sameContent = await findSameContent();
  if (sameContent) throw new DuplicateArticleError(sameContent.id, "CONTENT");

  const extraction = await (extractor ?? (await loadExtractor()))(article.text, {
    publishedAt: article.publishedAt,
  });
  const fields = articleFields(article, extraction, contentHash);
  const publishedDay = fields.publishedAt?.toISOString().slice(0, 10) ?? null;
  return withConflictRetry(
    () =>
      prisma.$transaction(async (tx) => {
        const sameUrl = article.url
          ? await tx.article.findUnique({ where: { url: article.url }, select: { id: true } })
          : null;
        if (sameUrl) {
          await deleteArticleFacts(tx, sameUrl.id);
          await tx.article.update({ where: { id: sameUrl.id }, data: fields });
          await storeExtraction(tx, sameUrl.id, extraction, publishedDay);
          await announceChange(tx, "ingested", sameUrl.id);
          return { status: "UPDATED" as const, articleId: sameUrl.id };
        }
        const created = await tx.article.create({ data: fields, select: { id: true } });
        await storeExtraction(tx, created.id, extraction, publishedDay);
        await announceChange(tx, "ingested", created.id);
        return { status: "CREATED" as const, articleId: created.id };
      }, TRANSACTION_OPTIONS),
    // A concurrent ingest of the same text won the race: say so instead of retrying.
    async () => {
      const existing = await findSameContent();
      if (existing) throw new DuplicateArticleError(existing.id, "CONTENT");
    },
  );
}

/**
 * Re-runs the extractor over a stored article and replaces its facts in one
 * transaction. Returns false when the article does not exist.
 */
export async function reprocessArticle(
  prisma: PrismaClient,
  articleId: number,
  extractor?: AnyExtractor,
): Promise<boolean> {
  const stored = await prisma.article.findUnique({
    where: { id: articleId },
    select: { text: true, publishedAt: true, url: true, source: true },
  });
  if (!stored) return false;
  const publishedAt = stored.publishedAt ? stored.publishedAt.toISOString().slice(0, 10) : null;
  const extraction = await (extractor ?? (await loadExtractor()))(stored.text, { publishedAt });
  const fields = articleFields(
    { text: stored.text, url: stored.url, source: stored.source, publishedAt },
    extraction,
  );
  const publishedDay = fields.publishedAt?.toISOString().slice(0, 10) ?? null;
  await withConflictRetry(() =>
    prisma.$transaction(async (tx) => {
      await deleteArticleFacts(tx, articleId);
      await tx.article.update({ where: { id: articleId }, data: fields });
      await storeExtraction(tx, articleId, extraction, publishedDay);
      await announceChange(tx, "reprocessed", articleId);
    }, TRANSACTION_OPTIONS),
  );
  return true;
}

const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 30_000 };
const MAX_ATTEMPTS = 8;
/** SQLSTATEs of conflicts a retry resolves: serialization, deadlock, unique and foreign key races. */
const TRANSIENT_SQLSTATES = ["40001", "40P01", "23505", "23503"];
const TRANSIENT_PRISMA_CODES = ["P2002", "P2003", "P2034"];

/** Whether an error is a conflict with a concurrent transaction that a retry can resolve. */
export function isTransientConflict(error: unknown): boolean {
  // Some adapters (PGlite's) surface the raw driver error with the SQLSTATE in `cause`.
  const cause = (error as { name?: string; cause?: { code?: unknown } } | null)?.cause;
  if ((error as Error | null)?.name === "DriverAdapterError") {
    return typeof cause?.code === "string" && TRANSIENT_SQLSTATES.includes(cause.code);
  }
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (TRANSIENT_PRISMA_CODES.includes(error.code)) return true;
  const meta = error.meta as { code?: unknown } | undefined;
  if (typeof meta?.code === "string" && TRANSIENT_SQLSTATES.includes(meta.code)) return true;
  return TRANSIENT_SQLSTATES.some((state) => error.message.includes(`\`${state}\``));
}

/**
 * Runs a transaction, retrying it with a short random backoff when it lost a
 * race with a concurrent one. `beforeRetry` may throw to end the attempts.
 */
async function withConflictRetry<T>(
  run: () => Promise<T>,
  beforeRetry: () => Promise<void> = async () => undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransientConflict(error)) throw error;
      await beforeRetry();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * attempt));
    }
  }
}

interface ValidArticle {
  text: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** Checks and normalizes ingest input; throws ValidationError naming the field. */
export function validateIngestInput(input: IngestInput): ValidArticle {
  const { text } = input;
  if (typeof text !== "string" || text.trim() === "") {
    throw new ValidationError("text must not be empty", "text");
  }
  if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) {
    throw new ValidationError(`text is larger than ${MAX_ARTICLE_BYTES} bytes`, "text");
  }
  // PostgreSQL text cannot hold NUL; such input is binary, not an article.
  if (text.includes("\u0000")) {
    throw new ValidationError("text contains NUL bytes; binary input is not an article", "text");
  }
  let url: string | null = null;
  if (input.url != null && input.url.trim() !== "") {
    try {
      const parsed = new URL(input.url.trim());
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error();
      url = parsed.toString();
    } catch {
      throw new ValidationError("url must be an absolute http(s) URL", "url");
    }
    if (Buffer.byteLength(url, "utf8") > MAX_URL_BYTES) {
      throw new ValidationError(`url must be at most ${MAX_URL_BYTES} bytes`, "url");
    }
  }
  const source = input.source?.trim() || null;
  if (source && source.length > MAX_SOURCE_CHARS) {
    throw new ValidationError(`source must be at most ${MAX_SOURCE_CHARS} characters`, "source");
  }
  if (source?.includes("\u0000")) {
    throw new ValidationError("source must not contain NUL characters", "source");
  }
  return { text, url, source, publishedAt: parsePublishedAt(input.publishedAt) };
}

function parsePublishedAt(value: IngestInput["publishedAt"]): string | null {
  if (value == null || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  const isoDay = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const valid =
    !Number.isNaN(date.getTime()) &&
    (value instanceof Date || isoDay || /^\d{4}-\d{2}-\d{2}T/.test(value.trim()));
  if (!valid) {
    throw new ValidationError(
      "publishedAt must be a date (YYYY-MM-DD) or an ISO date-time",
      "publishedAt",
    );
  }
  const day = date.toISOString().slice(0, 10);
  // Reject impossible calendar days that Date silently rolls over (2017-02-30).
  if (isoDay && day !== (value as string).trim()) {
    throw new ValidationError(`publishedAt ${String(value)} is not a calendar date`, "publishedAt");
  }
  if (!isPublishableDay(day)) {
    throw new ValidationError(
      `publishedAt must be between ${PUBLISHED_RANGE.from} and ${PUBLISHED_RANGE.to}`,
      "publishedAt",
    );
  }
  return day;
}

/** Whether a YYYY-MM-DD day lies in PUBLISHED_RANGE (ISO days compare as strings). */
function isPublishableDay(day: string): boolean {
  return /^\d{4}-/.test(day) && day >= PUBLISHED_RANGE.from && day <= PUBLISHED_RANGE.to;
}

/** SHA-256 of the text with line endings and trailing whitespace normalized. */
export function hashContent(text: string): string {
  const normalized = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
  return createHash("sha256").update(normalized).digest("hex");
}

function articleFields(
  article: ValidArticle,
  extraction: Extraction,
  contentHash = hashContent(article.text),
) {
  const title = extraction.title.trim() || article.text.trim().split("\n")[0]!.slice(0, 300);
  // A dateline's day outside the range (a typo, a year 1) is not trusted over the given one.
  const extracted =
    extraction.publishedAt && isPublishableDay(extraction.publishedAt)
      ? extraction.publishedAt
      : null;
  const publishedAt = extracted ?? article.publishedAt;
  return {
    source: article.source ?? extraction.agency,
    url: article.url,
    contentHash,
    title,
    subtitle: extraction.subtitle,
    authors: extraction.authors,
    datelinePlace: extraction.datelinePlace,
    publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
    text: article.text,
    body: extraction.body,
    sentenceBounds: extraction.sentences.flatMap((s) => [s.start, s.end]),
    extractorVersion: extraction.extractorVersion,
    degradedStages: extraction.degradedStages.map((degraded) => degraded.stage),
  };
}

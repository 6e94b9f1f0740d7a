import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client.js";
import { AppError, DuplicateArticleError } from "../errors.js";
import type { DegradedStage } from "../extract/types.js";
import { notingDegradedStages } from "./degraded-stages.js";
import { ingestArticle, type AnyExtractor, type IngestInput } from "./ingest.js";

/** One article to ingest, read lazily so a large batch is not held in memory. */
export interface BulkItem {
  /** Where it came from: a file path, `path:line` for JSON Lines, or "stdin". */
  label: string;
  load(): Promise<IngestInput>;
}

export interface BulkFailure {
  label: string;
  reason: string;
}

export type BulkOutcome =
  | {
      label: string;
      status: "CREATED" | "UPDATED";
      articleId: number;
      /** Stages that failed on this article: it is stored without their facts. */
      degradedStages: readonly DegradedStage[];
    }
  | { label: string; status: "DUPLICATE"; articleId: number }
  | { label: string; status: "FAILED"; reason: string };

export interface BulkSummary {
  created: number;
  updated: number;
  duplicates: number;
  failed: BulkFailure[];
  /** Stored articles on which an extraction stage failed (`newsgraph reprocess --degraded`). */
  degraded: { label: string; articleId: number; stages: readonly DegradedStage[] }[];
}

/**
 * Turns command-line paths into articles: `.txt` files (and any other file
 * named explicitly) are one article each, `.jsonl` files one article per line,
 * directories are searched recursively for `.txt` and `.jsonl`, and `-` is
 * standard input (JSON Lines when its first line is a JSON object). Paths
 * that cannot be read become failures instead of stopping the batch.
 */
export async function collectBulkItems(
  paths: string[],
  readStdin: () => Promise<string>,
): Promise<{ items: BulkItem[]; failures: BulkFailure[] }> {
  const items: BulkItem[] = [];
  const failures: BulkFailure[] = [];
  for (const given of paths) {
    if (given === "-") {
      const text = await readStdin();
      const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
      if (firstLine.startsWith("{")) collectJsonLines("stdin", text, items, failures);
      else items.push({ label: "stdin", load: async () => ({ text }) });
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      failures.push({ label: given, reason: describeFsError(error) });
      continue;
    }
    const files = info.isDirectory() ? await listArticleFiles(given) : [given];
    for (const file of files) {
      if (file.endsWith(".jsonl")) {
        try {
          collectJsonLines(file, await readFile(file, "utf8"), items, failures);
        } catch (error) {
          failures.push({ label: file, reason: describeFsError(error) });
        }
      } else {
        items.push({ label: file, load: async () => ({ text: await readFile(file, "utf8") }) });
      }
    }
  }
  return { items, failures };
}

/** `.txt` and `.jsonl` files under a directory, recursively, in name order. */
async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|jsonl)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function collectJsonLines(
  label: string,
  content: string,
  items: BulkItem[],
  failures: BulkFailure[],
) {
  content.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const lineLabel = `${label}:${index + 1}`;
    const parsed = parseJsonLine(line);
    if (typeof parsed === "string") failures.push({ label: lineLabel, reason: parsed });
    else items.push({ label: lineLabel, load: async () => parsed });
  });
}

/** An ingest input from one JSON line, or the reason it is not one. */
function parseJsonLine(line: string): IngestInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return "expected an object { text, url, publishedAt, source }";
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") return "text must be a string";
  for (const field of ["url", "publishedAt", "source"] as const) {
    if (record[field] != null && typeof record[field] !== "string") {
      return `${field} must be a string`;
    }
  }
  return {
    text: record.text,
    url: (record.url as string | undefined) ?? null,
    publishedAt: (record.publishedAt as string | undefined) ?? null,
    source: (record.source as string | undefined) ?? null,
  };
}

/**
 * Ingests the items with up to `concurrency` in flight, reporting each
 * outcome as it completes. A failing item is recorded and the batch goes on.
 */
export async function runBulkIngest(
  prisma: PrismaClient,
  items: BulkItem[],
  {
    concurrency = 4,
    onOutcome = () => undefined,
    extractor,
  }: {
    concurrency?: number;
    onOutcome?: (outcome: BulkOutcome) => void;
    extractor?: AnyExtractor;
  } = {},
): Promise<BulkSummary> {
  const summary: BulkSummary = {
    created: 0,
    updated: 0,
    duplicates: 0,
    failed: [],
    degraded: [],
  };
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const outcome = await ingestOne(prisma, item, extractor);
      if (outcome.status === "FAILED") {
        summary.failed.push({ label: outcome.label, reason: outcome.reason });
      } else if (outcome.status === "DUPLICATE") summary.duplicates += 1;
      else {
        if (outcome.status === "CREATED") summary.created += 1;
        else summary.updated += 1;
        if (outcome.degradedStages.length > 0) {
          const { label, articleId, degradedStages: stages } = outcome;
          summary.degraded.push({ label, articleId, stages });
        }
      }
      onOutcome(outcome);
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return summary;
}

async function ingestOne(
  prisma: PrismaClient,
  item: BulkItem,
  extractor: AnyExtractor | undefined,
): Promise<BulkOutcome> {
  // The stages that failed on this article's last extraction (a conflict retry extracts again).
  let degradedStages: readonly DegradedStage[] = [];
  const noting = notingDegradedStages(extractor, (degraded) => (degradedStages = degraded));
  try {
    const input = await item.load();
    const result = await ingestArticle(prisma, input, noting);
    return { label: item.label, ...result, degradedStages };
  } catch (error) {
    if (error instanceof DuplicateArticleError) {
      return { label: item.label, status: "DUPLICATE", articleId: error.articleId };
    }
    const reason =
      error instanceof AppError
        ? error.message
        : (error as NodeJS.ErrnoException).code
          ? describeFsError(error)
          : `unexpected error: ${((error as Error).message ?? String(error)).split("\n")[0]}`;
    return { label: item.label, status: "FAILED", reason };
  }
}

function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return (message ?? String(error)).split("\n")[0]!;
}

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../generated/prisma/client.js";
import { DuplicateArticleError } from "../errors.js";
import { hashContent, ingestArticle } from "./ingest.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

interface SeedEntry {
  file: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

export interface SeedSummary {
  ingested: number;
  alreadyPresent: number;
}

/**
 * Loads the articles listed in seeds/manifest.json through the ingest service.
 * Idempotent: articles already stored (same text) are skipped.
 */
export async function loadSeeds(prisma: PrismaClient, dir = SEEDS_DIR): Promise<SeedSummary> {
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as SeedEntry[];
  const summary: SeedSummary = { ingested: 0, alreadyPresent: 0 };
  const texts = await Promise.all(
    manifest.map((entry) => readFile(path.join(dir, entry.file), "utf8")),
  );
  // One statement finds the seeds already stored, so a warm start asks nothing more.
  const stored = new Set(
    (
      await prisma.article.findMany({
        where: { contentHash: { in: texts.map(hashContent) } },
        select: { contentHash: true },
      })
    ).map((row) => row.contentHash),
  );
  for (const [index, entry] of manifest.entries()) {
    const text = texts[index]!;
    if (stored.has(hashContent(text))) {
      summary.alreadyPresent += 1;
      continue;
    }
    try {
      await ingestArticle(prisma, {
        text,
        url: entry.url ?? null,
        source: entry.source ?? null,
        publishedAt: entry.publishedAt ?? null,
      });
      summary.ingested += 1;
    } catch (error) {
      if (!(error instanceof DuplicateArticleError)) {
        throw new Error(`seed ${entry.file} failed: ${(error as Error).message}`, { cause: error });
      }
      summary.alreadyPresent += 1;
    }
  }
  return summary;
}

import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/open.js";
import { EXTRACTOR_VERSION } from "../extract/pipeline.js";
import type { DegradedStage } from "../extract/types.js";
import { notingDegradedStages } from "../ingest/degraded-stages.js";
import { loadExtractor, reprocessArticle } from "../ingest/ingest.js";
import { parseCommandArgs } from "./args.js";
import { createProgress, degradedNote, describeStages } from "./ingest-command.js";

export const REPROCESS_USAGE = `Usage: newsgraph reprocess --all | --outdated | --degraded

Re-runs the current extractor (version ${EXTRACTOR_VERSION}) over stored articles:
all of them, those extracted by another version, or those on which an extraction
stage failed (Article.degradedStages). Exits 1 when any article failed.`;

const SELECTIONS = {
  all: {},
  outdated: { extractorVersion: { not: EXTRACTOR_VERSION } },
  degraded: { degradedStages: { isEmpty: false } },
} as const;

/** `newsgraph reprocess`: re-extract stored articles in place, one transaction each. */
export async function runReprocessCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "reprocess",
      usage: REPROCESS_USAGE,
      options: {
        all: { type: "boolean" },
        outdated: { type: "boolean" },
        degraded: { type: "boolean" },
      },
    },
    args,
  );
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const chosen = (Object.keys(SELECTIONS) as (keyof typeof SELECTIONS)[]).filter(
    (name) => values[name],
  );
  if (chosen.length !== 1) {
    console.error(
      `newsgraph reprocess: give exactly one of --all, --outdated or --degraded\n\n${REPROCESS_USAGE}`,
    );
    return 2;
  }

  const db = await openConfiguredDatabase(loadConfig());
  try {
    const articles = await db.prisma.article.findMany({
      where: SELECTIONS[chosen[0]!],
      select: { id: true, title: true },
      orderBy: { id: "asc" },
    });
    const progress = createProgress(articles.length, "articles");
    const failed: string[] = [];
    const degraded: string[] = [];
    let degradedStages: readonly DegradedStage[] = [];
    const noting = notingDegradedStages(
      await loadExtractor(),
      (degraded) => (degradedStages = degraded),
    );
    for (const article of articles) {
      try {
        degradedStages = [];
        await reprocessArticle(db.prisma, article.id, noting);
        if (degradedStages.length > 0) {
          degraded.push(`article ${article.id}: ${describeStages(degradedStages)}`);
        }
        progress.advance(
          `reprocessed article ${article.id} ${article.title}${degradedNote(degradedStages)}`,
        );
      } catch (error) {
        const reason = ((error as Error).message ?? String(error)).split("\n")[0];
        failed.push(`article ${article.id}: ${reason}`);
        progress.advance(`FAILED article ${article.id}: ${reason}`);
      }
    }
    progress.stop();
    console.log(
      `reprocessed ${articles.length - failed.length} of ${articles.length} article(s) ` +
        `with extractor ${EXTRACTOR_VERSION}, ${failed.length} failed (${db.location})`,
    );
    for (const failure of failed) console.log(`  failed ${failure}`);
    if (degraded.length > 0) {
      console.log(`${degraded.length} still without the facts of a failed extraction stage`);
    }
    for (const article of degraded) console.log(`  degraded ${article}`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

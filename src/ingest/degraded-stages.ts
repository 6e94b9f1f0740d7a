import type { DegradedStage } from "../extract/types.js";
import type { Logger } from "../logger.js";
import { loadExtractor, type AnyExtractor } from "./ingest.js";

/**
 * The extractor, handing every extraction's failed stages (empty when none failed) to `note`
 * before returning it: how callers learn what an article was stored without.
 */
export function notingDegradedStages(
  extractor: AnyExtractor | undefined,
  note: (degraded: readonly DegradedStage[], text: string) => void,
): AnyExtractor {
  return async (text, options) => {
    const extraction = await (extractor ?? (await loadExtractor()))(text, options);
    note(extraction.degradedStages, text);
    return extraction;
  };
}

/**
 * The extractor with its fallbacks made visible: an article on which a stage failed (and was
 * stored without that stage's facts) is logged as a warning and handed to `count`. The
 * article records the stages too (Article.degradedStages), for whoever reprocesses later.
 */
export function reportingDegradedStages(
  extractor: AnyExtractor | undefined,
  logger: Logger,
  count: (degraded: readonly DegradedStage[]) => void = () => undefined,
): AnyExtractor {
  return notingDegradedStages(extractor, (degraded, text) => {
    if (degraded.length === 0) return;
    logger.warn(
      { degradedStages: degraded, chars: text.length },
      "extraction stages failed on an article; it is stored without their facts",
    );
    count(degraded);
  });
}

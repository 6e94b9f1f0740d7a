import type { DegradedStage } from "../extract/types.js";
import type { Logger } from "../logger.js";
import { loadExtractor, type AnyExtractor } from "./ingest.js";

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
  return async (text, options) => {
    const extraction = await (extractor ?? (await loadExtractor()))(text, options);
    if (extraction.degradedStages.length > 0) {
      logger.warn(
        { degradedStages: extraction.degradedStages, chars: text.length },
        "extraction stages failed on an article; it is stored without their facts",
      );
      count(extraction.degradedStages);
    }
    return extraction;
  };
}

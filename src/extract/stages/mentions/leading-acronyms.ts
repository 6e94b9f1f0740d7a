import type { Candidate } from "./candidate.js";
import { lexicalType } from "./phrase-type.js";
import type { MentionState } from "./state.js";

/**
 * "a UNESCO World Heritage Site", "the NASA Juno Probe": the known body whose acronym opens a
 * longer phrase; a country's letters ("the US Open") name the event there, not the country.
 */
function leadingBodyAcronym(candidate: Candidate): boolean {
  const head = candidate.words[0];
  if (candidate.words.length < 2 || !head?.acronym || head.possessive) return false;
  const [type, confidence] = lexicalType([head]);
  return type === "ORGANIZATION" && confidence >= 2;
}

/**
 * A phrase no rule could type, opened by a known body's acronym, names that body. Runs before
 * the product rule, which keeps a maker's name inside its product ("Google Maps") from counting.
 */
export function resolveLeadingAcronyms(state: MentionState): void {
  for (const candidate of state.candidates) {
    if (candidate.type !== null || candidate.confidence < 0) continue;
    if (!leadingBodyAcronym(candidate)) continue;
    candidate.words = candidate.words.slice(0, 1);
    candidate.type = "ORGANIZATION";
    candidate.confidence = 2;
  }
}

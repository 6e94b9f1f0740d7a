import type { Candidate } from "./candidate.js";
import type { MentionState } from "./state.js";

/** The fewest letters a clipped name keeps, and the fewest it leaves off. */
const MIN_CLIPPED_LETTERS = 3;
const MIN_LETTERS_LEFT_OFF = 2;

/**
 * Whether `short` is the first word of `first` cut short ("fed" of "federal"): what a
 * clipped name of a body keeps.
 */
export function isClippedWord(short: string, first: string): boolean {
  return (
    short.length >= MIN_CLIPPED_LETTERS &&
    first.length >= short.length + MIN_LETTERS_LEFT_OFF &&
    first.startsWith(short)
  );
}

/** The one organization of `bodies` whose first word `short` clips, if exactly one. */
function onlyClippedBody(short: string, bodies: Candidate[]): string | undefined {
  const keys = new Set<string>();
  for (const body of bodies) {
    const first = body.words[0]?.lower ?? "";
    if (isClippedWord(short, first)) keys.add(body.words.map((w) => w.key).join(" "));
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * "the Federal Reserve … the Fed said": one capitalized word that is the first word of one body
 * the article names, cut short, is that body, even where the word alone is a common one ("fed").
 */
export function resolveClippedNames(state: MentionState): void {
  const bodies = state.candidates.filter(
    (c) => c.type === "ORGANIZATION" && c.words.length >= 2 && c.confidence >= 1.5,
  );
  if (bodies.length === 0) return;
  for (const candidate of state.candidates) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    if (!only?.nameLike || only.allCaps || (candidate.type !== null && candidate.confidence >= 1.5))
      continue;
    if (candidate.type === "PERSON" || candidate.type === "LOCATION") continue;
    if (only.sentenceInitial && state.signals.seenLowercase.has(only.lower)) continue;
    if (onlyClippedBody(only.lower, bodies) === undefined) continue;
    candidate.type = "ORGANIZATION";
    candidate.confidence = 2;
  }
}

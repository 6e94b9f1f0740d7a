import { countryFor } from "../../lexicon/gazetteer.js";
import { PLACE_PREPOSITIONS, ROUTE_PREPOSITIONS } from "../../lexicon/speech-and-context.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import type { Word } from "./words.js";

/** Prepositions of direction and belonging that also put a name in a place frame ("flew to Jordan"). */
const DIRECTION_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "from", "into", "of", "around"]);

/** "flew to Jordan", "born in Chad", "across the Netherlands": a preposition of place before the name. */
function inPlaceFrame(words: Word[], first: number): boolean {
  const before = words[first - 1]?.lower === "the" ? words[first - 2] : words[first - 1];
  const lower = before?.lower ?? "";
  return (
    PLACE_PREPOSITIONS.has(lower) ||
    ROUTE_PREPOSITIONS.has(lower) ||
    DIRECTION_PREPOSITIONS.has(lower)
  );
}

/**
 * "Midfielder Tom Holland … Holland said": a family name that is also a country's name stands for the
 * person once the article has named someone with it in full (a given name then the family name,
 * no "of"), unless it is in a place frame or a possessive (where "Jordan's king" is the country).
 * The general surname rule leaves countries alone for titles such as "Harald V of Norway".
 */
export function resolveCountrySurnames(state: MentionState): void {
  const { candidates } = state;
  // Where each country-named family name is first written in a full name.
  const firstFullName = new Map<string, number>();
  for (const c of candidates) {
    if (c.type !== "PERSON" || c.confidence < 1 || c.words.length < 2 || c.words.length > 3)
      continue;
    if (c.words.some((w) => !w.nameLike || w.possessive)) continue;
    const last = c.words[c.words.length - 1];
    const start = c.words[0]?.start;
    if (!last || start === undefined || countryFor(last.key) === undefined) continue;
    firstFullName.set(last.key, Math.min(start, firstFullName.get(last.key) ?? Infinity));
  }
  if (firstFullName.size === 0) return;
  for (const [c, words] of candidatesWithWords(state)) {
    const word = c.words.length === 1 ? c.words[0] : undefined;
    if (!word || c.type !== "LOCATION" || word.possessive || c.definedAsPlace) continue;
    if (word.start <= (firstFullName.get(word.key) ?? Infinity)) continue;
    if (inPlaceFrame(words, c.first)) continue;
    c.type = "PERSON";
    c.confidence = 1.5;
    c.countryNamedPerson = true;
  }
}

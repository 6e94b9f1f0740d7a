import { LOCATIVE_PREPOSITIONS } from "../../lexicon/speech-and-context.js";
import type { Candidate } from "./candidate.js";
import { isClubName } from "./phrase-type.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import type { Word } from "./words.js";

/** Words before a place that keep it a place even in an article about its club ("the mayor of"). */
const PLACE_FRAME_WORDS: ReadonlySet<string> = new Set([...LOCATIVE_PREPOSITIONS, "of", "for"]);

/** Whether the one-word candidate stands where only the town fits: "in Dortmund", "Dortmund, Germany". */
function inPlaceFrame(candidate: Candidate, words: Word[], text: string): boolean {
  const before = words[candidate.first - 1];
  if (before && PLACE_FRAME_WORDS.has(before.lower)) return true;
  const only = candidate.words[0];
  const after = words[candidate.first + 1];
  return (
    only !== undefined &&
    after !== undefined &&
    after.nameLike &&
    text.slice(only.end, after.start).trim() === ","
  );
}

/**
 * "Borussia Dortmund … Dortmund scored twice": where an article names a club after its town, the
 * town alone is the club, unless the article also uses it as a place ("a hotel in Dortmund"); so
 * is an untyped word of the club's name ("Bayern" after "Bayern Munich"). A town two clubs share
 * ("Real Madrid", "Atletico Madrid") stays a place.
 */
export function resolveClubTowns(state: MentionState): void {
  const clubsOfTown = new Map<string, number>();
  for (const candidate of state.candidates) {
    if (candidate.type !== "ORGANIZATION" || !isClubName(candidate.words)) continue;
    for (const word of new Set(candidate.words.map((w) => w.key)))
      clubsOfTown.set(word, (clubsOfTown.get(word) ?? 0) + 1);
  }
  if (clubsOfTown.size === 0) return;
  const bare = new Map<string, Candidate[]>();
  const asPlace = new Set<string>();
  for (const [candidate, words] of candidatesWithWords(state)) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    if (!only || clubsOfTown.get(only.key) !== 1 || candidate.confidence < 0) continue;
    if (candidate.type !== "LOCATION" && candidate.type !== null) continue;
    if (inPlaceFrame(candidate, words, state.doc.text)) asPlace.add(only.key);
    const list = bare.get(only.key) ?? [];
    list.push(candidate);
    bare.set(only.key, list);
  }
  for (const [town, candidates] of bare) {
    if (asPlace.has(town)) continue;
    for (const candidate of candidates) {
      candidate.type = "ORGANIZATION";
      candidate.confidence = 2;
    }
  }
}

import { FIRST_NAMES } from "../../lexicon/person-names.js";
import type { Candidate } from "./candidate.js";
import { makeCandidate } from "./candidate.js";
import type { MentionState } from "./state.js";
import type { Word } from "./words.js";

const COMMA_GAP = /^, $/;
const END_OF_NAMES = /^\.(?:\s|$)/;
const MAX_GIVEN_NAMES = 3;

/**
 * Where an inverted name ("Brontë, Anne", "Whitlock, Henry James") starting at `index` ends:
 * the index after its last given name, or -1. `knownGivenName`: the first given name must be a known
 * one (for the line's first name; a second one after "and" follows the pattern the first set).
 */
function invertedNameEnd(
  words: Word[],
  index: number,
  text: string,
  offset: number,
  knownGivenName: boolean,
): number {
  const surname = words[index];
  const given = words[index + 1];
  if (!surname?.nameLike || !given?.nameLike || surname.possessive || surname.allCaps) return -1;
  if (!COMMA_GAP.test(text.slice(surname.end - offset, given.start - offset))) return -1;
  if (knownGivenName && !FIRST_NAMES.has(given.lower)) return -1;
  let end = index + 2;
  while (
    end < words.length &&
    end - index - 1 < MAX_GIVEN_NAMES &&
    words[end]?.nameLike &&
    words[end]?.joinedToPrevious &&
    !words[end - 1]?.possessive
  )
    end++;
  return end;
}

/**
 * A reading list or bibliography line opens with the author's name inverted and a full stop before
 * the title: "Brontë, Anne. Agnes Grey", "Marx, Karl and Engels, Friedrich. The Communist
 * Manifesto". Each inverted name becomes one PERSON, replacing the surname and given-name pieces the
 * sentence reading found, and the rest of the line, the work's title, gives no names. A comma after
 * the given name ("Hamilton, Georgia, United States") makes it a place instead.
 */
export function addInvertedNames(state: MentionState): void {
  const { doc } = state;
  state.sentences.forEach((sentence, s) => {
    if (sentence.start > 0 && doc.text[sentence.start - 1] !== "\n") return;
    const words = state.sentenceWords[s] ?? [];
    const names: Array<[number, number]> = [];
    let index = 0;
    for (;;) {
      const end = invertedNameEnd(words, index, sentence.text, sentence.start, index === 0);
      if (end < 0) return;
      names.push([index, end]);
      const last = words[end - 1] as Word;
      const rest = doc.text.slice(last.end, last.end + 2);
      if (END_OF_NAMES.test(rest)) break;
      if (words[end]?.lower !== "and" || !words[end]?.joinedToPrevious) return;
      index = end + 1;
    }
    // The rest of the line is the title of the work: no names are read in it.
    const lineEnd = doc.text.indexOf("\n", sentence.start);
    const titleEnd = lineEnd < 0 ? doc.text.length : lineEnd;
    const nameEnd = words[(names[names.length - 1]?.[1] ?? 1) - 1]?.end ?? sentence.start;
    const inTitle = (w: Word) => w.start > nameEnd && w.end <= titleEnd;
    const taken = new Set<Word>(names.flatMap(([from, to]) => words.slice(from, to)));
    const overlapping = (candidate: Candidate) =>
      candidate.words.some((w) => taken.has(w) || inTitle(w));
    const firstStart = words[names[0]?.[0] ?? 0]?.start ?? sentence.start;
    let at = state.candidates.findIndex(
      (c) => overlapping(c) || (c.words[0]?.start ?? 0) > firstStart,
    );
    state.candidates = state.candidates.filter((candidate) => !overlapping(candidate));
    if (at < 0 || at > state.candidates.length) at = state.candidates.length;
    const inverted = names.map(([from, to]) =>
      makeCandidate(sentence, words.slice(from, to), from, "PERSON", 2, null, null),
    );
    state.candidates.splice(at, 0, ...inverted);
  });
}

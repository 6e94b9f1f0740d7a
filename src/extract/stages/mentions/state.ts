import type { Doc, Sentence } from "../../types.js";
import type { Candidate } from "./candidate.js";
import type { DocSignals } from "./word-classes.js";
import type { Word } from "./words.js";

/** What the mention sub-steps share: the article read into words, and the candidates found so far. */
export interface MentionState {
  doc: Doc;
  /** The article's sentences plus "RELATED" and credit lines (index -1). */
  sentences: Sentence[];
  /** The words of each sentence, in the order of `sentences`. */
  sentenceWords: Word[][];
  signals: DocSignals;
  candidates: Candidate[];
  /** Indexes of title-case or shouted headlines, read after the body against the names it gave. */
  headlineLike: number[];
}

/** A sub-step of the mentions stage: adds candidates or retypes them in place. */
export type MentionStep = (state: MentionState) => void;

/**
 * Each candidate that is not a possessive and not empty, with its sentence's words, where the
 * candidate starts at its word index `first`: what the steps retyping a name from the words
 * around it read.
 */
export function* candidatesWithWords(state: MentionState): Generator<[Candidate, Word[]]> {
  const wordsOf = new Map(state.sentences.map((s, i) => [s, state.sentenceWords[i] ?? []]));
  for (const candidate of state.candidates) {
    if (candidate.words.length === 0) continue;
    if (candidate.words[candidate.words.length - 1]?.possessive) continue;
    const words = wordsOf.get(candidate.sentence);
    if (!words || words[candidate.first]?.start !== candidate.words[0]?.start) continue;
    yield [candidate, words];
  }
}

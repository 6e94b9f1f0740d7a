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

import type { EntityType, Sentence } from "../../types.js";
import type { Word } from "./words.js";

export interface Candidate {
  words: Word[];
  sentence: Sentence;
  /** Index of the candidate's first word in the sentence's word list. */
  first: number;
  type: EntityType | null;
  /** Strength of the type evidence: 2 lexicon or cue, 1 context, 0 guess. */
  confidence: number;
  title: string | null;
  titleStart: number | null;
  /** End of an epithet after the name that belongs to its full form ("of Tours"), if any. */
  epithetEnd?: number;
  /** A guessed name typed a body only because "the" stands before it ("the Sea Org"). */
  guessedFromArticle?: boolean;
  /**
   * Why an organization was only guessed where a person is as likely: one unknown word that
   * speaks ("Ofwat said"), or a proper word before a common noun ("Volga Air", "Jannik Sinner").
   */
  organizationGuess?: "speaks" | "common-last-word";
  /**
   * The sentence itself makes the name a place ("Lincoln, Neb.", "Gilbert is a town"): a surname
   * of that spelling elsewhere in the article does not make it a person.
   */
  definedAsPlace?: boolean;
  /** A family name that is also a country's name, read as the person: its use, not the name, decides. */
  countryNamedPerson?: boolean;
}

/** The normalized key of a run of words, built from the words' own keys. */
export function phraseKey(words: Word[]): string {
  const joined = words.map((w) => w.key).join(" ");
  return joined.startsWith("the ") ? joined.slice(4) : joined;
}

export function makeCandidate(
  sentence: Sentence,
  words: Word[],
  first: number,
  type: EntityType | null,
  confidence: number,
  title: string | null,
  titleStart: number | null,
): Candidate {
  return { words, sentence, first, type, confidence, title, titleStart };
}

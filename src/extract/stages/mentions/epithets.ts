import { FIRST_NAMES } from "../../lexicon/person-names.js";
import type { Candidate } from "./candidate.js";
import type { MentionState } from "./state.js";
import type { Word } from "./words.js";

/** Epithets written "the X" after a ruler's or saint's name ("Peter the Great"). Lower case. */
const EPITHETS: ReadonlySet<string> = new Set(
  "great elder younger conqueror terrible wise pious bold magnificent confessor apostle baptist sanctified".split(
    " ",
  ),
);

const ROMAN_NUMERAL = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** After a lone "I" that is a regnal number: a comma, a full stop, a bracket, or "of". */
const AFTER_REGNAL_I = /^(?:[,.;:)]|\s+of\s)/;

/** Whether the candidate is a one-word name, maybe with a regnal number ("Louis XV"). */
function isSingleName(words: Word[]): boolean {
  const [name, numeral] = words;
  if (!name || words.length > 2) return false;
  return numeral === undefined || (numeral.text !== "I" && ROMAN_NUMERAL.test(numeral.text));
}

/**
 * Rulers, popes and saints named with what follows the name: a regnal "I" ("Pope Anselm I,"),
 * an epithet ("Tsar Peter the Great") and, for a one-word name, its place ("Radulf of Tours",
 * "Louis XV of France"). The numeral and the epithet join the name; "of" and the place join only
 * its full form, so the place stays a name of its own.
 */
export function addPersonEpithets(state: MentionState): void {
  const { doc } = state;
  const sentenceOf = new Map(state.sentences.map((sentence, s) => [sentence, s]));
  for (const candidate of state.candidates) {
    const s = sentenceOf.get(candidate.sentence);
    const words = s === undefined ? undefined : state.sentenceWords[s];
    if (!words) continue;
    if (candidate.type === "PERSON") extendCandidate(candidate, words, doc.text);
    else if (epithetAfter(candidate, words) > 0) {
      // "Constantine the Great": the epithet alone makes a one-word name a person's.
      candidate.words = words.slice(candidate.first, candidate.first + 3);
      candidate.type = "PERSON";
      candidate.confidence = 2;
    }
  }
}

/** 2 when "the" and an epithet follow a one-word candidate ("Constantine the Great"), else 0. */
function epithetAfter(candidate: Candidate, words: Word[]): number {
  const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
  if (!only || only.possessive || words[candidate.first] !== only) return 0;
  const the = words[candidate.first + 1];
  const epithet = words[candidate.first + 2];
  const joined = the?.lower === "the" && the.joinedToPrevious && epithet?.joinedToPrevious;
  return joined && epithet?.nameLike && EPITHETS.has(epithet.lower) ? 2 : 0;
}

function extendCandidate(candidate: Candidate, words: Word[], text: string): void {
  let next = candidate.first + candidate.words.length;
  const last = candidate.words[candidate.words.length - 1];
  if (!last || last.possessive || words[next - 1] !== last) return;
  const single = isSingleName(candidate.words);
  const ruler = candidate.title !== null || FIRST_NAMES.has(candidate.words[0]?.lower ?? "");
  // "Pope Anselm I, who died": a lone I after a titled one-word name.
  const numeral = words[next];
  if (
    numeral?.text === "I" &&
    numeral.joinedToPrevious &&
    candidate.words.length === 1 &&
    candidate.title !== null &&
    AFTER_REGNAL_I.test(text.slice(numeral.end, numeral.end + 4))
  ) {
    candidate.words = [...candidate.words, numeral];
    next++;
  }
  const the = words[next];
  const epithet = words[next + 1];
  if (
    single &&
    ruler &&
    the?.lower === "the" &&
    the.joinedToPrevious &&
    epithet?.nameLike &&
    epithet.joinedToPrevious &&
    EPITHETS.has(epithet.lower)
  ) {
    candidate.words = [...candidate.words, the, epithet];
    return;
  }
  const of = words[next];
  const place = words[next + 1];
  const after = words[next + 2];
  if (
    isSingleName(candidate.words) &&
    ruler &&
    of?.lower === "of" &&
    of.joinedToPrevious &&
    place?.nameLike &&
    place.joinedToPrevious &&
    !place.acronym &&
    !(after?.nameLike && after.joinedToPrevious && !place.possessive)
  ) {
    candidate.epithetEnd = place.end;
  }
}

const OPENING_QUOTES = new Set(['"', "“"]);
const CLOSING_QUOTES = new Set(['"', "”"]);

/**
 * Mara "Sparrow" Lindqvist: a name with a quoted nickname inside (the words joined by
 * tokenizeSentence) is a person's, whatever else the sentence suggests.
 */
export function typeNicknamedPeople(state: MentionState): void {
  const { text } = state.doc;
  for (const candidate of state.candidates) {
    const { words } = candidate;
    if (words.length < 3 || (candidate.type === "PERSON" && candidate.confidence >= 2)) continue;
    const nicknamed = words
      .slice(1, -1)
      .some(
        (w) => OPENING_QUOTES.has(text[w.start - 1] ?? "") && CLOSING_QUOTES.has(text[w.end] ?? ""),
      );
    if (!nicknamed) continue;
    candidate.type = "PERSON";
    candidate.confidence = 2;
  }
}

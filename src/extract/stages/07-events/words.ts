/** Words of a sentence with their candidate lemmas, and the tests on them every sub-stage shares. */
import { PAST_AUXILIARIES } from "../../lexicon/event-clauses.js";
import { IRREGULAR_LEMMAS, IRREGULAR_PAST } from "../../lexicon/event-triggers.js";
import type { Sentence, Span } from "../../types.js";

export interface Word extends Span {
  text: string;
  lower: string;
  lemmas: string[];
}

// "U.S.-led" and "U.N." are one word each; "--" is two dash tokens.

export const WORD_PATTERN =
  /(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d[\d,.:]*(?:-[A-Za-z]+)*|[^\sA-Za-z\d]/g;

export const MAX_SENTENCE_LENGTH = 5000;

export const IRREGULAR = new Map<string, string>([
  ...Object.entries(IRREGULAR_PAST),
  ...Object.entries(IRREGULAR_LEMMAS),
]);
export const PAST_FORMS = new Set(Object.keys(IRREGULAR_PAST));

export function pushStem(out: string[], candidate: string): void {
  if (candidate.length > 1) out.push(candidate);
}

/** Adds the stem and its variants left by a suffix ("expell" → expell, expelle, expel). */
export function pushStems(out: string[], stem: string): void {
  pushStem(out, stem);
  pushStem(out, `${stem}e`);
  const last = stem.length - 1;
  if (last > 1 && stem[last] === stem[last - 1]) pushStem(out, stem.slice(0, last));
}

/** Candidate lemmas of a word, most literal first ("expelled" → expelled, expell, expel …). */
export function lemmasOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/['\u2019]s$/, "");
  const out = [lower];
  const irregular = IRREGULAR.get(lower);
  if (irregular) out.push(irregular);
  if (lower.endsWith("ies") || lower.endsWith("ied")) pushStem(out, `${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) pushStem(out, lower.slice(0, -2));
  if (lower.endsWith("s") && !lower.endsWith("ss")) pushStem(out, lower.slice(0, -1));
  if (lower.endsWith("ed")) pushStems(out, lower.slice(0, -2));
  if (lower.endsWith("ing")) pushStems(out, lower.slice(0, -3));
  return out;
}

export function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const text = sentence.text.slice(0, MAX_SENTENCE_LENGTH);
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(text); match; match = WORD_PATTERN.exec(text)) {
    const surface = match[0];
    const lower = surface.toLowerCase();
    words.push({
      start: sentence.start + match.index,
      end: sentence.start + match.index + surface.length,
      text: surface,
      lower,
      lemmas: /^[a-z]/.test(lower) ? lemmasOf(surface) : [lower],
    });
  }
  return words;
}

export function lemmaMatches(word: Word | undefined, lemma: string): boolean {
  return word !== undefined && word.lemmas.includes(lemma);
}

/** True when one of the words from `from` (at most `count`) has one of the lemmas. */
export function hasLemmaWithin(
  words: Word[],
  from: number,
  count: number,
  lemmas: ReadonlySet<string> | readonly string[],
): boolean {
  const end = Math.min(words.length, from + count);
  for (let index = from; index < end; index++) {
    const word = words[index];
    if (!word) continue;
    for (const lemma of word.lemmas) {
      if (lemmas instanceof Set ? lemmas.has(lemma) : (lemmas as readonly string[]).includes(lemma))
        return true;
    }
  }
  return false;
}

/** True when a sentence has a past-tense verb ("opened", "was", "met"). */
export function hasPastTense(words: Word[]): boolean {
  return words.some((word) => PAST_AUXILIARIES.has(word.lower) || isPastForm(word.lower));
}

export function isPastForm(word: string): boolean {
  return word.endsWith("ed") || PAST_FORMS.has(word);
}

/** True when "had" (or "'d") governs the verb at `index` ("had banned", "had already left"). */
export function pluperfect(words: Word[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const lower = words[at]?.lower ?? "";
    if (lower === "had" || lower === "'d") return true;
    if (!/^[a-z]+$/.test(lower)) return false;
  }
  return false;
}

/** Words that count a subject rather than name it ("all but one", "54 nations", "most members"). */
const TALLY_WORDS: ReadonlySet<string> = new Set(["all", "most", "many", "dozens", "hundreds"]);

/** How far before "have" a counting word of the subject may be. */
const TALLY_REACH = 12;

/**
 * "all but two of the partner countries have joined", "54 nations have signed": a present
 * perfect with a counted subject tells a running tally, not a happening of the story.
 */
export function tallyPerfect(words: Word[], index: number): boolean {
  const auxiliary = words[index - 1]?.lower ?? "";
  if (auxiliary !== "have") return false;
  for (let at = index - 2; at >= Math.max(0, index - 1 - TALLY_REACH); at--) {
    const word = words[at];
    if (!word || word.text === "," || word.text === ";") return false;
    if (TALLY_WORDS.has(word.lower) || /^\d[\d,]*$/.test(word.text)) return true;
  }
  return false;
}

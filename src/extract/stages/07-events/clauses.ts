/** Clause boundaries and noun-phrase tests over the words of a sentence. */
import { ADVERBS, CLAUSE_VERBS, SPEECH_VERBS, SUBORDINATORS } from "../../lexicon/event-clauses.js";
import { NOUN_PHRASE_BREAKS } from "../../lexicon/event-triggers.js";
import { lastWordOf } from "./places.js";
import type { Placed } from "./places.js";
import { isPastForm } from "./words.js";
import type { Word } from "./words.js";

export const CLAUSE_BREAKS = new Set([";", ":", "\u2014", "\u2013"]);

export function clauseStart(words: Word[], from: number): number {
  let start = 0;
  for (let index = from - 1; index >= 0; index--) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index - 1]?.text === "-")) {
      start = index + 1;
      break;
    }
  }
  // "While 54 nations have signed, only 27 have ratified": the subordinate clause is not the subject's.
  if (SUBORDINATORS.has(words[start]?.lower ?? "")) {
    for (let index = from - 1; index > start; index--) {
      if (words[index]?.text === ",") return index + 1;
    }
  }
  return start;
}

export function clauseEnd(words: Word[], from: number): number {
  for (let index = from + 1; index < words.length; index++) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index + 1]?.text === "-")) return index;
    if (text === "," && opensClosingAttribution(words, index)) return index;
  }
  return words.length;
}

/** How far a closing attribution may run: "…, State Department spokesman Matthew Miller said Tuesday." */
const ATTRIBUTION_WORDS = 10;
const AFTER_SPEECH_VERB = 3;

/**
 * Whether the comma at `comma` opens the sentence's closing attribution (", X said", ", the
 * ministry said on Tuesday"): whoever reports the act is no party to it.
 */
function opensClosingAttribution(words: Word[], comma: number): boolean {
  const limit = Math.min(words.length, comma + 1 + ATTRIBUTION_WORDS);
  for (let index = comma + 1; index < limit; index++) {
    const word = words[index];
    if (!word || word.text === ",") return false;
    if (!SPEECH_VERBS.has(word.lower)) continue;
    // Only time words may follow the verb before the sentence ends (looked at no further than that).
    let rest = index + 1;
    const last = Math.min(words.length, index + 2 + AFTER_SPEECH_VERB);
    while (rest < last && !/^[.!?"”’')\]]$/.test(words[rest]?.text ?? "")) rest++;
    const ended = rest < last || rest === words.length;
    return ended && rest - index - 1 <= AFTER_SPEECH_VERB && index > comma + 1;
  }
  return false;
}

/** Skips adverbs backwards from `index` ("later", "also", "quickly"). */
export function skipAdverbs(words: Word[], index: number): number {
  let at = index;
  while (at >= 0) {
    const lower = words[at]?.lower ?? "";
    if (!(lower.endsWith("ly") || ADVERBS.has(lower))) break;
    at--;
  }
  return at;
}

/** True when the words between two positions keep one noun phrase ("U.S. missile strikes"). */
export function sameNounPhrase(words: Word[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const word = words[index];
    if (!word) return false;
    if (
      word.text === "'s" ||
      word.text === "\u2019s" ||
      word.text === "'" ||
      word.text === "\u2019"
    )
      continue;
    if (!/^[a-z0-9]/i.test(word.text) || NOUN_PHRASE_BREAKS.has(word.lower)) return false;
    if (word.lower.endsWith("ed") && !word.lower.includes("-")) return false;
  }
  return true;
}

/** True when an "and" at `index` opens a new clause ("… and China did not vote"). */
export function opensClause(words: Word[], placed: Placed[], index: number): boolean {
  const next = placed.find((item) => item.wordIndex > index && item.wordIndex <= index + 3);
  if (!next) return false;
  const after = words[lastWordOf(words, next) + 1];
  return after !== undefined && (CLAUSE_VERBS.has(after.lower) || isPastForm(after.lower));
}

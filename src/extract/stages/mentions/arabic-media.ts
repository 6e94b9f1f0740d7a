import { SPEECH_VERBS } from "../../lexicon/speech-and-context.js";
import type { Candidate } from "./candidate.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import type { Word } from "./words.js";

/** "Al-Ahram", "El-Watan", "Ash-Sharq": an Arabic article joined by a hyphen to a capitalized word. */
const ARABIC_ARTICLE_WORD = /^(?:Al|El|Ash|As|Ad|Ar|An|At)-\p{Lu}/u;

/** Verbs a newspaper or a channel reports with, besides the speech verbs. */
const REPORTING_VERBS: ReadonlySet<string> = new Set(
  "reported reports quoted quotes cited cites published publishes carried carries".split(" "),
);

function onlyArabicArticleWords(c: Candidate): boolean {
  return c.words.every((w) => ARABIC_ARTICLE_WORD.test(w.text));
}

/**
 * "Al-Ahram reported", "Al-Masry Al-Youm said", "Al-Shorouk and Al-Akhbar carried": the name,
 * alone or listed with others of its kind, is the subject of a reporting verb.
 */
function reportsAfter(words: Word[], c: Candidate): boolean {
  let at = c.first + c.words.length;
  while (words[at]?.lower === "and" || ARABIC_ARTICLE_WORD.test(words[at]?.text ?? "")) at++;
  const verb = words[at];
  return (
    verb !== undefined &&
    verb.joinedToPrevious &&
    !verb.nameLike &&
    (REPORTING_VERBS.has(verb.lower) || SPEECH_VERBS.has(verb.lower))
  );
}

/** The word before a preposition that makes the name after it a medium ("speaking to X"). */
const MEDIUM_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  to: new Set(["according", "speaking", "spoke", "speaks", "talking"]),
  with: new Set(["interview", "interviews"]),
  in: new Set([
    "published",
    "printed",
    "appeared",
    "wrote",
    "writing",
    "article",
    "column",
    "editorial",
  ]),
  by: new Set(["carried", "published", "reported", "quoted", "cited", "aired", "broadcast"]),
};

/** "according to Al-Watan", "told Al-Arabiya", "an interview with Al-Hadath": the name is a medium. */
function sourceBefore(words: Word[], c: Candidate): boolean {
  const preposition = words[c.first - 1]?.lower ?? "";
  if (preposition === "told") return true;
  return MEDIUM_BEFORE[preposition]?.has(words[c.first - 2]?.lower ?? "") ?? false;
}

/**
 * "Al-Ahram reported", "according to Al-Watan": a name made only of Arabic-article words that
 * reports or is cited is a newspaper or channel. People are named so only by a surname after
 * their full name, which the article then gives ("Ahmed al-Shara … al-Shara said").
 */
export function resolveArabicMedia(state: MentionState): void {
  const surnames = new Set<string>();
  for (const c of state.candidates) {
    if (c.type === "PERSON" && c.words.length >= 2 && !onlyArabicArticleWords(c))
      for (const w of c.words) surnames.add(w.key);
  }
  for (const [c, words] of candidatesWithWords(state)) {
    if (c.title !== null || c.confidence > 1.5) continue;
    if (!onlyArabicArticleWords(c) || c.words.some((w) => surnames.has(w.key))) continue;
    // A place's name, or a name its words made a person's, changes only in a medium's frame.
    const weak = c.type !== "LOCATION" && c.confidence <= 1;
    if (!sourceBefore(words, c) && (!weak || !reportsAfter(words, c))) continue;
    c.type = "ORGANIZATION";
    c.confidence = 1.5;
  }
}

import type { MentionState } from "./state.js";
import { phraseKey } from "./candidate.js";
import { LOCATION_CUE_WORDS, countryFor, isKnownPlace } from "../../lexicon/gazetteer.js";
import { isKnownOrganization } from "../../lexicon/organizations.js";
import type { Doc, EntityType, Sentence } from "../../types.js";
import { key } from "../../normalize.js";
import type { Candidate } from "./candidate.js";
import { makeCandidate } from "./candidate.js";
import type { Word } from "./words.js";

/** Whether most words of a headline-like sentence are capitalized ("Tillerson Says Putin Meeting Productive"). */
export function isTitleCase(words: Word[]): boolean {
  const content = words.filter((w) => w.text.length > 3);
  if (content.length < 3) return false;
  const capitalized = content.filter((w) => w.nameLike).length;
  return capitalized / content.length >= 0.75;
}

/** In title-case or all-caps headlines, keeps only names known from the rest of the article or the lexicons. */
export function headlineCandidates(
  sentence: Sentence,
  words: Word[],
  known: Map<string, EntityType>,
): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word || !word.nameLike) {
      i++;
      continue;
    }
    let bestLength = 0;
    let bestType: EntityType | null = null;
    let text = "";
    for (let length = 1; length <= 6 && i + length <= words.length; length++) {
      const w = words[i + length - 1];
      if (!w || (length > 1 && !w.joinedToPrevious)) break;
      text = length === 1 ? w.text : `${text} ${w.text}`;
      const k = key(text);
      const type = known.get(k) ?? null;
      if (type) {
        bestLength = length;
        bestType = type;
      }
      if (w.possessive) break;
    }
    if (bestLength > 0 && bestType) {
      found.push(
        makeCandidate(sentence, words.slice(i, i + bestLength), i, bestType, 2, null, null),
      );
      i += bestLength;
    } else {
      i++;
    }
  }
  return found;
}

const RELATED_PREFIX = /^RELATED:?\s+/i;

const CREDIT_LINE = /\b(?:reporting|writing|editing|compiled|contributed)\s+by\s/i;

/** "RELATED …" lines name entities too; they are read like headlines (sentence index -1). */
export function relatedHeadlines(doc: Doc): Sentence[] {
  const lines: Sentence[] = [];
  for (const block of doc.layout.furniture) {
    if (CREDIT_LINE.test(block.text) && block.text.length < 400) {
      // "Reporting by A and B; Editing by C": the names are people.
      lines.push({ ...block, index: -1, zone: "byline", paragraphIndex: -1, tokens: [] });
      continue;
    }
    const prefix = RELATED_PREFIX.exec(block.text);
    if (!prefix) continue;
    const start = block.start + prefix[0].length;
    lines.push({
      start,
      end: block.end,
      index: -1,
      zone: "headline",
      paragraphIndex: -1,
      text: doc.text.slice(start, block.end),
      tokens: [],
    });
  }
  return lines;
}

/**
 * "Reporting by Anna Roe and Victoria Waldersee": the names a credit line lists are its reporters
 * and editors, people even where a word of the name is a place's ("Victoria").
 */
export function resolveCreditLineNames(state: MentionState): void {
  for (const candidate of state.candidates) {
    const { sentence } = candidate;
    if (sentence.index !== -1 || sentence.zone !== "byline") continue;
    if (candidate.words.length < 2 || candidate.confidence >= 2 || candidate.type === "PERSON")
      continue;
    if (candidate.words.some((w) => w.allCaps || w.possessive)) continue;
    candidate.type = "PERSON";
    candidate.confidence = 1.5;
  }
}

/** Names in the set-aside headlines: those the body or the lexicons know. */
export function addHeadlineCandidates(state: MentionState): void {
  const { sentences, sentenceWords, candidates, headlineLike } = state;
  const known = new Map<string, EntityType>();
  for (const candidate of candidates) {
    if (!candidate.type) continue;
    known.set(phraseKey(candidate.words), candidate.type);
    const lastWord = candidate.words[candidate.words.length - 1];
    const firstWord = candidate.words[0];
    if (candidate.type === "PERSON" && lastWord && firstWord && candidate.words.length > 1) {
      // Headlines use surnames, and some names put the family name first ("Xi Jinping" → "Xi").
      known.set(lastWord.lower, "PERSON");
      if (!known.has(firstWord.lower)) known.set(firstWord.lower, "PERSON");
    }
  }
  for (const index of headlineLike) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const words = sentenceWords[index] ?? [];
    const lexical = (k: string): EntityType | undefined =>
      known.get(k) ??
      (isKnownOrganization(k)
        ? "ORGANIZATION"
        : // "Island" is no country, though it spells one's own name ("Ísland").
          (isKnownPlace(k) || countryFor(k)) && !LOCATION_CUE_WORDS.has(k)
          ? "LOCATION"
          : undefined);
    const lookup = new Map(known);
    for (const w of words) {
      const t = lexical(w.lower);
      if (t && !lookup.has(w.lower)) lookup.set(w.lower, t);
    }
    candidates.push(...headlineCandidates(sentence, words, lookup));
  }
}

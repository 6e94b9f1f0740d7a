import { makeCandidate, type Candidate } from "./candidate.js";
import type { MentionState } from "./state.js";
import type { Word } from "./words.js";
import {
  COMPASS_WORDS,
  ROAD_CONTEXT_WORDS,
  ROAD_NUMBER_KEYWORDS,
  STREET_SUFFIXES,
} from "../../lexicon/roads.js";

// Names made of numbers are places the capitalized-word chunker cannot see: a street address
// ("2470 Lemoine Avenue"), a numbered street ("10th Street") or a road's number ("I-580",
// "Route 66", "the A64"). The guide counts roads and addresses as LOCATION.

const HOUSE_NUMBER = /^\d{1,5}[A-Za-z]?$/;
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Hyphenated road numbers whose prefix only ever names a road: "I-580", "US-75", "SR-9". */
const ROAD_CODE = /^(?:I|US|SR|SH|CR|FM)-\d{1,4}[A-Z]?$/;
/** Bare British-style road numbers ("M1", "A1237", "A1M"): a road only where the sentence is about roads. */
const BARE_ROAD_CODE = /^[MAB]\d{1,4}M?$/;
const BARE_NUMBER = /^\d{1,4}[A-Z]?$/;

const MAX_STREET_NAME_WORDS = 3;

function isCompass(word: Word | undefined): boolean {
  return word !== undefined && COMPASS_WORDS.has(word.lower);
}

function isStreetSuffix(word: Word | undefined): boolean {
  return word !== undefined && word.nameLike && STREET_SUFFIXES.has(word.lower);
}

/** Words after a road's name: an optional compass direction ("US-75 South"). */
function trailingCompass(words: Word[], next: number): number {
  const word = words[next];
  return word?.joinedToPrevious && word.nameLike && isCompass(word) && word.text.length > 2
    ? next + 1
    : next;
}

/**
 * "2470 Lemoine Avenue", "317 S Detroit Ave", "N 44th St", "10th Street", "185 Bridge Plaza North":
 * the end (exclusive) of a street name starting at `from`, or -1.
 */
function streetEnd(words: Word[], from: number): number {
  let i = from;
  if (isCompass(words[i]) && words[i + 1]?.joinedToPrevious) i++;
  const nameStart = i;
  while (i < words.length && i - nameStart < MAX_STREET_NAME_WORDS) {
    const word = words[i];
    if (!word || (i > from && !word.joinedToPrevious)) return -1;
    if (i > nameStart && isStreetSuffix(word)) return trailingCompass(words, i + 1);
    if (!word.nameLike && !ORDINAL.test(word.text)) return -1;
    if (word.possessive) return -1;
    i++;
  }
  return isStreetSuffix(words[i]) && words[i]?.joinedToPrevious && i > nameStart
    ? trailingCompass(words, i + 1)
    : -1;
}

/** The end (exclusive) of a road number starting at `at` ("Route 66", "I-44 West", "the M62"), or -1. */
function roadNumberEnd(words: Word[], at: number, roadSentence: boolean): number {
  const word = words[at];
  if (!word) return -1;
  if (ROAD_CODE.test(word.text)) return trailingCompass(words, at + 1);
  const next = words[at + 1];
  if (
    ROAD_NUMBER_KEYWORDS.has(word.lower) &&
    word.nameLike &&
    next?.joinedToPrevious &&
    BARE_NUMBER.test(next.text) &&
    (word.lower !== "us" || roadSentence)
  )
    return trailingCompass(words, at + 2);
  if (BARE_ROAD_CODE.test(word.text) && roadSentence && words[at - 1]?.lower === "the")
    return trailingCompass(words, at + 1);
  return -1;
}

/** "2 Chaharbagh Boulevard." heading a line is the second item of a list, not a house number. */
function isListNumber(word: Word, text: string): boolean {
  if (word.text.length > 2) return false;
  // Only blanks back to the line's start; scanning stops at the first other character, so a long
  // line full of numbers costs nothing per number.
  let at = word.start - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
  return at < 0 || text[at] === "\n" || text[at] === "\r";
}

/** Roads and addresses in one sentence, as [first, end) word ranges; `text` is the article's. */
export function roadRanges(words: Word[], text: string): Array<[number, number]> {
  const roadSentence = words.some((w) => ROAD_CONTEXT_WORDS.has(w.lower));
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    let end = roadNumberEnd(words, i, roadSentence);
    if (
      end < 0 &&
      HOUSE_NUMBER.test(word.text) &&
      !ORDINAL.test(word.text) &&
      !isListNumber(word, text)
    ) {
      const street = streetEnd(words, i + 1);
      if (street > 0 && words[i + 1]?.joinedToPrevious) end = street;
    }
    if (end < 0 && (ORDINAL.test(word.text) || isCompass(word))) {
      const street = streetEnd(words, i);
      // A street named by an ordinal ("10th Street") or a compass letter and a name ("N 44th St").
      if (street > 0 && words.slice(i, street).some((w) => ORDINAL.test(w.text))) end = street;
    }
    if (end > i) {
      ranges.push([i, end]);
      i = end - 1;
    }
  }
  return ranges;
}

/** Whether two candidates of one sentence share a word. */
function overlaps(a: Candidate, b: Candidate): boolean {
  const aEnd = a.first + a.words.length;
  const bEnd = b.first + b.words.length;
  return a.sentence === b.sentence && a.first < bEnd && b.first < aEnd;
}

/** Adds roads and addresses as places; a name chunk running into one keeps only its words before it. */
export function addRoadsAndAddresses(state: MentionState): void {
  let roads: Candidate[] = [];
  state.sentences.forEach((sentence, index) => {
    const words = state.sentenceWords[index] ?? [];
    for (const [first, end] of roadRanges(words, state.doc.text))
      roads.push(
        makeCandidate(sentence, words.slice(first, end), first, "LOCATION", 2, null, null),
      );
  });
  // "the 2nd U.S. Circuit Court of Appeals": a body's name that runs on past the street word
  // is no street.
  roads = roads.filter(
    (road) =>
      !state.candidates.some(
        (c) =>
          c.type === "ORGANIZATION" &&
          c.confidence >= 2 &&
          overlaps(road, c) &&
          c.first + c.words.length > road.first + road.words.length,
      ),
  );
  if (roads.length === 0) return;
  const kept: Candidate[] = [];
  for (const candidate of state.candidates) {
    const road = roads.find((r) => overlaps(r, candidate));
    if (!road) {
      kept.push(candidate);
      continue;
    }
    // "Fairway Market 1214 Anderson Ave": the market keeps its own words.
    const before = road.first - candidate.first;
    if (before > 0) kept.push({ ...candidate, words: candidate.words.slice(0, before) });
  }
  state.candidates = [...kept, ...roads];
}

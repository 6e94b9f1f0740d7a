import type { QuoteWork } from "./types.js";
import type { Sentence, Span } from "../../types.js";
import { QUOTE_MARKS } from "./quote-spans.js";
import { type QuoteSpan } from "./types.js";
import { ABBREVIATION_SET } from "./word-sets.js";

export interface ParagraphInfo extends Span {
  index: number;
  quotes: QuoteSpan[];
  sentenceStarts: number[];
}

/** Sentence starts inside a paragraph: from the sentence stage when it ran, else a light split. */
export function paragraphSentenceStarts(
  text: string,
  start: number,
  end: number,
  sentences: Sentence[],
  quotes: QuoteSpan[],
): number[] {
  const fromStage: number[] = [];
  for (let i = firstSentenceEndingAfter(sentences, start); i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    if (sentence.start >= end) break;
    fromStage.push(Math.max(sentence.start, start));
  }
  if (fromStage.length > 0) {
    if (fromStage[0] !== start) fromStage.unshift(start);
    return fromStage;
  }
  const starts = [start];
  let q = 0;
  for (let i = start; i < end; i++) {
    while (q < quotes.length && (quotes[q] as QuoteSpan).close < i) q++;
    const quote = quotes[q];
    const inside = quote !== undefined && i > quote.open && i < quote.close;
    const ch = text[i] as string;
    const isTerminal = /[.!?]/.test(ch) && !inside;
    const closesAfterTerminal =
      quote !== undefined && quote.closed && i === quote.close && /[.!?]/.test(text[i - 1] ?? "");
    if (!isTerminal && !closesAfterTerminal) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (
      j < end &&
      (QUOTE_MARKS.has(text[j] as string) || text[j] === ")") &&
      !closesAfterTerminal
    )
      j++;
    if (j >= end || !/\s/.test(text[j] as string)) continue;
    while (j < end && /\s/.test(text[j] as string)) j++;
    if (j < end && (/[\p{Lu}\p{N}]/u.test(text[j] as string) || QUOTE_MARKS.has(text[j] as string)))
      starts.push(j);
  }
  return starts;
}

export function firstSentenceEndingAfter(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && dot - w < 12 && /[\p{L}.]/u.test(text[w - 1] as string)) w--;
  const word = text.slice(w, dot);
  if (word.length <= 1 || word.includes(".")) return true;
  return ABBREVIATION_SET.has(word.toLowerCase());
}

export function sentenceStartFor(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return starts[Math.max(0, lo - 1)] as number;
}

export function nextSentenceStart(starts: number[], pos: number, end: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] ?? end;
}

export function sentenceIndexFor(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence ? sentence.index : -1;
}

/** Step: the sentence starts of every paragraph, which bound the attribution windows. */
export function splitParagraphSentences(work: QuoteWork): void {
  work.bodySentences = work.doc.sentences
    .filter((s) => s.zone === "body")
    .sort((a, b) => a.start - b.start);
  for (const paragraph of work.paragraphs) {
    paragraph.sentenceStarts = paragraphSentenceStarts(
      work.doc.text,
      paragraph.start,
      paragraph.end,
      work.bodySentences,
      paragraph.quotes,
    );
  }
}

import type { QuoteWork } from "./types.js";
import { MIN_QUOTE_WORDS } from "./limits.js";
import { isCapitalized } from "./speaker-context.js";
import { type QuoteSpan } from "./types.js";
import {
  DISTANT_NAMING_SET,
  NAMING_WORD_SET,
  SPEECH_VERB_SET,
  TITLE_SMALL_WORD_SET,
} from "./word-sets.js";

export const QUOTE_MARKS = new Set([
  '"',
  "\u201C",
  "\u201D",
  "\u201E",
  "\u201F",
  "\u00AB",
  "\u00BB",
]);
/** Two apostrophes stand for a straight double mark on some sites (''like this''). */
export const QUOTE_MARK_PATTERN = /''|["\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const DOUBLED_APOSTROPHE = "''";
export const OPENING_MARKS = new Set(["\u201C", "\u201E", "\u201F", "\u00AB"]);

/** Finds the double-quoted spans of one paragraph; an unclosed quote ends at the paragraph end. */
export function scanParagraphQuotes(
  text: string,
  start: number,
  end: number,
  paragraphIndex: number,
  previousEndedOpen: boolean,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let depth = 0;
  let firstContent = -1;
  const leading = /\S/.exec(text.slice(start, Math.min(end, start + 200)));
  if (leading) firstContent = start + leading.index;
  // Search this paragraph only: a search over the rest of the text would make
  // an article with many quote-free paragraphs quadratic.
  const paragraph = text.slice(start, end);
  // Where the last closing curly and the last straight mark stand, for marks quoted within quotes.
  const lastCurlyClose = paragraph.lastIndexOf("\u201D");
  const lastStraight = paragraph.lastIndexOf('"');
  QUOTE_MARK_PATTERN.lastIndex = 0;
  for (
    let found = QUOTE_MARK_PATTERN.exec(paragraph);
    found;
    found = QUOTE_MARK_PATTERN.exec(paragraph)
  ) {
    const i = start + found.index;
    const ch = found[0] === DOUBLED_APOSTROPHE ? '"' : found[0];
    // The span's `close` is the mark's last character, so `close + 1` is past it either way.
    const closeAt = i + found[0].length - 1;
    if (open < 0) {
      open = i;
      depth = 1;
      continue;
    }
    // “He called it "utter incompetence" in his note”: straight marks inside curly ones quote
    // within the quotation, as long as a curly mark still closes it later in the paragraph.
    if (ch === '"' && OPENING_MARKS.has(text[open] as string) && i - start < lastCurlyClose)
      continue;
    // And the other way round: "He called it “utter nonsense” today," with a straight mark to close.
    if ((ch === "\u201C" || ch === "\u201D") && text[open] === '"' && i - start < lastStraight)
      continue;
    // A straight mark and doubled apostrophes do not pair: ''…'' closes only with ''.
    if (ch === '"' && (text[open] === "'") !== (found[0] === DOUBLED_APOSTROPHE)) continue;
    // Curly marks nest ("“they said “no more wars” and left”"); straight marks only toggle.
    if (
      OPENING_MARKS.has(ch) &&
      OPENING_MARKS.has(text[open] as string) &&
      opensWord(text, i, end)
    ) {
      depth++;
      continue;
    }
    if (--depth > 0) continue;
    spans.push(makeSpan(text, open, closeAt, true, paragraphIndex, firstContent === open, false));
    open = -1;
  }
  if (open >= 0)
    spans.push(makeSpan(text, open, end, false, paragraphIndex, firstContent === open, false));
  const first = spans[0];
  if (first && previousEndedOpen && first.opensParagraph) first.continuesPrevious = true;
  // `"…" — Jane Roe, "Title of her post"`: the second quoted words name the source, nobody says them.
  const last = spans[spans.length - 1];
  if (first && last && spans.length === 2 && first.opensParagraph && first.closed) {
    const ending = text.slice(last.closed ? last.close + 1 : last.close, end);
    if (/^[\s.]*$/.test(ending) && signatureLength(text.slice(first.close + 1, last.open)) > 0)
      last.titleLike = true;
  }
  return spans;
}

/** Most words a signature line after a quotation may have ("— Jane Roe, economist at Acme Bank"). */
const MAX_SIGNATURE_WORDS = 8;

/**
 * The number of words of `tail` when it is a signature line after a quotation: an optional dash,
 * a name or description of at most eight words, no speech verb and no sentence end; else 0.
 */
export function signatureLength(tail: string): number {
  const line = tail.replace(/\b\p{Lu}\./gu, "").replace(/,\s*$/u, "");
  const dashed = /^\s*[-—–]/u.test(line);
  // A dashed line may end as a sentence does: `"…" — union organiser Maria Lopes.`
  const trimmed = line.replace(/^\s*[-—–]+\s*/u, "").trim();
  const body = dashed ? trimmed.replace(/\.$/u, "") : trimmed;
  if (body === "" || /[.!?;:"“”()]/u.test(body)) return 0;
  const words = body.match(WORD_PATTERN) ?? [];
  if (words.length === 0 || words.length > MAX_SIGNATURE_WORDS) return 0;
  if (!dashed && !isCapitalized(words[0] as string)) return 0;
  if (words.some((word) => SPEECH_VERB_SET.has(word.toLowerCase()))) return 0;
  return words.length;
}

/** A mark with white space or a bracket before it and a letter after it opens a quotation. */
export function opensWord(text: string, i: number, end: number): boolean {
  const before = text[i - 1] ?? " ";
  const after = i + 1 < end ? (text[i + 1] as string) : " ";
  return /[\s([—–-]/.test(before) && /[\p{L}\p{N}]/u.test(after);
}

/** Quoted words worth a Quote record: four words or more, not a title or name. */
export function isQuotation(span: QuoteSpan): boolean {
  return span.words >= MIN_QUOTE_WORDS && !span.titleLike;
}

export function makeSpan(
  text: string,
  open: number,
  close: number,
  closed: boolean,
  paragraphIndex: number,
  opensParagraph: boolean,
  continuesPrevious: boolean,
): QuoteSpan {
  // Past both apostrophes of a doubled-apostrophe mark.
  let start = text[open] === "'" ? open + 2 : open + 1;
  let end = closed && text[close] === "'" ? close - 1 : close;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return {
    start,
    end,
    open,
    close,
    closed,
    words: countWords(text, start, end),
    titleLike:
      isTitleLike(text.slice(start, Math.min(end, start + 200))) ||
      followsNamingWord(text, open) ||
      namedEarlierInClause(text, open, start, end),
    paragraphIndex,
    continuesPrevious,
    opensParagraph,
  };
}

export function isTitleLike(quoted: string): boolean {
  if (/[.!?;:]\s/.test(quoted) || quoted.length >= 200) return false;
  const content = (quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (word) => !TITLE_SMALL_WORD_SET.has(word.toLowerCase()),
  );
  return (
    content.length >= 2 && content.every((word) => isCapitalized(word) || /^\p{N}/u.test(word))
  );
}

/**
 * `known as the "mother of all bombs"`, `dubbed "…"`, `the slogan "…"`: a name, not speech
 * ("as" only after "known", an adverb between allowed: "known locally as").
 */
export function followsNamingWord(text: string, open: number): boolean {
  const before = /(?:(\S+)\s+)?(\S+)\s+(\S+)\s+(?:(?:the|a|an)\s+)?$/u.exec(
    text.slice(Math.max(0, open - 50), open),
  );
  const word = before?.[3]?.toLowerCase() ?? "";
  if (!NAMING_WORD_SET.has(word)) return false;
  if (word !== "as") return true;
  const previous = before?.[2]?.toLowerCase() ?? "";
  return previous === "known" || (/ly$/.test(previous) && before?.[1]?.toLowerCase() === "known");
}

/** Most words of a name given by a naming verb earlier in the clause. */
const MAX_DISTANT_NAME_WORDS = 8;

/** `dubbed the long conflict over the video: "Critics vs. the Church, part two"`: a short name, not speech. */
function namedEarlierInClause(text: string, open: number, start: number, end: number): boolean {
  const quoted = text.slice(start, end);
  if (/[.!?]\s+\p{Lu}/u.test(quoted) || countWords(text, start, end) > MAX_DISTANT_NAME_WORDS)
    return false;
  const before = text.slice(Math.max(0, open - 200), open);
  const clause = before.slice(lastClauseBoundary(before));
  const words = (clause.match(WORD_PATTERN) ?? []).map((word) => word.toLowerCase());
  const naming = words.findLastIndex((word) => DISTANT_NAMING_SET.has(word));
  return naming >= 0 && !words.slice(naming + 1).some((word) => SPEECH_VERB_SET.has(word));
}

/** Offset just after the last sentence end, quote mark or line break in `text`, or 0. */
function lastClauseBoundary(text: string): number {
  let last = 0;
  for (const match of text.matchAll(/[.!?]\s+|["“”\n]/gu))
    last = (match.index ?? 0) + match[0].length;
  return last;
}

export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  for (const _ of text.slice(start, end).matchAll(WORD_PATTERN)) words++;
  return words;
}

export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Step: finds every quoted span, paragraph by paragraph, noting quotes that run on from the previous paragraph. */
export function findQuoteSpans(work: QuoteWork): void {
  const { text } = work.doc;
  let endedOpen = false;
  work.doc.layout.paragraphs.forEach((block, index) => {
    const start = Math.max(0, Math.min(block.start, text.length));
    const end = Math.max(start, Math.min(block.end, text.length));
    const quotes = scanParagraphQuotes(text, start, end, index, endedOpen);
    const last = quotes[quotes.length - 1];
    endedOpen = last !== undefined && !last.closed;
    work.paragraphs.push({ start, end, index, quotes, sentenceStarts: [] });
  });
}

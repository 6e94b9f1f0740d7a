import type { Block, Doc, Sentence, Stage, Token } from "../types.js";
import {
  DATE_ABBREVIATIONS,
  FINAL_CAPABLE_ABBREVIATIONS,
  NUMERAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from "../lexicon/abbreviations.js";
import { SPEECH_VERBS } from "../lexicon/speech-verbs.js";

const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

/**
 * One token per match: dotted acronyms ("U.S.", "a.m."), numbers with inner
 * separators ("3.5", "1,000", "2:14:04"), words with inner hyphens, apostrophes
 * or ampersands ("al-Assad", "O'Brien", "AT&T"; a hyphen before an acronym
 * splits, so "Russian-U.S." gives "Russian" "-" "U.S."), ellipses, dashes, or any other
 * single non-space character. Every alternative is linear: no nested
 * quantifiers over the same characters.
 */
const TOKEN_PATTERN =
  /\p{L}\.(?:\p{L}\.)+|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-&](?!\p{L}\.)[\p{L}\p{M}\p{N}]+)*|\.{2,}|…|-{2,}|\S/gu;

/** Clitics split off a word as in the Penn Treebank: "Trump's" → "Trump" + "'s", "don't" → "do" + "n't". */
const CLITIC = /(?:n['’]t|['’](?:s|re|ll|ve|d|m))$/i;

type AbbreviationKind = "title" | "date" | "numeral" | "final-capable" | "initial" | "acronym";

const OPENING_QUOTES = new Set(['"', "“", "‘", "'", "«", "(", "["]);
const CLOSERS = new Set(['"', "”", "’", "'", "»", ")", "]"]);
const TERMINATORS = new Set([".", "!", "?"]);

function abbreviationKind(word: string, nextText: string): AbbreviationKind | null {
  if (/^\p{L}$/u.test(word)) return /^\p{Lu}$/u.test(word) ? "initial" : null;
  const lower = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);
  if (capitalised && TITLE_ABBREVIATIONS.has(lower)) return "title";
  if (capitalised && DATE_ABBREVIATIONS.has(lower)) return "date";
  if (NUMERAL_ABBREVIATIONS.has(lower) && /^\s*\p{N}/u.test(nextText)) return "numeral";
  if (
    (capitalised || lower === "etc" || lower === "al" || lower === "vs") &&
    FINAL_CAPABLE_ABBREVIATIONS.has(lower)
  ) {
    return "final-capable";
  }
  return null;
}

interface ScannedToken extends Token {
  abbreviation: AbbreviationKind | null;
}

/** Tokenizes `text` (which starts at `offset` in the document) into tokens with document spans. */
export function tokenize(text: string, offset = 0): Token[] {
  return scan(text, offset).map(({ start, end, text: tokenText }) => ({
    start,
    end,
    text: tokenText,
  }));
}

function scan(text: string, offset: number): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    let start = match.index;
    let value = match[0];
    let end = start + value.length;
    if (value.length > 1 && value.charCodeAt(value.length - 1) === 46 && /\p{L}\.$/u.test(value)) {
      tokens.push({
        start: offset + start,
        end: offset + end,
        text: value,
        abbreviation: "acronym",
      });
      continue;
    }
    const hasApostrophe = value.includes("'") || value.includes("’");
    const clitic = hasApostrophe && value.length > 2 ? CLITIC.exec(value) : null;
    if (clitic && clitic.index > 0) {
      tokens.push({
        start: offset + start,
        end: offset + start + clitic.index,
        text: value.slice(0, clitic.index),
        abbreviation: null,
      });
      start += clitic.index;
      value = clitic[0];
    } else if (
      text.charCodeAt(end) === 46 &&
      /^\p{L}/u.test(value) &&
      text.charCodeAt(end + 1) !== 46
    ) {
      const kind = abbreviationKind(value, text.slice(end + 1, end + 4));
      if (kind) {
        end += 1;
        value += ".";
        pattern.lastIndex = end;
        tokens.push({ start: offset + start, end: offset + end, text: value, abbreviation: kind });
        continue;
      }
    }
    tokens.push({ start: offset + start, end: offset + end, text: value, abbreviation: null });
  }
  return tokens;
}

function startsCapitalised(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * Decides whether a sentence ends after token `index`. Heuristic:
 * - "." "!" "?" end a sentence when the next token starts a new one
 *   (capital letter, digit, opening quote or bracket), never before lower case;
 * - an ellipsis ends one only before a capitalised word;
 * - after an abbreviation's period: titles ("Dr."), initials ("G."), month
 *   names ("Sept.") and "No." before a number never end a sentence; acronyms
 *   and other abbreviations that can close a sentence ("U.S.", "Inc.", "p.m.")
 *   end one only when the next word is a clear sentence opener ("The", "He"…),
 *   because "U.S. Secretary" and "Apple Inc. CEO" continue the clause.
 */
function endsSentence(
  tokens: ScannedToken[],
  index: number,
  lastInBlock: number,
  openers: ReadonlySet<number>,
): boolean {
  const token = tokens[index];
  if (!token) return false;
  const isEllipsis = token.text === "…" || /^\.{2,}$/.test(token.text);
  // Only these can end a sentence; checking first keeps the scan linear.
  if (!token.abbreviation && !isEllipsis && !TERMINATORS.has(token.text)) return false;
  let next = index + 1;
  while (
    next <= lastInBlock &&
    CLOSERS.has(tokens[next]?.text ?? "") &&
    !openers.has(next) &&
    tokens[next]?.start === tokens[next - 1]?.end
  )
    next++;
  const following = tokens[next];
  if (!following) return true;
  const followingText = following.text;
  if (token.abbreviation) {
    if (token.abbreviation !== "acronym" && token.abbreviation !== "final-capable") return false;
    const opener = followingText.toLowerCase();
    return SENTENCE_OPENERS.has(opener) && startsCapitalised(followingText);
  }
  if (isEllipsis) {
    return /^\p{Lu}/u.test(followingText) || OPENING_QUOTES.has(followingText);
  }
  // "Ph.D", "example.com": a period glued to the next word is not a sentence end, unless a
  // lower-case word runs into a capitalised one, as copying pages glues sentences ("Monday.The").
  if (
    token.text === "." &&
    following.start === token.end &&
    /^\p{L}/u.test(followingText) &&
    !gluedSentences(tokens[index - 1], token, followingText)
  )
    return false;
  // "be. ... I look" : let the ellipsis that follows decide.
  if (/^(?:\.{2,}|…)$/.test(followingText)) return false;
  if (!startsCapitalised(followingText) && !OPENING_QUOTES.has(followingText)) return false;
  // '"Why are you looking away?" Safronkov said.' is one sentence: a quoted
  // question or exclamation followed by its attribution.
  if (token.text !== "." && next > index + 1 && attributionFollows(tokens, next, lastInBlock))
    return false;
  return true;
}

/** Maximum tokens between a closing quote and the speech verb of its attribution ("the foreign minister said"). */
const MAX_ATTRIBUTION_LEAD = 5;

function attributionFollows(tokens: ScannedToken[], from: number, lastInBlock: number): boolean {
  const limit = Math.min(lastInBlock, from + MAX_ATTRIBUTION_LEAD);
  for (let i = from; i <= limit; i++) {
    const text = tokens[i]?.text ?? "";
    if (!/^\p{L}/u.test(text)) return false;
    if (SPEECH_VERB_SET.has(text.toLowerCase())) return true;
  }
  return false;
}

/** "…on Monday.The vote": a word of two or more letters ending in lower case, a period, a capitalised word. */
function gluedSentences(
  before: ScannedToken | undefined,
  period: ScannedToken,
  followingText: string,
): boolean {
  return (
    before !== undefined &&
    before.end === period.start &&
    !before.abbreviation &&
    /\p{L}\p{Ll}$/u.test(before.text) &&
    /^\p{Lu}\p{Ll}/u.test(followingText)
  );
}

/**
 * Indexes of the straight double quotes that open a quotation: an even number of them before
 * it in the block. A straight mark glued to a period reads as closing otherwise, and a page
 * copied without spaces glues the next quotation's opening mark on ('said."We …').
 */
function openingStraightQuotes(tokens: ScannedToken[]): Set<number> {
  const openers = new Set<number>();
  let count = 0;
  tokens.forEach((token, index) => {
    if (token.text !== '"') return;
    if (count % 2 === 0) openers.add(index);
    count++;
  });
  return openers;
}

/** Index after the closing quotes and brackets attached to a terminator. */
function absorbClosers(
  tokens: ScannedToken[],
  index: number,
  lastInBlock: number,
  openers: ReadonlySet<number>,
): number {
  let end = index;
  while (end + 1 <= lastInBlock) {
    const next = tokens[end + 1];
    if (!next || !CLOSERS.has(next.text) || openers.has(end + 1) || next.start !== tokens[end]?.end)
      break;
    end++;
  }
  return end;
}

function stripScanInfo(token: ScannedToken): Token {
  return { start: token.start, end: token.end, text: token.text };
}

/** Splits one block into sentences; `firstIndex` numbers them in document order. */
export function splitSentences(
  documentText: string,
  block: Block,
  paragraphIndex: number,
  firstIndex: number,
): Sentence[] {
  const tokens = scan(block.text, block.start);
  const openers = openingStraightQuotes(tokens);
  const sentences: Sentence[] = [];
  const last = tokens.length - 1;
  let sentenceStart = 0;
  for (let i = 0; i <= last; i++) {
    if (!endsSentence(tokens, i, last, openers)) continue;
    const end = absorbClosers(tokens, i, last, openers);
    sentences.push(
      makeSentence(
        documentText,
        tokens.slice(sentenceStart, end + 1),
        block,
        paragraphIndex,
        firstIndex + sentences.length,
      ),
    );
    sentenceStart = end + 1;
    i = end;
  }
  if (sentenceStart <= last) {
    sentences.push(
      makeSentence(
        documentText,
        tokens.slice(sentenceStart),
        block,
        paragraphIndex,
        firstIndex + sentences.length,
      ),
    );
  }
  return sentences;
}

function makeSentence(
  documentText: string,
  tokens: ScannedToken[],
  block: Block,
  paragraphIndex: number,
  index: number,
): Sentence {
  const start = tokens[0]?.start ?? block.start;
  const end = tokens[tokens.length - 1]?.end ?? block.start;
  return {
    start,
    end,
    index,
    zone: block.zone,
    paragraphIndex,
    text: documentText.slice(start, end),
    tokens: tokens.map(stripScanInfo),
  };
}

/** Stage 02: sentences and tokens for headline, subtitle, captions and body paragraphs, in document order. */
export const sentencesStage: Stage = {
  name: "sentences",
  run(doc: Doc): Doc {
    const { layout } = doc;
    const blocks: { block: Block; paragraphIndex: number }[] = [];
    if (layout.headline) blocks.push({ block: layout.headline, paragraphIndex: -1 });
    if (layout.subtitle) blocks.push({ block: layout.subtitle, paragraphIndex: -1 });
    for (const caption of layout.captions ?? [])
      blocks.push({ block: caption, paragraphIndex: -1 });
    (layout.paragraphs ?? []).forEach((paragraph, paragraphIndex) =>
      blocks.push({ block: paragraph, paragraphIndex }),
    );
    blocks.sort((a, b) => a.block.start - b.block.start);
    const sentences: Sentence[] = [];
    for (const { block, paragraphIndex } of blocks) {
      for (const sentence of splitSentences(doc.text, block, paragraphIndex, sentences.length))
        sentences.push(sentence);
    }
    return { ...doc, sentences };
  },
};

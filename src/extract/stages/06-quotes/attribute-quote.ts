import type { Author } from "../../types.js";
import type { QuoteWork } from "./types.js";
import { isQuotation, signatureLength } from "./quote-spans.js";
import { sentenceIndexFor } from "./paragraphs.js";
import {
  accordingTo,
  attributionAfter,
  attributionBefore,
  bareAttribution,
  isSpeechVerb,
  openingSubject,
  toAttribution,
} from "./clause-attribution.js";
import { QUOTE_BACK_REFERENCE_NOUNS } from "../../lexicon/speaker-nouns.js";
import { MAX_WINDOW } from "./limits.js";
import { type ParagraphInfo, nextSentenceStart, sentenceStartFor } from "./paragraphs.js";
import { SpeakerContext } from "./speaker-context.js";
import { personAfterRole } from "./subjects.js";
import { type Attribution, type QuoteSpan, UNATTRIBUTED, type Unit } from "./types.js";

/** Attributes one quote, trying the most reliable patterns first. */
export function attributeQuote(
  ctx: SpeakerContext,
  paragraph: ParagraphInfo,
  k: number,
  longQuotes: QuoteSpan[],
  previousInParagraph: Attribution | null,
  previousParagraph: Attribution | null,
  previousParagraphInfo: ParagraphInfo | null,
): Attribution {
  const text = ctx.text;
  const quote = longQuotes[k] as QuoteSpan;
  const previous = longQuotes[k - 1];
  const next = longQuotes[k + 1];
  const starts = paragraph.sentenceStarts;
  const sentenceStart = sentenceStartFor(starts, quote.open);
  const afterStart = quote.closed ? quote.close + 1 : paragraph.end;
  const afterSentenceEnd = nextSentenceStart(starts, quote.close, paragraph.end);
  const afterEnd = Math.min(
    next ? next.open : paragraph.end,
    afterSentenceEnd,
    afterStart + MAX_WINDOW,
  );

  // A signature line names the speaker even where the quote seems to run on from the paragraph before.
  // The tail runs to the next quoted span of any length: a quoted title ends the signature line.
  const nextSpan = paragraph.quotes.find((span) => span.open > quote.open);
  const signed = signatureAttribution(ctx, paragraph, quote, nextSpan);
  if (signed) return signed;

  if (quote.continuesPrevious && previousParagraph) {
    return { ...previousParagraph, confidence: Math.min(previousParagraph.confidence, 0.9) };
  }

  // `X ("…") voted no`: a parenthesis closing right after the quotation leaves its clause, and
  // what follows belongs to the sentence around it.
  const closesParenthesis = /^\s*\)/u.test(text.slice(afterStart, afterStart + 4));
  const afterUnits =
    afterEnd > afterStart && !closesParenthesis ? ctx.units(afterStart, afterEnd) : [];
  if (afterUnits.length > 0) {
    const found = attributionAfter(ctx, afterUnits, quote.start, 0.95);
    if (found) return found;
  }

  const beforeStart = Math.max(
    sentenceStart,
    previous ? previous.close + 1 : paragraph.start,
    quote.open - MAX_WINDOW,
  );
  const sameSentenceAsPrevious = previous !== undefined && previous.close + 1 > sentenceStart;
  if (quote.open > beforeStart) {
    const beforeUnits = ctx.units(beforeStart, quote.open);
    const found = attributionBefore(ctx, beforeUnits, quote.start);
    if (found) return found;
    // "Jones disagreed: "…"": a colon hands the quote to the subject of its clause.
    const introducer = beforeUnits[beforeUnits.length - 1];
    const subject = introducer?.lower === ":" ? openingSubject(ctx, beforeUnits) : null;
    if (subject !== null) return { speakerId: subject, verb: null, confidence: 0.75, found: true };
    const aside = introducer?.lower === "(" ? parentheticalSpeaker(ctx, beforeUnits) : null;
    if (aside !== null) return { speakerId: aside, verb: null, confidence: 0.7, found: true };
  }
  const reportedBy = toAttribution(accordingTo(ctx, afterUnits, quote.start), "according to", 0.75);
  if (reportedBy) return reportedBy;
  if (afterUnits.length === 0 && quote.closed) {
    // `"…." Lavrov said.` as a sentence of its own.
    const nextEnd = Math.min(
      next ? next.open : paragraph.end,
      nextSentenceStart(starts, afterSentenceEnd, paragraph.end),
    );
    const found = bareAttribution(ctx, ctx.units(afterSentenceEnd, nextEnd), quote.start, 0.85);
    if (found) return found;
    // `"…." Those were the words of Mayor Jane Roe.` in the same paragraph.
    const named =
      quote.open <= sentenceStart ? backReferenceAt(ctx, afterSentenceEnd, nextEnd) : null;
    if (named) return named;
  }

  // `"…," Smith said. Jones replied that time had run out. "…"`: a narrative sentence in between names a new speaker.
  const previousSentenceStart =
    sentenceStart > paragraph.start ? sentenceStartFor(starts, sentenceStart - 1) : -1;
  if (previous !== undefined && previousSentenceStart > previous.close) {
    const units = ctx.units(
      Math.max(previousSentenceStart, sentenceStart - MAX_WINDOW),
      sentenceStart,
    );
    const found = attributionBefore(ctx, units, quote.start);
    if (found && found.speakerId !== null) return { ...found, confidence: 0.7 };
  }

  if (previousInParagraph && (sameSentenceAsPrevious || previous !== undefined)) {
    const confidence = sameSentenceAsPrevious ? 0.85 : 0.75;
    return {
      ...previousInParagraph,
      confidence: Math.min(previousInParagraph.confidence, confidence),
    };
  }

  if (sentenceStart > paragraph.start) {
    const previousSentenceStart = sentenceStartFor(starts, sentenceStart - 1);
    const units = ctx.units(
      Math.max(previousSentenceStart, sentenceStart - MAX_WINDOW),
      sentenceStart,
    );
    const found = attributionBefore(ctx, units, quote.start);
    if (found) return { ...found, confidence: 0.7 };
    const subject = openingSubject(ctx, units);
    if (subject !== null) return { speakerId: subject, verb: null, confidence: 0.5, found: true };
    // "X admitted she had skipped class. Why? "…"": the speaker of an earlier sentence of the paragraph.
    const earlier = speakerOfEarlierSentence(ctx, paragraph, previousSentenceStart, quote.start);
    if (earlier) return earlier;
  }

  if (quote.opensParagraph && previousParagraph) {
    return { ...previousParagraph, confidence: Math.min(previousParagraph.confidence, 0.75) };
  }
  if (quote.opensParagraph && previousParagraphInfo && previousParagraphInfo.quotes.length === 0) {
    const lastStart = sentenceStartFor(
      previousParagraphInfo.sentenceStarts,
      previousParagraphInfo.end - 1,
    );
    const units = ctx.units(
      Math.max(lastStart, previousParagraphInfo.end - MAX_WINDOW),
      previousParagraphInfo.end,
    );
    const endsWithColon = text
      .slice(previousParagraphInfo.start, previousParagraphInfo.end)
      .trimEnd()
      .endsWith(":");
    const found = attributionBefore(ctx, units, quote.start);
    if (found && found.speakerId !== null)
      return { ...found, confidence: endsWithColon ? 0.8 : 0.6 };
  }
  return UNATTRIBUTED;
}

/** Attribution from a short `X said.` paragraph right after a quote-only paragraph. */
export function attributionFromFollowingParagraph(
  ctx: SpeakerContext,
  following: ParagraphInfo | undefined,
  pos: number,
): Attribution | null {
  if (!following || following.quotes.length > 0) return null;
  const units = ctx.units(following.start, Math.min(following.end, following.start + MAX_WINDOW));
  // "said the union's leader, Jane Roe, speaking outside parliament.": the quotation's own
  // sentence, broken by a paragraph break, however long its tail.
  const lead = units[0];
  if (lead?.kind === "word" && !lead.capitalized && isSpeechVerb(units, 0)) {
    const found = attributionAfter(ctx, units, pos, 0.8);
    if (found) return found;
  }
  return bareAttribution(ctx, units, pos, 0.75);
}

/** "Those were the words of", "That was the stark warning from", "So said", "That is how": the opening of a back-reference. */
const BACK_REFERENCE = new RegExp(
  `^(?:(?:that|those|this|these|such)\\s+(?:was|were|is|are)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${QUOTE_BACK_REFERENCE_NOUNS.join("|")})\\s+(?:of|from)|so\\s+said|(?:that|this)(?:['’]s|\\s+(?:is|was))\\s+how)\\s+`,
  "iu",
);

/**
 * A paragraph that opens by naming who spoke the quotation-only paragraph before it ("Those were
 * the words of Health Secretary Jane Roe as she …"): the first person or organization named.
 */
export function backReferenceAttribution(
  ctx: SpeakerContext,
  following: ParagraphInfo | undefined,
): Attribution | null {
  return following ? backReferenceAt(ctx, following.start, following.end) : null;
}

/** The speaker a sentence from `start` to `end` names when it opens as a back-reference, or null. */
function backReferenceAt(ctx: SpeakerContext, start: number, end: number): Attribution | null {
  const opening = ctx.text.slice(start, Math.min(end, start + 80));
  const match = BACK_REFERENCE.exec(opening);
  if (!match) return null;
  const from = start + match[0].length;
  const units = ctx.units(from, Math.min(end, from + MAX_WINDOW));
  for (const [i, unit] of units.entries()) {
    if (unit.kind === "punct" && unit.lower !== ",") return null;
    if (unit.kind !== "mention" || !unit.mention || unit.mention.type === "LOCATION") continue;
    // "the warning from Harbour Authority chief executive Tom Avery": the person holding the role.
    const speakerId =
      (unit.mention.type === "ORGANIZATION" ? personAfterRole(ctx, units, i) : null) ??
      ctx.speakerOf(unit.mention);
    if (speakerId !== null) return { speakerId, verb: null, confidence: 0.8, found: true };
  }
  return null;
}

/** Step: attributes every quotation in text order, each paragraph seeing the attributions before it. */
export function attributeQuotes(work: QuoteWork): void {
  const ctx = work.speakers;
  if (!ctx) throw new Error("the speaker context step must run before attribution");
  const { text } = work.doc;
  const { credits } = work.doc.layout;
  const { paragraphs, quotes: results, attributions } = work;
  let previousParagraphAttribution: Attribution | null = null;
  let previousParagraphInfo: ParagraphInfo | null = null;
  for (const paragraph of paragraphs) {
    const longQuotes = paragraph.quotes.filter(isQuotation);
    let previousInParagraph: Attribution | null = null;
    for (let k = 0; k < longQuotes.length; k++) {
      const quote = longQuotes[k] as QuoteSpan;
      ctx.beginQuote(quote.start, quote.end);
      let attribution = attributeQuote(
        ctx,
        paragraph,
        k,
        longQuotes,
        previousInParagraph,
        previousParagraphAttribution,
        previousParagraphInfo,
      );
      const last = !quote.closed || k === longQuotes.length - 1;
      const tail = text.slice(quote.closed ? quote.close + 1 : quote.end, paragraph.end).trim();
      const following = paragraphs[paragraph.index + 1];
      if (!attribution.found && last && tail.length === 0) {
        attribution = attributionFromFollowingParagraph(ctx, following, quote.start) ?? attribution;
      }
      // Only a guess from the paragraph before gives way to a speaker named right after.
      if (last && tail.length === 0 && quote.opensParagraph && attribution.confidence < 0.8) {
        attribution = backReferenceAttribution(ctx, following) ?? attribution;
      }
      const posted =
        last && tail.length === 0 && quote.opensParagraph
          ? postSignatureAttribution(
              ctx,
              credits,
              paragraph.end,
              following ? following.start : text.length,
            )
          : null;
      if (posted) attribution = posted;
      // A post's author stands outside the story: "she said" below the post is not the poster.
      if (attribution.speakerId !== null && !posted)
        ctx.speakers.push({ pos: quote.start, entityId: attribution.speakerId });
      attributions.push(attribution);
      results.push({
        start: quote.start,
        end: quote.end,
        // A line break inside a paragraph is a wrapped line: the words read with one space.
        text: text.slice(quote.start, quote.end).replace(/[^\S\n]*\r?\n\s*/g, " "),
        speakerId: attribution.speakerId,
        verb: attribution.verb,
        confidence: Math.max(0.05, Math.min(1, attribution.confidence)),
        sentenceIndex: sentenceIndexFor(work.bodySentences, quote.start),
        paragraphIndex: paragraph.index,
        eventIndexes: [],
      });
      previousInParagraph = attribution.found ? attribution : previousInParagraph;
    }
    const lastOfParagraph =
      longQuotes.length > 0 ? attributions[attributions.length - 1] : undefined;
    previousParagraphAttribution = lastOfParagraph?.found ? lastOfParagraph : null;
    previousParagraphInfo = paragraph;
  }
}

/** Between a post's text and its poster's name: white space, the post's links and the signature's lead. */
const POST_TEXT_TO_SIGNATURE =
  /^(?:\s|(?:https?:\/\/|pic\.twitter\.com\/)\S*)*(?:[—–―-]{1,2}|A\s+post\s+shared\s+by)\s*$/u;

/**
 * An embedded post copied as a quotation with its signature line below
 * (`"…"` / `— Jane Roe (@janeroe) March 3, 2024`): the poster the layout credited wrote it.
 */
function postSignatureAttribution(
  ctx: SpeakerContext,
  credits: readonly Author[],
  paragraphEnd: number,
  gapEnd: number,
): Attribution | null {
  const poster = credits.find((credit) => credit.start >= paragraphEnd && credit.end <= gapEnd);
  if (!poster || !POST_TEXT_TO_SIGNATURE.test(ctx.text.slice(paragraphEnd, poster.start)))
    return null;
  for (const unit of ctx.units(poster.start, poster.end)) {
    if (unit.kind !== "mention" || !unit.mention || unit.mention.type === "LOCATION") continue;
    const speakerId = ctx.speakerOf(unit.mention);
    if (speakerId !== null) return { speakerId, verb: null, confidence: 0.85, found: true };
  }
  return null;
}

/** How many sentences before the previous one a quote's paragraph is searched for its speaker. */
const EARLIER_SENTENCES = 2;

/** The named speaker of one of the few sentences of the paragraph before `before`, nearest first. */
function speakerOfEarlierSentence(
  ctx: SpeakerContext,
  paragraph: ParagraphInfo,
  before: number,
  pos: number,
): Attribution | null {
  let end = before;
  for (let n = 0; n < EARLIER_SENTENCES && end > paragraph.start; n++) {
    const start = sentenceStartFor(paragraph.sentenceStarts, end - 1);
    // Another quotation in between has its own speaker; look no further back than it.
    if (paragraph.quotes.some((q) => q.open >= start && q.open < end)) return null;
    const found = attributionBefore(ctx, ctx.units(Math.max(start, end - MAX_WINDOW), end), pos);
    if (found && found.speakerId !== null) return { ...found, confidence: 0.6 };
    end = start;
  }
  return null;
}

/**
 * A quotation that opens its paragraph and is followed only by a signature line
 * (`"…" — Jane Roe`, `"…" Anonymous blogger, "Title"`): the name in the line speaks; a line
 * that names no entity still attributes the quotation, to an unnamed speaker.
 */
function signatureAttribution(
  ctx: SpeakerContext,
  paragraph: ParagraphInfo,
  quote: QuoteSpan,
  next: QuoteSpan | undefined,
): Attribution | null {
  if (!quote.opensParagraph || !quote.closed) return null;
  const tailEnd = next ? next.open : paragraph.end;
  if (signatureLength(ctx.text.slice(quote.close + 1, tailEnd)) === 0) return null;
  const units = ctx.units(quote.close + 1, tailEnd);
  for (const [i, unit] of units.entries()) {
    if (unit.kind !== "mention" || !unit.mention || unit.mention.type === "LOCATION") continue;
    const speakerId =
      (unit.mention.type === "ORGANIZATION" ? personAfterRole(ctx, units, i) : null) ??
      ctx.speakerOf(unit.mention);
    if (speakerId !== null) return { speakerId, verb: null, confidence: 0.8, found: true };
  }
  return { speakerId: null, verb: null, confidence: 0.6, found: true };
}

/** `Jane Roe ("…")`: a quotation in parentheses right after a name gives that name's words. */
function parentheticalSpeaker(ctx: SpeakerContext, units: Unit[]): number | null {
  const named = units[units.length - 2];
  if (named?.kind !== "mention" || !named.mention || named.mention.type === "LOCATION") return null;
  return ctx.speakerOf(named.mention);
}

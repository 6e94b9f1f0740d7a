import type { QuoteWork } from "./types.js";
import type { Block, Quote } from "../../types.js";
import { attributionAfter, attributionBefore, openingSubject } from "./clause-attribution.js";
import { sentenceIndexFor } from "./paragraphs.js";
import { WORD_PATTERN, isQuotation, scanParagraphQuotes } from "./quote-spans.js";
import type { SpeakerContext } from "./speaker-context.js";
import { type Attribution, type QuoteSpan, UNATTRIBUTED } from "./types.js";

/** Share of a standfirst quotation's words a body quotation must hold to be the same words. */
const SAME_WORDS_SHARE = 0.7;

/**
 * Step: quotations in the standfirst under the headline ("'The two powers cannot have this
 * kind of relationship,' the chief U.S. diplomat said Wednesday."). Such a quotation usually
 * repeats one of the body, whose speaker it takes; otherwise its own line may name the speaker.
 */
export function findStandfirstQuotes(work: QuoteWork): void {
  const ctx = work.speakers;
  if (!ctx) throw new Error("the speaker context step must run before standfirst quotes");
  const { doc } = work;
  // Headline quotations stay out: the gold convention only takes the standfirst's.
  const blocks = [doc.layout.subtitle].filter((block): block is Block => block !== null);
  const found: { quote: Quote; attribution: Attribution }[] = [];
  for (const block of blocks) {
    const start = Math.max(0, block.start);
    const end = Math.min(doc.text.length, block.end);
    const spans = scanParagraphQuotes(doc.text, start, end, -1, false).filter(isQuotation);
    for (const span of spans) {
      const attribution = repeatedAttribution(work, span) ?? ownLineAttribution(ctx, span, end);
      found.push({
        quote: {
          start: span.start,
          end: span.end,
          text: doc.text.slice(span.start, span.end),
          speakerId: attribution.speakerId,
          verb: attribution.verb,
          confidence: Math.max(0.05, Math.min(1, attribution.confidence)),
          sentenceIndex: sentenceIndexFor(doc.sentences, span.start),
          paragraphIndex: -1,
          eventIndexes: [],
        },
        attribution,
      });
    }
  }
  // The standfirst comes before the body: its quotations lead the list.
  work.quotes.unshift(...found.map((item) => item.quote));
  work.attributions.unshift(...found.map((item) => item.attribution));
}

/** The attribution of a body quotation with (nearly) the same words, or null. */
function repeatedAttribution(work: QuoteWork, span: QuoteSpan): Attribution | null {
  const words = wordsOf(work.doc.text.slice(span.start, span.end));
  if (words.size === 0) return null;
  for (let i = 0; i < work.quotes.length; i++) {
    const quote = work.quotes[i] as Quote;
    const attribution = work.attributions[i];
    if (!attribution?.found) continue;
    const other = wordsOf(quote.text);
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    if (shared / Math.max(words.size, other.size) >= SAME_WORDS_SHARE)
      return { ...attribution, confidence: Math.min(attribution.confidence, 0.8) };
  }
  return null;
}

/** `"…," the minister said Wednesday.` or `Lavrov: "…"` within the standfirst itself. */
function ownLineAttribution(ctx: SpeakerContext, span: QuoteSpan, end: number): Attribution {
  if (span.closed && span.close + 1 < end) {
    const after = attributionAfter(ctx, ctx.units(span.close + 1, end), span.start, 0.8);
    if (after) return after;
  }
  const lineStart = ctx.text.lastIndexOf("\n", span.open) + 1;
  if (span.open > lineStart) {
    const units = ctx.units(lineStart, span.open);
    const before = attributionBefore(ctx, units, span.start);
    if (before) return before;
    if (units[units.length - 1]?.lower === ":") {
      const subject = openingSubject(ctx, units);
      if (subject !== null) return { speakerId: subject, verb: null, confidence: 0.7, found: true };
    }
  }
  return UNATTRIBUTED;
}

function wordsOf(text: string): Set<string> {
  return new Set((text.match(WORD_PATTERN) ?? []).map((word) => word.toLowerCase()));
}

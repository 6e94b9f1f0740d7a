import type { Stage } from "../types.js";
import type { QuoteStep, QuoteWork } from "./06-quotes/types.js";
import { findQuoteSpans } from "./06-quotes/quote-spans.js";
import { splitParagraphSentences } from "./06-quotes/paragraphs.js";
import { buildSpeakerContext } from "./06-quotes/speaker-context.js";
import { attributeQuotes } from "./06-quotes/attribute-quote.js";
import { backfillContinuations } from "./06-quotes/continuations.js";
import { findStandfirstQuotes } from "./06-quotes/standfirst.js";

/** The sub-steps of the quotes stage in the order they run; the speech lexicons live in ../lexicon. */
export const QUOTE_STEPS: readonly QuoteStep[] = [
  { name: "quote spans", run: findQuoteSpans },
  { name: "paragraph sentences", run: splitParagraphSentences },
  { name: "speaker context", run: buildSpeakerContext },
  { name: "attribution", run: attributeQuotes },
  { name: "continuations", run: backfillContinuations },
  { name: "standfirst quotes", run: findStandfirstQuotes },
];

/** Finds direct quotations in the body and attributes each to a speaker entity. */
export const quotesStage: Stage = {
  name: "quotes",
  run(doc) {
    const work: QuoteWork = {
      doc,
      paragraphs: [],
      bodySentences: [],
      speakers: null,
      quotes: [],
      attributions: [],
    };
    for (const step of QUOTE_STEPS) step.run(work);
    return { ...doc, quotes: work.quotes };
  },
  fallback: (doc) => ({ ...doc, quotes: [] }),
};

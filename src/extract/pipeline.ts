import type { Doc, ExtractOptions, Extraction, Stage } from "./types.js";
import { remapSpans, visibleText } from "./invisible.js";
import { layoutStage } from "./stages/01-layout.js";
import { sentencesStage } from "./stages/02-sentences.js";
import { mentionsStage } from "./stages/03-mentions.js";
import { coreferenceStage } from "./stages/04-coreference.js";
import { datesStage } from "./stages/05-dates.js";
import { quotesStage } from "./stages/06-quotes.js";
import { eventsStage } from "./stages/07-events/index.js";
import { quoteEventsStage } from "./stages/08-quote-events.js";

/**
 * Bumped whenever a change alters what the pipeline extracts, retrained tagger weights
 * (src/extract/model/ner-weights.ts) included; stored per article.
 */
export const EXTRACTOR_VERSION = "0.16.5";

/** The stages in the order they run. Each one reads what the earlier ones wrote. */
export const STAGES: readonly Stage[] = [
  layoutStage,
  sentencesStage,
  mentionsStage,
  coreferenceStage,
  datesStage,
  quotesStage,
  eventsStage,
  quoteEventsStage,
];

/** A document before any stage has run. */
export function emptyDoc(text: string, options: ExtractOptions = {}): Doc {
  return {
    text,
    options,
    publishedAt: null,
    layout: {
      headline: null,
      subtitle: null,
      byline: null,
      authors: [],
      captions: [],
      credits: [],
      dateline: null,
      paragraphs: [],
      furniture: [],
    },
    sentences: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
    events: [],
    degraded: [],
  };
}

/**
 * What an operator needs to find a failure: its kind and the place it was thrown
 * ("TypeError at find-events.ts:412:18"). Not its message, which may quote the article
 * (a parser's 'Unexpected token … in "…"'), and articles stay out of logs.
 */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `thrown ${typeof error}`;
  // The first frame in a file of ours: built-ins ("at JSON.parse (<anonymous>)") have none.
  const place = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .map((line) => /([^/\\( ]+:\d+:\d+)\)?\s*$/.exec(line)?.[1])
    .find((found) => found !== undefined);
  return place ? `${error.name} at ${place}` : error.name;
}

/** Runs one stage; a failure falls back when the stage has a fallback and the run is not strict. */
function runStage(stage: Stage, doc: Doc): Doc {
  try {
    return stage.run(doc);
  } catch (error) {
    if (!stage.fallback || doc.options.strict) throw error;
    return {
      ...stage.fallback(doc),
      degraded: [...doc.degraded, { stage: stage.name, error: describeFailure(error) }],
    };
  }
}

/** Runs the stages up to and including `lastStage` (all when omitted). */
export function runStages(
  text: string,
  options: ExtractOptions = {},
  lastStage?: string,
  stages: readonly Stage[] = STAGES,
): Doc {
  let doc = emptyDoc(text, options);
  for (const stage of stages) {
    doc = runStage(stage, doc);
    if (stage.name === lastStage) break;
  }
  return doc;
}

/**
 * Extracts entities, quotes, dates and events from one raw article. Pure and deterministic.
 * `stages` replaces the pipeline's own list (ablations compare variants of it).
 */
export function extract(
  text: string,
  options: ExtractOptions = {},
  stages: readonly Stage[] = STAGES,
): Extraction {
  // Soft hyphens and zero-width characters would split the words they sit in: the stages read
  // the text without them, and every span is moved back onto the original text at the end.
  const visible = visibleText(text);
  const doc = runStages(visible?.text ?? text, options, undefined, stages);
  const { layout } = doc;
  const extraction: Extraction = {
    extractorVersion: EXTRACTOR_VERSION,
    title: layout.headline?.text ?? "",
    subtitle: layout.subtitle?.text ?? null,
    authors: layout.authors.map((a) => a.name),
    datelinePlace: layout.dateline?.place ?? null,
    agency: layout.dateline?.agency ?? null,
    publishedAt: doc.publishedAt,
    body: layout.paragraphs.map((p) => p.text).join("\n\n"),
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
    entities: doc.entities,
    mentions: doc.mentions,
    dates: doc.dates,
    quotes: doc.quotes,
    events: doc.events,
    degradedStages: doc.degraded,
  };
  if (visible) remapSpans(extraction, visible.toOriginal);
  return extraction;
}

import type { Doc, Event, Quote, Stage } from "../types.js";

/**
 * Links each quote to the events its paragraph is about: an event reported in the
 * quote's own paragraph, or one reported in the paragraph just before when the
 * quote's speaker takes part in it (`X met Y on Monday.` then `"…," X said.`).
 * A quote is not about every event that merely shares a participant with it.
 */
export function linkQuotesToEvents(doc: Doc): Quote[] {
  const paragraphOfSentence = new Map(doc.sentences.map((s) => [s.index, s.paragraphIndex]));
  const paragraphsOf = doc.events.map((event) => eventParagraphs(paragraphOfSentence, event));
  return doc.quotes.map((quote) => {
    const eventIndexes: number[] = [];
    doc.events.forEach((event, i) => {
      const paragraphs = paragraphsOf[i] as Set<number>;
      const reportedHere = paragraphs.has(quote.paragraphIndex);
      const reportedJustBefore =
        paragraphs.has(quote.paragraphIndex - 1) &&
        quote.speakerId !== null &&
        event.participants.some((p) => p.entityId === quote.speakerId);
      if (reportedHere || reportedJustBefore) eventIndexes.push(i);
    });
    return { ...quote, eventIndexes };
  });
}

/** The body paragraphs that hold the event's evidence. */
function eventParagraphs(paragraphOfSentence: Map<number, number>, event: Event): Set<number> {
  const paragraphs = new Set<number>();
  for (const evidence of event.evidence) {
    const paragraph = paragraphOfSentence.get(evidence.sentenceIndex) ?? -1;
    if (paragraph >= 0) paragraphs.add(paragraph);
  }
  return paragraphs;
}

/** Runs after the events stage: which events each quote speaks about. */
export const quoteEventsStage: Stage = {
  name: "quote-events",
  run(doc) {
    return { ...doc, quotes: linkQuotesToEvents(doc) };
  },
  // The quotes stay, only their links to events are missing.
  fallback: (doc) => doc,
};

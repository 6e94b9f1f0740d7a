import type { QuoteWork } from "./types.js";
import type { Quote } from "../../types.js";

/** A multi-paragraph quote attributed only in a later paragraph gives that speaker to its earlier parts. */
export function backfillContinuations(work: QuoteWork): void {
  const { quotes: results, attributions, paragraphs } = work;
  const continues = new Set<number>();
  for (const paragraph of paragraphs) {
    const first = paragraph.quotes[0];
    if (first?.continuesPrevious) continues.add(first.start);
  }
  for (let i = results.length - 2; i >= 0; i--) {
    const current = results[i] as Quote;
    const following = results[i + 1] as Quote;
    if (attributions[i]?.found || !continues.has(following.start) || following.speakerId === null)
      continue;
    current.speakerId = following.speakerId;
    current.verb = following.verb;
    current.confidence = Math.min(following.confidence, 0.85);
    attributions[i] = {
      speakerId: following.speakerId,
      verb: following.verb,
      confidence: current.confidence,
      found: true,
    };
  }
}

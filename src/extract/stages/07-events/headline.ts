/** A headline statement ("X says …") reported in the lead is itself an event (CAMEO 01). */
import type { Doc, Event, Mention, Sentence, TemporalExpression } from "../../types.js";
import type { Placed } from "./places.js";
import { wordsOf } from "./words.js";
import type { Word } from "./words.js";

export const HEADLINE_SPEECH = /^(?:says|said|tells|told|warns|insists|claims|vows)$/i;

/** The entity whose words are the headline's news ("X says …"), or null. */
export function speakerOfHeadline(
  doc: Doc,
  mentionsBySentence: Map<number, Mention[]>,
): number | null {
  const headline = doc.sentences.find((sentence) => sentence.zone === "headline");
  if (!headline) return null;
  const words = wordsOf(headline);
  const verb = words.findIndex((word) => HEADLINE_SPEECH.test(word.text));
  if (verb < 0) return null;
  const speaker = (mentionsBySentence.get(headline.index) ?? [])
    .filter((mention) => mention.entityId !== null && mention.end <= (words[verb]?.start ?? 0))
    .pop();
  return speaker?.entityId ?? null;
}

/**
 * The lead's report of the headline statement ("X said late Wednesday that …"): a
 * statement that is itself the news is an event (CAMEO 01).
 */
export function headlineStatement(
  doc: Doc,
  words: Word[],
  placed: Placed[],
  dates: TemporalExpression[],
  speaker: number,
  sentence: Sentence,
): Event | null {
  const said = words.findIndex((word) => word.lower === "said" || word.lower === "says");
  const verb = words[said];
  if (!verb || !placed.some((item) => item.entityId === speaker && item.wordIndex < said))
    return null;
  const spoken = dates.find((date) => date.start >= verb.end && date.start - verb.end <= 10);
  return {
    code: "01",
    trigger: doc.text.slice(verb.start, verb.end),
    triggerSpan: { start: verb.start, end: verb.end },
    summary: "",
    date: spoken && spoken.precision !== "YEAR" ? spoken.value : null,
    precision: spoken && spoken.precision !== "YEAR" ? spoken.precision : null,
    locationId: null,
    participants: [{ entityId: speaker, role: "ACTOR" }],
    evidence: [{ start: sentence.start, end: sentence.end, sentenceIndex: sentence.index }],
    confidence: 0.6,
  };
}

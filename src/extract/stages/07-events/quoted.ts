/**
 * Where the article quotes someone: triggers and names inside quotation marks report no act,
 * except the act the speaker performs by saying the words.
 */
import type { CameoCode, Doc, Quote, Span } from "../../types.js";
import type { Trigger } from "./triggers.js";
import type { Word } from "./words.js";

/** Spans inside double quotation marks, per body paragraph (an unclosed quote ends with its paragraph). */
export function quotedSpans(doc: Doc): Span[] {
  const spans: Span[] = doc.quotes.map((quote) => ({ start: quote.start, end: quote.end }));
  const paragraphs = new Map<number, Span>();
  for (const sentence of doc.sentences) {
    if (sentence.zone !== "body") continue;
    const known = paragraphs.get(sentence.paragraphIndex);
    paragraphs.set(sentence.paragraphIndex, {
      start: Math.min(known?.start ?? sentence.start, sentence.start),
      end: Math.max(known?.end ?? sentence.end, sentence.end),
    });
  }
  for (const paragraph of paragraphs.values()) {
    let open = -1;
    for (let index = paragraph.start; index < paragraph.end; index++) {
      const char = doc.text[index];
      if (char === "\u201c" || (char === '"' && open < 0)) {
        if (open < 0) open = index + 1;
      } else if ((char === "\u201d" || char === '"') && open >= 0) {
        spans.push({ start: open, end: index });
        open = -1;
      }
    }
    if (open >= 0) spans.push({ start: open, end: paragraph.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function isQuoted(spans: Span[], position: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) break;
    if (position < span.start) high = middle - 1;
    else if (position >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** An auxiliary or "to" that a quotation may finish the verb phrase of ("would \u201cnot hesitate …\u201d"). */
const VERB_PHRASE_OPENERS = /\b(?:would|will|could|should|must|to)\s*$/i;

/**
 * True when the quotation around `position` finishes a verb phrase the reporter's own sentence
 * opened ('said it would "not hesitate to act"'): the quoted words then tell the subject's act
 * as the report does, not something the speaker recalls.
 */
export function continuesReportedClause(text: string, spans: Span[], position: number): boolean {
  const span = spans.find((item) => item.start <= position && position < item.end);
  if (!span) return false;
  const opening = text[span.start - 1] ?? "";
  if (opening !== '"' && opening !== "\u201c") return false;
  return VERB_PHRASE_OPENERS.test(text.slice(Math.max(0, span.start - 12), span.start - 1));
}

/** Sorted, non-overlapping cover of a list of spans. */
export function unionOf(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ start: span.start, end: span.end });
  }
  return union;
}

/** Codes of acts a speaker performs by saying the words: appeals, praise, demands, rebukes, refusals, threats. */
const PERFORMATIVE_CODES = new Set<CameoCode>(["02", "05", "10", "11", "12", "13"]);

/** Adverbs that may stand between "we" and a performative verb ("we strongly condemn"). */
const PERFORMATIVE_ADVERBS = new Set([
  "also",
  "again",
  "strongly",
  "fully",
  "firmly",
  "therefore",
  "deeply",
  "very",
]);

/** "I'm", "we're": a first person and the present of "be" in one word. */
const FIRST_PERSON_BE = /^(?:i['\u2019]m|we['\u2019]re)$/;

/**
 * The speaker of a quotation whose words perform an act: '"We urge X to return to talks," the
 * ministry said', '"I condemn this attack"'. The verb is in the present after "we" or "I", so the
 * quote does not merely recall an act; the speaker is the actor.
 */
export function performativeSpeaker(
  quotes: readonly Quote[],
  words: Word[],
  trigger: Trigger,
): number | null {
  if (trigger.sense.kind !== "verb" || !PERFORMATIVE_CODES.has(trigger.code)) return null;
  return saidInFirstPerson(words, trigger) ? speakerAt(quotes, trigger) : null;
}

/**
 * True when "we" or "I" performs the act now: "we urge", "we strongly condemn", "we are
 * disappointed by …", "I'm very disappointed".
 */
export function saidInFirstPerson(words: Word[], trigger: Trigger): boolean {
  const verb = words[trigger.first];
  if (!verb) return false;
  let subject = trigger.first - 1;
  // "we will not hesitate", "we won't hesitate": the negation and its modal belong to the act.
  if (trigger.sense.afterNegation) {
    if (/^(?:not|never)$/.test(words[subject]?.lower ?? "")) subject--;
    if (/^(?:will|would|shall|won['\u2019]t|wouldn['\u2019]t)$/.test(words[subject]?.lower ?? ""))
      subject--;
  }
  if (PERFORMATIVE_ADVERBS.has(words[subject]?.lower ?? "")) subject--;
  if (/ed$/.test(verb.lower)) {
    const be = words[subject]?.lower ?? "";
    if (FIRST_PERSON_BE.test(be)) return true;
    if (!/^(?:am|are)$/.test(be)) return false;
    subject--;
  } else if (verb.lower !== trigger.lemma.split(" ")[0]) return false;
  return /^(?:we|i)$/.test(words[subject]?.lower ?? "");
}

/** The speaker of the quote a trigger sits in, when known. */
function speakerAt(quotes: readonly Quote[], trigger: Trigger): number | null {
  const quote = quotes.find((item) => item.start <= trigger.start && trigger.end <= item.end);
  return quote?.speakerId ?? null;
}

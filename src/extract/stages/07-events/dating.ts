/** Which date of a sentence dates which trigger. */
import type { TriggerSense } from "../../lexicon/event-triggers.js";
import type { DatePrecision, Span, TemporalExpression } from "../../types.js";
import type { Trigger } from "./triggers.js";
import { isPastForm } from "./words.js";

export const SPEECH_BEFORE_DATE =
  /\b(?:said|says|told|added|reported|stated)\s+(?:[A-Za-z]+\s+)?$/i;

/** True when a date follows a speech verb ("said Saturday", "told reporters on Monday"). */
export function isSpeechDate(text: string, date: Span): boolean {
  return SPEECH_BEFORE_DATE.test(text.slice(Math.max(0, date.start - 30), date.start));
}

/** How far (in characters) a date may sit from the trigger it dates, unless it opens the sentence. */
export const DATE_REACH = 90;
export const CLAUSE_JOIN = /;|,\s+(?:and|but|while|whereas)\s/;
export const SUBORDINATE_CLAUSE = /\b(?:after|before|when|because)\s+(.*)$/;

/**
 * Between an act and a later date: "warned that more rain was expected on": the date is inside the
 * clause the act reports, with a verb of its own, and belongs to what is reported, not to the act.
 */
const REPORTED_CLAUSE_BEFORE_DATE =
  /^\s+(?:[\w'’-]+\s+){0,3}?that\s+[^.;]*\b(?:was|were|is|are|will|would|could|might|may|had|has|have|should|must)\b[^.;]*$/i;

/**
 * "Talks, which began in Riyadh on Sunday, collapsed on Tuesday": a date closing a relative
 * clause set off by commas belongs to that clause's verb, not to the act right after the comma.
 */
const RELATIVE_CLAUSE_BEFORE_DATE = /,\s+(?:which|who)\s+[^,;.]*$/i;
const COMMA_ONLY = /^\s*,\s*$/;

/**
 * "agreed to a ceasefire on Tuesday, ending the fighting": a participle clause after the date
 * tells what the act did; the date is the act's as well as the participle's.
 */
const PARTICIPLE_AFTER_DATE = /^\s*,\s+\p{Ll}+ing\b/u;

/**
 * "visited Kigali in May and urged both sides …": a date right before "and" and a verb closes
 * the first verb's clause; the verb joined to it shares the date.
 */
const JOINED_VERB_AFTER_DATE = /^\s+and\s+\p{Ll}+$/u;

/** Codes of reactions to a happening: praise, disapproval, rejection. */
const REACTION_CODES = new Set(["05", "11", "12"]);
/** Determiners, numbers and modifiers that may stand between a verb and its object noun (the noun may be a verb's homograph: "the offer"). */
const OBJECT_FILLER =
  /^(?:\s+(?:the|a|an|its|their|his|her|this|that|these|those|latest|new|[\d.,%$£€]+|[a-z]+-[a-z]+))*\s+$/;

const DETERMINER = /^\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s/;

/**
 * "The union rejected the pay offer in October": a date after an event noun that is the object of
 * a reaction verb dates the reaction, not the thing reacted to.
 */
export function reactionTo(text: string, noun: Trigger, triggers: Trigger[]): Trigger | undefined {
  return triggers.find(
    (verb) =>
      verb.sense.kind === "verb" &&
      REACTION_CODES.has(verb.code) &&
      verb.end <= noun.start &&
      OBJECT_FILLER.test(text.slice(verb.end, noun.start)) &&
      DETERMINER.test(text.slice(verb.end, noun.start)),
  );
}

/** Words that open the phrase of a noun after a date ("on Tuesday as part of an inquiry"). */
const NOUN_PHRASE_OPENER = /^[\s,]+(?:as|in|of|for|after|before|during|amid|following|into|over)\b/;

/**
 * "detained 18 contractors on Tuesday as part of an investigation": a date closing a verb's
 * phrase is that verb's, though an event noun after it is nearer.
 */
function verbBeforeNoun(
  text: string,
  date: TemporalExpression,
  noun: Trigger,
  triggers: Trigger[],
  distance: (date: TemporalExpression, trigger: Trigger) => number,
): Trigger | undefined {
  if (noun.sense.kind !== "noun" || noun.start < date.end) return undefined;
  // "the April 4 sarin attack": a date right before the noun's own words is the noun's.
  if (!NOUN_PHRASE_OPENER.test(text.slice(date.end, noun.start))) return undefined;
  return triggers
    .filter(
      (verb) =>
        verb.sense.kind === "verb" &&
        verb.end <= date.start &&
        distance(date, verb) <= DATE_REACH &&
        !/[,;]/.test(text.slice(verb.end, date.start)),
    )
    .at(-1);
}

/**
 * Gives each date of a sentence to the trigger nearest to it. A possessive date
 * ("November's election") dates only a trigger right after it.
 */
export function assignDates(
  text: string,
  dates: TemporalExpression[],
  triggers: Trigger[],
): Map<Trigger, TemporalExpression> {
  const assigned = new Map<Trigger, TemporalExpression>();
  // A date in another coordinated clause ("X killed … in October, and floods in March …") is far from the trigger.
  const distance = (date: TemporalExpression, trigger: Trigger): number => {
    const from = date.end <= trigger.start ? date.end : trigger.end;
    const to = date.end <= trigger.start ? trigger.start : date.start;
    const gap = Math.max(0, to - from);
    const between = text.slice(from, Math.max(from, to));
    // "resigned, days after figures showed … last year": a date inside another clause with its own verb.
    const subordinate = SUBORDINATE_CLAUSE.exec(between)?.[1] ?? "";
    const ownVerb = subordinate.split(/\s+/).some((word) => isPastForm(word.toLowerCase()));
    return CLAUSE_JOIN.test(between) || ownVerb ? gap + DATE_REACH : gap;
  };
  const give = (trigger: Trigger, date: TemporalExpression) => {
    const known = assigned.get(trigger);
    // "at the end of the month, on April 29": the day within the month mentioned says more.
    const narrows = known !== undefined && date.value.startsWith(`${known.value}-`);
    const widens = known !== undefined && known.value.startsWith(`${date.value}-`);
    if (!known || narrows || (!widens && distance(date, trigger) < distance(known, trigger)))
      assigned.set(trigger, date);
  };
  for (const date of dates) {
    const possessive = /^['\u2019]s\b/.test(text.slice(date.end, date.end + 3));
    const spoken = isSpeechDate(text, date);
    const closesRelative = RELATIVE_CLAUSE_BEFORE_DATE.test(
      text.slice(Math.max(0, date.start - DATE_REACH), date.start),
    );
    let best: Trigger | null = null;
    for (const trigger of triggers) {
      if (distance(date, trigger) > DATE_REACH) continue;
      if (
        closesRelative &&
        trigger.start >= date.end &&
        COMMA_ONLY.test(text.slice(date.end, trigger.start))
      )
        continue;
      if (possessive && (trigger.start < date.end || trigger.start - date.end > 25)) continue;
      // "officials said Saturday": the day of the statement dates only an act the statement is.
      if (spoken && (trigger.end > date.start || date.start - trigger.end > 15)) continue;
      if (
        trigger.sense.kind === "verb" &&
        trigger.end <= date.start &&
        REPORTED_CLAUSE_BEFORE_DATE.test(text.slice(trigger.end, date.start))
      )
        continue;
      if (!best || distance(date, trigger) < distance(date, best)) best = trigger;
    }
    if (!best) continue;
    best = reactionTo(text, best, triggers) ?? best;
    best = verbBeforeNoun(text, date, best, triggers, distance) ?? best;
    give(best, date);
    if (best.start >= date.end && PARTICIPLE_AFTER_DATE.test(text.slice(date.end, best.end))) {
      const main = triggers
        .filter((trigger) => trigger.end <= date.start && distance(date, trigger) <= DATE_REACH)
        .at(-1);
      if (main && !assigned.has(main)) assigned.set(main, date);
    }
    if (
      best.sense.kind === "verb" &&
      best.start >= date.end &&
      JOINED_VERB_AFTER_DATE.test(text.slice(date.end, best.end))
    ) {
      const first = triggers
        .filter(
          (trigger) =>
            trigger.sense.kind === "verb" &&
            trigger.end <= date.start &&
            distance(date, trigger) <= DATE_REACH,
        )
        .at(-1);
      if (first && !assigned.has(first)) assigned.set(first, date);
    }
  }
  return assigned;
}

export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The day (or month) of the last explicitly dated act, for the sentence that follows it. */
export interface DatedSentence {
  date: string;
  precision: DatePrecision;
  paragraph: number;
  sentence: number;
}

/** What the narrative around one trigger says about its date. */
export interface NarrativeContext {
  /** The date expression assigned to the trigger, or the sentence's opening date. */
  expression: TemporalExpression | null;
  kind: TriggerSense["kind"];
  /** The trigger is a past-tense verb of a realized act. */
  pastVerb: boolean;
  planned: boolean;
  hasActor: boolean;
  sentenceHasPast: boolean;
  paragraph: number;
  sentence: number;
  /** The day of an event a definite noun earlier in the sentence referred back to. */
  anaphoricDay: string | null;
  previousDay: DatedSentence | null;
  /** The story's day: the lead's own date, else the publication date. */
  leadDay: string | null;
  leadParagraph: number;
  secondParagraph: number;
  /** The clause sets the act in the past of the story ("had banned", "in 1991"). */
  background: boolean;
}

/** The date of an act: its own expression, else what the narrative implies, else none. */
export function narrativeDate(context: NarrativeContext): {
  date: string | null;
  precision: DatePrecision | null;
} {
  const { expression, kind, pastVerb, previousDay, anaphoricDay, leadDay } = context;
  if (expression && expression.precision !== "YEAR")
    return { date: expression.value, precision: expression.precision };
  if (expression) return { date: null, precision: null };
  if (anaphoricDay && (pastVerb || kind === "noun")) {
    // "said after the meeting that both sides agreed": dated by the happening referred to.
    return { date: anaphoricDay, precision: "DAY" };
  }
  if (
    (pastVerb || kind === "noun") &&
    previousDay &&
    previousDay.paragraph === context.paragraph &&
    previousDay.sentence === context.sentence - 1
  ) {
    // Narrative continuity: an undated act right after a dated one happened the same day or month.
    return { date: previousDay.date, precision: previousDay.precision };
  }
  if (
    leadDay &&
    !context.planned &&
    ((context.paragraph === context.leadParagraph &&
      (pastVerb || (kind === "noun" && context.sentenceHasPast))) ||
      // The paragraph after the lead usually goes on with the same day's happening.
      (context.paragraph === context.secondParagraph && pastVerb && context.hasActor))
  ) {
    return { date: leadDay, precision: "DAY" };
  }
  // A past-tense report of the article's news happened on the story's day, unless the clause
  // sets it further back ("had banned", "in 1991").
  if (leadDay && !context.planned && !context.background && pastVerb) {
    return { date: leadDay, precision: "DAY" };
  }
  return { date: null, precision: null };
}

/**
 * "Friday marked the 30th anniversary of the country's first free vote, when citizens elected a parliament":
 * the act told after "when" is the one the anniversary marks, that many years before the day.
 */
const ANNIVERSARY_WHEN =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b(?:(?!anniversary)[^.;])*?\bwhen\b[^.;,]{0,60}$/i;

/** How many years before its sentence's day an act is, when an anniversary names it; else null. */
export function anniversaryYears(textBeforeTrigger: string): number | null {
  const years = Number(ANNIVERSARY_WHEN.exec(textBeforeTrigger)?.[1] ?? Number.NaN);
  return Number.isInteger(years) && years > 0 ? years : null;
}

/** A date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") moved back by whole years. */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  return `${String(year).padStart(4, "0")}${date.slice(4)}`;
}

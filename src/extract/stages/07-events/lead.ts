/**
 * The lead's happening when no trigger of the lexicon reported it: a news lead tells the
 * story's news, whatever verb it uses ("The fair opened on a sunny morning as the governor cut
 * the ribbon", "Powell told lawmakers on Thursday that …").
 */
import type { Entity, Event, Mention, Sentence } from "../../types.js";
import { SPEECH_VERBS } from "../../lexicon/event-clauses.js";
import type { Word } from "./words.js";
import { isPastForm } from "./words.js";

/** Finite past forms the -ed test misses. */
const PAST_COPULAS = new Set(["was", "were"]);

/** Speech verbs that make the lead a statement that is the news (CAMEO 01). */
const LEAD_SPEECH = new Set(["told", "said"]);

/** Words before a past form that make it an adjective or a participle ("the disputed", "a planned"). */
const ADJECTIVE_CUES = new Set(["a", "an", "the", "of", "by", "and", "has", "have", "had"]);

/** How many parties the lead's happening takes at most. */
const MAX_LEAD_PARTIES = 3;

/** How far after "told" its addressee may be named. */
const ADDRESSEE_REACH = 3;

export interface LeadContext {
  text: string;
  sentence: Sentence;
  words: Word[];
  /** The sentence's mentions outside quotation marks, in text order. */
  mentions: Mention[];
  entities: Map<number, Entity>;
  date: string | null;
  locationId: number | null;
}

/** Index of the lead's main verb: its first lower-case finite past form after a word; or -1. */
function mainVerb(words: Word[]): number {
  for (let index = 1; index < words.length; index++) {
    const word = words[index];
    if (!word || !/^[a-z]+$/.test(word.text)) continue;
    if (ADJECTIVE_CUES.has(words[index - 1]?.lower ?? "")) continue;
    if (PAST_COPULAS.has(word.lower) || LEAD_SPEECH.has(word.lower) || isPastForm(word.lower))
      return index;
  }
  return -1;
}

/** The parties of a lead: the people and organisations it names. */
function isParty(mention: Mention): boolean {
  return (
    mention.entityId !== null && (mention.type === "PERSON" || mention.type === "ORGANIZATION")
  );
}

/**
 * The happening a lead reports when the lexicon found none in it: a statement (01) when its
 * main verb says or tells, else another happening (00); null without a verb or a named party.
 */
export function leadHappening(context: LeadContext): Event | null {
  const { words, mentions, sentence } = context;
  const verbIndex = mainVerb(words);
  const verb = words[verbIndex];
  if (!verb) return null;
  const parties = mentions.filter(isParty);
  const speech = LEAD_SPEECH.has(verb.lower) && SPEECH_VERBS.has(verb.lower);
  let chosen = parties.slice(0, MAX_LEAD_PARTIES);
  if (speech) {
    // A statement is its speaker's, and reaches whom "told" names right after it.
    const speaker = parties.filter((mention) => mention.end <= verb.start).at(-1);
    if (!speaker) return null;
    const reach = words[verbIndex + ADDRESSEE_REACH]?.end ?? verb.end;
    const addressee =
      verb.lower === "told"
        ? parties.find((mention) => mention.start > verb.end && mention.start <= reach)
        : undefined;
    chosen = addressee ? [speaker, addressee] : [speaker];
  }
  const ids = [
    ...new Set(chosen.flatMap((mention) => (mention.entityId === null ? [] : [mention.entityId]))),
  ];
  if (ids.length === 0) return null;
  return {
    code: speech ? "01" : "00",
    trigger: context.text.slice(verb.start, verb.end),
    triggerSpan: { start: verb.start, end: verb.end },
    summary: "",
    date: context.date,
    precision: context.date === null ? null : "DAY",
    locationId: context.locationId,
    participants: ids.map((entityId, index) => ({
      entityId,
      role: index === 0 ? "ACTOR" : "OTHER",
    })),
    evidence: [{ start: sentence.start, end: sentence.end, sentenceIndex: sentence.index }],
    confidence: 0.4,
  };
}

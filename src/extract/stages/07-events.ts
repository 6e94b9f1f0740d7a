import { parseDateValue } from "../dates.js";
import { countryFor, countryForDemonym } from "../lexicon/gazetteer.js";
import { key } from "../normalize.js";
import {
  COOPERATIVE_COMPLEMENTS,
  DENIED_REQUESTS,
  ECONOMIC_CUES,
  FUTURE_MARKERS,
  IRREGULAR_LEMMAS,
  INTRODUCING_VERBS,
  IRREGULAR_PAST,
  LABOUR_CUES,
  LIGHT_VERBS,
  LOCATIVE_PREPOSITIONS,
  NEGATION_CUES,
  NOUN_PHRASE_BREAKS,
  NOUN_TARGET_PREPOSITIONS,
  PASSIVE_AUXILIARIES,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  PHRASE_GAP_WORDS,
  PHRASE_TRIGGERS,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
  DIRECTIONAL_PREPOSITIONS,
  PLAN_CUES,
  TARGET_STOPS,
  UNREALIZED_NOUN_CUES,
  WORD_TRIGGERS,
  type TriggerSense,
} from "../lexicon/event-triggers.js";
import {
  ADVERBS,
  BARE_VERB_BLOCKERS,
  CLAUSE_VERBS,
  CONDITIONALS,
  DETERMINERS,
  LEGISLATION,
  NOUN_NEGATORS,
  PASSIVE_INSERTS,
  PAST_AUXILIARIES,
  PROJECTILES,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from "../lexicon/event-clauses.js";
import type {
  CameoCode,
  DatePrecision,
  Doc,
  Entity,
  Event,
  EventParticipant,
  Mention,
  Sentence,
  Span,
  Stage,
  TemporalExpression,
} from "../types.js";
import { PLANNED_SUFFIX } from "../types.js";

interface Word extends Span {
  text: string;
  lower: string;
  lemmas: string[];
}

interface Trigger extends Span {
  sense: TriggerSense;
  lemma: string;
  code: CameoCode;
  /** Index of the first and last word of the trigger. */
  first: number;
  last: number;
}

interface Modality {
  skip: boolean;
  planned: boolean;
  passive: boolean;
}

/** A mention placed in its sentence: `place` when it names where something happened. */
interface Placed {
  mention: Mention;
  entityId: number;
  place: boolean;
  /** Introduced by "in", "at", "near" …: a candidate for the event's location. */
  locative: boolean;
  /** The more specific place this one only qualifies ("Moscow" for "Russia" in "in Moscow, Russia"). */
  qualifies: Placed | null;
  /** Index of the first word at or after the mention. */
  wordIndex: number;
  /** Index of the preposition that makes the mention locative, or -1. */
  prepositionIndex: number;
}

// "U.S.-led" and "U.N." are one word each; "--" is two dash tokens.
const WORD_PATTERN =
  /(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)*|[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d[\d,.:]*(?:-[A-Za-z]+)*|[^\sA-Za-z\d]/g;
const CLAUSE_BREAKS = new Set([";", ":", "\u2014", "\u2013"]);
/** How far from a trigger participants and places are looked for, in words. */
const ACTOR_WINDOW = 25;
const TARGET_WINDOW = 12;
const LOCATION_WINDOW = 24;
const MAX_OTHERS = 3;
const MAX_SENTENCE_LENGTH = 5000;
const MERGE_HORIZON = 64;

const PHRASES_BY_FIRST = (() => {
  const index = new Map<string, (typeof PHRASE_TRIGGERS)[number][]>();
  for (const phrase of PHRASE_TRIGGERS) {
    const first = phrase.lemmas[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.lemmas.length - a.lemmas.length);
    index.set(first, list);
  }
  return index;
})();

const TRIGGERS_BY_LEMMA = new Map<string, TriggerSense>(Object.entries(WORD_TRIGGERS));
const IRREGULAR = new Map<string, string>([
  ...Object.entries(IRREGULAR_PAST),
  ...Object.entries(IRREGULAR_LEMMAS),
]);
const PAST_FORMS = new Set(Object.keys(IRREGULAR_PAST));

function pushStem(out: string[], candidate: string): void {
  if (candidate.length > 1) out.push(candidate);
}

/** Adds the stem and its variants left by a suffix ("expell" → expell, expelle, expel). */
function pushStems(out: string[], stem: string): void {
  pushStem(out, stem);
  pushStem(out, `${stem}e`);
  const last = stem.length - 1;
  if (last > 1 && stem[last] === stem[last - 1]) pushStem(out, stem.slice(0, last));
}

/** Candidate lemmas of a word, most literal first ("expelled" → expelled, expell, expel …). */
export function lemmasOf(word: string): string[] {
  const lower = word.toLowerCase().replace(/['\u2019]s$/, "");
  const out = [lower];
  const irregular = IRREGULAR.get(lower);
  if (irregular) out.push(irregular);
  if (lower.endsWith("ies") || lower.endsWith("ied")) pushStem(out, `${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) pushStem(out, lower.slice(0, -2));
  if (lower.endsWith("s") && !lower.endsWith("ss")) pushStem(out, lower.slice(0, -1));
  if (lower.endsWith("ed")) pushStems(out, lower.slice(0, -2));
  if (lower.endsWith("ing")) pushStems(out, lower.slice(0, -3));
  return out;
}

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const text = sentence.text.slice(0, MAX_SENTENCE_LENGTH);
  WORD_PATTERN.lastIndex = 0;
  for (let match = WORD_PATTERN.exec(text); match; match = WORD_PATTERN.exec(text)) {
    const surface = match[0];
    const lower = surface.toLowerCase();
    words.push({
      start: sentence.start + match.index,
      end: sentence.start + match.index + surface.length,
      text: surface,
      lower,
      lemmas: /^[a-z]/.test(lower) ? lemmasOf(surface) : [lower],
    });
  }
  return words;
}

/** Spans inside double quotation marks, per body paragraph (an unclosed quote ends with its paragraph). */
function quotedSpans(doc: Doc): Span[] {
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

function isQuoted(spans: Span[], position: number): boolean {
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

function lemmaMatches(word: Word | undefined, lemma: string): boolean {
  return word !== undefined && word.lemmas.includes(lemma);
}

/** True when one of the words from `from` (at most `count`) has one of the lemmas. */
function hasLemmaWithin(
  words: Word[],
  from: number,
  count: number,
  lemmas: ReadonlySet<string> | readonly string[],
): boolean {
  const end = Math.min(words.length, from + count);
  for (let index = from; index < end; index++) {
    const word = words[index];
    if (!word) continue;
    for (const lemma of word.lemmas) {
      if (lemmas instanceof Set ? lemmas.has(lemma) : (lemmas as readonly string[]).includes(lemma))
        return true;
    }
  }
  return false;
}

function senseHolds(sense: TriggerSense, words: Word[], first: number, last: number): boolean {
  const before = words[first - 1]?.lower ?? "";
  if (sense.notAfter?.includes(before)) return false;
  const after = words[last + 1]?.lower ?? "";
  if (sense.notObject?.includes(after)) return false;
  if (sense.needsObject && !hasLemmaWithin(words, last + 1, 4, sense.needsObject)) return false;
  return true;
}

/** Index of the last word of a phrase starting at `index`, or -1; one article or possessive may sit between parts. */
function matchPhrase(words: Word[], index: number, lemmas: readonly string[]): number {
  let at = index;
  for (let part = 1; part < lemmas.length; part++) {
    const lemma = lemmas[part] ?? "";
    if (lemmaMatches(words[at + 1], lemma)) at += 1;
    else if (PHRASE_GAP_WORDS.has(words[at + 1]?.lower ?? "") && lemmaMatches(words[at + 2], lemma))
      at += 2;
    else return -1;
  }
  return at;
}

/** Sorted, non-overlapping cover of a list of spans. */
function unionOf(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else union.push({ start: span.start, end: span.end });
  }
  return union;
}

/** Finds trigger words and phrases in a sentence, longest phrase first. */
function findTriggers(
  words: Word[],
  mentionSpans: Span[],
  economicArticle: boolean,
  labourArticle: boolean,
): Trigger[] {
  const triggers: Trigger[] = [];
  let economicSentence = false;
  let labour = false;
  for (const word of words) {
    if (ECONOMIC_CUES.has(word.lower)) economicSentence = true;
    if (LABOUR_CUES.has(word.lower)) labour = true;
  }
  const economic = economicArticle || economicSentence;
  let spanIndex = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word || !/^[a-z]/i.test(word.text)) continue;
    // A capitalized word inside a sentence is part of a name ("Summit Street").
    if (index > 0 && /^[A-Z]/.test(word.text)) continue;
    while (
      spanIndex < mentionSpans.length &&
      (mentionSpans[spanIndex]?.end ?? Infinity) <= word.start
    )
      spanIndex++;
    const span = mentionSpans[spanIndex];
    if (span && word.end > span.start) continue;
    let found: { sense: TriggerSense; last: number; lemma: string } | null = null;
    for (const lemma of word.lemmas) {
      for (const phrase of PHRASES_BY_FIRST.get(lemma) ?? []) {
        const last = matchPhrase(words, index, phrase.lemmas);
        if (last >= 0) {
          found = { sense: phrase.sense, last, lemma: phrase.lemmas.join(" ") };
          break;
        }
      }
      if (found) break;
    }
    if (!found) {
      for (const lemma of word.lemmas) {
        const sense = TRIGGERS_BY_LEMMA.get(lemma);
        if (sense?.lowerOnly && word.text !== word.lower) continue;
        if (sense && senseHolds(sense, words, index, index)) {
          found = { sense, last: index, lemma };
          break;
        }
      }
    }
    if (!found) continue;
    const lastWord = words[found.last] ?? word;
    // The form decides the use: "attacked" reports an act, "a visit" names one.
    let sense = found.sense;
    if (sense.kind === "noun" && found.last === index && isPastForm(word.lower))
      sense = { ...sense, kind: "verb" };
    const determiner = words[index - 1]?.lower ?? "";
    // "a planned visit", "the official visit": one lower-case modifier may sit between an
    // article and the noun.
    const articleBefore =
      /^(?:a|an|the)$/.test(words[index - 2]?.lower ?? "") &&
      /^[a-z][a-z-]*$/.test(words[index - 1]?.text ?? "");
    // "a visit", "search and rescue was suspended": a bare verb after a determiner or before an auxiliary is a noun.
    const nounUse =
      DETERMINERS.has(determiner) ||
      articleBefore ||
      CLAUSE_VERBS.has(words[found.last + 1]?.lower ?? "");
    // "the launches", "their visits": a plural after a determiner is a noun too ("that launches" is a verb).
    const plural =
      determiner !== "that" &&
      DETERMINERS.has(determiner) &&
      (word.lower === `${found.lemma}s` ||
        word.lower === `${found.lemma}es` ||
        word.lower.endsWith("ing"));
    if (
      sense.kind === "verb" &&
      found.last === index &&
      ((nounUse && word.lower === found.lemma) || plural)
    ) {
      sense = { ...sense, kind: "noun" };
    }
    let code = found.sense.code;
    if (code === "05" && economic && (found.lemma === "sign" || found.lemma === "reach"))
      code = "06";
    // "agreed to provide financing": an economic promise is material cooperation.
    if (found.lemma === "agree" && economicSentence) code = "06";
    if (code === "01" && hasLemmaWithin(words, found.last + 1, 6, COOPERATIVE_COMPLEMENTS))
      code = "03";
    // Signing a bill into law is an administrative act, not a diplomatic one.
    if (found.lemma === "sign" && hasLemmaWithin(words, found.last + 1, 6, LEGISLATION))
      code = "00";
    if (found.lemma === "strike" && (labour || labourArticle)) code = "14";
    if (found.lemma === "deny" && hasLemmaWithin(words, found.last + 1, 4, DENIED_REQUESTS))
      code = "12";
    // "launched two ballistic missiles", "the missile launches": a show of force, not a space launch.
    const from = Math.max(0, index - 2);
    const projectile =
      hasLemmaWithin(words, found.last + 1, 5, PROJECTILES) ||
      hasLemmaWithin(words, from, index - from, PROJECTILES);
    if (found.lemma === "launch" && projectile) code = "15";
    triggers.push({
      start: word.start,
      end: lastWord.end,
      sense,
      lemma: found.lemma,
      code,
      first: index,
      last: found.last,
    });
    index = found.last;
  }
  // "launched an offensive", "held talks": the verb only introduces the event the noun names.
  return triggers.filter((trigger, position) => {
    const next = triggers[position + 1];
    return !(
      INTRODUCING_VERBS.has(trigger.lemma) &&
      next !== undefined &&
      next.sense.kind === "noun" &&
      next.first - trigger.last <= 4
    );
  });
}

const PARTICIPLE = /(?:ed|en)$|^(?:met|held|struck|shot|cut|won)$/;

/** The words before a trigger back to the nearest comma or clause break, nearest first (at most five). */
function wordsBefore(words: Word[], trigger: Trigger): Word[] {
  const before: Word[] = [];
  for (let index = trigger.first - 1; index >= 0 && before.length < 5; index--) {
    const word = words[index];
    if (!word || word.text === "," || word.text === "." || CLAUSE_BREAKS.has(word.text)) break;
    before.push(word);
  }
  return before;
}

/** Reads negation, hypothesis, plans and the passive voice around a trigger. */
function modalityOf(words: Word[], trigger: Trigger): Modality {
  const modality: Modality = { skip: false, planned: false, passive: false };
  const before = wordsBefore(words, trigger);
  const nearest = before[0]?.lower ?? "";
  const isNoun = trigger.sense.kind === "noun";
  for (const word of before.slice(0, isNoun ? 3 : 5)) {
    const negates = NEGATION_CUES.has(word.lower) || word.lower.endsWith("n't");
    if (negates && (!isNoun || NOUN_NEGATORS.has(word.lower))) modality.skip = true;
    if (isNoun && UNREALIZED_NOUN_CUES.has(word.lower)) modality.skip = true;
    if (FUTURE_MARKERS.has(word.lower) || /['\u2019]ll$/.test(word.lower)) modality.planned = true;
  }
  if (isNoun) {
    const following = words
      .slice(trigger.last + 1, trigger.last + 7)
      .map((word) => word.lower)
      .join(" ");
    if (PLANNED_AFTER_NOUN.test(following)) modality.planned = true;
    // "to adopt new sanctions", "to hold talks": an intended act, firm only after "set to", "due to" ….
    const to = before.slice(0, 3).findIndex((word) => word.lower === "to");
    if (to > 0 && !DETERMINERS.has(before[to - 1]?.lower ?? "")) {
      if (PLAN_CUES.has(before[to + 1]?.lower ?? "")) modality.planned = true;
      else modality.skip = true;
    }
  } else if (nearest === "to") {
    if (PLAN_CUES.has(before[1]?.lower ?? "")) modality.planned = true;
    else modality.skip = true;
  } else if (
    BARE_VERB_BLOCKERS.has(nearest) &&
    !/(?:ed|ing|s)$/.test(words[trigger.first]?.lower ?? "")
  ) {
    modality.skip = true;
  }
  for (let index = Math.max(0, trigger.first - 12); index < trigger.first; index++) {
    if (!CONDITIONALS.has(words[index]?.lower ?? "")) continue;
    if (!words.slice(index, trigger.first).some((part) => part.text === ";")) modality.skip = true;
  }
  if (!isNoun && PARTICIPLE.test(words[trigger.first]?.lower ?? "")) {
    let index = trigger.first - 1;
    // "was on Monday rammed": adverbs and a short time phrase may split the passive.
    for (let skipped = 0; index >= 0 && skipped < 4; skipped++) {
      const word = words[index];
      const insert =
        word &&
        (word.lower.endsWith("ly") || PASSIVE_INSERTS.has(word.lower) || /^[A-Z]/.test(word.text));
      if (!insert) break;
      index--;
    }
    const auxiliary = words[index]?.lower ?? "";
    if (PASSIVE_AUXILIARIES.has(auxiliary) || words[trigger.last + 1]?.lower === "by")
      modality.passive = true;
  }
  return modality;
}

function placeMentions(
  words: Word[],
  mentions: Mention[],
  entities: Map<number, Entity>,
): Placed[] {
  const placed: Placed[] = [];
  let wordIndex = 0;
  for (const mention of mentions) {
    if (mention.entityId === null) continue;
    const begin = mention.fullSpan?.start ?? mention.start;
    while (wordIndex < words.length && (words[wordIndex]?.start ?? Infinity) < begin) wordIndex++;
    // "in the Kremlin", "in northern Afghanistan": articles and place adjectives sit between the preposition and the name.
    let article = 0;
    while (
      article < 3 &&
      (/^(?:the|a|an)$/.test(words[wordIndex - 1 - article]?.lower ?? "") ||
        PLACE_ADJECTIVES.has(words[wordIndex - 1 - article]?.lower ?? ""))
    )
      article++;
    const previous = words[wordIndex - 1 - article];
    const previousPlaced = placed[placed.length - 1];
    let place = false;
    let locative = false;
    let qualifies: Placed | null = null;
    if (mention.type === "LOCATION") {
      // Towns, streets and buildings are where things happen; countries can also act.
      if (!isCountry(entities.get(mention.entityId))) place = true;
      const preposition = previous?.lower ?? "";
      if (LOCATIVE_PREPOSITIONS.has(preposition)) locative = true;
      // "a strike on Khan Sheikhoun": a town after "on" is where it happened; a country may be the target.
      if (preposition === "on" && place) locative = true;
      if (preposition === "of" && PLACE_NOUNS.has(words[wordIndex - 2 - article]?.lower ?? ""))
        locative = true;
      // "in California's Riverside County": the possessor's place narrows to this one.
      if (
        previousPlaced?.locative &&
        /['\u2019]s$/.test(previous?.lower ?? "") &&
        previousPlaced.mention.end >= (previous?.start ?? 0)
      ) {
        locative = true;
      }
      // "in Moscow, Russia": the second place continues the first.
      if (
        preposition === "," &&
        previousPlaced?.locative &&
        previousPlaced.mention.end >= (previous?.start ?? 0) - 1
      ) {
        locative = true;
        qualifies = previousPlaced.qualifies ?? previousPlaced;
      }
      place ||= locative;
    }
    placed.push({
      mention,
      entityId: mention.entityId,
      place,
      locative,
      qualifies,
      wordIndex,
      prepositionIndex: locative ? wordIndex - 1 - article : -1,
    });
  }
  return placed;
}

function clauseStart(words: Word[], from: number): number {
  let start = 0;
  for (let index = from - 1; index >= 0; index--) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index - 1]?.text === "-")) {
      start = index + 1;
      break;
    }
  }
  // "While 54 nations have signed, only 27 have ratified": the subordinate clause is not the subject's.
  if (SUBORDINATORS.has(words[start]?.lower ?? "")) {
    for (let index = from - 1; index > start; index--) {
      if (words[index]?.text === ",") return index + 1;
    }
  }
  return start;
}

function clauseEnd(words: Word[], from: number): number {
  for (let index = from + 1; index < words.length; index++) {
    const text = words[index]?.text ?? "";
    if (CLAUSE_BREAKS.has(text) || (text === "-" && words[index + 1]?.text === "-")) return index;
  }
  return words.length;
}

interface Roles {
  actor: Placed | null;
  /** The actor is only the clause subject an event noun shares, not named with the noun itself. */
  sharedSubject: boolean;
  target: Placed | null;
  others: Placed[];
  location: Placed | null;
}

/** Skips adverbs backwards from `index` ("later", "also", "quickly"). */
function skipAdverbs(words: Word[], index: number): number {
  let at = index;
  while (at >= 0) {
    const lower = words[at]?.lower ?? "";
    if (!(lower.endsWith("ly") || ADVERBS.has(lower))) break;
    at--;
  }
  return at;
}

/** Codes whose nouns share the clause subject as party (meetings, deals, ceremonies), unlike attacks or probes. */
const SUBJECT_SHARING_CODES = new Set<CameoCode>(["00", "03", "04", "05", "06"]);

/** "the first meeting is set to take place …", "the vote is scheduled for …". */
const PLANNED_AFTER_NOUN =
  /^(?:\S+ )?(?:is |are |was |were )?(?:set to|scheduled|due to|due on|slated|to be held|to take place|will (?:be held|take place|begin|start|open))/;

/** Index of the first word whose span reaches the end of a mention. */
function lastWordOf(words: Word[], item: Placed): number {
  let index = item.wordIndex;
  while (index + 1 < words.length && (words[index + 1]?.start ?? Infinity) < item.mention.end)
    index++;
  return index;
}

/** True when the words between two positions keep one noun phrase ("U.S. missile strikes"). */
function sameNounPhrase(words: Word[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let index = from; index < to; index++) {
    const word = words[index];
    if (!word) return false;
    if (
      word.text === "'s" ||
      word.text === "\u2019s" ||
      word.text === "'" ||
      word.text === "\u2019"
    )
      continue;
    if (!/^[a-z0-9]/i.test(word.text) || NOUN_PHRASE_BREAKS.has(word.lower)) return false;
    if (word.lower.endsWith("ed") && !word.lower.includes("-")) return false;
  }
  return true;
}

/** True when an "and" at `index` opens a new clause ("… and China did not vote"). */
function opensClause(words: Word[], placed: Placed[], index: number): boolean {
  const next = placed.find((item) => item.wordIndex > index && item.wordIndex <= index + 3);
  if (!next) return false;
  const after = words[lastWordOf(words, next) + 1];
  return after !== undefined && (CLAUSE_VERBS.has(after.lower) || isPastForm(after.lower));
}

function findTarget(
  words: Word[],
  placed: Placed[],
  trigger: Trigger,
  end: number,
  exclude: number | undefined,
  nounOnly: boolean,
): Placed | null {
  let stop = end;
  for (let index = trigger.last + 1; index < end; index++) {
    const word = words[index];
    if (!word) break;
    const clauseAnd = word.lower === "and" && (nounOnly || opensClause(words, placed, index));
    if (TARGET_STOPS.has(word.lower) || clauseAnd) {
      stop = index;
      break;
    }
  }
  for (const item of placed) {
    if (item.wordIndex <= trigger.last || item.wordIndex >= stop || item.place) continue;
    if (item.entityId === exclude) continue;
    if (nounOnly) {
      let before = item.wordIndex - 1;
      while (before > trigger.last && /^(?:the|a|an)$/.test(words[before]?.lower ?? "")) before--;
      if (item.wordIndex - trigger.last > 8) return null;
      if (!NOUN_TARGET_PREPOSITIONS.has(words[before]?.lower ?? "")) continue;
    }
    return item;
  }
  return null;
}

/** The last subject pronoun between two word positions, or null. */
function subjectPronounBetween(words: Word[], from: number, to: number): string | null {
  for (let index = to - 1; index >= Math.max(0, from); index--) {
    const lower = words[index]?.lower ?? "";
    if (SUBJECT_PRONOUNS.has(lower)) return lower;
  }
  return null;
}

/** True when a mention names the doer of a passive act: "by X", "ascribed to X", "blamed on X". */
/** The person whose title ("U.S. Secretary of State") contains the mention of `item`, if any. */
function titleHolder(placed: Placed[], item: Placed): Placed | undefined {
  return placed.find(
    (other) =>
      other.mention.type === "PERSON" &&
      other.mention.fullSpan !== null &&
      other.mention.fullSpan.start <= item.mention.start &&
      item.mention.end <= other.mention.start,
  );
}

function isAgent(words: Word[], item: Placed): boolean {
  let before = item.wordIndex - 1;
  if (/^(?:the|a|an)$/.test(words[before]?.lower ?? "")) before--;
  const preposition = words[before]?.lower ?? "";
  const verb = words[before - 1]?.lower ?? "";
  if (preposition === "by") return true;
  if (preposition === "to") return verb === "ascribed" || verb === "attributed";
  return preposition === "on" && verb === "blamed";
}

/** "flew to X", "sent aid to X", but not "was rescued and flown to X": a direction names the act's place only when nothing intervenes. */
function reachesPlace(words: Word[], trigger: Trigger, item: Placed): boolean {
  const preposition = words[item.prepositionIndex]?.lower ?? "";
  if (!DIRECTIONAL_PREPOSITIONS.has(preposition)) return true;
  for (let index = trigger.last + 1; index < item.prepositionIndex; index++) {
    const word = words[index];
    if (!word) return false;
    if (/^(?:and|or|but|,)$/.test(word.lower) || isPastForm(word.lower) || /en$/.test(word.lower))
      return false;
  }
  return true;
}

function rolesOf(
  words: Word[],
  placed: Placed[],
  trigger: Trigger,
  passive: boolean,
  lastPerson: number | null,
  stop: number = words.length,
): Roles {
  const start = Math.max(clauseStart(words, trigger.first), trigger.first - ACTOR_WINDOW);
  const end = Math.min(clauseEnd(words, trigger.last), trigger.last + 1 + TARGET_WINDOW);
  const inClause = placed.filter((item) => item.wordIndex >= start && item.wordIndex < end);
  const before = inClause.filter((item) => item.wordIndex < trigger.first).reverse();
  const after = inClause.filter((item) => item.wordIndex > trigger.last);
  const pronounActor = (id: number | null): Placed | null =>
    id === null
      ? null
      : {
          mention: placed[0]?.mention as Mention,
          entityId: id,
          place: false,
          locative: false,
          qualifies: null,
          wordIndex: -1,
          prepositionIndex: -1,
        };
  let actor: Placed | null = null;
  let target: Placed | null = null;
  let modifierPlace: Placed | null = null;
  let sharedSubject = false;
  let relativeFrom = -1;
  if (trigger.sense.kind === "noun") {
    const modifier = before.find((item) => !item.place);
    if (modifier && sameNounPhrase(words, lastWordOf(words, modifier) + 1, trigger.first))
      actor = modifier;
    const placeModifier = before[0];
    // "a Kabul car bombing" happened in Kabul; "Moscow's invasion" was done by Moscow, not there.
    const possessive = /['\u2019]s$/.test(
      words[placeModifier ? lastWordOf(words, placeModifier) : -1]?.lower ?? "",
    );
    if (
      placeModifier?.place &&
      !possessive &&
      sameNounPhrase(words, lastWordOf(words, placeModifier) + 1, trigger.first)
    ) {
      modifierPlace = placeModifier;
    }
    const previous = words[trigger.first - 1]?.lower ?? "";
    const beforeThat = words[trigger.first - 2]?.lower ?? "";
    if (!actor && (PERSON_POSSESSIVES.has(previous) || PERSON_POSSESSIVES.has(beforeThat))) {
      actor =
        before.find((item) => !item.place && item.mention.type === "PERSON") ??
        pronounActor(lastPerson);
    }
    if (!actor) {
      let verb = trigger.first - 1;
      while (
        verb >= Math.max(0, trigger.first - 4) &&
        !(words[verb]?.lemmas.some((lemma) => LIGHT_VERBS.has(lemma)) ?? false)
      ) {
        verb--;
      }
      // "a planned visit": after an article the word is an adjective, not the clause's verb.
      const adjective = /^(?:a|an|the)$/.test(words[verb - 1]?.lower ?? "");
      if (verb >= Math.max(0, trigger.first - 4) && !adjective) {
        actor = before.find((item) => !item.place && item.wordIndex < verb) ?? null;
      }
    }
    const agentStart = after.find(
      (item) => !item.place && isAgent(words, item) && item.wordIndex - trigger.last <= 6,
    );
    // "by U.S. Secretary of State Rex Tillerson": the country in a title is the person's.
    const agent = agentStart ? (titleHolder(placed, agentStart) ?? agentStart) : undefined;
    if (!actor && agent) actor = agent;
    target = findTarget(words, placed, trigger, end, actor?.entityId, true);
    // A flood or a blast has no agent: the speaker of the sentence is no party to it.
    if (!actor && !target && SUBJECT_SHARING_CODES.has(trigger.code) && !trigger.sense.disaster) {
      // Otherwise the subject of the clause is taken as the party ("X has planned … with the first meeting").
      actor = inClause.find((item) => !item.place && item.wordIndex < trigger.first) ?? null;
      sharedSubject = actor !== null;
    }
  } else {
    const previous = skipAdverbs(words, trigger.first - 1);
    const coordinated = ["and", "but", "or"].includes(words[previous]?.lower ?? "");
    // "X said …, and condemned …": a coordinated verb shares the subject of its clause, however far.
    const clauseFrom = clauseStart(words, trigger.first);
    actor = coordinated
      ? (placed.find(
          (item) => !item.place && item.wordIndex >= clauseFrom && item.wordIndex < trigger.first,
        ) ?? null)
      : (before.find((item) => !item.place) ?? null);
    // A subject pronoun between the name and the verb is the real subject ("X said they had … by pleading").
    const pronoun = subjectPronounBetween(
      words,
      actor ? lastWordOf(words, actor) + 1 : start,
      trigger.first,
    );
    // "the French, who had lost to X", "Spain, which won …": a relative clause's subject is its antecedent.
    let relative = previous;
    while (relative > previous - 3 && CLAUSE_VERBS.has(words[relative]?.lower ?? "")) relative--;
    const relativePronoun = words[relative]?.lower ?? "";
    if (relativePronoun === "who" || relativePronoun === "which") {
      relativeFrom = relative;
      const comma = words[relative - 1]?.text === "," ? 1 : 0;
      actor =
        before.find((item) => !item.place && lastWordOf(words, item) === relative - 1 - comma) ??
        null;
    } else if (!coordinated && pronoun !== null) {
      // "he"/"she" is the last person named; "it"/"they"/"we" the last organisation or state.
      if (PERSON_PRONOUNS.has(pronoun)) {
        actor = before.find((item) => item.mention.type === "PERSON") ?? pronounActor(lastPerson);
      } else if (pronoun === "it" || pronoun === "they" || pronoun === "we") {
        actor = before.find((item) => !item.place && item.mention.type !== "PERSON") ?? null;
      } else {
        actor = null;
      }
    }
    if (!actor && PERSON_PRONOUNS.has(words[previous]?.lower ?? ""))
      actor = pronounActor(lastPerson);
    // "…, warning that …": a participle adjunct shares the subject of the sentence.
    if (!actor && (words[trigger.first]?.lower.endsWith("ing") ?? false) && start > 0) {
      actor = placed.find((item) => !item.place && item.wordIndex < start) ?? null;
    }
    // "lost to Spain", "called on Russia": a place right after the phrase's own preposition is its object.
    const phraseObject =
      trigger.last > trigger.first
        ? placed.find((item) => item.prepositionIndex === trigger.last && item.place)
        : undefined;
    target = phraseObject ?? findTarget(words, placed, trigger, end, actor?.entityId, false);
    if (passive) {
      const agent = after.find((item) => !item.place && isAgent(words, item)) ?? null;
      target = actor;
      actor = agent;
    }
  }
  // A place may sit further on than a party ("met on Monday with X, a US envoy, in Qatar"), up to the next act.
  let locationEnd = Math.min(
    clauseEnd(words, trigger.last),
    trigger.last + 1 + LOCATION_WINDOW,
    stop,
  );
  for (let index = trigger.last + 1; index < locationEnd; index++) {
    // "…, will be sent to X", "…, officials said": a new predicate has its own places.
    const lower = words[index]?.lower ?? "";
    if (CLAUSE_VERBS.has(lower) || lower === "which" || lower === "who" || lower === "according") {
      locationEnd = index;
      break;
    }
  }
  const farPlace = placed.find(
    (item) =>
      item.wordIndex > trigger.last &&
      item.wordIndex < locationEnd &&
      item.locative &&
      reachesPlace(words, trigger, item),
  );
  const found =
    (farPlace === target ? undefined : farPlace) ??
    modifierPlace ??
    before.find((item) => item.locative) ??
    null;
  const location = found?.qualifies ?? found;
  const chosen = new Set([actor?.entityId, target?.entityId, location?.entityId]);
  const others: Placed[] = [];
  // "France began …, and in November Australia passed …": bystanders stay in their own coordinated clause.
  let othersFrom = Math.max(start, relativeFrom);
  let othersTo = end;
  for (let index = start; index < end; index++) {
    const lower = words[index]?.lower ?? "";
    if (!(lower === "and" || lower === "but") || words[index - 1]?.text !== ",") continue;
    if (!opensClause(words, placed, index)) continue;
    if (index < trigger.first) othersFrom = index;
    else if (index > trigger.last) {
      othersTo = index;
      break;
    }
  }
  for (const item of inClause) {
    if (item.wordIndex < othersFrom || item.wordIndex >= othersTo) continue;
    if (trigger.sense.disaster && item.mention.type === "PERSON") continue;
    if (item.place || chosen.has(item.entityId) || others.length >= MAX_OTHERS) continue;
    chosen.add(item.entityId);
    others.push(item);
  }
  return { actor, sharedSubject, target, others, location };
}

const SPEECH_BEFORE_DATE = /\b(?:said|says|told|added|reported|stated)\s+(?:[A-Za-z]+\s+)?$/i;

/** True when a date follows a speech verb ("said Saturday", "told reporters on Monday"). */
function isSpeechDate(text: string, date: Span): boolean {
  return SPEECH_BEFORE_DATE.test(text.slice(Math.max(0, date.start - 30), date.start));
}

/** How far (in characters) a date may sit from the trigger it dates, unless it opens the sentence. */
const DATE_REACH = 90;
const CLAUSE_JOIN = /;|,\s+(?:and|but|while|whereas)\s/;
const SUBORDINATE_CLAUSE = /\b(?:after|before|when|because)\s+(.*)$/;

/**
 * Gives each date of a sentence to the trigger nearest to it. A possessive date
 * ("November's election") dates only a trigger right after it.
 */
function assignDates(
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
  for (const date of dates) {
    const possessive = /^['\u2019]s\b/.test(text.slice(date.end, date.end + 3));
    const spoken = isSpeechDate(text, date);
    let best: Trigger | null = null;
    for (const trigger of triggers) {
      if (distance(date, trigger) > DATE_REACH) continue;
      if (possessive && (trigger.start < date.end || trigger.start - date.end > 25)) continue;
      // "officials said Saturday": the day of the statement dates only an act the statement is.
      if (spoken && (trigger.end > date.start || date.start - trigger.end > 15)) continue;
      if (!best || distance(date, trigger) < distance(date, best)) best = trigger;
    }
    if (!best) continue;
    const known = assigned.get(best);
    // "at the end of the month, on April 29": the day within the month mentioned says more.
    const narrows = known !== undefined && date.value.startsWith(`${known.value}-`);
    const widens = known !== undefined && known.value.startsWith(`${date.value}-`);
    if (!known || narrows || (!widens && distance(date, best) < distance(known, best)))
      assigned.set(best, date);
  }
  return assigned;
}

function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NOUN_PREPOSITION: Partial<Record<CameoCode, string>> = {
  "03": "with",
  "04": "with",
  "05": "with",
  "06": "with",
  "07": "for",
  "09": "into",
};

function summarize(
  trigger: string,
  kind: TriggerSense["kind"],
  code: CameoCode,
  actor: string | null,
  target: string | null,
  location: string | null,
  planned: boolean,
): string {
  let text: string;
  if (kind === "verb") {
    text = [actor, trigger, target].filter((part) => part !== null).join(" ");
  } else {
    const preposition = NOUN_PREPOSITION[code] ?? "against";
    text = capitalize(trigger);
    if (actor) text += ` by ${actor}`;
    if (target) text += ` ${preposition} ${target}`;
  }
  if (location) text += ` in ${location}`;
  text = capitalize(text);
  return planned ? `${text}${PLANNED_SUFFIX}` : text;
}

function sameEntityName(entity: Entity, name: string): boolean {
  const wanted = name.toLowerCase();
  return (
    entity.name.toLowerCase() === wanted ||
    entity.aliases.some((alias) => alias.toLowerCase() === wanted)
  );
}

/** True when a sentence has a past-tense verb ("opened", "was", "met"). */
function hasPastTense(words: Word[]): boolean {
  return words.some((word) => PAST_AUXILIARIES.has(word.lower) || isPastForm(word.lower));
}

function isPastForm(word: string): boolean {
  return word.endsWith("ed") || PAST_FORMS.has(word);
}

/** The country entity named by a nationality adjective just before word `first` ("Russian air strikes"). */
function stateOfDemonymBefore(words: Word[], first: number, entities: Entity[]): number | null {
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    const country = countryForDemonym(key(words[i]?.text ?? ""));
    if (country === undefined) continue;
    const state = entities.find(
      (entity) =>
        entity.type === "LOCATION" &&
        entity.mentionIds.length > 0 &&
        [entity.name, ...entity.aliases].some((form) => countryFor(key(form)) === country),
    );
    return state?.id ?? null;
  }
  return null;
}

function isCountry(entity: Entity | undefined): boolean {
  return entity?.type === "LOCATION" && countryFor(key(entity.name)) !== undefined;
}

const VIOLENT_CODES = new Set<CameoCode>(["18", "19", "20"]);
/** Codes of happenings usually reported by an agency rather than done by a named party (accidents, rescues, arrests). */
const SOURCED_CODES = new Set<CameoCode>(["00", "07", "17"]);

/** The organisation or person a sentence attributes its report to ("X said", "said X", "according to X"). */
function attributedSource(words: Word[], placed: Placed[]): Placed | null {
  for (const item of placed) {
    if (item.place) continue;
    const before = words[item.wordIndex - 1]?.lower ?? "";
    const beforeThat = words[item.wordIndex - 2]?.lower ?? "";
    const after = words[lastWordOf(words, item) + 1]?.lower ?? "";
    if (SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before)) return item;
    if (before === "to" && beforeThat === "according") return item;
    if (/^(?:the|a)$/.test(before) && (SPEECH_VERBS.has(beforeThat) || beforeThat === "to"))
      return item;
  }
  return null;
}

/** True when an event noun is definite ("the attack", "this meeting", "Monday's strike"). */
function isDefinite(words: Word[], trigger: Trigger): boolean {
  for (let index = trigger.first - 1; index >= Math.max(0, trigger.first - 3); index--) {
    const lower = words[index]?.lower ?? "";
    if (lower === "the" || lower === "this" || lower === "that" || /['\u2019]s$/.test(lower))
      return true;
    if (lower === "a" || lower === "an" || !/^[a-z]/.test(lower)) return false;
  }
  return false;
}

/** A relative clause on a thing ("a resolution that condemned …") reports no act of an entity. */
function afterRelativeOnThing(words: Word[], trigger: Trigger, mentionSpans: Span[]): boolean {
  const pronoun = words[trigger.first - 1];
  if (!pronoun || (pronoun.lower !== "that" && pronoun.lower !== "which")) return false;
  const antecedent = words[trigger.first - 2];
  if (!antecedent) return false;
  return !mentionSpans.some((span) => antecedent.start < span.end && antecedent.end > span.start);
}

const HEADLINE_SPEECH = /^(?:says|said|tells|told|warns|insists|claims|vows)$/i;

/** The entity whose words are the headline's news ("X says …"), or null. */
function speakerOfHeadline(doc: Doc, mentionsBySentence: Map<number, Mention[]>): number | null {
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
function headlineStatement(
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

/** Finds CAMEO-coded events in the body sentences and merges repeated reports of one happening. */
export function findEvents(doc: Doc): Event[] {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const quoted = quotedSpans(doc);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const mention of doc.mentions) {
    const list = mentionsBySentence.get(mention.sentenceIndex) ?? [];
    list.push(mention);
    mentionsBySentence.set(mention.sentenceIndex, list);
  }
  const datesBySentence = new Map<number, TemporalExpression[]>();
  for (const date of doc.dates) {
    const list = datesBySentence.get(date.sentenceIndex) ?? [];
    list.push(date);
    datesBySentence.set(date.sentenceIndex, list);
  }
  const bodySentences = doc.sentences.filter((sentence) => sentence.zone === "body");
  const leadParagraph = bodySentences[0]?.paragraphIndex ?? -1;
  const secondParagraph =
    bodySentences.find((sentence) => sentence.paragraphIndex !== leadParagraph)?.paragraphIndex ??
    -1;
  const datelinePlace = doc.layout.dateline?.place ?? null;
  const datelineEntity =
    datelinePlace === null
      ? null
      : (doc.entities.find(
          (entity) => entity.type === "LOCATION" && sameEntityName(entity, datelinePlace),
        ) ?? null);
  const published = doc.publishedAt && parseDateValue(doc.publishedAt) ? doc.publishedAt : null;
  const nameOf = (id: number | undefined): string | null =>
    id === undefined ? null : (entities.get(id)?.name ?? null);

  const sentenceWords = new Map(
    bodySentences.map((sentence) => [sentence.index, wordsOf(sentence)]),
  );
  let economicWords = 0;
  let labourWords = 0;
  for (const words of sentenceWords.values()) {
    for (const word of words) {
      if (ECONOMIC_CUES.has(word.lower)) economicWords++;
      if (LABOUR_CUES.has(word.lower)) labourWords++;
    }
  }
  // Strikes in an article about pay and unions are walkouts (CAMEO 14).
  const labourArticle = labourWords >= 3;
  // Agreements in an article about trade or investment are economic ones (CAMEO 06).
  const economicArticle = economicWords >= 3;
  // The lead's own date ("on Monday") dates its undated acts better than the publication day.
  const paragraphOf = new Map(
    bodySentences.map((sentence) => [sentence.index, sentence.paragraphIndex]),
  );
  // The story's day: the first date of the lead (or of the paragraph after it) that is not a statement's.
  const storyDate = (paragraph: number): TemporalExpression | undefined =>
    doc.dates.find(
      (date) =>
        date.precision === "DAY" &&
        paragraphOf.get(date.sentenceIndex) === paragraph &&
        !isSpeechDate(doc.text, date),
    );
  const leadDay = (storyDate(leadParagraph) ?? storyDate(secondParagraph))?.value ?? published;
  const headlineSpeaker = speakerOfHeadline(doc, mentionsBySentence);
  const events: Event[] = [];
  const notes = new WeakMap<Event, EventNotes>();
  let leadEvent: Event | null = null;
  // Merges look back over a bounded number of events per code, which keeps long inputs linear.
  const byCode = new Map<CameoCode, Event[]>();
  const recentOfCode = (code: CameoCode): Event[] => (byCode.get(code) ?? []).slice(-MERGE_HORIZON);
  let lastPerson: number | null = null;
  let previousDay: {
    date: string;
    precision: DatePrecision;
    paragraph: number;
    sentence: number;
  } | null = null;
  for (const sentence of bodySentences) {
    const words = sentenceWords.get(sentence.index) ?? [];
    const mentions = (mentionsBySentence.get(sentence.index) ?? [])
      .filter((mention) => !isQuoted(quoted, mention.start))
      .sort((a, b) => a.start - b.start);
    const placed = placeMentions(words, mentions, entities);
    const isQuestion = /\?["'\u201d\u2019]?\s*$/.test(sentence.text);
    const mentionSpans = unionOf(mentions.map((mention) => mention.fullSpan ?? mention));
    const sentenceDates = (datesBySentence.get(sentence.index) ?? []).filter(
      (date) => !isQuoted(quoted, date.start),
    );
    const live: { trigger: Trigger; modality: Modality }[] = [];
    let previousSkipped = false;
    for (const trigger of isQuestion
      ? []
      : findTriggers(words, mentionSpans, economicArticle, labourArticle)) {
      const modality = modalityOf(words, trigger);
      const joined = ["and", "or"].includes(
        words[skipAdverbs(words, trigger.first - 1)]?.lower ?? "",
      );
      // "… a resolution that condemned X and called for Y": the second verb shares the first one's status.
      const skip: boolean =
        isQuoted(quoted, trigger.start) ||
        afterRelativeOnThing(words, trigger, mentionSpans) ||
        modality.skip ||
        (joined && previousSkipped);
      if (trigger.sense.kind === "verb") previousSkipped = skip;
      if (!skip) live.push({ trigger, modality });
    }
    const assigned = assignDates(
      doc.text,
      sentenceDates,
      live.map((item) => item.trigger),
    );
    const firstTrigger = live[0]?.trigger.start ?? Infinity;
    // A date opening the sentence ("On Monday, police arrested … and charged …") covers every act in it.
    const sceneDate =
      [...sentenceDates]
        .reverse()
        .find((date) => date.end <= firstTrigger && !isSpeechDate(doc.text, date)) ?? null;
    let sentenceDay: { date: string; precision: DatePrecision } | null = null;
    let anaphoricDay: string | null = null;
    let nearby: { event: Event; lastWord: number } | null = null;
    for (const [position, { trigger, modality }] of live.entries()) {
      const dateExpression = assigned.get(trigger) ?? sceneDate;
      if (modality.planned && !dateExpression) continue;
      // The place of an act is looked for up to the next act of another kind in the sentence.
      const nextAct = live
        .slice(position + 1)
        .find((item) => item.trigger.code !== trigger.code && item.trigger.sense.kind === "verb");
      const roles = rolesOf(
        words,
        placed,
        trigger,
        modality.passive,
        lastPerson,
        nextAct?.trigger.first ?? words.length,
      );
      let code = trigger.code;
      // A state's armed attack is military fighting rather than an assault.
      if (code === "18" && isCountry(roles.actor ? entities.get(roles.actor.entityId) : undefined))
        code = "19";

      let locationId = roles.location?.entityId ?? null;
      // "strikes on Syria", "the invasion of Ukraine": a state attacked is where the fighting is.
      const targetEntity = roles.target ? entities.get(roles.target.entityId) : undefined;
      if (locationId === null && VIOLENT_CODES.has(code) && targetEntity?.type === "LOCATION") {
        locationId = targetEntity.id;
      }
      if (locationId === null && sentence.paragraphIndex === leadParagraph && datelineEntity) {
        locationId = datelineEntity.id;
      }
      const participants: EventParticipant[] = [];
      if (roles.actor) participants.push({ entityId: roles.actor.entityId, role: "ACTOR" });
      if (roles.target) participants.push({ entityId: roles.target.entityId, role: "TARGET" });
      // Bystanders named in the clause join only an event that has an actor or a target.
      if (participants.length > 0 || code === "00") {
        for (const other of roles.others)
          participants.push({ entityId: other.entityId, role: "OTHER" });
      }
      // A disaster's party is the place it struck, before whoever reports it.
      if (participants.length === 0 && trigger.sense.disaster && locationId !== null)
        participants.push({ entityId: locationId, role: "OTHER" });
      if (participants.length === 0 && SOURCED_CODES.has(code)) {
        // "…, the space agency said": with nobody named in the act, the source that reports it is a party.
        const source = attributedSource(words, placed);
        if (source) participants.push({ entityId: source.entityId, role: "OTHER" });
      }
      // "Russian airstrikes on Aleppo": a nationality adjective on an attack names the attacking
      // state, when the article names that state elsewhere (a demonym is no entity of its own).
      if (!roles.actor && VIOLENT_CODES.has(code) && trigger.sense.kind === "noun") {
        const state = stateOfDemonymBefore(words, trigger.first, doc.entities);
        if (state !== null && !participants.some((p) => p.entityId === state))
          participants.unshift({ entityId: state, role: "ACTOR" });
      }
      if (participants.length === 0 && code === "00" && locationId !== null) {
        participants.push({ entityId: locationId, role: "OTHER" });
      }

      const triggerWord = words[trigger.first]?.lower ?? "";
      const pastVerb =
        trigger.sense.kind === "verb" && isPastForm(triggerWord) && !modality.planned;
      let date: string | null = null;
      let precision: DatePrecision | null = null;
      if (dateExpression && dateExpression.precision !== "YEAR") {
        date = dateExpression.value;
        precision = dateExpression.precision;
      } else if (!dateExpression && anaphoricDay && (pastVerb || trigger.sense.kind === "noun")) {
        // "said after the meeting that both sides agreed": dated by the happening referred to.
        date = anaphoricDay;
        precision = "DAY";
      } else if (
        !dateExpression &&
        (pastVerb || trigger.sense.kind === "noun") &&
        previousDay &&
        previousDay.paragraph === sentence.paragraphIndex &&
        previousDay.sentence === sentence.index - 1
      ) {
        // Narrative continuity: an undated act right after a dated one happened the same day or month.
        date = previousDay.date;
        precision = previousDay.precision;
      } else if (
        !dateExpression &&
        leadDay &&
        !modality.planned &&
        ((sentence.paragraphIndex === leadParagraph &&
          (pastVerb || (trigger.sense.kind === "noun" && hasPastTense(words)))) ||
          // The paragraph after the lead usually goes on with the same day's happening.
          (sentence.paragraphIndex === secondParagraph && pastVerb && roles.actor !== null))
      ) {
        date = leadDay;
        precision = "DAY";
      }

      leadEvent ??= events.find((event) => event.participants.length > 0) ?? null;
      if (!date && pastVerb && leadEvent?.precision === "DAY" && leadEvent.date) {
        // An undated act by a party of the article's lead event belongs to the reported day.
        const lead = new Set(leadEvent.participants.map((participant) => participant.entityId));
        if (
          participants.some(
            (participant) => participant.role !== "OTHER" && lead.has(participant.entityId),
          )
        ) {
          date = leadEvent.date;
          precision = "DAY";
        }
      }
      const explicitDate = dateExpression !== null && date !== null;
      if (explicitDate && date !== null && precision !== null) sentenceDay = { date, precision };

      let confidence = 0.45;
      if (roles.actor) confidence += 0.2;
      if (roles.target) confidence += 0.1;
      if (trigger.sense.kind === "verb") confidence += 0.1;
      if (date) confidence += 0.05;
      if (modality.planned) confidence -= 0.1;
      const reported: Event = {
        code,
        trigger: doc.text.slice(trigger.start, trigger.end),
        triggerSpan: { start: trigger.start, end: trigger.end },
        summary: "",
        date,
        precision,
        locationId,
        participants,
        evidence: [{ start: sentence.start, end: sentence.end, sentenceIndex: sentence.index }],
        confidence: Math.min(1, Math.round(confidence * 100) / 100),
      };
      notes.set(reported, {
        kind: trigger.sense.kind,
        lemma: trigger.lemma,
        planned: modality.planned,
        explicitDate,
        placeInClause: roles.location?.entityId ?? null,
      });
      // Two triggers of one code a few words apart report one act ("a car bomb was rammed").
      const ownActor = participants.find((participant) => participant.role === "ACTOR")?.entityId;
      const nearbyActor = nearby?.event.participants.find(
        (participant) => participant.role === "ACTOR",
      )?.entityId;
      if (
        nearby &&
        nearby.event.code === code &&
        trigger.first - nearby.lastWord <= 10 &&
        (ownActor === undefined ||
          nearbyActor === undefined ||
          nearby.event.participants.some(
            (participant) => participant.role !== "OTHER" && participant.entityId === ownActor,
          ))
      ) {
        mergeInto(nearby.event, reported, notes);
        nearby.lastWord = trigger.last;
        continue;
      }
      // "the attack", "Monday's meeting": a definite event noun refers back to a recent event of its kind.
      if (trigger.sense.kind === "noun" && isDefinite(words, trigger)) {
        const sameDay: Event | undefined =
          date === null ? undefined : recentOfCode(code).find((event) => event.date === date);
        const bare = participants.length === 0 || roles.sharedSubject;
        // "a ceremony" … "at the ceremony": an event already named by the same word comes first.
        const named = [...recentOfCode(code)]
          .reverse()
          .find((event) => namedBy(notes.get(event), trigger.lemma));
        const antecedent: Event | undefined =
          named ??
          sameDay ??
          [...recentOfCode(code)]
            .reverse()
            .find(
              (event) =>
                (event.date === null || date === null || event.date === date) &&
                (event.evidence[event.evidence.length - 1]?.sentenceIndex ?? -99) >=
                  sentence.index - 4,
            ) ??
          // "launched two missiles" … "condemned the launches": the same word names the same happening, whatever its code.
          (roles.target === null
            ? [...events.slice(-MERGE_HORIZON)]
                .reverse()
                .find(
                  (event) =>
                    notes.get(event)?.lemma === trigger.lemma &&
                    event.participants.length > 0 &&
                    datesCompatible(event.date, date),
                )
            : undefined) ??
          // A bare "the meeting" far from any other meeting is the article's main one.
          (bare && date === null
            ? recentOfCode(code).find((event) => event.participants.length > 0)
            : undefined);
        if (antecedent) {
          // "X also welcomed the landing" in Y: the place of the welcome is not the landing's.
          if (bare) reported.locationId = null;
          mergeInto(antecedent, reported, notes);
          if (antecedent.precision === "DAY" && antecedent.date !== null)
            anaphoricDay = antecedent.date;
          continue;
        }
      }
      if (participants.length === 0 && date !== null && precision === "DAY") {
        // A bare mention ("Wednesday's meeting") adds evidence to a known event of that day.
        const known = recentOfCode(code).find((event) => event.date === date);
        if (known) {
          mergeInto(known, reported, notes);
          continue;
        }
      }
      // "… was jailed on Friday." then "Judge X sentenced Y": a later report names the parties of a pending event.
      const pending =
        participants.length > 0
          ? recentOfCode(code).find(
              (event) =>
                event.participants.length === 0 &&
                datesCompatible(event.date, date) &&
                (event.evidence[event.evidence.length - 1]?.sentenceIndex ?? -99) >=
                  sentence.index - 3 &&
                // "other" happenings are too varied to be one by their code: a launch is no ceremony.
                (code !== "00" || sameStem(notes.get(event)?.lemma, trigger.lemma)),
            )
          : undefined;
      const match =
        pending ??
        (participants.length > 0
          ? findSameHappening(
              recentOfCode(code),
              reported,
              notes,
              (id) => entities.get(id)?.type === "LOCATION",
            )
          : undefined);
      if (match) {
        mergeInto(match, reported, notes);
      } else {
        // Events still without participants are kept for now: a later "the attack … by X" may complete them.
        events.push(reported);
        const sameCode = byCode.get(code) ?? [];
        sameCode.push(reported);
        byCode.set(code, sameCode);
        nearby = { event: reported, lastWord: trigger.last };
      }
    }
    if (sentence === bodySentences[0] && headlineSpeaker !== null) {
      const statement = headlineStatement(
        doc,
        words,
        placed,
        sentenceDates,
        headlineSpeaker,
        sentence,
      );
      if (statement) {
        statement.date ??= leadDay;
        statement.precision ??= statement.date === null ? null : "DAY";
        statement.locationId = datelineEntity?.id ?? null;
        notes.set(statement, { kind: "verb", lemma: "say", planned: false, explicitDate: false });
        events.push(statement);
      }
    }
    previousDay = sentenceDay
      ? { ...sentenceDay, paragraph: sentence.paragraphIndex, sentence: sentence.index }
      : null;
    const person = [...mentions]
      .reverse()
      .find((mention) => mention.type === "PERSON" && mention.entityId !== null);
    if (person?.entityId != null) lastPerson = person.entityId;
  }
  return finish(events, notes, nameOf, protagonistOf(doc));
}

/** Actors and targets identify a happening; bystanders named in the clause do not. */
function coreParticipants(event: Event): number[] {
  const main = event.participants.filter((participant) => participant.role !== "OTHER");
  return (main.length > 0 ? main : event.participants).map((participant) => participant.entityId);
}

/** True when one of the triggers merged into an event is of the word family of `lemma`. */
function namedBy(note: EventNotes | undefined, lemma: string): boolean {
  if (!note) return false;
  return [...(note.words ?? [note.lemma])].some((known) => sameStem(known, lemma));
}

/** Two lemmas of one word family ("explode", "explosion"; "celebrate", "celebration"). */
function sameStem(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const length = Math.min(5, a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

function targetOf(event: Event): number | undefined {
  return event.participants.find((participant) => participant.role === "TARGET")?.entityId;
}

/** An earlier event of the same code, sharing an actor or target, at a compatible date and place. */
function findSameHappening(
  events: Event[],
  event: Event,
  notes: WeakMap<Event, EventNotes>,
  isPlace: (entityId: number) => boolean,
): Event | undefined {
  const ids = new Set(coreParticipants(event));
  const ownParties = [...ids].filter((id) => !isPlace(id));
  const note = notes.get(event);
  return events.find((known) => {
    if (known.code !== event.code || !datesCompatible(known.date, event.date)) return false;
    const knownNote = notes.get(known);
    // "arrested" and later "sentenced" are two acts; "met" and "the meeting" are one.
    if (note?.kind === "verb" && knownNote?.kind === "verb" && note.lemma !== knownNote.lemma)
      return false;
    // "X beat Y" and "X beat Z": one verb against two different targets reports two acts.
    const knownTarget = targetOf(known);
    const ownTarget = targetOf(event);
    if (
      note?.kind === "verb" &&
      knownNote?.kind === "verb" &&
      knownTarget !== undefined &&
      ownTarget !== undefined &&
      knownTarget !== ownTarget
    )
      return false;
    const knownCore = coreParticipants(known);
    const shared = knownCore.filter((id) => ids.has(id)).length;
    if (shared === 0) return false;
    // Both name people or organizations: one of those must be shared. A country alone
    // ("a visit to Moscow by X", "Russia called a meeting of Y") joins two different happenings.
    const knownParties = knownCore.filter((id) => !isPlace(id));
    if (ownParties.length > 0 && knownParties.length > 0 && !knownParties.some((id) => ids.has(id)))
      return false;
    const samePlace =
      known.locationId === null ||
      event.locationId === null ||
      known.locationId === event.locationId;
    return samePlace || shared >= 2;
  });
}

interface EventNotes {
  kind: TriggerSense["kind"];
  /** Lemma of the trigger's head word; two different verbs report two acts. */
  lemma: string;
  planned: boolean;
  /** The date comes from a temporal expression of the text, not from the narrative. */
  explicitDate: boolean;
  /** Lemmas of every trigger merged into the event ("celebrate", "ceremony"). */
  words?: Set<string>;
  /** The place the clause itself names (not the dateline's), if any. */
  placeInClause?: number | null;
}

/** Adds a second report's participants, evidence, date and place to a known event. */
function mergeInto(match: Event, event: Event, notes: WeakMap<Event, EventNotes>): void {
  const hadParticipants = match.participants.length > 0;
  for (const participant of event.participants) {
    if (!match.participants.some((known) => known.entityId === participant.entityId)) {
      const demoted = hadParticipants && participant.role === "ACTOR" ? "OTHER" : participant.role;
      match.participants.push({ ...participant, role: demoted });
    }
  }
  if (
    !match.evidence.some((evidence) => evidence.sentenceIndex === event.evidence[0]?.sentenceIndex)
  ) {
    match.evidence.push(...event.evidence);
  }
  const matchNotes = notes.get(match);
  const eventNotes = notes.get(event);
  if (matchNotes && eventNotes) {
    matchNotes.words ??= new Set([matchNotes.lemma]);
    matchNotes.words.add(eventNotes.lemma);
  }
  const explicitWins = (eventNotes?.explicitDate ?? false) && !(matchNotes?.explicitDate ?? false);
  const morePrecise =
    event.date !== null && (match.date === null || event.date.length > match.date.length);
  const inferredOverExplicit =
    !(eventNotes?.explicitDate ?? false) && (matchNotes?.explicitDate ?? false);
  if (event.date !== null && (explicitWins || (morePrecise && !inferredOverExplicit))) {
    match.date = event.date;
    match.precision = event.precision;
    if (matchNotes && eventNotes) matchNotes.explicitDate ||= eventNotes.explicitDate;
  }
  match.locationId ??= event.locationId;
  match.confidence = Math.min(
    1,
    Math.round((Math.max(match.confidence, event.confidence) + 0.05) * 100) / 100,
  );
}

/** How many body mentions the article's main organisation needs, and how many times its runner-up's. */
const PROTAGONIST_MENTIONS = 5;
const PROTAGONIST_LEAD = 2;

/**
 * The organisation an article is about ("NASA" in a story on its shuttles), or null:
 * named far more often in the body than any other organisation.
 */
function protagonistOf(doc: Doc): number | null {
  const counts = new Map<number, number>();
  for (const mention of doc.mentions) {
    if (mention.zone !== "body" || mention.type !== "ORGANIZATION" || mention.entityId === null)
      continue;
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const [first, second] = ranked;
  if (!first || first[1] < PROTAGONIST_MENTIONS) return null;
  return first[1] >= PROTAGONIST_LEAD * (second?.[1] ?? 0) ? first[0] : null;
}

/** Drops events that never found a participant and writes the summaries. */
function finish(
  events: Event[],
  notes: WeakMap<Event, EventNotes>,
  nameOf: (id: number | undefined) => string | null,
  protagonist: number | null,
): Event[] {
  const kept: Event[] = [];
  for (const event of events) {
    const note = notes.get(event);
    // "Columbia lifted off …" in a story about NASA: an unowned other happening is the main organisation's.
    if (event.participants.length === 0 && event.code === "00" && protagonist !== null)
      event.participants.push({ entityId: protagonist, role: "OTHER" });
    // "An airstrike on Aleppo killed 80": an attack nobody was found to claim has the place it
    // struck as its party, as a disaster does, so it still reaches the graph and its timeline.
    const place = note?.placeInClause ?? null;
    if (event.participants.length === 0 && VIOLENT_CODES.has(event.code) && place !== null)
      event.participants.push({ entityId: place, role: "OTHER" });
    // Without a participant the event cannot be placed in the graph; disasters get their place as one earlier.
    if (event.participants.length === 0) continue;
    const actor = event.participants.find((participant) => participant.role === "ACTOR");
    const target = event.participants.find((participant) => participant.role === "TARGET");
    event.summary = summarize(
      event.trigger,
      note?.kind ?? "noun",
      event.code,
      nameOf(actor?.entityId),
      nameOf(target?.entityId),
      event.locationId === null ? null : nameOf(event.locationId),
      note?.planned ?? false,
    );
    kept.push(event);
  }
  return kept;
}

/** Stage 07: CAMEO-coded events with participants, place, date and evidence. */
export const eventsStage: Stage = {
  name: "events",
  run(doc: Doc): Doc {
    try {
      return { ...doc, events: findEvents(doc) };
    } catch {
      return { ...doc, events: [] };
    }
  },
};

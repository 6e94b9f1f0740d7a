/** Trigger words and phrases of a sentence with their CAMEO code (the lexicon is data in lexicon/event-triggers.ts). */
import {
  CLAUSE_VERBS,
  DETERMINERS,
  FIRED_WEAPONS,
  LEGISLATION,
  PROJECTILES,
} from "../../lexicon/event-clauses.js";
import {
  ANNOUNCED_RESPONSES,
  APPEAL_MODALS,
  AID_CARRIERS,
  ARRIVAL_VERBS,
  ARRIVING_AID,
  APPROVED_AID,
  COMMERCIAL_COMPLEMENTS,
  COMPOUND_HEADS,
  COOPERATIVE_COMPLEMENTS,
  COURT_ACTS,
  CRITICISED_THINGS,
  DENIED_REQUESTS,
  DISASTER_VERB_SENSES,
  ECONOMIC_CUES,
  ENVOY_NOUNS,
  HALTED_OPERATION_FILLERS,
  HALTED_OPERATIONS,
  HALTING_VERBS,
  RESUMED_OPERATIONS,
  RESUMING_VERBS,
  INTRODUCING_VERBS,
  LABOUR_CUES,
  PHRASE_GAP_WORDS,
  PENALTIES,
  PHRASE_TRIGGERS,
  PROTESTING_CROWDS,
  REAL_FORCE_CUES,
  SPORT_SENTENCE_CUES,
  SPORTING_FORCE_LEMMAS,
  WORD_TRIGGERS,
} from "../../lexicon/event-triggers.js";
import type { TriggerSense } from "../../lexicon/event-triggers.js";
import { PERSON_ROLE_NOUNS } from "../../lexicon/speaker-nouns.js";
import { NUMBER_WORDS } from "../../lexicon/temporal.js";
import type { CameoCode, Span } from "../../types.js";
import { aimedAtTarget, firedWeaponAfter } from "./projectiles.js";
import { hasLemmaWithin, isPastForm, lemmaMatches } from "./words.js";
import type { Word } from "./words.js";

export interface Trigger extends Span {
  sense: TriggerSense;
  lemma: string;
  code: CameoCode;
  /** Index of the first and last word of the trigger. */
  first: number;
  last: number;
}

export const PHRASES_BY_FIRST = (() => {
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

export const TRIGGERS_BY_LEMMA = new Map<string, TriggerSense>(Object.entries(WORD_TRIGGERS));
/** A Map, not the record: any lemma is looked up, "constructor" included. */
const COURT_ACT_SENSES = new Map<string, TriggerSense>(Object.entries(COURT_ACTS));

const PERSON_ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_NOUNS);

const HALT_SENSE: TriggerSense = { code: "00", kind: "verb" };
const RESUME_SENSE: TriggerSense = { code: "07", kind: "verb" };

/** A future negated: "won't", "wouldn't", or "not"/"never" after "will", "would", "shall". */
const FUTURE_NEGATIONS = /^(?:won|wouldn|shan)['\u2019]t$/;
const FUTURE_MODALS = /^(?:will|would|shall)$|['\u2019]ll$/;

/** True when words[index] is a negated future: "would not", "will never", "won't". */
function negatedFuture(words: Word[], index: number): boolean {
  const word = words[index]?.lower ?? "";
  if (FUTURE_NEGATIONS.test(word)) return true;
  // 'would "not hesitate …"': a quotation mark may open between the modal and the negation.
  const mark = /^["\u201c]$/.test(words[index - 1]?.text ?? "") ? 1 : 0;
  return /^(?:not|never)$/.test(word) && FUTURE_MODALS.test(words[index - 1 - mark]?.lower ?? "");
}

export function senseHolds(
  sense: TriggerSense,
  words: Word[],
  first: number,
  last: number,
): boolean {
  const before = words[first - 1]?.lower ?? "";
  if (sense.notAfter?.includes(before)) return false;
  if (sense.afterNegation && !negatedFuture(words, first - 1)) return false;
  if (sense.onlyAfter) {
    const adverb = before.endsWith("ly") ? 1 : 0;
    if (!sense.onlyAfter.includes(words[first - 1 - adverb]?.lower ?? "")) return false;
  }
  const after = words[last + 1]?.lower ?? "";
  // "the signing of the accord": a verb-only act's gerund takes its object with "of", which is
  // no reason to rule it out as "a sign of" is.
  const gerundOf = sense.verbOnly === true && after === "of" && words[first]?.lower.endsWith("ing");
  if (
    sense.notObject &&
    !gerundOf &&
    (sense.notObject.includes(after) || objectHeadIn(words, last + 1, sense.notObject))
  )
    return false;
  const noObjectNeeded =
    sense.objectBefore === true && /^(?:[.,;:!?]?|to)$/.test(words[last + 1]?.lower ?? "");
  if (
    sense.needsObject &&
    !noObjectNeeded &&
    !hasLemmaWithin(words, last + 1, sense.objectReach ?? 4, sense.needsObject)
  )
    return false;
  if (sense.notNear && hasLemmaWithin(words, last + 1, 4, sense.notNear)) return false;
  return true;
}

/** Lower-case words that may precede an object's head noun: "met [international safety] standards". */
const MAX_OBJECT_MODIFIERS = 3;
const OBJECT_PHRASE_ENDERS = new Set([
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "and",
  "or",
  "of",
  "from",
  "by",
]);

/**
 * Whether the object after a verb, read up to its head noun, is one of `nouns`: the word right
 * after the verb, or one after up to three lower-case modifiers ("meets international safety
 * standards"); a name, a preposition or punctuation ends the phrase first.
 */
function objectHeadIn(words: Word[], from: number, nouns: readonly string[]): boolean {
  for (let index = from; index <= from + MAX_OBJECT_MODIFIERS; index++) {
    const word = words[index];
    if (!word || !/^\p{Ll}/u.test(word.text) || OBJECT_PHRASE_ENDERS.has(word.lower)) return false;
    if (nouns.includes(word.lower)) return true;
  }
  return false;
}

/** Verb forms of "fire" that shoot a weapon ("fire" alone is also a noun). */
const FIRING_FORMS = new Set(["fired", "fires", "firing"]);
/** Firing weapons with no target named is a show of force, like a missile test. */
const FIRING_SENSE: TriggerSense = { code: "15", kind: "verb" };

/** Words an object slot may hold: a capitalized name of up to four words, or an object pronoun. */
export const MAX_SLOT_WORDS = 4;
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it"]);

/** Index of the last word of an object slot after `at` ("found [Daniel Reeve] guilty"), or `at`. */
function skipSlot(words: Word[], at: number): number {
  if (OBJECT_PRONOUNS.has(words[at + 1]?.lower ?? "")) return at + 1;
  let end = at;
  while (end - at < MAX_SLOT_WORDS && /^[A-Z]/.test(words[end + 1]?.text ?? "")) end++;
  return end;
}

/** Index of the last word of a phrase starting at `index`, or -1; one article or possessive may sit between parts. */
export function matchPhrase(
  words: Word[],
  index: number,
  lemmas: readonly string[],
  objectSlot = false,
): number {
  let at = objectSlot ? skipSlot(words, index) : index;
  if (objectSlot && at === index) return -1;
  for (let part = 1; part < lemmas.length; part++) {
    const lemma = lemmas[part] ?? "";
    if (lemmaMatches(words[at + 1], lemma)) at += 1;
    else if (PHRASE_GAP_WORDS.has(words[at + 1]?.lower ?? "") && lemmaMatches(words[at + 2], lemma))
      at += 2;
    else return -1;
  }
  return at;
}

/** How many words may sit between a halted operation and its verb ("rescue operations were temporarily suspended"). */
const HALT_REACH = 6;

/**
 * The words of a search or rescue halted by the verb at `index` ("search and rescue was
 * suspended", "the search was called off"), from the operation's noun to the verb's last word,
 * or null: calling one off is a measure (00), whatever the verb means elsewhere.
 */
function haltedOperation(
  words: Word[],
  index: number,
  verbs: ReadonlyMap<string, string | null> = HALTING_VERBS,
  operations: readonly string[] = HALTED_OPERATIONS,
): { first: number; last: number } | null {
  const word = words[index];
  const lemma = word?.lemmas.find((candidate) => verbs.has(candidate));
  if (!word || lemma === undefined || !isPastForm(word.lower)) return null;
  const particle = verbs.get(lemma) ?? null;
  if (particle !== null && words[index + 1]?.lower !== particle) return null;
  let first = -1;
  let named = false;
  for (let at = index - 1; at >= Math.max(0, index - HALT_REACH); at--) {
    const before = words[at];
    if (!before) break;
    if (HALTED_OPERATIONS.some((operation) => before.lemmas.includes(operation))) {
      first = at;
      named ||= operations.some((operation) => before.lemmas.includes(operation));
    } else if (!HALTED_OPERATION_FILLERS.has(before.lower)) break;
  }
  if (first < 0 || !named) return null;
  return { first, last: particle === null ? index : index + 1 };
}

/** Words after which a participle before a noun is an adjective: "of donated items", "the banned books". */
const ATTRIBUTIVE_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, "of", "with", "for"]);

/** Words that count a plural: "many visits", "multiple arrests". */
const COUNT_WORDS = new Set(["many", "numerous", "multiple"]);
/** Counts too large to tell single acts: "thousands of visits", "millions of downloads". */
const MASS_COUNTS = new Set(["dozens", "hundreds", "thousands", "millions"]);

/** True when a word counts what follows: "12", "1,500", "three", "several", "many". */
function isCount(word: string): boolean {
  return (
    /^\d[\d,]*$/.test(word) ||
    (Object.hasOwn(NUMBER_WORDS, word) && !/^an?$/.test(word)) ||
    COUNT_WORDS.has(word) ||
    MASS_COUNTS.has(word)
  );
}
/** How many words a disaster noun may stand before the verb it strikes with ("an earthquake that struck"). */
const DISASTER_VERB_REACH = 4;

/**
 * "An earthquake struck eastern Turkey", "the storm that struck the coast": the verb tells how
 * the disaster named just before happened, not an attack of its own.
 */
function strikesForDisaster(
  words: Word[],
  triggers: Trigger[],
  lemma: string,
  index: number,
): boolean {
  if (lemma !== "strike" || !isPastForm(words[index]?.lower ?? "")) return false;
  const before = triggers.at(-1);
  if (!before?.sense.disaster || index - before.last > DISASTER_VERB_REACH) return false;
  return !words.slice(before.last + 1, index).some((word) => /^[,;:]$/.test(word.text));
}

/** How many words of a subject before its verb may name aid ("the first [aid] trucks entered"). */
const AID_SUBJECT_REACH = 4;

const AID_ARRIVAL_SENSE: TriggerSense = { code: "07", kind: "verb" };
/** The lemma an arrival of aid is noted under, whichever verb told it. */
export const AID_ARRIVAL = "aid arrive";

/** How many words after the verb may tell what the carriers bring ("reached X carrying flour"). */
const AID_CARGO_REACH = 8;

/** Auxiliaries between a subject and its verb ("its trucks had reached X"). */
const ARRIVAL_AUXILIARIES = new Set(["had", "have", "has", "finally", "also", "eventually"]);

/**
 * True when the verb at `index` tells aid arriving: "an aid convoy reached Madrid", "food
 * supplies entered the city", "its trucks had reached X carrying flour and medicine". A convoy
 * or a truck alone may be an army's.
 */
function aidArrives(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word || !word.lemmas.some((lemma) => ARRIVAL_VERBS.has(lemma))) return false;
  if (word.lower === word.lemmas[0] && !/(?:s|ed)$/.test(word.lower)) return false;
  let head = index - 1;
  while (head > 0 && ARRIVAL_AUXILIARIES.has(words[head]?.lower ?? "")) head--;
  if (!AID_CARRIERS.has(words[head]?.lower ?? "")) return false;
  for (let at = head; at >= Math.max(0, head - AID_SUBJECT_REACH + 1); at--) {
    const before = words[at];
    if (!before || /^[,;:.]$/.test(before.text) || /^(?:that|which|to)$/.test(before.lower)) break;
    if (ARRIVING_AID.has(before.lower)) return true;
  }
  for (let at = index + 1; at <= index + AID_CARGO_REACH; at++) {
    const after = words[at];
    if (!after || /^[;:.]$/.test(after.text)) return false;
    if (ARRIVING_AID.has(after.lower)) return true;
  }
  return false;
}

/** How many words after "attacked" its "as …" or "for …" may follow. */
const VERBAL_ATTACK_REACH = 8;

/**
 * True when "attacked" at `last` attacks with words: its object is a plan, a policy, a record
 * ("attacked the Republican tactics"), or the clause goes on "as …" or "for …ing" ("attacked the
 * minister as out of touch", "attacked the government for ignoring …").
 */
function verbalAttack(words: Word[], last: number): boolean {
  if (hasLemmaWithin(words, last + 1, 4, CRITICISED_THINGS)) return true;
  for (let index = last + 1; index <= last + VERBAL_ATTACK_REACH; index++) {
    const word = words[index];
    if (!word || /^[.;:!?]$/.test(word.text)) return false;
    if (word.lower === "as" && words[index + 1]?.lower !== "well") return true;
    const next = words[index + 1]?.lower ?? "";
    if (word.lower === "for" && (next.endsWith("ing") || /^(?:its|his|her|their)$/.test(next)))
      return true;
  }
  return false;
}

/** How many words may stand between "ordered" and the envoys' "to leave". */
const EXPULSION_REACH = 7;

const EXPULSION_SENSE: TriggerSense = { code: "16", kind: "verb" };

/**
 * True when "ordered" at `index` sends envoys out: "ordered 10 U.S. diplomats to leave the
 * country", "told the ambassador to leave".
 */
function envoysOrderedOut(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word || !/^(?:ordered|told)$/.test(word.lower)) return false;
  let envoy = false;
  for (let at = index + 1; at <= index + EXPULSION_REACH; at++) {
    const next = words[at];
    if (!next || /^[,;:.]$/.test(next.text)) return false;
    if (ENVOY_NOUNS.has(next.lower)) envoy = true;
    if (next.lower === "to") return envoy && words[at + 1]?.lower === "leave";
  }
  return false;
}

/** How many words after "announced" its appeal may be told ("announced on Friday that it is time for …"). */
const ANNOUNCED_APPEAL_REACH = 10;
/** Subjects of a modal that make it the announcer's own duty or a forecast, not an appeal. */
const OWN_SUBJECTS = new Set(["i", "we", "it", "this", "that", "there", "he", "she", "they"]);

/**
 * True when the clause after "announced" at `last` appeals to others: "it is time for X to …",
 * or "should"/"must"/"ought" said of a subject other than the announcer ("users should update").
 */
function announcesAppeal(words: Word[], last: number): boolean {
  const end = Math.min(words.length, last + 1 + ANNOUNCED_APPEAL_REACH);
  for (let index = last + 1; index < end; index++) {
    const word = words[index];
    if (!word || /^[.;:!?]$/.test(word.text)) return false;
    const before = words[index - 1]?.lower ?? "";
    if (word.lower === "time" && /^(?:is|was|'s|\u2019s)$/.test(before)) {
      if (/^(?:for|to)$/.test(words[index + 1]?.lower ?? "")) return true;
    }
    if (APPEAL_MODALS.has(word.lower) && !OWN_SUBJECTS.has(before) && before !== "that")
      return true;
  }
  return false;
}

/** How many words ("on Monday", "in principle") may sit between "agreed" and its "to". */
const AGREEMENT_GAP = 4;

/** True when "agreed" at `last` takes a verb of trade: "agreed (on Monday) to buy …". */
function promisesTrade(words: Word[], last: number): boolean {
  for (let index = last + 1; index <= last + AGREEMENT_GAP + 1; index++) {
    const word = words[index];
    if (!word || word.text === ",") return false;
    if (word.lower === "to") return hasLemmaWithin(words, index + 1, 1, COMMERCIAL_COMPLEMENTS);
  }
  return false;
}

/** What the whole article is about, from its words: trade, pay disputes, matches. */
export interface ArticleCues {
  economic: boolean;
  labour: boolean;
  sport: boolean;
}

/** Finds trigger words and phrases in a sentence, longest phrase first. */
export function findTriggers(words: Word[], mentionSpans: Span[], article: ArticleCues): Trigger[] {
  const triggers: Trigger[] = [];
  let economicSentence = false;
  let labour = false;
  let sportSentence = false;
  let realForce = false;
  for (const word of words) {
    if (ECONOMIC_CUES.has(word.lower)) economicSentence = true;
    if (LABOUR_CUES.has(word.lower)) labour = true;
    if (SPORT_SENTENCE_CUES.has(word.text)) sportSentence = true;
    if (REAL_FORCE_CUES.has(word.lower)) realForce = true;
  }
  const economic = article.economic || economicSentence;
  // In a match report, words of force tell play ("struck late"), unless police or wounds are told.
  const play = (article.sport || sportSentence) && !realForce;
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
        const plain = matchPhrase(words, index, phrase.lemmas);
        const last =
          plain < 0 && phrase.objectSlot ? matchPhrase(words, index, phrase.lemmas, true) : plain;
        if (last >= 0 && senseHolds(phrase.sense, words, index, last)) {
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
    if (!found) {
      const halted = haltedOperation(words, index);
      if (halted) {
        found = { sense: HALT_SENSE, last: halted.last, lemma: "halt" };
        // "search and rescue was suspended": the rescue named is the one halted, no act of its own.
        while ((triggers.at(-1)?.first ?? -1) >= halted.first) triggers.pop();
      }
    }
    if (!found) {
      // "Rescue work resumed on Wednesday": the rescue taken up again is relief given anew.
      const resumed = haltedOperation(words, index, RESUMING_VERBS, RESUMED_OPERATIONS);
      if (resumed) {
        found = { sense: RESUME_SENSE, last: resumed.last, lemma: "resume" };
        while ((triggers.at(-1)?.first ?? -1) >= resumed.first) triggers.pop();
      }
    }
    if (!found) {
      // The verb alone is the trigger; the envoys between are its object.
      if (envoysOrderedOut(words, index))
        found = { sense: EXPULSION_SENSE, last: index, lemma: "expel" };
    }
    if (!found) {
      for (const lemma of word.lemmas) {
        const sense = COURT_ACT_SENSES.get(lemma);
        if (sense) {
          found = { sense, last: index, lemma };
          break;
        }
      }
    }
    if (!found && aidArrives(words, index))
      found = { sense: AID_ARRIVAL_SENSE, last: index, lemma: AID_ARRIVAL };
    // "fired two ballistic missiles": a firing of weapons, too far apart for the phrase.
    // "accused X of firing …" tells the accusation, not a firing of its own.
    if (
      !found &&
      FIRING_FORMS.has(word.lower) &&
      !/^(?:of|for)$/.test(words[index - 1]?.lower ?? "") &&
      firedWeaponAfter(words, index) >= 0
    )
      found = { sense: FIRING_SENSE, last: index, lemma: "fire" };
    if (!found) continue;
    if (strikesForDisaster(words, triggers, found.lemma, index)) continue;
    // "the largest penalty ever imposed by the bloc": the participle describes the penalty the
    // sentence has told ("fined …"), no act of its own.
    if (
      found.lemma === "impose" &&
      hasLemmaWithin(words, Math.max(0, index - 3), Math.min(3, index), PENALTIES)
    )
      continue;
    if (play && SPORTING_FORCE_LEMMAS.has(found.lemma)) continue;
    const lastWord = words[found.last] ?? word;
    // The form decides the use: "attacked" reports an act, "a visit" names one.
    let sense = found.sense;
    // "stormed the parliament", "storming the compound": the verb of a disaster noun is an act
    // of force, not the weather.
    const verbSense = Object.hasOwn(DISASTER_VERB_SENSES, found.lemma)
      ? DISASTER_VERB_SENSES[found.lemma]
      : undefined;
    const verbForm =
      found.last === index &&
      word.lower !== found.lemma &&
      (isPastForm(word.lower) || word.lower.endsWith("ing"));
    if (sense.disaster && verbSense !== undefined && verbForm) {
      // "the storm passed", "a storming start": the verb form needs an object after it.
      if (
        !/^(?:the|a|an|its|their|his|her|into|through)$/.test(words[index + 1]?.lower ?? "") &&
        !/^[A-Z]/.test(words[index + 1]?.text ?? "")
      )
        continue;
      sense = verbSense;
      found = { ...found, sense: verbSense };
    }
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
    // "one in three visits", "12 visits": so is a plural counted.
    const plural =
      determiner !== "that" &&
      (DETERMINERS.has(determiner) || isCount(determiner)) &&
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
    // "one in three visits", "thousands of visits": a statistic of many acts reports none of them.
    const counted = determiner === "of" ? (words[index - 2]?.lower ?? "") : determiner;
    if (
      (plural || determiner === "of") &&
      word.lower !== found.lemma &&
      (MASS_COUNTS.has(counted) || (isCount(determiner) && words[index - 2]?.lower === "in"))
    )
      continue;
    // "recipients of donated items", "their detained colleagues": a participle between an
    // article or preposition and its noun describes a thing; it reports no act of its own.
    if (
      sense.kind === "verb" &&
      found.last === index &&
      word.lower.endsWith("ed") &&
      ATTRIBUTIVE_OPENERS.has(determiner) &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(words[index + 1]?.text ?? "") &&
      !OBJECT_PHRASE_ENDERS.has(words[index + 1]?.lower ?? "") &&
      !/^(?:the|a|an|as|that|into|onto|off|out|up|over|after|before)$/.test(
        words[index + 1]?.lower ?? "",
      )
    )
      continue;
    // "director of exhibits", "head of investigations": an event noun in a title names an office.
    if (determiner === "of" && PERSON_ROLES.has(words[index - 2]?.lower ?? "")) continue;
    // "tear gas canisters", "assault rifles": an event noun modifying a thing names no happening.
    // "exhibit organizers": so does a bare verb, which there is a noun.
    if (
      (sense.kind === "noun" || (found.last === index && word.lower === found.lemma)) &&
      COMPOUND_HEADS.has(words[found.last + 1]?.lower ?? "")
    )
      continue;
    // "a sign of thaw", "road signs": the bare noun of a verb-only act is something else.
    if (sense.verbOnly && sense.kind === "noun" && !word.lower.endsWith("ing")) continue;
    if (sense.pastOnly && !isPastForm(word.lower)) continue;
    if (sense.labourOnly && !(labour || article.labour)) continue;
    let code = found.sense.code;
    if (code === "05" && economic && (found.lemma === "sign" || found.lemma === "reach"))
      code = "06";
    // "agreed to provide financing": an economic promise is material cooperation.
    // "agreed to buy 40 jets": a promise to trade is material cooperation too.
    if (found.lemma === "agree" && (economicSentence || promisesTrade(words, found.last)))
      code = "06";
    if (code === "01" && hasLemmaWithin(words, found.last + 1, 6, COOPERATIVE_COMPLEMENTS))
      code = "03";
    // "announced that it was time for drivers to switch", "announced that customers should
    // update": what is announced is an appeal to others (02), not a statement.
    if (code === "01" && found.lemma === "announce" && announcesAppeal(words, found.last))
      code = "02";
    // "announced a new payment system": a thing launched, not words said, is an administrative
    // measure ("announced that …", "announced the decision" stay statements).
    if (
      code === "01" &&
      found.lemma === "announce" &&
      /^an?$/.test(words[found.last + 1]?.lower ?? "")
    )
      code = "00";
    // "imposed a fine on the bank": a penalty, not a sanction between states.
    if (found.lemma === "impose" && hasLemmaWithin(words, found.last + 1, 3, PENALTIES))
      code = "17";
    if (found.lemma === "approve" && hasLemmaWithin(words, found.last + 1, 4, APPROVED_AID))
      code = "07";
    // Signing a bill into law is an administrative act, not a diplomatic one.
    if (found.lemma === "sign" && hasLemmaWithin(words, found.last + 1, 6, LEGISLATION))
      code = "00";
    if (found.lemma === "strike" && (labour || article.labour)) code = "14";
    // "Protesters stormed the parliament": a crowd's act of force is a violent protest.
    if (
      verbSense !== undefined &&
      sense === verbSense &&
      words
        .slice(Math.max(0, index - 4), index)
        .some((before) => PROTESTING_CROWDS.has(before.lower))
    )
      code = "14";
    // "Schumer attacked the Republican tactics as 'a new low'": criticism, not an assault.
    if (
      found.lemma === "attack" &&
      sense.kind === "verb" &&
      found.last === index &&
      verbalAttack(words, found.last)
    )
      code = "11";
    if (found.lemma === "deny" && hasLemmaWithin(words, found.last + 1, 4, DENIED_REQUESTS))
      code = "12";
    // "launched two ballistic missiles", "the missile launches": a show of force, not a space launch.
    const from = Math.max(0, index - 2);
    const projectile =
      hasLemmaWithin(words, found.last + 1, 5, PROJECTILES) ||
      hasLemmaWithin(words, from, index - from, PROJECTILES);
    if (found.lemma === "launch" && projectile) code = "15";
    // "launched drones at the capital", "fired rockets into Israel": aimed at a target, an attack.
    if (/^(?:launch|fire)\b/.test(found.lemma)) {
      const weapon = FIRED_WEAPONS.has(lastWord.lower)
        ? found.last
        : firedWeaponAfter(words, found.last);
      if (weapon >= 0 && aimedAtTarget(words, weapon)) code = "19";
    }
    if (ANNOUNCED_RESPONSES.has(found.lemma)) {
      const announced = /^(?:will|would|'ll|\u2019ll)$/.test(words[index - 1]?.lower ?? "");
      // "responded to the report" tells no threat and no other act.
      if (!announced && found.lemma === "respond") continue;
      if (announced) {
        code = "13";
        sense = { ...sense, code: "13", kind: "verb", announcedResponse: true };
      }
    }
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
  // "the attack was launched", "talks were held": likewise after the noun.
  return triggers.filter((trigger, position) => {
    if (!INTRODUCING_VERBS.has(trigger.lemma)) return true;
    const next = triggers[position + 1];
    const previous = triggers[position - 1];
    const nounAfter = next?.sense.kind === "noun" && next.first - trigger.last <= 4;
    const nounBefore = previous?.sense.kind === "noun" && trigger.first - previous.last <= 5;
    return !(nounAfter || nounBefore);
  });
}

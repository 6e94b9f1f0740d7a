/**
 * Actors named by description: "Kenyan police fired …" is the Kenyan state, "the ministry said
 * it had sent …" the ministry the article named before; "police said they arrested …" reads the
 * subject of the speech verb.
 */
import {
  DESCRIPTION_HEADS,
  DESCRIPTION_NUMBERS,
  FORCE_MODIFIERS,
  HOME_STATE_NOUNS,
  MEMBER_BODIES,
  PAIR_NOUNS,
  PERSON_DESCRIPTIONS,
  STATE_AGENCY_NOUNS,
  SUBJECT_VERB_FILLERS,
} from "../../lexicon/event-descriptions.js";
import { DETERMINERS, SPEECH_VERBS } from "../../lexicon/event-clauses.js";
import { countryFor } from "../../lexicon/gazetteer.js";
import { PERSON_ROLE_NOUNS } from "../../lexicon/speaker-nouns.js";
import { WEEKDAYS } from "../../lexicon/temporal.js";
import { key } from "../../normalize.js";
import type { Entity, Mention } from "../../types.js";
import { lastWordOf, type Placed } from "./places.js";
import { namedState, seatState } from "./states.js";
import { stateOfDemonymBefore } from "./roles.js";
import type { Trigger } from "./triggers.js";
import { isPastForm } from "./words.js";
import type { Word } from "./words.js";

/** Organisations the article has named so far, by the description heads of their names. */
export class NamedBodies {
  private readonly byHead = new Map<string, number>();

  /** Records the organisations a sentence names; a later one of the same kind replaces an earlier. */
  add(mentions: Mention[], entities: Map<number, Entity>): void {
    for (const mention of mentions) {
      if (mention.type !== "ORGANIZATION" || mention.entityId === null) continue;
      const entity = entities.get(mention.entityId);
      if (!entity) continue;
      for (const word of entity.name.toLowerCase().split(/[^a-z]+/)) {
        if (DESCRIPTION_HEADS.has(word)) this.byHead.set(word, entity.id);
      }
    }
  }

  get(head: string): number | undefined {
    return this.byHead.get(head);
  }
}

/** Index of the last word of the subject before `index`, skipping auxiliaries and adverbs, or -1. */
function subjectEnd(words: Word[], index: number): number {
  let at = index - 1;
  while (at >= 0 && at >= index - 4 && SUBJECT_VERB_FILLERS.has(words[at]?.lower ?? "")) at--;
  const lower = words[at]?.lower ?? "";
  // "police said they arrested": the pronoun stands for the speech verb's subject.
  if ((lower === "they" || lower === "it") && SPEECH_VERBS.has(words[at - 1]?.lower ?? ""))
    return subjectEnd(words, at - 1);
  if (
    (lower === "they" || lower === "it") &&
    words[at - 1]?.lower === "that" &&
    SPEECH_VERBS.has(words[at - 2]?.lower ?? "")
  )
    return subjectEnd(words, at - 2);
  return at;
}

/** The entity a description at word `head` names: a nationality's state or a named body. */
function describedBy(
  words: Word[],
  head: number,
  bodies: NamedBodies,
  entities: Entity[],
  homeState: number | null,
): number | null {
  const noun = words[head]?.lower ?? "";
  if (STATE_AGENCY_NOUNS.has(noun)) {
    const state = stateOfDemonymBefore(words, head, entities);
    if (state !== null) return state;
    // "Police arrested …", "the security forces fired …": no name or nationality before the
    // noun (a place before it, "Sinaloa police", is another force's).
    if (homeState !== null && HOME_STATE_NOUNS.has(noun) && bareBefore(words, head))
      return homeState;
  }
  // "councillors approved …": the one body of the article whose name has the members' word.
  const memberOf = MEMBER_BODIES.get(noun);
  if (memberOf) return bodyOfMembers(memberOf, bodies, entities);
  // "the ministry", "the prosecutor's office", "the state prosecutor's office".
  // "the emergencies ministry" in the lead of a story that names the ministry later: the
  // article's only organisation of that kind.
  const body =
    bodies.get(noun) ??
    (DESCRIPTION_HEADS.has(noun) ? bodyOfMembers([noun], bodies, entities) : null);
  if (body === null || body === undefined) return null;
  // "Police arrested a man …" opening the sentence: as definite as "the police".
  if (head === 0) return body;
  for (let at = head - 1; at >= Math.max(0, head - 3); at--) {
    const lower = words[at]?.lower ?? "";
    if (lower === "the") return body;
    if (!/^[a-z'\u2019]+$/.test(lower)) return null;
  }
  return null;
}

/** True when only "the" and force modifiers ("riot", "security") come before a noun in its phrase. */
function bareBefore(words: Word[], head: number): boolean {
  let at = head - 1;
  while (at >= 0 && at >= head - 2 && FORCE_MODIFIERS.has(words[at]?.lower ?? "")) at--;
  const word = words[at];
  return word === undefined || word.lower === "the" || !/^[A-Z0-9]/.test(word.text);
}

/**
 * The actor a description names for a trigger whose clause names none: the subject before a
 * verb, or the agent after "by" of a passive one.
 */
export function describedActor(
  words: Word[],
  trigger: Trigger,
  passive: boolean,
  bodies: NamedBodies,
  entities: Entity[],
  homeState: number | null = null,
): number | null {
  let verb = trigger.first;
  if (trigger.sense.kind === "noun") {
    // "Kenyan police fired tear gas", "staged a protest": the noun's verb has the subject.
    verb = trigger.first - 1;
    while (verb >= 0 && DETERMINERS.has(words[verb]?.lower ?? "")) verb--;
    if (!isPastForm(words[verb]?.lower ?? "")) return null;
  }
  if (passive && trigger.sense.kind === "verb") {
    for (let at = trigger.last + 1; at <= Math.min(words.length - 1, trigger.last + 6); at++) {
      if (words[at]?.lower !== "by") continue;
      let head = at + 1;
      while (head < Math.min(words.length - 1, at + 4) && !isHead(words[head]?.lower ?? "", bodies))
        head++;
      return isHead(words[head]?.lower ?? "", bodies)
        ? describedBy(words, head, bodies, entities, homeState)
        : null;
    }
    // "A police spokesman said 40 people had been detained": a coercive act told without
    // its doer by a body's speaker was done by that body.
    return trigger.code === "17"
      ? speakingBody(words, trigger.first, bodies, entities, homeState)
      : null;
  }
  const end = subjectEnd(words, verb);
  if (end < 0) return null;
  // "the prosecutor's office": the head is the subject's last word.
  return describedBy(words, end, bodies, entities, homeState) ?? forceOfState(words, end, entities);
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS.map((day) => day.toLowerCase()));

/** True when the words ending at `last` are "on" and a weekday ("on Tuesday"). */
function isWeekdayPhrase(words: Word[], last: number): boolean {
  return words[last - 1]?.lower === "on" && WEEKDAY_NAMES.has(words[last]?.lower ?? "");
}

/** How many words a state's name after "police in" may have ("the United States"). */
const STATE_NAME_WORDS = 3;

/** "Police in Serbia fired …": a state force named by the country it serves after "in". */
function forceOfState(words: Word[], last: number, entities: Entity[]): number | null {
  // "A court in Peru on Tuesday sentenced …": the day between is no part of the subject.
  const end = isWeekdayPhrase(words, last) ? last - 2 : last;
  let at = end;
  while (at >= 0 && end - at < STATE_NAME_WORDS && /^[A-Z]/.test(words[at]?.text ?? "")) at--;
  if (at === end || words[at]?.lower !== "in") return null;
  if (!STATE_AGENCY_NOUNS.has(words[at - 1]?.lower ?? "")) return null;
  const name = words
    .slice(at + 1, end + 1)
    .map((word) => word.text)
    .join(" ");
  return namedState(entities, countryFor(key(name)))?.id ?? null;
}

/** How many words before its speech verb a speaker's description may start ("Police spokeswoman Ann Lee said"). */
const SPEAKER_WORDS = 5;

/** The body that the subject of a speech verb before word `before` names ("police said …"), or null. */
function speakingBody(
  words: Word[],
  before: number,
  bodies: NamedBodies,
  entities: Entity[],
  homeState: number | null,
): number | null {
  const verb = words.slice(0, before).findLastIndex((word) => SPEECH_VERBS.has(word.lower));
  if (verb < 0) return null;
  for (let at = verb - 1; at >= Math.max(0, verb - SPEAKER_WORDS); at--) {
    const word = words[at];
    if (!word || !/^[A-Za-z]/.test(word.text)) return null;
    if (isHead(word.lower, bodies)) return describedBy(words, at, bodies, entities, homeState);
  }
  return null;
}

/** The body named before with one of `heads`, or else the article's only organisation with one. */
function bodyOfMembers(
  heads: readonly string[],
  bodies: NamedBodies,
  entities: Entity[],
): number | null {
  for (const head of heads) {
    const named = bodies.get(head);
    if (named !== undefined) return named;
  }
  const candidates = entities.filter(
    (entity) =>
      entity.type === "ORGANIZATION" &&
      entity.mentionIds.length > 0 &&
      entity.name
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((word) => heads.includes(word)),
  );
  return candidates.length === 1 ? (candidates[0]?.id ?? null) : null;
}

function isHead(lower: string, bodies: NamedBodies): boolean {
  return (
    STATE_AGENCY_NOUNS.has(lower) || MEMBER_BODIES.has(lower) || bodies.get(lower) !== undefined
  );
}

const PERSON_ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_NOUNS);
/** Words that make a title another office: a deputy governor is not "the governor". */
const LESSER_OFFICES: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "former",
  "ex",
  "acting",
  "assistant",
  "associate",
  "interim",
]);
/** How many lower-case words may qualify a role noun ("the regional health minister"). */
const ROLE_MODIFIERS = 3;

/** The lower-case title words a person's surface forms carry before the name ("regional governor"). */
function titlesOf(entity: Entity): string[][] {
  const name = entity.name.toLowerCase();
  const surname = name.split(/\s+/).at(-1) ?? name;
  const titles: string[][] = [];
  for (const alias of entity.aliases) {
    const lower = alias.toLowerCase();
    const at = lower.endsWith(name) ? lower.length - name.length : lower.lastIndexOf(surname);
    if (at <= 0) continue;
    const words = lower
      .slice(0, at)
      .split(/[^a-z-]+/)
      .filter(Boolean);
    if (words.length > 0) titles.push(words);
  }
  return titles;
}

/**
 * The person a role phrase as subject names: "Chelyabinsk's governor has promised …", "the health
 * minister announced …" is the one person of the article whose title has that role and those
 * words (a deputy or former holder is another office), or null.
 */
export function titledPerson(
  words: Word[],
  trigger: Trigger,
  passive: boolean,
  entities: Entity[],
): number | null {
  if (trigger.sense.kind !== "verb" || passive) return null;
  const end = subjectEnd(words, trigger.first);
  const role = words[end]?.lower ?? "";
  if (!PERSON_ROLES.has(role)) return null;
  const modifiers: string[] = [];
  let at = end - 1;
  while (at >= 0 && end - at <= ROLE_MODIFIERS && /^[a-z-]+$/.test(words[at]?.text ?? "")) {
    if (words[at]?.lower === "the") break;
    modifiers.push(words[at]?.lower ?? "");
    at--;
  }
  // "the governor", "Chelyabinsk's governor"; a bare or capitalized role belongs to a name.
  const opener = words[at];
  if (!opener || !(opener.lower === "the" || /['\u2019]s$/.test(opener.text))) return null;
  const holders = entities.filter(
    (entity) =>
      entity.type === "PERSON" &&
      entity.mentionIds.length > 0 &&
      titlesOf(entity).some(
        (title) =>
          title.at(-1) === role &&
          modifiers.every((word) => title.includes(word)) &&
          !title.some((word) => LESSER_OFFICES.has(word) && !modifiers.includes(word)),
      ),
  );
  return holders.length === 1 ? (holders[0]?.id ?? null) : null;
}

/** Modals that may stand between a subject and its verb besides SUBJECT_VERB_FILLERS ("Seoul would send"). */
const SUBJECT_MODALS: ReadonlySet<string> = new Set(["will", "would", "shall", "must", "could"]);

/**
 * "Seoul would send a delegation", "Moscow has expelled …": a capital as the subject of an act
 * is its state's government, when the article names that state; null otherwise.
 */
export function capitalSubject(
  words: Word[],
  placed: Placed[],
  trigger: Trigger,
  entities: Entity[],
): number | null {
  if (trigger.sense.kind !== "verb") return null;
  let at = trigger.first - 1;
  while (
    at >= 0 &&
    (SUBJECT_VERB_FILLERS.has(words[at]?.lower ?? "") || SUBJECT_MODALS.has(words[at]?.lower ?? ""))
  )
    at--;
  const subject = placed.find((item) => lastWordOf(words, item) === at);
  if (!subject || subject.locative || subject.mention.type !== "LOCATION") return null;
  const seat = entities.find((entity) => entity.id === subject.entityId);
  return namedState(entities, seatState(seat))?.id ?? null;
}

/**
 * "It"/"they" as the subject of a verb (not after a speech verb, where the speaker is meant:
 * "police said they …"), or null.
 */
export function pronounSubject(words: Word[], trigger: Trigger): "it" | "they" | null {
  if (trigger.sense.kind !== "verb") return null;
  let at = trigger.first - 1;
  while (at >= 0 && at >= trigger.first - 4 && SUBJECT_VERB_FILLERS.has(words[at]?.lower ?? ""))
    at--;
  const lower = words[at]?.lower ?? "";
  if (lower !== "it" && lower !== "they") return null;
  const before = words[at - 1]?.lower ?? "";
  if (
    SPEECH_VERBS.has(before) ||
    (before === "that" && SPEECH_VERBS.has(words[at - 2]?.lower ?? ""))
  )
    return null;
  return lower;
}

/**
 * True when the subject of a verb trigger is "the two sides", "both leaders" and the like: the
 * pair stands for the parties of the happening told just before.
 */
export function pairSubject(words: Word[], trigger: Trigger): boolean {
  if (trigger.sense.kind !== "verb") return false;
  let at = trigger.first - 1;
  while (at >= 0 && at >= trigger.first - 4 && SUBJECT_VERB_FILLERS.has(words[at]?.lower ?? ""))
    at--;
  if (!PAIR_NOUNS.has(words[at]?.lower ?? "")) return false;
  const before = words[at - 1]?.lower ?? "";
  return before === "both" || (before === "two" && words[at - 2]?.lower === "the");
}

/**
 * "The suspect was charged", "police questioned the man": true when the undergoer of a trigger
 * (the passive subject or the active object) is a person described by their part.
 */
export function describedUndergoer(words: Word[], trigger: Trigger, passive: boolean): boolean {
  if (trigger.sense.kind !== "verb") return false;
  let at: number;
  if (passive) {
    at = trigger.first - 1;
    while (at >= 0 && at >= trigger.first - 4 && SUBJECT_VERB_FILLERS.has(words[at]?.lower ?? ""))
      at--;
    if (at === trigger.first - 1) return false;
  } else {
    at = trigger.last + 2;
    if (words[trigger.last + 1]?.lower !== "the") return false;
  }
  if (!PERSON_DESCRIPTIONS.has(words[at]?.lower ?? "")) return false;
  // "the three suspects": a number may stand between the article and the noun.
  const article = DESCRIPTION_NUMBERS.has(words[at - 1]?.lower ?? "") ? at - 2 : at - 1;
  return words[article]?.lower === "the";
}

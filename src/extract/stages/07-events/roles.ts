/** Who did what to whom: the actor, target, bystanders and place of one trigger. */
import {
  CLAUSE_VERBS,
  DETERMINERS,
  REPORTING_VERBS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
} from "../../lexicon/event-clauses.js";
import {
  DIRECTIONAL_PREPOSITIONS,
  LIGHT_VERBS,
  NOUN_TARGET_PREPOSITIONS,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  TARGET_STOPS,
} from "../../lexicon/event-triggers.js";
import { countryFor, countryForDemonym } from "../../lexicon/gazetteer.js";
import { key } from "../../normalize.js";
import type { CameoCode, Entity, Mention } from "../../types.js";
import { clauseEnd, clauseStart, opensClause, sameNounPhrase, skipAdverbs } from "./clauses.js";
import { lastWordOf } from "./places.js";
import type { Placed } from "./places.js";
import type { Trigger } from "./triggers.js";
import { isPastForm } from "./words.js";
import type { Word } from "./words.js";

/** How far from a trigger participants and places are looked for, in words. */
export const ACTOR_WINDOW = 25;
export const TARGET_WINDOW = 12;
export const LOCATION_WINDOW = 24;

/** Codes of acts done by speaking or writing: statements, appeals, offers, praise, demands, rebukes, refusals, threats. */
const COMMUNICATIVE_CODES = new Set<CameoCode>(["01", "02", "03", "05", "10", "11", "12", "13"]);

/** True when word `index` opens a complement clause: "that", or "to" before a bare verb. */
function complementOpens(words: Word[], index: number): boolean {
  const lower = words[index]?.lower ?? "";
  if (lower === "that") return true;
  if (lower !== "to") return false;
  const next = words[index + 1];
  return next !== undefined && /^[a-z]+$/.test(next.text) && !DETERMINERS.has(next.lower);
}
export const MAX_OTHERS = 3;

export interface Roles {
  actor: Placed | null;
  /** The actor is only the clause subject an event noun shares, not named with the noun itself. */
  sharedSubject: boolean;
  target: Placed | null;
  others: Placed[];
  location: Placed | null;
}

/** Codes whose nouns share the clause subject as party (meetings, deals, ceremonies), unlike attacks or probes. */
export const SUBJECT_SHARING_CODES = new Set<CameoCode>(["00", "03", "04", "05", "06"]);

export function findTarget(
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

/**
 * The last subject pronoun between two word positions, or null. A pronoun before a reporting
 * verb is the speaker, not the subject of what is reported ("he added that Tokyo would host").
 */
export function subjectPronounBetween(words: Word[], from: number, to: number): string | null {
  for (let index = to - 1; index >= Math.max(0, from); index--) {
    const lower = words[index]?.lower ?? "";
    if (SUBJECT_PRONOUNS.has(lower)) return lower;
    // "he said rescuers had pulled …": the pronoun before "said" is the speaker too, unless
    // the act is marked as the speaker's own ("he says they ignored his calls for …").
    if (
      REPORTING_VERBS.has(lower) &&
      index < to - 1 &&
      !words.slice(index + 1, to).some((word) => PERSON_POSSESSIVES.has(word.lower))
    )
      return null;
  }
  return null;
}

/**
 * True when a reporting verb right after a party's name stands before a verb trigger, so the
 * trigger is in what the party reports ("X said soldiers attacked …"), not the party's own act.
 * A participle after a comma ("X said …, warning …") stays the speaker's.
 */
export function speaksBefore(words: Word[], item: Placed, trigger: Trigger): boolean {
  const next = lastWordOf(words, item) + 1;
  const verb = words[next]?.lower ?? "";
  if (!REPORTING_VERBS.has(verb) && !SPEECH_VERBS.has(verb)) return false;
  if (next >= trigger.first - 1) return false;
  const participle =
    (words[trigger.first]?.lower.endsWith("ing") ?? false) &&
    words[trigger.first - 1]?.text === ",";
  // "X said both sides agreed …": a subject that takes in the speaker keeps the speaker a party.
  const inclusive = words
    .slice(next + 1, trigger.first)
    .some((word) => word.lower === "both" || word.lower === "sides");
  return !participle && !inclusive;
}

/** The person whose title ("U.S. Secretary of State") contains the mention of `item`, if any. */
export function titleHolder(placed: Placed[], item: Placed): Placed | undefined {
  return placed.find(
    (other) =>
      other.mention.type === "PERSON" &&
      other.mention.fullSpan !== null &&
      other.mention.fullSpan.start <= item.mention.start &&
      item.mention.end <= other.mention.start,
  );
}

/** Lower-case words of description an agent's name may carry after "by the". */
const AGENT_DESCRIPTION_WORDS = 3;

/** True when a mention names the doer of a passive act: "by X", "ascribed to X", "blamed on X". */
export function isAgent(words: Word[], item: Placed): boolean {
  let before = item.wordIndex - 1;
  // "by the opposition X", "by the militant group X": a few lower-case words of description may
  // sit between the article and the name ("by the time X arrived" names no doer).
  let described = before;
  while (described > item.wordIndex - 1 - AGENT_DESCRIPTION_WORDS) {
    if (!/^[a-z][a-z-]*$/.test(words[described]?.text ?? "")) break;
    if (/^(?:the|a|an|time)$/.test(words[described]?.lower ?? "")) break;
    described--;
  }
  if (
    described < before &&
    /^(?:the|a|an)$/.test(words[described]?.lower ?? "") &&
    words[described - 1]?.lower === "by"
  )
    before = described;
  if (/^(?:the|a|an)$/.test(words[before]?.lower ?? "")) before--;
  const preposition = words[before]?.lower ?? "";
  const verb = words[before - 1]?.lower ?? "";
  if (preposition === "by") return true;
  if (preposition === "to") return verb === "ascribed" || verb === "attributed";
  return preposition === "on" && verb === "blamed";
}

/** "flew to X", "sent aid to X", but not "was rescued and flown to X" or "kept from sending troops to X": a direction names the act's place only when nothing intervenes. */
export function reachesPlace(words: Word[], trigger: Trigger, item: Placed): boolean {
  const preposition = words[item.prepositionIndex]?.lower ?? "";
  if (!DIRECTIONAL_PREPOSITIONS.has(preposition)) return true;
  for (let index = trigger.last + 1; index < item.prepositionIndex; index++) {
    const word = words[index];
    if (!word) return false;
    // "blocked the government from deploying police to X": another verb's direction.
    if (
      /^(?:and|or|but|,)$/.test(word.lower) ||
      isPastForm(word.lower) ||
      /(?:en|ing)$/.test(word.lower)
    )
      return false;
  }
  return true;
}

/** The last person named, per pronoun: "he" skips women the given-name list knows, "she" men. */
export interface PersonMemory {
  he: number | null;
  she: number | null;
}

/** The person a personal pronoun or possessive stands for. */
export function personFor(memory: PersonMemory, pronoun: string): number | null {
  return pronoun === "she" || pronoun === "her" ? memory.she : memory.he;
}

export function rolesOf(
  words: Word[],
  placed: Placed[],
  trigger: Trigger,
  passive: boolean,
  people: PersonMemory,
  stop: number = words.length,
): Roles {
  const start = Math.max(clauseStart(words, trigger.first), trigger.first - ACTOR_WINDOW);
  // "visited Marlow and urged Oxfam to …": the next act's object is none of this one's.
  const end = Math.min(clauseEnd(words, trigger.last), trigger.last + 1 + TARGET_WINDOW, stop);
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
          narrowedBy: null,
          listHead: null,
          placeNoun: null,
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
        pronounActor(personFor(people, PERSON_POSSESSIVES.has(previous) ? previous : beforeThat));
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
        actor =
          before.find((item) => item.mention.type === "PERSON") ??
          pronounActor(personFor(people, pronoun));
      } else if (pronoun === "it" || pronoun === "they" || pronoun === "we") {
        actor = before.find((item) => !item.place && item.mention.type !== "PERSON") ?? null;
      } else {
        actor = null;
      }
    } else if (!coordinated && actor !== null && speaksBefore(words, actor, trigger)) {
      // "X said rescuers had pulled …": the speaker is not the subject of the reported clause.
      actor = null;
    }
    if (!actor && PERSON_PRONOUNS.has(words[previous]?.lower ?? ""))
      actor = pronounActor(personFor(people, words[previous]?.lower ?? ""));
    // "…, warning that …": a participle adjunct shares the sentence's subject; in "X said
    // they had … by confessing" it shares the pronoun's, which is not X.
    if (
      !actor &&
      pronoun === null &&
      (words[trigger.first]?.lower.endsWith("ing") ?? false) &&
      start > 0
    ) {
      actor = placed.find((item) => !item.place && item.wordIndex < start) ?? null;
    }
    // "lost to Spain", "called on Russia": a place right after the phrase's own preposition is its object.
    const phraseObject =
      trigger.last > trigger.first
        ? placed.find((item) => item.prepositionIndex === trigger.last && item.place)
        : undefined;
    // "found Daniel Reeve guilty": a name inside the phrase is its object.
    const inside = placed.find(
      (item) => item.wordIndex > trigger.first && item.wordIndex < trigger.last && !item.place,
    );
    const insidePronoun = words
      .slice(trigger.first + 1, trigger.last)
      .find((word) => word.lower === "him" || word.lower === "her")?.lower;
    target =
      phraseObject ??
      inside ??
      (insidePronoun ? pronounActor(personFor(people, insidePronoun)) : null) ??
      findTarget(words, placed, trigger, end, actor?.entityId, false);
    if (passive) {
      const agent = after.find((item) => !item.place && isAgent(words, item)) ?? null;
      // "X said 40 people had been detained": the speaker is not who underwent the act.
      // A pronoun's stand-in has no word of its own ("she was told to …"), and speaks nothing.
      const speaker =
        actor !== null &&
        actor.wordIndex >= 0 &&
        SPEECH_VERBS.has(words[lastWordOf(words, actor) + 1]?.lower ?? "");
      target = speaker ? null : actor;
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
    // "urged X to prevent strikes in Syria", "agreed that … the attack on Y": the place of what is
    // urged, promised or agreed is not where the words were said.
    if (COMMUNICATIVE_CODES.has(trigger.code) && complementOpens(words, index)) {
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
  // "France began …, and in November Australia passed …": bystanders, and a place before the act, stay in their own coordinated clause.
  let othersFrom = Math.max(start, relativeFrom);
  let othersTo = end;
  for (let index = start; index < end; index++) {
    const lower = words[index]?.lower ?? "";
    if (!(lower === "and" || lower === "but") || words[index - 1]?.text !== ",") continue;
    // "…, and floods in March killed …": an event noun opens the clause after the comma (a verb
    // there, "…, but later relented", shares the subject before it).
    const opensWithAct =
      trigger.sense.kind === "noun" && index < trigger.first && trigger.first - index <= 2;
    if (!opensWithAct && !opensClause(words, placed, index)) continue;
    if (index < trigger.first) othersFrom = index;
    else if (index > trigger.last) {
      othersTo = index;
      break;
    }
  }
  const found =
    (farPlace === target ? undefined : farPlace) ??
    modifierPlace ??
    before.find((item) => item.locative && item.wordIndex >= othersFrom) ??
    frontedPlace(words, placed, trigger) ??
    null;
  const head = found?.listHead ?? found;
  const location = head?.narrowedBy ?? head?.qualifies ?? head;
  const chosen = new Set([actor?.entityId, target?.entityId, location?.entityId]);
  const others: Placed[] = [];
  for (const item of inClause) {
    if (item.wordIndex < othersFrom || item.wordIndex >= othersTo) continue;
    if (trigger.sense.disaster && item.mention.type === "PERSON") continue;
    if (item.place || chosen.has(item.entityId) || others.length >= MAX_OTHERS) continue;
    chosen.add(item.entityId);
    others.push(item);
  }
  return { actor, sharedSubject, target, others, location };
}

/**
 * "In the Eastern district, X, Y and Z were elected": a place fronted by a capitalised
 * preposition and closed by a comma sets the scene of the whole sentence, however far the act.
 */
export function frontedPlace(words: Word[], placed: Placed[], trigger: Trigger): Placed | null {
  for (const item of placed) {
    if (item.wordIndex >= trigger.first) break;
    if (!item.locative || item.prepositionIndex < 0) continue;
    const preposition = words[item.prepositionIndex];
    if (!preposition || !/^\p{Lu}/u.test(preposition.text)) continue;
    const comma = words.findIndex(
      (word, index) => index > lastWordOf(words, item) && word.text === ",",
    );
    if (comma < 0 || comma >= trigger.first || comma - item.prepositionIndex > FRONTED_WORDS)
      continue;
    return item.narrowedBy ?? item.qualifies ?? item;
  }
  return null;
}

/** The longest fronted place phrase, from its preposition to its comma. */
const FRONTED_WORDS = 8;

/** The country entity named by a nationality adjective just before word `first` ("Russian air strikes"). */
export function stateOfDemonymBefore(
  words: Word[],
  first: number,
  entities: Entity[],
): number | null {
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

export const VIOLENT_CODES = new Set<CameoCode>(["18", "19", "20"]);
/** Codes of happenings usually reported by an agency rather than done by a named party (accidents, rescues, arrests). */
export const SOURCED_CODES = new Set<CameoCode>(["00", "07", "17"]);

/** The organisation or person a sentence attributes its report to ("X said", "said X", "according to X"). */
export function attributedSource(words: Word[], placed: Placed[]): Placed | null {
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

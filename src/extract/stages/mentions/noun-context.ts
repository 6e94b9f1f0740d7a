import { FIRST_NAMES } from "../../lexicon/person-names.js";
import type { EntityType } from "../../types.js";
import type { Candidate } from "./candidate.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import type { Word } from "./words.js";

/** Lower-case nouns after a name that make it a news medium: "told Cadena SER radio". */
const MEDIUM_NOUNS = new Set([
  "radio",
  "television",
  "tv",
  "newspaper",
  "daily",
  "weekly",
  "broadcaster",
  "channel",
  "magazine",
  "website",
  "agency",
]);

/** Lower-case nouns after a name that make it a facility, a place: "the Fukushima Daiichi plant". */
const FACILITY_NOUNS = new Set([
  "plant",
  "reactor",
  "refinery",
  "mine",
  "dam",
  "airport",
  "airbase",
  "port",
  "factory",
  "prison",
  "hospital",
  "stadium",
  "camp",
  "terminal",
  "checkpoint",
  "crossing",
  // Named buildings are places too ("from La Moneda palace", "the Al-Aqsa mosque compound").
  "palace",
  "castle",
  "cathedral",
  "mosque",
  "temple",
  "tower",
  "bridge",
]);

/** Words that may stand between the name and its noun: "nuclear power plant", "news agency". */
const NOUN_MODIFIERS = new Set([
  "nuclear",
  "power",
  "coal",
  "gas",
  "oil",
  "steel",
  "chemical",
  "hydroelectric",
  "solar",
  "military",
  "naval",
  "air",
  "refugee",
  "news",
  "state",
  "public",
  "private",
  "local",
  "national",
  "regional",
]);

const MAX_MODIFIERS = 2;

/** Nouns after a medium noun that make the name a presenter's: "the Rush Molloy radio show". */
const PROGRAMME_NOUNS = new Set([
  "show",
  "program",
  "programme",
  "interview",
  "appearance",
  "series",
]);

/** "air base", "naval base": a base only with a modifier saying it is one ("the Trump base" is voters). */
const MODIFIED_FACILITY_NOUNS = new Set(["base"]);

/** The type the lower-case noun right after a name gives it, or null. */
function typeOfFollowingNoun(words: Word[], last: number): EntityType | null {
  for (let i = last + 1; i <= last + 1 + MAX_MODIFIERS; i++) {
    const word = words[i];
    if (!word || word.nameLike || !word.joinedToPrevious) return null;
    const next = words[i + 1];
    const nextNoun = next?.joinedToPrevious ? next.lower : "";
    if (MEDIUM_NOUNS.has(word.lower)) return PROGRAMME_NOUNS.has(nextNoun) ? null : "ORGANIZATION";
    if (FACILITY_NOUNS.has(word.lower)) return "LOCATION";
    if (MODIFIED_FACILITY_NOUNS.has(word.lower) && i > last + 1) return "LOCATION";
    if (!NOUN_MODIFIERS.has(word.lower)) return null;
  }
  return null;
}

/** A name typed by a guess, which a noun after it may correct; a known given name first keeps a person. */
function guessed(candidate: Candidate): boolean {
  if (candidate.title !== null || candidate.confidence > 1) return false;
  const first = candidate.words[0];
  return !(candidate.words.length > 1 && FIRST_NAMES.has(first?.lower ?? ""));
}

/**
 * Names followed by a lower-case noun saying what they are: a news medium ("Cadena SER radio",
 * "the Kyodo news agency") is an organization, a facility ("the Fukushima Daiichi nuclear
 * plant", "Kandahar airbase") a place, whatever the tagger guessed from the name alone.
 */
export function resolveByFollowingNoun(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    if (!guessed(candidate)) continue;
    const type = typeOfFollowingNoun(words, candidate.first + candidate.words.length - 1);
    if (type) {
      candidate.type = type;
      candidate.confidence = 1.5;
    }
  }
}

/** Lower-case nouns whose "of" or "in" only a body completes: "the chief executive of X", "shares in X". */
const BODY_ROLES_BEFORE_OF = new Set([
  "head",
  "boss",
  "ceo",
  "executive",
  "chairman",
  "chairwoman",
  "founder",
  "co-founder",
  "shareholders",
  "shareholder",
  "shares",
  "stake",
  "subsidiary",
  "employees",
]);

/** Roles that take "in" as well as "of": "shares in X", "a stake in X". */
const BODY_ROLES_BEFORE_IN = new Set(["shares", "stake", "shareholders", "shareholder"]);

/**
 * A name no lexicon, title or context typed: untyped, a person only by default, a body only from
 * its context (which the role confirms), or a place only because "in" comes before it.
 */
function roleMayType(candidate: Candidate, connector: Word): boolean {
  if (candidate.title !== null) return false;
  if (candidate.type === null) return candidate.confidence >= 0;
  if (candidate.type === "ORGANIZATION") return candidate.confidence <= 1;
  if (candidate.type === "LOCATION") return connector.lower === "in" && candidate.confidence <= 1;
  return candidate.type === "PERSON" && candidate.confidence <= 0.5;
}

/**
 * Names a role before them says are a body: "the chief executive of X", "shares of X", "a stake
 * in X". Only names nothing else typed: a place ("the founder of Dubai") is known or framed. The
 * body is then no product of a known one ("the head of Gazprom Neft").
 */
export function resolveByLeadingRole(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    const connector = words[candidate.first - 1];
    const role = words[candidate.first - 2];
    if (!connector || !role || !connector.joinedToPrevious) continue;
    if ((role.nameLike && !role.sentenceInitial) || !roleMayType(candidate, connector)) continue;
    const roles =
      connector.lower === "of"
        ? BODY_ROLES_BEFORE_OF
        : connector.lower === "in"
          ? BODY_ROLES_BEFORE_IN
          : null;
    if (roles?.has(role.lower)) {
      candidate.type = "ORGANIZATION";
      candidate.confidence = 1.5;
    }
  }
}

/**
 * Lower-case nouns that, after a place's name, name a body of their own: wire style writes "the
 * Durango cartel" in lower case, yet it is an organization, not the state.
 */
const NAMED_BODY_NOUNS = new Set(["cartel"]);

/** "the Durango cartel", "a Gulf cartel faction": the name and its body noun become one organization. */
export function addNamedBodies(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    if (candidate.title !== null || candidate.type === "PERSON") continue;
    const noun = words[candidate.first + candidate.words.length];
    if (!noun || noun.nameLike || !noun.joinedToPrevious || !NAMED_BODY_NOUNS.has(noun.lower))
      continue;
    candidate.words = [...candidate.words, noun];
    candidate.type = "ORGANIZATION";
    candidate.confidence = 2;
  }
}

/** A match score: "4-0", "2–1". */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** A name nothing typed but a guess or a preposition before it. */
function typedOnlyByGuess(candidate: Candidate): boolean {
  if (candidate.title !== null) return false;
  if (candidate.type === null) return candidate.confidence >= 0;
  if (candidate.type === "LOCATION") return candidate.confidence <= 1;
  return candidate.type === "PERSON" && candidate.confidence <= 0.5;
}

/**
 * "… beat Everton 4-0": an unknown name right before a match score is a team. Countries stay
 * places (the lexicon typed them); a second score after the first is a tennis player's sets.
 */
export function resolveTeamsBeforeScores(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    if (!typedOnlyByGuess(candidate)) continue;
    const after = candidate.first + candidate.words.length;
    const score = words[after];
    if (!score?.joinedToPrevious || !SCORE.test(score.text)) continue;
    const next = words[after + 1];
    if (next && SCORE.test(next.text)) continue;
    candidate.type = "ORGANIZATION";
    candidate.confidence = 1.5;
  }
}

/** Plural nouns whose examples ("rivers such as the Pra", "banks including Kestrel") share their kind. */
const PLURAL_KIND_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...(
    "countries nations cities towns villages capitals regions provinces states districts islands " +
    "rivers lakes mountains ports"
  )
    .split(" ")
    .map((noun): [string, EntityType] => [noun, "LOCATION"]),
  ...(
    "companies firms banks lenders insurers airlines carriers retailers brands groups " +
    "organisations organizations agencies newspapers broadcasters outlets parties clubs"
  )
    .split(" ")
    .map((noun): [string, EntityType] => [noun, "ORGANIZATION"]),
]);

/** Words that may stand between the examples of one list: "the Pra and Ankobra". */
const LIST_WORDS = new Set(["and", "or", "the"]);

const MAX_LIST_WORDS = 12;

/**
 * The kind a plural noun gives a name listed after it, straight on or after "such as" or
 * "including", or null.
 */
function kindOfListedName(words: Word[], first: number): EntityType | null {
  for (let i = first - 1; i >= Math.max(0, first - MAX_LIST_WORDS); i--) {
    const word = words[i];
    if (!word) return null;
    if (word.lower === "including" || (word.lower === "as" && words[i - 1]?.lower === "such")) {
      const noun = words[word.lower === "as" ? i - 2 : i - 1];
      return noun && (!noun.nameLike || noun.sentenceInitial)
        ? (PLURAL_KIND_NOUNS.get(noun.lower) ?? null)
        : null;
    }
    // "the islands Kell Morra, Sanday Minor and …": the noun right before the list.
    if (!word.nameLike && PLURAL_KIND_NOUNS.has(word.lower))
      return PLURAL_KIND_NOUNS.get(word.lower) ?? null;
    if (!word.nameLike && !LIST_WORDS.has(word.lower)) return null;
  }
  return null;
}

/**
 * "rivers such as the Pra and Ankobra", "lenders including Kestrel and Morrow": names listed as
 * examples of a plural noun are of its kind, when nothing else typed them.
 */
export function resolveListedExamples(state: MentionState): void {
  for (const [candidate, words] of candidatesWithWords(state)) {
    if (!typedOnlyByGuess(candidate) || candidate.type === "LOCATION") continue;
    const kind = kindOfListedName(words, candidate.first);
    if (kind) {
      candidate.type = kind;
      candidate.confidence = 1.5;
    }
  }
}

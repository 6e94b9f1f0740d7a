import type { Mention } from "../../types.js";
import { attributionBefore, openingSubject } from "./clause-attribution.js";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles.js";
import { MAX_WINDOW } from "./limits.js";
import { SpeakerContext, latestBefore } from "./speaker-context.js";
import { ANONYMOUS, NONE, type Resolution, type Unit } from "./types.js";
import {
  ANONYMOUS_SET,
  CONJUNCTION_SET,
  DETERMINER_SET,
  GROUP_PRONOUN_SET,
  INDEFINITE_SET,
  ORGANIZATION_NOUN_SET,
  PERSON_ROLE_SET,
  PREPOSITION_SET,
  PRONOUN_GENDER,
  RELATIVE_PRONOUN_SET,
  ROLE_GENDER,
  SKIPPABLE_SET,
  SPEECH_VERB_SET,
  SPOKESPEOPLE_SET,
  SPOKESPERSON_SET,
  STATEMENT_SET,
} from "./word-sets.js";

/** Resolves the subject phrase that ends at unit `i` (inclusive). */
export function subjectEndingAt(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth = 0,
): Resolution {
  const unit = units[i];
  if (!unit || depth > 3) return NONE;
  if (unit.kind === "mention") return mentionSubject(ctx, units, i, pos, depth);
  if (unit.kind === "punct") {
    if (unit.lower !== ",") return NONE;
    return appositiveSubject(ctx, units, i, pos, depth);
  }
  const gender = PRONOUN_GENDER.get(unit.lower);
  if (gender) {
    const spokesperson = ctx.spokespersonForPronoun(pos, gender);
    if (spokesperson) return spokesperson;
    const unnamed = ctx.unnamedSpeakerForPronoun(pos, gender);
    if (unnamed) return unnamed;
    const entityId = ctx.resolvePronoun(pos, gender, "PERSON");
    return entityId === null ? NONE : { kind: "entity", entityId, how: "pronoun" };
  }
  if (GROUP_PRONOUN_SET.has(unit.lower)) {
    const last = ctx.speakers[ctx.speakers.length - 1];
    const lastIsGroup = last !== undefined && ctx.entity(last.entityId)?.type === "ORGANIZATION";
    if (unit.lower === "they" && !lastIsGroup) {
      const group = ctx.recentOrganization(pos);
      return group === null ? ANONYMOUS : { kind: "entity", entityId: group, how: "pronoun" };
    }
    const entityId = ctx.resolvePronoun(pos, null, "GROUP");
    return entityId === null ? ANONYMOUS : { kind: "entity", entityId, how: "pronoun" };
  }
  if (RELATIVE_PRONOUN_SET.has(unit.lower)) {
    // "Jane Roe, who said", "Jane Roe (who said": the name before the pronoun.
    const mark = units[i - 1]?.lower;
    const before = mark === "," || mark === "(" ? i - 2 : i - 1;
    return subjectEndingAt(ctx, units, before, pos, depth + 1);
  }
  return nounPhraseSubject(ctx, units, i, pos, depth);
}

/** A subject written as a mention, unless it only modifies an earlier head ("a source within the ministry"). */
export function mentionSubject(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth: number,
): Resolution {
  const mention = (units[i] as Unit).mention as Mention;
  const entityId = ctx.speakerOf(mention);
  const conjunction = units[i - 1];
  const isCoordinated =
    conjunction?.kind === "word" &&
    (conjunction.lower === "and" || conjunction.lower === "or") &&
    units[i - 2]?.kind === "mention";
  if (isCoordinated) return ANONYMOUS;
  let k = i - 1;
  while (
    k >= 0 &&
    k > i - 4 &&
    units[k]?.kind === "word" &&
    !PREPOSITION_SET.has((units[k] as Unit).lower)
  ) {
    const word = units[k] as Unit;
    if (!DETERMINER_SET.has(word.lower) && word.capitalized) break;
    k--;
  }
  const preposition = units[k];
  if (preposition?.kind === "word" && PREPOSITION_SET.has(preposition.lower) && k < i) {
    const headResolution = headBeforePreposition(ctx, units, k - 1, pos, depth, entityId);
    if (headResolution) return headResolution;
  }
  if (entityId === null) return NONE;
  return { kind: "entity", entityId, how: "name" };
}

/**
 * "a spokeswoman for the company in Beijing said": the place only locates the body; the
 * spokesperson speaks for the organization "the company" refers to.
 */
function spokespersonForDescribedBody(
  ctx: SpeakerContext,
  units: Unit[],
  h: number,
  pos: number,
): Resolution | null {
  const phrase = collectNounPhrase(units, h);
  if (phrase.determiner !== "the" || phrase.possessor || phrase.modifier) return null;
  const preposition = units[phrase.first - 1];
  const role = units[phrase.first - 2];
  if (preposition?.kind !== "word" || !SPOKESPERSON_FOR_SET.has(preposition.lower)) return null;
  if (role?.kind !== "word" || !SPOKESPERSON_SET.has(role.lower)) return null;
  const resolved = ctx.resolveRole(phrase.words, pos, true);
  return resolved.kind === "entity" ? resolved : null;
}

/** Prepositions that join a spokesperson to the body it speaks for. */
const SPOKESPERSON_FOR_SET = new Set(["for", "at", "from"]);

/**
 * A spokesperson speaks for the body that employs them; a person's spokesperson ("Streeting's
 * spokeswoman") is someone else, whom the article leaves unnamed.
 */
function spokespersonFor(ctx: SpeakerContext, ownerId: number, head: string): Resolution {
  return SPOKESPEOPLE_SET.has(head) && ctx.entity(ownerId)?.type === "PERSON"
    ? ANONYMOUS
    : { kind: "entity", entityId: ownerId, how: "name" };
}

/** How many children a parent has ("mother of three", "father of 2"). */
const CHILD_COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/;

/** What a phrase such as "a source within", "a spokesman for" or "Mu Li, of" makes of the mention after it. */
export function headBeforePreposition(
  ctx: SpeakerContext,
  units: Unit[],
  h: number,
  pos: number,
  depth: number,
  objectId: number | null,
): Resolution | null {
  const head = units[h];
  if (!head) return null;
  if (head.kind === "punct") {
    if (head.lower !== ",") return null;
    const before = subjectEndingAt(ctx, units, h - 1, pos, depth + 1);
    return before.kind === "none" ? null : before;
  }
  if (head.kind === "mention") return mentionSubject(ctx, units, h, pos, depth + 1);
  if (ANONYMOUS_SET.has(head.lower)) return ANONYMOUS;
  if (STATEMENT_SET.has(head.lower) && objectId === null) {
    // "X's analysis of the figures concluded": the statement is about its object, it speaks for its owner.
    const preposition = units[h + 1]?.lower ?? "";
    if (TOPIC_PREPOSITIONS.has(preposition)) {
      const owner = collectNounPhrase(units, h);
      const ownerId = owner.possessor ? ctx.speakerOf(owner.possessor) : null;
      return ownerId === null ? ANONYMOUS : { kind: "entity", entityId: ownerId, how: "name" };
    }
    // "a statement from the league": an issuer that names no entity is still an attribution.
    return ANONYMOUS;
  }
  if (SPOKESPERSON_SET.has(head.lower))
    return objectId === null ? null : spokespersonFor(ctx, objectId, head.lower);
  // "the mother of three said": a family role, then how many children, is the person talked about.
  const children = units[h + 2]?.lower ?? "";
  if (ROLE_GENDER.has(head.lower) && CHILD_COUNT.test(children)) {
    const phrase = collectNounPhrase(units, h);
    if (phrase.determiner === "the") return ctx.resolveRole(phrase.words, pos, true);
  }
  if (PERSON_ROLE_SET.has(head.lower)) {
    const phrase = collectNounPhrase(units, h);
    const role = ctx.resolveRole(phrase.words, pos, false);
    return role.kind === "entity" ? role : ANONYMOUS;
  }
  // "the government of X said" speaks for X; "police in X said" do not.
  if (ORGANIZATION_NOUN_SET.has(head.lower)) {
    const spokenFor = spokespersonForDescribedBody(ctx, units, h, pos);
    if (spokenFor) return spokenFor;
    if (units[h + 1]?.lower !== "of" || objectId === null) return ANONYMOUS;
    return { kind: "entity", entityId: objectId, how: "name" };
  }
  // "a center … that fights for X said": X only completes another word, it does not speak.
  return head.capitalized ? null : NONE;
}

/** Marks inside an appositive: brackets, and the periods and hyphens of a party tag ("D-Conn."). */
const APPOSITIVE_PUNCTUATION = new Set(["(", ")", ".", "-", "–"]);

/** `X, the foreign minister, said` / `The judge in the case, Bernard Schwartz, said`. */
export function appositiveSubject(
  ctx: SpeakerContext,
  units: Unit[],
  comma: number,
  pos: number,
  depth: number,
): Resolution {
  let opening = -1;
  for (let k = comma - 1; k >= 0 && k > comma - 15; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === "punct" && unit.lower === ",") {
      opening = k;
      break;
    }
    if (unit.kind === "punct" && !APPOSITIVE_PUNCTUATION.has(unit.lower)) break;
  }
  if (opening < 0) return subjectEndingAt(ctx, units, comma - 1, pos, depth + 1);
  // "X, curator at the University of Y, Springfield, said": a place set off by commas belongs to the appositive.
  if (isPlaceAfterComma(units, opening, comma) && depth < 4)
    return appositiveSubject(ctx, units, opening, pos, depth + 1);
  const beforeOpening = units[opening - 1];
  // "Kowal, 54, a teacher, said": the age is one more appositive of the name before it.
  if (beforeOpening?.kind === "word" && /^\d{1,3}$/.test(beforeOpening.lower) && depth < 4)
    return appositiveSubject(ctx, units, opening, pos, depth + 1);
  const named =
    beforeOpening?.kind === "mention"
      ? mentionSubject(ctx, units, opening - 1, pos, depth + 1)
      : NONE;
  if (named.kind === "entity") return named;
  // "North Korea's ambassador to the U.N., Kim In Ryong, told": the name in the appositive.
  for (let k = opening + 1; k < comma; k++) {
    const unit = units[k] as Unit;
    if (unit.kind !== "mention" || unit.mention?.type !== "PERSON") continue;
    const entityId = ctx.speakerOf(unit.mention);
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  if (named.kind !== "none") return named;
  const outer = subjectEndingAt(ctx, units, opening - 1, pos, depth + 1);
  if (outer.kind !== "none") return outer;
  return subjectEndingAt(ctx, units, comma - 1, pos, depth + 1);
}

/**
 * Units between two commas that only add a place to what precedes: a place name, or up to three
 * capitalized words after an organization or place ("University of Y, Springfield,").
 */
function isPlaceAfterComma(units: Unit[], opening: number, comma: number): boolean {
  const between = units.slice(opening + 1, comma);
  const only = between[0];
  if (between.length === 1 && only?.mention?.type === "LOCATION") return true;
  const anchor = units[opening - 1]?.mention?.type;
  // "University of Y, Springfield," where the town was typed from its list neighbour: one
  // name between commas right after an organization adds where it is, not who speaks.
  if (between.length === 1 && only?.kind === "mention" && anchor === "ORGANIZATION") {
    return only.mention?.type !== "PERSON";
  }
  return (
    between.length > 0 &&
    between.length <= 3 &&
    (anchor === "ORGANIZATION" || anchor === "LOCATION") &&
    between.every((unit) => unit.kind === "word" && unit.capitalized)
  );
}

export interface NounPhrase {
  words: string[];
  first: number;
  determiner: string | null;
  possessor: Mention | null;
  /** A name used as a modifier right before the words ("a Welsh Government spokesperson"). */
  modifier: Mention | null;
}

/** The words of the noun phrase whose head is unit `head`, read leftwards; `first` includes a determiner or possessor. */
export function collectNounPhrase(units: Unit[], head: number): NounPhrase {
  const words: string[] = [];
  let first = head;
  let determiner: string | null = null;
  let possessor: Mention | null = null;
  let modifier: Mention | null = null;
  for (let k = head; k >= 0 && head - k < 6; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === "mention") {
      modifier = unit.mention;
      // "a NATO official": the article before the name still marks the phrase indefinite.
      const before = units[k - 1];
      if (before?.kind === "word" && DETERMINER_SET.has(before.lower)) {
        determiner = before.lower;
        first = k - 1;
      }
      break;
    }
    if (unit.lower === "'s") {
      const owner = units[k - 1];
      if (owner?.kind === "mention") {
        possessor = owner.mention;
        first = k - 1;
      }
      break;
    }
    if (unit.kind !== "word") break;
    if (DETERMINER_SET.has(unit.lower)) {
      determiner = unit.lower;
      first = k;
      break;
    }
    if (
      k !== head &&
      (PREPOSITION_SET.has(unit.lower) || CONJUNCTION_SET.has(unit.lower) || isVerbLike(unit))
    )
      break;
    words.unshift(unit.lower);
    first = k;
  }
  return { words, first, determiner, possessor, modifier };
}

/**
 * "said the NATO chief": an organization right after the article, then a role noun that no name
 * follows; the role is resolved within that organization.
 */
function roleAfterOwner(
  ctx: SpeakerContext,
  units: Unit[],
  determiner: number,
  pos: number,
): Resolution | null {
  const owner = units[determiner + 1];
  const role = units[determiner + 2];
  if (owner?.kind !== "mention" || owner.mention?.type !== "ORGANIZATION") return null;
  if (role?.kind !== "word" || role.capitalized || !PERSON_ROLE_SET.has(role.lower)) return null;
  if (SPOKESPERSON_SET.has(role.lower) || units[determiner + 3]?.kind === "mention") return null;
  const determinerWord = (units[determiner] as Unit).lower;
  const ownerId = ctx.speakerOf(owner.mention);
  if (ownerId === null) return null;
  return ctx.resolveRole([role.lower], pos, !INDEFINITE_SET.has(determinerWord), ownerId);
}

/** The organization a role phrase is qualified by ("the NATO chief", "a Kremlin aide"), or null. */
function ownerOf(ctx: SpeakerContext, phrase: NounPhrase): number | null {
  const mention = phrase.possessor ?? phrase.modifier;
  if (!mention || mention.type !== "ORGANIZATION") return null;
  return ctx.speakerOf(mention);
}

export function isVerbLike(unit: Unit): boolean {
  return SPEECH_VERB_SET.has(unit.lower) || SKIPPABLE_SET.has(unit.lower);
}

export function nounPhraseSubject(
  ctx: SpeakerContext,
  units: Unit[],
  i: number,
  pos: number,
  depth: number,
): Resolution {
  const unit = units[i] as Unit;
  const phrase = collectNounPhrase(units, i);
  const head = unit.lower;
  const owner = phrase.possessor ?? phrase.modifier;
  const speaksForOwner =
    SPOKESPERSON_SET.has(head) || (ORGANIZATION_NOUN_SET.has(head) && !PERSON_ROLE_SET.has(head));
  if (owner && speaksForOwner) {
    const ownerId = ctx.speakerOf(owner);
    if (ownerId === null) return NONE;
    return SPOKESPERSON_SET.has(head)
      ? spokespersonFor(ctx, ownerId, head)
      : { kind: "entity", entityId: ownerId, how: "name" };
  }
  if (STATEMENT_SET.has(head) && phrase.determiner === "the") {
    const issued = issuerOfEarlierStatement(ctx, head, unit.start, pos);
    if (issued) return issued;
    const issuer =
      latestBefore(ctx.speakers, pos, () => true)?.entityId ??
      ctx.resolvePronoun(pos, null, "GROUP");
    return issuer === null ? NONE : { kind: "entity", entityId: issuer, how: "role" };
  }
  const beforePhrase = units[phrase.first - 1];
  if (
    !phrase.possessor &&
    beforePhrase?.kind === "word" &&
    PREPOSITION_SET.has(beforePhrase.lower)
  ) {
    const viaHead = headBeforePreposition(ctx, units, phrase.first - 2, pos, depth, null);
    if (viaHead) return viaHead;
  }
  if (ANONYMOUS_SET.has(head)) return ANONYMOUS;
  // "police said" with no article is the institution in general, not the last organization named.
  const bareInstitution =
    phrase.determiner === null &&
    phrase.possessor === null &&
    phrase.modifier === null &&
    ORGANIZATION_NOUN_SET.has(head) &&
    !PERSON_ROLE_SET.has(head);
  const definite =
    !bareInstitution &&
    (phrase.determiner === "the" || phrase.determiner === null || phrase.possessor !== null);
  const indefinite = phrase.determiner !== null && INDEFINITE_SET.has(phrase.determiner);
  if (PERSON_ROLE_SET.has(head) || ROLE_GENDER.has(head) || ORGANIZATION_NOUN_SET.has(head)) {
    const role = ctx.resolveRole(phrase.words, pos, definite && !indefinite, ownerOf(ctx, phrase));
    // "a spokesman for the prime minister said": not the prime minister, an unnamed spokesman.
    const spokesperson = units[phrase.first - 2];
    const forSomeone =
      !phrase.possessor &&
      beforePhrase?.kind === "word" &&
      PREPOSITION_SET.has(beforePhrase.lower) &&
      spokesperson?.kind === "word" &&
      SPOKESPEOPLE_SET.has(spokesperson.lower);
    if (forSomeone && role.kind === "entity")
      return spokespersonFor(ctx, role.entityId, spokesperson.lower);
    return role;
  }
  if (AGE_NOUN.test(head)) {
    if (indefinite) return ANONYMOUS;
    const person = ctx.resolvePronoun(pos, null, "PERSON");
    return person === null ? NONE : { kind: "entity", entityId: person, how: "role" };
  }
  if (unit.capitalized) {
    const entityId = ctx.entityOfToken(ctx.text.slice(unit.start, unit.end));
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  // "a former aide said", "one shopkeeper told AFP": someone unnamed, not whoever spoke before.
  if (indefinite) return ANONYMOUS;
  return NONE;
}

/** Subject right after a leading verb: `said Bolden`, `added the minister`, `said a spokesman for the ministry`. */
export function subjectAfterVerb(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  pos: number,
): Resolution {
  let i = v + 1;
  if (units[i]?.lower === ",") i++;
  const unit = units[i];
  if (!unit) return NONE;
  if (unit.kind === "mention") {
    if (units[i + 1]?.lower === "'s") {
      const owned = ownedSubject(ctx, units, i, pos);
      if (owned) return owned;
    }
    const person = personAfterRole(ctx, units, i);
    if (person !== null) return { kind: "entity", entityId: person, how: "name" };
    const entityId = ctx.speakerOf(unit.mention as Mention);
    return entityId === null ? NONE : { kind: "entity", entityId, how: "name" };
  }
  if (unit.kind !== "word") return NONE;
  const titled = personAfterTitle(ctx, units, i);
  if (titled !== null) return { kind: "entity", entityId: titled, how: "name" };
  const gender = PRONOUN_GENDER.get(unit.lower);
  if (gender) {
    const spokesperson = ctx.spokespersonForPronoun(pos, gender);
    if (spokesperson) return spokesperson;
    const entityId = ctx.resolvePronoun(pos, gender, "PERSON");
    return entityId === null ? NONE : { kind: "entity", entityId, how: "pronoun" };
  }
  let end = i;
  while (end + 1 < units.length && end - i < 6) {
    const next = units[end + 1] as Unit;
    const isAdjectivalPlace =
      next.kind === "mention" &&
      next.mention?.type === "LOCATION" &&
      units[end + 2]?.kind === "word" &&
      !(units[end + 2] as Unit).capitalized;
    if (isAdjectivalPlace) {
      end++;
      continue;
    }
    // "said one person who attended the talks": a relative clause ends the noun phrase.
    if (
      next.kind !== "word" ||
      PREPOSITION_SET.has(next.lower) ||
      RELATIVE_PRONOUN_SET.has(next.lower) ||
      next.capitalized ||
      isVerbLike(next)
    )
      break;
    end++;
  }
  const named = nameAfterPhrase(ctx, units, end);
  const qualified = DETERMINER_SET.has(unit.lower) ? roleAfterOwner(ctx, units, end, pos) : null;
  if (qualified) return qualified;
  const opensPhrase =
    DETERMINER_SET.has(unit.lower) ||
    (!unit.capitalized &&
      !PREPOSITION_SET.has(unit.lower) &&
      !CONJUNCTION_SET.has(unit.lower) &&
      !isVerbLike(unit));
  if (named !== null && (end > i || opensPhrase)) {
    return { kind: "entity", entityId: named, how: "name" };
  }
  const phrase = collectNounPhrase(units, end);
  if (phrase.determiner === null && end === i && !PERSON_ROLE_SET.has(unit.lower)) {
    if (unit.capitalized) {
      const entityId = ctx.entityOfToken(ctx.text.slice(unit.start, unit.end));
      if (entityId !== null) return { kind: "entity", entityId, how: "name" };
    }
    return NONE;
  }
  const head = (units[end] as Unit).lower;
  // "said the spokesman for the Egyptian foreign ministry, Ahmed Hafez": the person named after
  // the role's complement is the speaker.
  if (PERSON_ROLE_SET.has(head) || SPOKESPERSON_SET.has(head)) {
    const appositive = personAfterComplement(units, end);
    if (appositive !== null) return { kind: "entity", entityId: appositive, how: "name" };
  }
  const owner = phrase.possessor ?? phrase.modifier;
  const ownerId = owner ? ctx.speakerOf(owner) : null;
  if (SPOKESPERSON_SET.has(head) && ownerId !== null) return spokespersonFor(ctx, ownerId, head);
  const preposition = units[end + 1];
  let object = units[end + 2];
  if (object?.kind === "word" && DETERMINER_SET.has(object.lower)) object = units[end + 3];
  if (
    SPOKESPERSON_SET.has(head) &&
    preposition?.kind === "word" &&
    PREPOSITION_SET.has(preposition.lower) &&
    object?.kind === "mention"
  ) {
    const entityId = ctx.speakerOf(object.mention as Mention);
    if (entityId !== null) return spokespersonFor(ctx, entityId, head);
  }
  // "according to a statement from the league": a statement whose issuer names no entity.
  if (STATEMENT_SET.has(head)) {
    const earlier =
      phrase.determiner === "the"
        ? issuerOfEarlierStatement(ctx, head, (units[end] as Unit).start, pos)
        : null;
    return earlier ?? ANONYMOUS;
  }
  if (ANONYMOUS_SET.has(head)) return ANONYMOUS;
  const indefinite = phrase.determiner !== null && INDEFINITE_SET.has(phrase.determiner);
  if (PERSON_ROLE_SET.has(head) || ROLE_GENDER.has(head) || ORGANIZATION_NOUN_SET.has(head)) {
    return ctx.resolveRole(phrase.words, pos, !indefinite, ownerOf(ctx, phrase));
  }
  // "said a former aide", "said one shopkeeper": someone unnamed.
  return indefinite ? ANONYMOUS : NONE;
}

/**
 * "the statement said": whoever issued the statement the text last mentioned
 * ("In a statement, X's board said …"); anonymous when that sentence names no entity.
 */
export function issuerOfEarlierStatement(
  ctx: SpeakerContext,
  noun: string,
  before: number,
  pos: number,
): Resolution | null {
  const text = ctx.text;
  const from = Math.max(0, before - STATEMENT_LOOKBACK);
  const at = text.slice(from, before).toLowerCase().lastIndexOf(noun);
  if (at < 0) return null;
  const mentioned = from + at;
  const head = text.slice(Math.max(0, mentioned - MAX_WINDOW), mentioned);
  const sentenceStart = mentioned - head.length + lastSentenceBreak(head);
  const tail = text.slice(mentioned, Math.min(text.length, mentioned + MAX_WINDOW));
  const stop = tail.search(/[.!?]\s|["“”\n]/u);
  const units = ctx.units(sentenceStart, mentioned + (stop < 0 ? tail.length : stop));
  const found = attributionBefore(ctx, units, pos);
  if (found)
    return found.speakerId === null
      ? ANONYMOUS
      : { kind: "entity", entityId: found.speakerId, how: "role" };
  const subject = openingSubject(ctx, units);
  return subject === null ? ANONYMOUS : { kind: "entity", entityId: subject, how: "role" };
}

/** Offset just after the last sentence break (". ", a line break or a quote mark) in `text`, or 0. */
export function lastSentenceBreak(text: string): number {
  let last = 0;
  for (const match of text.matchAll(/[.!?]\s+|\n+/gu)) last = (match.index ?? 0) + match[0].length;
  return last;
}

/** A job title or honorific, hyphenated ones by their parts ("director-general", "dr"). */
function isTitleWord(lower: string): boolean {
  return (
    TITLE_HEADS.has(lower) ||
    HONORIFICS.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    lower.split("-").every((part) => TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part))
  );
}

/** Most capitalised title words read before a name the title was not joined to. */
const MAX_LOOSE_TITLE_WORDS = 4;

/**
 * `said Prime Minister` / `Justin Trudeau`: capitalised title words the name was not joined to
 * (a line break between them, a title the mentions do not know), then the person named.
 */
function personAfterTitle(ctx: SpeakerContext, units: Unit[], first: number): number | null {
  const isTitlePart = (unit: Unit | undefined) => unit?.kind === "word" && unit.capitalized;
  let k = first;
  while (k < units.length && k - first < MAX_LOOSE_TITLE_WORDS) {
    const unit = units[k] as Unit;
    if (!isTitlePart(unit)) break;
    // Two-word titles are listed whole: "prime minister", "attorney general".
    const next = units[k + 1];
    if (isTitlePart(next) && TITLE_HEADS.has(`${unit.lower} ${next?.lower ?? ""}`)) k += 2;
    else if (isTitleWord(unit.lower)) k++;
    else break;
  }
  const named = units[k];
  if (k === first || named?.kind !== "mention" || named.mention?.type !== "PERSON") return null;
  return ctx.speakerOf(named.mention);
}

/** `said Central Maine Power spokeswoman Jane Alvarez`: the person named after an organization and a role. */
export function personAfterRole(
  ctx: SpeakerContext,
  units: Unit[],
  organization: number,
): number | null {
  let k = organization + 1;
  while (k < units.length && k - organization <= 4) {
    const unit = units[k] as Unit;
    // A capitalised title stays part of the role ("WHO Director-General Dr Tedros …").
    if (unit.kind === "word" && unit.capitalized && isTitleWord(unit.lower)) {
      k++;
      continue;
    }
    if (
      unit.kind !== "word" ||
      unit.capitalized ||
      PREPOSITION_SET.has(unit.lower) ||
      isVerbLike(unit)
    )
      break;
    k++;
  }
  const named = units[k];
  if (k === organization + 1 || named?.kind !== "mention" || named.mention?.type !== "PERSON")
    return null;
  return ctx.speakerOf(named.mention);
}

/** A PERSON/ORG name right after a role phrase: "the business daily Kommersant", "its director, Ann Lee". */
/**
 * The person named after a comma that closes a role's prepositional complement ("the spokesman
 * for the foreign ministry, Ahmed Hafez"), or null. Up to eight units of complement, no verb.
 */
function personAfterComplement(units: Unit[], roleEnd: number): number | null {
  const preposition = units[roleEnd + 1];
  if (preposition?.kind !== "word" || !PREPOSITION_SET.has(preposition.lower)) return null;
  for (let k = roleEnd + 2; k < units.length && k <= roleEnd + 9; k++) {
    const unit = units[k] as Unit;
    if (unit.lower === ",") {
      const name = units[k + 1];
      const mention = name?.kind === "mention" ? name.mention : undefined;
      return mention?.type === "PERSON" ? (mention.entityId ?? null) : null;
    }
    if (unit.kind === "word" && isVerbLike(unit)) return null;
    if (unit.lower === "." || unit.lower === ";") return null;
  }
  return null;
}

export function nameAfterPhrase(ctx: SpeakerContext, units: Unit[], end: number): number | null {
  let next = units[end + 1];
  if (next?.lower === ",") next = units[end + 2];
  if (next?.kind !== "mention" || next.mention?.type === "LOCATION") return null;
  return ctx.speakerOf(next.mention as Mention);
}

/** `Baikal Aerospace's general director, Yelena Krutova` / `the ministry's spokesman`, from the owner at `owner`. */
export function ownedSubject(
  ctx: SpeakerContext,
  units: Unit[],
  owner: number,
  pos: number,
): Resolution | null {
  const words: string[] = [];
  let k = owner + 2;
  while (k < units.length && words.length < 5) {
    const unit = units[k] as Unit;
    if (
      unit.kind !== "word" ||
      unit.capitalized ||
      PREPOSITION_SET.has(unit.lower) ||
      isVerbLike(unit)
    )
      break;
    words.push(unit.lower);
    k++;
  }
  const named = words.length > 0 ? nameAfterPhrase(ctx, units, k - 1) : null;
  if (named !== null) return { kind: "entity", entityId: named, how: "name" };
  const head = words[words.length - 1];
  if (!head) return null;
  const ownerId = ctx.speakerOf((units[owner] as Unit).mention as Mention);
  if (SPOKESPERSON_SET.has(head) && ownerId !== null) return spokespersonFor(ctx, ownerId, head);
  if (PERSON_ROLE_SET.has(head)) {
    const role = ctx.resolveRole(words, pos, false);
    return role.kind === "entity" ? role : ANONYMOUS;
  }
  return null;
}

/** How far back (in characters) "the statement" looks for the statement it refers to. */
export const STATEMENT_LOOKBACK = 1500;

/** "the 23-year-old said": an age used as a noun for someone just named. */
export const AGE_NOUN = /^\d{1,3}-year-old$/;

/** Prepositions that give a statement its subject matter, not its issuer ("a report on …", "an analysis of …"). */
const TOPIC_PREPOSITIONS = new Set(["of", "on", "into", "about"]);

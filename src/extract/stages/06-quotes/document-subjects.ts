import { SpeakerContext } from "./speaker-context.js";
import { ANONYMOUS, type Resolution, type Unit } from "./types.js";
import {
  CONJUNCTION_SET,
  DETERMINER_SET,
  DOCUMENT_NOUN_SET,
  ORGANIZATION_NOUN_SET,
  PERSON_ROLE_SET,
} from "./word-sets.js";

/** Prepositions that name who issued a document: "a letter from", "a notice by", "a post on". */
const ISSUER_PREPOSITION_SET = new Set(["from", "by", "on", "of"]);

/** How far before its verb a document noun may stand ("a notice posted on the door of the town hall said"). */
const MAX_DOCUMENT_PHRASE = 10;

/**
 * The index of the document noun heading the subject that ends just before the verb at `v`
 * ("a message on the bank's website stated", "the letter sent to customers read"), or -1.
 * The noun's phrase must open the clause: in "the minister posted a message on X saying" the
 * message is an object, and the minister speaks.
 */
export function documentNounBefore(units: Unit[], v: number, lowest = 0): number {
  for (let k = v - 1; k >= lowest && v - k <= MAX_DOCUMENT_PHRASE; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === "punct" && unit.lower !== "'s") return -1;
    if (unit.kind !== "word" || !DOCUMENT_NOUN_SET.has(unit.lower) || (unit.capitalized && k > 0))
      continue;
    return opensClause(units, phraseStart(units, k), lowest) ? k : -1;
  }
  return -1;
}

/** The first unit of the noun phrase headed at `head`: its determiner or possessor. */
function phraseStart(units: Unit[], head: number): number {
  let k = head;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const before = units[k - 1] as Unit;
    if (before.lower === "'s" && k >= 2) {
      k -= 2;
      continue;
    }
    if (before.kind === "mention" || (before.kind === "word" && DETERMINER_SET.has(before.lower))) {
      k--;
      continue;
    }
    // A plain adjective or noun modifier ("the official letter", "a hand-written sign").
    if (before.kind === "word" && !CONJUNCTION_SET.has(before.lower) && !before.capitalized) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

function opensClause(units: Unit[], start: number, lowest: number): boolean {
  if (start <= lowest) return true;
  const before = units[start - 1] as Unit;
  return before.kind === "punct" || CONJUNCTION_SET.has(before.lower);
}

/**
 * Who issued the document at `d` whose subject phrase ends at `end`: an owner written before it
 * ("Acme's letter", "the company's statement"), or a name after it ("a message on Acme's website",
 * "a letter from the union"); anonymous when the phrase names nobody, never the last speaker.
 * Null when an earlier-mentioned statement should be looked up instead ("the statement said").
 */
export function documentIssuer(
  ctx: SpeakerContext,
  units: Unit[],
  d: number,
  end: number,
  pos: number,
): Resolution | null {
  const owner = ownerBefore(ctx, units, d, pos);
  if (owner) return owner;
  // "a letter to Health Minister Jane Roe from the union said": who follows "to" received it.
  let toRecipient = false;
  for (let k = d + 1; k <= end; k++) {
    const unit = units[k] as Unit;
    if (unit.kind === "word" && unit.lower === "to") toRecipient = true;
    if (unit.kind === "word" && ISSUER_PREPOSITION_SET.has(unit.lower)) toRecipient = false;
    if (toRecipient) continue;
    // "the statement from the ministry": the body the noun refers to.
    if (unit.kind === "word" && units[k - 1]?.lower === "the" && isBodyNoun(unit.lower)) {
      const body = ctx.resolveRole([unit.lower], pos, true);
      if (body.kind === "entity") return body;
    }
    if (unit.kind !== "mention" || !unit.mention || unit.mention.type === "LOCATION") continue;
    const entityId = ctx.speakerOf(unit.mention);
    if (entityId !== null) return { kind: "entity", entityId, how: "name" };
  }
  const determiner = units[d - 1]?.lower;
  if (d === end && determiner === "the") return null;
  return ANONYMOUS;
}

/** "Acme's statement", "an Acme statement", "the company's letter": the owner of the document. */
function ownerBefore(
  ctx: SpeakerContext,
  units: Unit[],
  d: number,
  pos: number,
): Resolution | null {
  // Past plain modifiers: "Acme's recent annual report".
  let k = d - 1;
  while (k > d - 4 && units[k]?.kind === "word" && !(units[k] as Unit).capitalized) {
    const lower = (units[k] as Unit).lower;
    if (DETERMINER_SET.has(lower) || CONJUNCTION_SET.has(lower)) break;
    k--;
  }
  const before = units[k];
  const owner = before?.lower === "'s" ? units[k - 1] : before;
  if (owner?.kind === "mention" && owner.mention && owner.mention.type !== "LOCATION") {
    const entityId = ctx.speakerOf(owner.mention);
    return entityId === null ? null : { kind: "entity", entityId, how: "name" };
  }
  if (before?.lower !== "'s" || owner?.kind !== "word" || !isBodyNoun(owner.lower)) return null;
  const role = ctx.resolveRole([owner.lower], pos, true);
  return role.kind === "entity" ? role : ANONYMOUS;
}

/** A noun for an organization, not for a person in it ("ministry", "company", not "minister"). */
function isBodyNoun(lower: string): boolean {
  return ORGANIZATION_NOUN_SET.has(lower) && !PERSON_ROLE_SET.has(lower);
}

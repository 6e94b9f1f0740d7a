import type { Mention } from "../../types.js";
import { MAX_ATTRIBUTION_TOKENS } from "./limits.js";
import { SpeakerContext } from "./speaker-context.js";
import { documentIssuer, documentNounBefore } from "./document-subjects.js";
import { subjectAfterVerb, subjectEndingAt } from "./subjects.js";
import { type Attribution, NONE, type Resolution, type Unit } from "./types.js";
import {
  CLAUSE_BREAKER_SET,
  CONJUNCTION_SET,
  ISSUE_VERB_SET,
  PASSIVE_SET,
  PREPOSITION_SET,
  SKIPPABLE_SET,
  SPEECH_VERB_SET,
  SPOKESPERSON_SET,
  TEXT_READING_VERB_SET,
} from "./word-sets.js";

export function isSpeechVerb(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (!unit || unit.kind !== "word") return false;
  if (SPEECH_VERB_SET.has(unit.lower)) return true;
  // "the letter read": a text gives its words; a person who reads does not speak them.
  if (TEXT_READING_VERB_SET.has(unit.lower)) return documentNounBefore(units, i) >= 0;
  if (!ISSUE_VERB_SET.has(unit.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < units.length; k++) {
    const next = units[k] as Unit;
    if (next.kind === "word" && SPOKESPERSON_SET.has(next.lower)) return true;
  }
  return false;
}

/** `according to X` anywhere in the units. */
export function accordingTo(ctx: SpeakerContext, units: Unit[], pos: number): Resolution {
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]?.lower !== "according" || units[i + 1]?.lower !== "to") continue;
    const resolved = subjectAfterVerb(ctx, units, i + 1, pos);
    if (resolved.kind !== "none") return resolved;
  }
  return NONE;
}

export function toAttribution(
  resolution: Resolution,
  verb: string,
  confidence: number,
): Attribution | null {
  if (resolution.kind === "none") return null;
  if (resolution.kind === "anonymous") return { speakerId: null, verb, confidence, found: true };
  const penalty = resolution.how === "name" ? 0 : 0.1;
  return { speakerId: resolution.entityId, verb, confidence: confidence - penalty, found: true };
}

/** The verb forms after "quoted … as": "quoted him as saying", "was quoted as telling". */
const QUOTED_AS_VERBS = new Set(["saying", "telling", "stating", "adding", "writing", "warning"]);

/**
 * "X was quoted as saying" and "<paper> quoted X as saying": the words are X's, not the
 * paper's (which "according to <paper>" would make them). Null when the units hold neither.
 */
export function quotedAsSaying(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
  confidence: number,
): Attribution | null {
  for (let q = 1; q < units.length; q++) {
    if (units[q]?.lower !== "quoted") continue;
    const as = units.findIndex((unit, i) => i > q && i <= q + 6 && unit.lower === "as");
    if (as < 0 || !QUOTED_AS_VERBS.has(units[as + 1]?.lower ?? "")) continue;
    if (as === q + 1 && PASSIVE_SET.has(units[q - 1]?.lower ?? "")) {
      return toAttribution(subjectBeforeVerb(ctx, units, q - 1, 0, pos), "quoted", confidence);
    }
    const object = units[q + 1]?.lower ?? "";
    if (as === q + 2 && (object === "him" || object === "her")) {
      // "quoted him as saying": the person the pronoun stands for.
      const entityId = ctx.resolvePronoun(pos, object === "him" ? "male" : "female", "PERSON");
      if (entityId !== null)
        return toAttribution({ kind: "entity", entityId, how: "pronoun" }, "quoted", confidence);
      continue;
    }
    if (as > q + 1) {
      return toAttribution(subjectAfterVerb(ctx, units.slice(0, as), q, pos), "quoted", confidence);
    }
  }
  return null;
}

/** Attribution written after the quote: `"…," X said`, `"…," said X`, `"…," according to X`. */
export function attributionAfter(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
  confidence: number,
): Attribution | null {
  let first = 0;
  while (units[first]?.kind === "punct" && units[first]?.lower !== "(") first++;
  const lead = units[first];
  if (!lead) return null;
  const quoted = quotedAsSaying(ctx, units.slice(0, firstClauseEnd(units, first)), pos, confidence);
  if (quoted) return quoted;
  if (lead.lower === "according" && units[first + 1]?.lower === "to") {
    return toAttribution(
      subjectAfterVerb(ctx, units, first + 1, pos),
      "according to",
      confidence - 0.05,
    );
  }
  if (isSpeechVerb(units, first)) {
    return toAttribution(subjectAfterVerb(ctx, units, first, pos), lead.lower, confidence);
  }
  for (let v = first + 1; v < units.length && v < first + 16; v++) {
    const unit = units[v] as Unit;
    if (unit.kind === "punct" && !ATTRIBUTION_PUNCTUATION.has(unit.lower)) break;
    if (unit.kind === "word" && CONJUNCTION_SET.has(unit.lower)) break;
    if (!isSpeechVerb(units, v)) continue;
    return toAttribution(subjectBeforeVerb(ctx, units, v, first, pos), unit.lower, confidence);
  }
  return null;
}

export function subjectBeforeVerb(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  lowest: number,
  pos: number,
): Resolution {
  let i = v - 1;
  while (
    i >= lowest &&
    v - i < 6 &&
    units[i]?.kind === "word" &&
    SKIPPABLE_SET.has((units[i] as Unit).lower)
  )
    i--;
  // Skip "(DOE)" or "— who backed the bill —" between the subject and the verb.
  const closer = units[i]?.lower ?? "";
  const opener = closer === ")" ? "(" : DASHES.has(closer) ? closer : null;
  if (opener !== null) {
    let open = i - 1;
    while (open > lowest && i - open < 16 && units[open]?.lower !== opener) open--;
    if (units[open]?.lower === opener) i = open - 1;
  }
  if (i < lowest) return NONE;
  const document = documentNounBefore(units, i + 1, lowest);
  if (document >= 0) {
    const issuer = documentIssuer(ctx, units, document, i, pos);
    if (issuer) return issuer;
  }
  return subjectEndingAt(ctx, units.slice(lowest), i - lowest, pos);
}

/** Attribution written before the quote: `X said: "…"`, `X said Moscow does "…"`. */
export function attributionBefore(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
): Attribution | null {
  const quoted = quotedAsSaying(ctx, units.slice(lastClauseStart(units)), pos, 0.9);
  if (quoted) return quoted;
  const verbs: number[] = [];
  for (let v = 0; v < units.length; v++) if (isSpeechVerb(units, v)) verbs.push(v);
  const nearest = verbs[verbs.length - 1];
  const governsQuote =
    nearest !== undefined &&
    units.length - 1 - nearest <= 3 &&
    !units.slice(nearest + 1).some((unit) => unit.lower === "to");
  // A verb right before the quote governs it ("said: …", "called the strike …").
  if (nearest !== undefined && governsQuote) {
    const found = attributionAtVerb(ctx, units, nearest, pos);
    if (found) return found;
  }
  // Otherwise the quote is the words of the main speaker of its clause: "X said the president had asked to be ready …".
  const clauseStart = lastClauseStart(units);
  for (const v of verbs) {
    if (v < clauseStart || (v === nearest && governsQuote)) continue;
    const found = attributionAtVerb(ctx, units, v, pos);
    if (found) return found;
  }
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k] as number;
    if (v >= clauseStart || (v === nearest && governsQuote)) continue;
    const found = attributionAtVerb(ctx, units, v, pos);
    if (found) return found;
  }
  const according = accordingTo(ctx, units, pos);
  if (according.kind !== "none") return toAttribution(according, "according to", 0.8);
  const coordinated = verbs.find((v) => isCoordinated(units, v));
  const subject = coordinated !== undefined ? openingSubject(ctx, units) : null;
  if (subject === null || coordinated === undefined) return null;
  return {
    speakerId: subject,
    verb: (units[coordinated] as Unit).lower,
    confidence: 0.7,
    found: true,
  };
}

/** Index of the ".", "!" or "?" ending the sentence that starts at `from`, or the units' length. */
function firstClauseEnd(units: Unit[], from: number): number {
  for (let k = from; k < units.length; k++) {
    const lower = units[k]?.lower;
    if (lower === "." || lower === "!" || lower === "?") return k;
  }
  return units.length;
}

/** Index of the first unit after the last "; " or ", but" that starts an independent clause. */
export function lastClauseStart(units: Unit[]): number {
  for (let k = units.length - 2; k >= 0; k--) {
    const unit = units[k] as Unit;
    if (unit.lower === ";") return k + 1;
    if (unit.lower === "," && CLAUSE_BREAKER_SET.has((units[k + 1] as Unit).lower)) return k + 2;
  }
  return 0;
}

export function isCoordinated(units: Unit[], v: number): boolean {
  const before = units[v - 1];
  return before?.kind === "word" && (before.lower === "and" || before.lower === "but");
}

/** The attribution a speech verb at `v` gives, or null when its subject cannot be read. */
export function attributionAtVerb(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  pos: number,
): Attribution | null {
  const verb = (units[v] as Unit).lower;
  const before = units[v - 1];
  if (isCoordinated(units, v)) return null;
  if (before?.kind === "word" && PASSIVE_SET.has(before.lower)) {
    const agent = passiveAgent(ctx, units, v, pos);
    return agent ? toAttribution(agent, verb, 0.85) : null;
  }
  if (verb.endsWith("ing") && precededByComma(units, v)) {
    const subject = openingSubject(ctx, units);
    if (subject !== null) return { speakerId: subject, verb, confidence: 0.75, found: true };
  }
  const resolved = subjectBeforeVerb(ctx, units, v, 0, pos);
  const adjacent = v >= units.length - 3;
  return toAttribution(resolved, verb, adjacent ? 0.9 : 0.8);
}

export const DASHES = new Set(["—", "–", "--"]);

/** Punctuation an after-quote attribution may contain; the window already ends at the sentence end, so a period is an abbreviation ("Gov."). */
export const ATTRIBUTION_PUNCTUATION = new Set([",", "(", ")", "."]);

/** The agent of a passive speech verb: "he was told by Emergencies Minister X of …". */
export function passiveAgent(
  ctx: SpeakerContext,
  units: Unit[],
  v: number,
  pos: number,
): Resolution | null {
  for (let k = v + 1; k < units.length && k <= v + 3; k++) {
    if ((units[k] as Unit).lower !== "by") continue;
    const agent = subjectAfterVerb(ctx, units, k, pos);
    return agent.kind === "none" ? null : agent;
  }
  return null;
}

/** A participle set off by a comma takes the subject of the main clause: "X welcomed it, calling …". */
export function precededByComma(units: Unit[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && units[k]?.kind === "word" && SKIPPABLE_SET.has((units[k] as Unit).lower)) k--;
  return units[k]?.lower === ",";
}

/** The subject of a sentence without a speech verb, when a name opens it ("X issued a statement. "…""). */
export function openingSubject(ctx: SpeakerContext, units: Unit[]): number | null {
  for (let i = 0; i < units.length && i < 6; i++) {
    const unit = units[i] as Unit;
    if (unit.kind === "mention") {
      if (unit.mention?.type === "LOCATION") return null;
      return ctx.speakerOf(unit.mention as Mention);
    }
    if (unit.kind === "punct" || PREPOSITION_SET.has(unit.lower)) return null;
  }
  return null;
}

/** A sentence that is only an attribution: `Lavrov said.`, `said the minister on Monday.` */
export function bareAttribution(
  ctx: SpeakerContext,
  units: Unit[],
  pos: number,
  confidence: number,
): Attribution | null {
  if (units.length === 0 || units.length > MAX_ATTRIBUTION_TOKENS) return null;
  const verb = units.findIndex((_, k) => isSpeechVerb(units, k));
  if (verb < 0 || units.slice(verb + 1).some((unit) => unit.lower === "that")) return null;
  const trailing = units.slice(verb + 1).filter((unit) => unit.kind !== "punct");
  const firstTrailing = trailing[0];
  const onlyCircumstance =
    firstTrailing === undefined ||
    firstTrailing.capitalized ||
    firstTrailing.kind === "mention" ||
    PREPOSITION_SET.has(firstTrailing.lower) ||
    SKIPPABLE_SET.has(firstTrailing.lower);
  if (verb > 0 && (trailing.length > 3 || !onlyCircumstance)) return null;
  return attributionAfter(ctx, units, pos, confidence);
}

/** Repeated reports of one happening within an article become one event. */
import {
  ACT_FAMILIES,
  AGREEMENT_VERBS,
  ISSUED_STATEMENTS,
  type TriggerSense,
} from "../../lexicon/event-triggers.js";
import type { Event } from "../../types.js";
import { datesCompatible } from "./dating.js";

export const MERGE_HORIZON = 64;

/** Actors and targets identify a happening; bystanders named in the clause do not. */
export function coreParticipants(event: Event): number[] {
  const main = event.participants.filter((participant) => participant.role !== "OTHER");
  return (main.length > 0 ? main : event.participants).map((participant) => participant.entityId);
}

/** True when one of the triggers merged into an event is of the word family of `lemma`. */
export function namedBy(note: EventNotes | undefined, lemma: string): boolean {
  if (!note) return false;
  return [...(note.words ?? [note.lemma])].some((known) => sameStem(known, lemma));
}

/** Two lemmas of one word family ("explode", "explosion"; "celebrate", "celebration"). */
export function sameStem(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const length = Math.min(5, a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

/** Two trigger lemmas of one act, a repetition prefix aside ("elect", "re-elect"). */
export function sameFamily(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const bare = (lemma: string) => lemma.replace(/^re-/, "");
  return bare(a) === bare(b);
}

/**
 * Whether a later report can be an earlier one's act told again: one word family, one family of
 * acts (ACT_FAMILIES), or, for a named act of a coded kind, not two different verbs ("the court
 * ruled" … "was banned from" are two acts of coercion). "Other" happenings need one word family.
 */
export function sameAct(
  earlier: EventNotes | undefined,
  later: EventNotes | undefined,
  code: string,
): boolean {
  if (!earlier || !later) return true;
  if (sameStem(earlier.lemma, later.lemma)) return true;
  const earlierFamily = ACT_FAMILIES.get(earlier.lemma);
  const laterFamily = ACT_FAMILIES.get(later.lemma);
  if (earlierFamily !== undefined && laterFamily !== undefined)
    return earlierFamily === laterFamily;
  if (code === "00") return false;
  return !(earlier.kind === "verb" && later.kind === "verb");
}

/**
 * Acts one party directs at another in words (appeals, demands, criticism, rejection, threats).
 * Coercion and assault are left out: one arrest or attack is often told with several actors
 * ("police", "prosecutors"; "gunmen", "the cartel").
 */
const DIRECTED_CODES: ReadonlySet<string> = new Set(["02", "10", "11", "12", "13"]);

export function actorOf(event: Event): number | undefined {
  return event.participants.find((participant) => participant.role === "ACTOR")?.entityId;
}

export function targetOf(event: Event): number | undefined {
  return event.participants.find((participant) => participant.role === "TARGET")?.entityId;
}

/** An earlier event of the same code, sharing an actor or target, at a compatible date and place. */
export function findSameHappening(
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
    // "agreed to buy jets" and "the deal, signed on Wednesday": verbs of one family tell one act.
    if (
      note?.kind === "verb" &&
      knownNote?.kind === "verb" &&
      note.lemma !== knownNote.lemma &&
      !(AGREEMENT_VERBS.has(note.lemma) && AGREEMENT_VERBS.has(knownNote.lemma))
    )
      return false;
    // "used tear gas on the crowd" and "40 people were detained": two known kinds of act are two acts.
    const knownFamily = ACT_FAMILIES.get(knownNote?.lemma ?? "");
    const ownFamily = ACT_FAMILIES.get(note?.lemma ?? "");
    if (knownFamily !== undefined && ownFamily !== undefined && knownFamily !== ownFamily)
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
    // "X warned Y" and "Y warned Z": an act one party directs at another is another act when
    // someone else directs it.
    const knownActor = actorOf(known);
    const ownActor = actorOf(event);
    if (
      DIRECTED_CODES.has(event.code) &&
      knownActor !== undefined &&
      ownActor !== undefined &&
      knownActor !== ownActor
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
    // A place the clause did not name (the dateline's) is no evidence of another happening.
    const samePlace =
      known.locationId === null ||
      event.locationId === null ||
      known.locationId === event.locationId ||
      (knownNote?.locationRank ?? -1) === 0 ||
      (note?.locationRank ?? -1) === 0;
    return samePlace || shared >= 2;
  });
}

export interface EventNotes {
  kind: TriggerSense["kind"];
  /** Lemma of the trigger's head word; two different verbs report two acts. */
  lemma: string;
  planned: boolean;
  /** The date comes from a temporal expression of the text, not from the narrative. */
  explicitDate: boolean;
  /** Lemmas of every trigger merged into the event ("celebrate", "ceremony"). */
  words?: Set<string>;
  /** The act is one of a collective happening's many reports (every "elected" of a vote). */
  collective?: boolean;
  /** The place the clause itself names (not the dateline's), if any. */
  placeInClause?: number | null;
  /** The clause sets the act in the past of the story ("had banned", "in 2019"). */
  background?: boolean;
  /** How specific the event's location is (see placeRank). */
  locationRank?: number;
  /** The event noun repeats an act told before ("a second strike", "another round of talks"). */
  repeated?: boolean;
  /** The trigger names a disaster or an accident, whose party is the place it struck. */
  disaster?: boolean;
  /**
   * Told in the article's lead paragraph as done ("walked off the job", "a protest on Monday"),
   * not as threatened or planned: the lead reports the story's main news.
   */
  doneInLead?: boolean;
  /** A record happening of the past the reported one is compared with ("the deadliest crush during the 1989 …"). */
  record?: boolean;
}

/** Adds a second report's participants, evidence, date and place to a known event. */
export function mergeInto(match: Event, event: Event, notes: WeakMap<Event, EventNotes>): void {
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
  // "near Mecca" then "the stampede happened at Jamarat Bridge": the more specific place wins.
  if (
    event.locationId !== null &&
    (match.locationId === null ||
      (eventNotes?.locationRank ?? -1) > (matchNotes?.locationRank ?? -1))
  ) {
    match.locationId = event.locationId;
    if (matchNotes) matchNotes.locationRank = eventNotes?.locationRank ?? -1;
  }
  match.confidence = Math.min(
    1,
    Math.round((Math.max(match.confidence, event.confidence) + 0.05) * 100) / 100,
  );
}

/**
 * "X issued a statement …" then '"I am disappointed with …"': a statement whose quoted words,
 * told within `reach` sentences, perform a directed act by the same actor is that act; the
 * statement's report is folded into it (its evidence and, if the act has none, its date).
 */
export function foldIssuedStatements(
  events: Event[],
  notes: WeakMap<Event, EventNotes>,
  reach: number,
): Event[] {
  const folded = new Set<Event>();
  for (const statement of events) {
    if (statement.code !== "01") continue;
    if (!ISSUED_STATEMENTS.has(notes.get(statement)?.lemma ?? "")) continue;
    const actor = actorOf(statement);
    const at = statement.evidence[0]?.sentenceIndex;
    if (actor === undefined || at === undefined) continue;
    const act = events.find(
      (event) =>
        event !== statement &&
        DIRECTED_CODES.has(event.code) &&
        actorOf(event) === actor &&
        (event.evidence[0]?.sentenceIndex ?? -1) >= at &&
        (event.evidence[0]?.sentenceIndex ?? Infinity) <= at + reach,
    );
    if (!act) continue;
    for (const evidence of statement.evidence)
      if (!act.evidence.some((known) => known.sentenceIndex === evidence.sentenceIndex))
        act.evidence.push(evidence);
    act.evidence.sort((a, b) => a.sentenceIndex - b.sentenceIndex);
    if (act.date === null && statement.date !== null) {
      act.date = statement.date;
      act.precision = statement.precision;
    }
    folded.add(statement);
  }
  return events.filter((event) => !folded.has(event));
}

/** The last pass: owners for unowned happenings, events without parties dropped, summaries written. */
import type { CameoCode, Doc, Event } from "../../types.js";
import type { EventNotes } from "./merging.js";
import { VIOLENT_CODES } from "./roles.js";
import { summarize } from "./summary.js";

/** How many body mentions the article's main organisation needs, and how many times its runner-up's. */
export const PROTAGONIST_MENTIONS = 5;
export const PROTAGONIST_LEAD = 2;

/**
 * The organisation an article is about ("NASA" in a story on its shuttles), or null:
 * named far more often in the body than any other organisation.
 */
export function protagonistOf(doc: Doc): number | null {
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

/** Codes whose happenings the article's main organisation does not take over: force and coercion. */
const UNOWNED_CODES = new Set<CameoCode>([...VIOLENT_CODES, "17"]);

/** Drops events that never found a participant and writes the summaries. */
export function finish(
  events: Event[],
  notes: WeakMap<Event, EventNotes>,
  nameOf: (id: number | undefined) => string | null,
  protagonist: number | null,
): Event[] {
  const kept: Event[] = [];
  for (const event of events) {
    const note = notes.get(event);
    // "Columbia lifted off …" in a story about NASA, "the strike" or "a pay offer was rejected" in
    // one about a union: an unowned happening is the main organisation's. Attacks and arrests are
    // not (an article about a party is no evidence that it attacked or was arrested).
    if (event.participants.length === 0 && protagonist !== null && !UNOWNED_CODES.has(event.code))
      event.participants.push({ entityId: protagonist, role: "OTHER" });
    // "An airstrike on Aleppo killed 80": an attack nobody was found to claim has the place it
    // struck as its party, as a disaster does, so it still reaches the graph and its timeline.
    const place = note?.placeInClause ?? null;
    if (event.participants.length === 0 && VIOLENT_CODES.has(event.code) && place !== null)
      event.participants.push({ entityId: place, role: "OTHER" });
    // "the deadliest crush during the 1989 festival": a record disaster, set where the story
    // is, has that place as its party.
    if (
      event.participants.length === 0 &&
      (note?.disaster ?? false) &&
      (note?.record ?? false) &&
      event.locationId !== null
    )
      event.participants.push({ entityId: event.locationId, role: "OTHER" });
    // "Rescuers pulled 30 people from the rubble in X": relief given by people nobody names has
    // the place its clause names as party, as the disaster it answers does.
    if (event.participants.length === 0 && event.code === "07" && place !== null)
      event.participants.push({ entityId: place, role: "OTHER" });
    // "Thousands protested in Nairobi", "dockworkers walked off the job at the port": the lead's
    // protest by a crowd nobody names, in a story about no one body, has the place it gathered
    // as its party. Later in the text such a crowd's party is rather a body the story names.
    const gathering = place ?? event.locationId;
    if (
      event.participants.length === 0 &&
      event.code === "14" &&
      (note?.doneInLead ?? false) &&
      gathering !== null
    )
      event.participants.push({ entityId: gathering, role: "OTHER" });
    // "The probe launched from X", "an assault in X" in a story about one agency or group: a
    // happening that found only its own place as party is the main organisation's; a
    // disaster's party is the place it struck.
    if (
      protagonist !== null &&
      !(note?.disaster ?? false) &&
      (event.code === "00" || VIOLENT_CODES.has(event.code)) &&
      event.participants.length > 0 &&
      event.participants.every(
        (participant) =>
          participant.role === "OTHER" &&
          (participant.entityId === event.locationId ||
            participant.entityId === note?.placeInClause),
      )
    )
      event.participants.unshift({ entityId: protagonist, role: "ACTOR" });
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
    if (event.date !== null && !(note?.explicitDate ?? false)) event.dateInferred = true;
    kept.push(event);
  }
  return kept;
}

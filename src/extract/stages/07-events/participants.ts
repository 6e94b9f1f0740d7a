/** The parties of one reported act, from its roles and, failing those, its place or its source. */
import { SPEECH_VERBS } from "../../lexicon/event-clauses.js";
import type { CameoCode, Entity, EventParticipant } from "../../types.js";
import type { Placed } from "./places.js";
import {
  attributedSource,
  SOURCED_CODES,
  stateOfDemonymBefore,
  VIOLENT_CODES,
  type Roles,
} from "./roles.js";
import type { Trigger } from "./triggers.js";
import type { Word } from "./words.js";

/** Auxiliaries of the active voice between a subject and its verb ("rescuers had pulled"); a passive's subject is no doer. */
const AUXILIARIES = new Set(["had", "has", "have", "also"]);

/** Words before a verb that are no subject noun of its own. */
const NO_SUBJECT = new Set([
  "that",
  "and",
  "or",
  "but",
  "who",
  "which",
  "to",
  ...SPEECH_VERBS,
  "being",
  "be",
]);

/**
 * True when a lower-case noun is the subject of the verb trigger ("X said rescuers had pulled
 * …"): the clause has its own doer, so whoever reports the act is no party to it.
 */
function ownSubject(words: Word[], trigger: Trigger): boolean {
  if (trigger.sense.kind !== "verb") return false;
  let index = trigger.first - 1;
  while (index >= 0 && AUXILIARIES.has(words[index]?.lower ?? "")) index--;
  const word = words[index];
  if (!word || !/^[a-z]+$/.test(word.text) || word.text.endsWith("ly")) return false;
  if (/^(?:was|were|is|are|been|be|being|get|got)$/.test(word.lower)) return false;
  // "X said its teams had treated …": the source's own people act for it.
  if (/^(?:its|their|his|her|our)$/.test(words[index - 1]?.lower ?? "")) return false;
  return !NO_SUBJECT.has(word.lower);
}

/** Actor and target first, then bystanders; a disaster's place, the report's source or a demonym's state when the clause names no party. */
export function participantsOf(
  words: Word[],
  placed: Placed[],
  trigger: Trigger,
  roles: Roles,
  code: CameoCode,
  locationId: number | null,
  entities: Entity[],
): EventParticipant[] {
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
  // A disaster's reporter is no party to it ("…, which was blocked by landslides, X said").
  if (participants.length === 0 && SOURCED_CODES.has(code) && !trigger.sense.disaster) {
    // "…, the space agency said": with nobody named in the act, the source that reports it is a party.
    const source = attributedSource(words, placed);
    if (source && !(source.wordIndex < trigger.first && ownSubject(words, trigger)))
      participants.push({ entityId: source.entityId, role: "OTHER" });
  }
  // "Russian airstrikes on Aleppo": a nationality adjective on an attack names the attacking
  // state, when the article names that state elsewhere (a demonym is no entity of its own).
  if (!roles.actor && VIOLENT_CODES.has(code) && trigger.sense.kind === "noun") {
    const state = stateOfDemonymBefore(words, trigger.first, entities);
    if (state !== null && !participants.some((p) => p.entityId === state))
      participants.unshift({ entityId: state, role: "ACTOR" });
  }
  if (participants.length === 0 && code === "00" && locationId !== null) {
    participants.push({ entityId: locationId, role: "OTHER" });
  }
  return participants;
}

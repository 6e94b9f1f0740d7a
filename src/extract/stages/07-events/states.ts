/**
 * States behind the places and parties of finished events: the state a capital or an embassy
 * stands for, and the state where an unplaced act of force or coercion happened.
 */
import { countryFor, countryForDemonym, governmentSeatCountry } from "../../lexicon/gazetteer.js";
import { key } from "../../normalize.js";
import type { Entity, Event } from "../../types.js";
import { isCountry } from "./places.js";
import { VIOLENT_CODES } from "./roles.js";

/** A state's mission by name: "Japanese Embassy", "U.S. Consulate". */
const MISSION_NAME = /^(?:the\s+)?([\p{L}.]+)\s+(?:Embassy|Consulate)$/iu;

/** The article's own entity for a country (by canonical country name), if the article names it. */
export function namedState(entities: Entity[], country: string | undefined): Entity | undefined {
  if (country === undefined) return undefined;
  return entities.find(
    (entity) =>
      entity.type === "LOCATION" &&
      entity.mentionIds.length > 0 &&
      [entity.name, ...entity.aliases].some((form) => countryFor(key(form)) === country),
  );
}

/** The state whose government a capital or seat of government stands for, if any. */
export function seatState(entity: Entity | undefined): string | undefined {
  return entity ? governmentSeatCountry(key(entity.name)) : undefined;
}

/**
 * "since the Taliban seized power" in a sentence about Afghanistan, "South Korea's Supreme Court
 * ordered …": force or coercion by a group or body, placed nowhere, happened in the one state
 * among its other parties.
 */
export function placeInPartyState(events: Event[], entities: Map<number, Entity>): void {
  for (const event of events) {
    if (event.locationId !== null) continue;
    if (!VIOLENT_CODES.has(event.code) && event.code !== "17") continue;
    const actor = event.participants.find((participant) => participant.role === "ACTOR");
    if (actor === undefined || isCountry(entities.get(actor.entityId))) continue;
    const states = event.participants.filter((participant) =>
      isCountry(entities.get(participant.entityId)),
    );
    if (states.length === 1) event.locationId = states[0]?.entityId ?? null;
  }
}

/**
 * "a protest outside the Japanese Embassy": a protest at a state's mission is directed at that
 * state, when the article names it.
 */
export function targetMissionStates(
  events: Event[],
  entities: Map<number, Entity>,
  articleEntities: Entity[],
): void {
  for (const event of events) {
    if (event.code !== "14" || event.locationId === null) continue;
    if (event.participants.some((participant) => participant.role === "TARGET")) continue;
    const mission = MISSION_NAME.exec(entities.get(event.locationId)?.name ?? "");
    const adjective = key(mission?.[1] ?? "");
    const state = namedState(
      articleEntities,
      countryForDemonym(adjective) ?? countryFor(adjective),
    );
    if (state && !event.participants.some((participant) => participant.entityId === state.id))
      event.participants.push({ entityId: state.id, role: "TARGET" });
  }
}

/**
 * "a celebration in Oslo": a happening whose only parties are a capital or a seat of government
 * concerns the state it is the capital of, when the article names that state.
 */
export function addCapitalStates(
  events: Event[],
  entities: Map<number, Entity>,
  articleEntities: Entity[],
): void {
  for (const event of events) {
    const places = event.participants.map((participant) => entities.get(participant.entityId));
    if (places.length === 0 || !places.every((place) => place?.type === "LOCATION")) continue;
    if (places.some(isCountry)) continue;
    const countries = new Set(places.map(seatState).filter((country) => country !== undefined));
    if (countries.size !== 1) continue;
    const state = namedState(articleEntities, [...countries][0]);
    if (state) event.participants.push({ entityId: state.id, role: "OTHER" });
  }
}

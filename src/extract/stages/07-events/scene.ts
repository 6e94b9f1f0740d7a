/** The place of the article's news, given to the day's happenings whose clause names no place. */
import type { Entity, Event } from "../../types.js";
import type { EventNotes } from "./merging.js";
import { isCountry, PLACE_RANK, placeRank } from "./places.js";
import type { Placed } from "./places.js";

/** How many days from the story's day a happening may lie and still be part of the news. */
export const SCENE_DAYS = 7;

const DAY_MS = 86_400_000;

function dayNumber(value: string): number {
  return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
}

/** The most specific place among candidates, the first of equals. */
function mostSpecific(
  ids: Iterable<number>,
  entities: Map<number, Entity>,
  rankOf: (id: number) => number,
): number | null {
  let best: number | null = null;
  let bestRank = -1;
  for (const id of ids) {
    if (!entities.has(id)) continue;
    const rank = rankOf(id);
    if (rank > bestRank) {
      best = id;
      bestRank = rank;
    }
  }
  return best;
}

/** True when a day lies within the story's days of `storyDay` (both "YYYY-MM-DD"). */
export function withinStoryDays(day: string, storyDay: string): boolean {
  return Math.abs(dayNumber(day.slice(0, 10)) - dayNumber(storyDay.slice(0, 10))) <= SCENE_DAYS;
}

export interface SceneContext {
  entities: Map<number, Entity>;
  paragraphOf: Map<number, number>;
  leadParagraph: number;
  secondParagraph: number;
  /** Places the lead paragraph introduces with "in", "at", "near" … */
  leadPlaces: Placed[];
  /** Places the paragraph after the lead introduces so. */
  secondPlaces: Placed[];
  /** Entities the lead paragraph names. */
  leadNames: ReadonlySet<number>;
  datelineId: number | null;
  leadDay: string | null;
  /** Sites ("at the MVM Dome") the lead and the paragraph after it name with "at". */
  venues: readonly number[];
}

/**
 * The article's scene: the most specific place of the lead's events (a later sentence may have
 * narrowed it: "the attack took place near the town of X"), else of the lead's locatives, else of
 * the acts of the paragraph after the lead (which then also moves the lead's own acts off the
 * dateline), else the dateline. Events without a place that happened around the story's day (or are told in the lead
 * and the paragraph after it without a date) happened there, unless the clause sets them in the
 * past or a state the lead never names takes part.
 */
export function placeAtScene(
  events: Event[],
  notes: WeakMap<Event, EventNotes>,
  context: SceneContext,
): void {
  const { entities, paragraphOf, leadParagraph, secondParagraph, datelineId, leadDay } = context;
  const paragraphOfEvent = (event: Event) =>
    paragraphOf.get(event.evidence[0]?.sentenceIndex ?? -1) ?? -1;
  const storyDay = leadDay === null ? null : dayNumber(leadDay.slice(0, 10));
  const eventPlacesOf = (paragraph: number) =>
    events
      .filter(
        (event) =>
          paragraphOfEvent(event) === paragraph &&
          event.locationId !== null &&
          event.locationId !== datelineId,
      )
      .map((event) => event.locationId as number);
  const rankOfEvents = new Map<number, number>();
  for (const event of events) {
    if (event.locationId === null) continue;
    const rank = notes.get(event)?.locationRank ?? placeRank(entities.get(event.locationId));
    rankOfEvents.set(event.locationId, Math.max(rank, rankOfEvents.get(event.locationId) ?? -1));
  }
  const ranksOf = (places: Placed[]) => {
    const ranks = new Map<number, number>();
    for (const item of places) {
      const place = item.narrowedBy ?? item.qualifies ?? item;
      const rank = placeRank(entities.get(place.entityId), place.placeNoun);
      ranks.set(place.entityId, Math.max(rank, ranks.get(place.entityId) ?? -1));
    }
    return ranks;
  };
  const sceneOf = (paragraph: number, places: Map<number, number>) =>
    mostSpecific(eventPlacesOf(paragraph), entities, (id) => rankOfEvents.get(id) ?? -1) ??
    mostSpecific(places.keys(), entities, (id) => places.get(id) ?? -1);
  // A lead that names no place of its own ("X and Y agreed on Wednesday …") is placed by an act
  // of the paragraph after it ("… met at the town hall in Graz"), which tells the scene; a
  // place that only introduces a speaker there ("controllers near X confirmed") does not.
  let leadPlaceRanks = ranksOf(context.leadPlaces);
  let scene = sceneOf(leadParagraph, leadPlaceRanks);
  let toldAfterLead = false;
  if (scene === null) {
    // Only an act of the story's days: "Last year X was attacked in Y" sets no scene.
    const current = events
      .filter(
        (event) =>
          paragraphOfEvent(event) === secondParagraph &&
          event.locationId !== null &&
          event.locationId !== datelineId &&
          !(notes.get(event)?.background ?? false) &&
          (event.date === null ||
            (event.precision === "DAY" &&
              storyDay !== null &&
              Math.abs(dayNumber(event.date) - storyDay) <= SCENE_DAYS)),
      )
      .map((event) => event.locationId as number);
    scene = mostSpecific(current, entities, (id) => rankOfEvents.get(id) ?? -1);
    toldAfterLead = scene !== null;
    if (toldAfterLead) leadPlaceRanks = ranksOf(context.secondPlaces);
  }
  // "BUDAPEST - Norway beat Spain …" then "… a crowd of 19,000 at the MVM Dome": a lead that
  // names no place of its own happened at the one venue the lines after it name.
  const venues = new Set(context.venues);
  const [venue] = venues;
  if (scene === null && datelineId !== null && venues.size === 1 && venue !== undefined)
    for (const event of events)
      if (
        paragraphOfEvent(event) === leadParagraph &&
        event.locationId === datelineId &&
        (notes.get(event)?.placeInClause ?? null) === null
      )
        event.locationId = venue;
  scene ??= datelineId;
  if (scene === null) return;
  // "talks in Madrid" … "met at Atocha Station": the day's other acts (the statements and
  // appeals around a meeting) happened in the town the lead names, not inside the building.
  const sceneRank = rankOfEvents.get(scene) ?? leadPlaceRanks.get(scene) ?? -1;
  const town =
    sceneRank === PLACE_RANK.site
      ? mostSpecific(
          [...leadPlaceRanks.keys()].filter((id) => leadPlaceRanks.get(id) === PLACE_RANK.town),
          entities,
          () => PLACE_RANK.town,
        )
      : null;
  const sceneOfLead = town ?? scene;
  // Past a dateline, only the lead's acts move to the scene the paragraph after it tells; the
  // day's other acts (a minister's comment) stay where the story was filed.
  const sceneOfOthers = toldAfterLead ? (datelineId ?? sceneOfLead) : sceneOfLead;
  // "VIENNA (Reuters) - Ministers adopted …" then "… agreed at a meeting in Graz": the
  // dateline tells where the story was filed, the paragraph after the lead where the act was.
  if (toldAfterLead)
    for (const event of events)
      if (
        paragraphOfEvent(event) === leadParagraph &&
        event.locationId !== null &&
        event.locationId === datelineId &&
        (event.date === null || dayNumber(event.date.slice(0, 10)) === storyDay) &&
        (notes.get(event)?.placeInClause ?? null) === null
      )
        event.locationId = sceneOfLead;
  for (const event of events) {
    // "the deadliest crush during the 1989 festival": a record the story's happening is
    // measured against was set in the story's town.
    if (event.locationId === null && (notes.get(event)?.record ?? false)) {
      event.locationId = sceneOfLead;
      continue;
    }
    if (event.locationId !== null || notes.get(event)?.background) continue;
    // A state the lead never names acts elsewhere ("North Korea placed its troops on alert").
    const foreign = event.participants.some(
      (participant) =>
        isCountry(entities.get(participant.entityId)) &&
        !context.leadNames.has(participant.entityId),
    );
    if (foreign) continue;
    const paragraph = paragraphOfEvent(event);
    const told = paragraph === leadParagraph || paragraph === secondParagraph;
    const nearDay =
      event.date !== null &&
      event.precision === "DAY" &&
      storyDay !== null &&
      Math.abs(dayNumber(event.date) - storyDay) <= SCENE_DAYS;
    if ((event.date === null && told) || nearDay) event.locationId = sceneOfOthers;
  }
}

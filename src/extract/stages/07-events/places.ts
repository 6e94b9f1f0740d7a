/** The entity mentions of a sentence placed among its words, with the ones that name where things happen. */
import {
  LOCATIVE_PREPOSITIONS,
  MOTION_PREPOSITIONS,
  PLACE_ADJECTIVES,
  PLACE_NOUNS,
} from "../../lexicon/event-triggers.js";
import {
  ORIGIN_PEOPLE,
  PLACE_PART_NOUNS,
  REGION_WORDS,
  SITE_WORDS,
} from "../../lexicon/event-places.js";
import { countryFor, isSeatOfGovernment } from "../../lexicon/gazetteer.js";
import { key } from "../../normalize.js";
import type { Entity, Mention } from "../../types.js";
import type { Word } from "./words.js";

/** A mention placed in its sentence: `place` when it names where something happened. */
export interface Placed {
  mention: Mention;
  entityId: number;
  place: boolean;
  /** Introduced by "in", "at", "near" …: a candidate for the event's location. */
  locative: boolean;
  /** The more specific place this one only qualifies ("Moscow" for "Russia" in "in Moscow, Russia"). */
  qualifies: Placed | null;
  /** The place this one's possessive narrows to ("Grand Mosque" in "into Mecca's Grand Mosque"). */
  narrowedBy: Placed | null;
  /** The first place of a list this one continues ("Graz" for "Linz" in "in Graz and Linz"). */
  listHead: Placed | null;
  /** The place noun that introduces the name ("town" in "the town of Elota"), or null. */
  placeNoun: string | null;
  /** Index of the first word at or after the mention. */
  wordIndex: number;
  /** Index of the preposition that makes the mention locative, or -1. */
  prepositionIndex: number;
}

export function placeMentions(
  words: Word[],
  mentions: Mention[],
  entities: Map<number, Entity>,
): Placed[] {
  const placed: Placed[] = [];
  let wordIndex = 0;
  for (const mention of mentions) {
    if (mention.entityId === null) continue;
    const begin = mention.fullSpan?.start ?? mention.start;
    while (wordIndex < words.length && (words[wordIndex]?.start ?? Infinity) < begin) wordIndex++;
    // "in the Kremlin", "in northern Afghanistan": articles and place adjectives sit between the preposition and the name.
    let article = 0;
    while (
      article < 3 &&
      (/^(?:the|a|an)$/.test(words[wordIndex - 1 - article]?.lower ?? "") ||
        PLACE_ADJECTIVES.has(words[wordIndex - 1 - article]?.lower ?? ""))
    )
      article++;
    const previous = words[wordIndex - 1 - article];
    const previousPlaced = placed[placed.length - 1];
    let place = false;
    let locative = false;
    let qualifies: Placed | null = null;
    let placeNoun: string | null = null;
    if (mention.type === "LOCATION") {
      // Towns, streets and buildings are where things happen; countries can also act.
      if (!isCountry(entities.get(mention.entityId))) place = true;
      const preposition = previous?.lower ?? "";
      if (LOCATIVE_PREPOSITIONS.has(preposition)) locative = true;
      // "a mother and daughter from Chicago": a home town, not a scene.
      if (preposition === "from" && ORIGIN_PEOPLE.has(words[wordIndex - 2 - article]?.lower ?? ""))
        locative = false;
      // "a strike on Khan Sheikhoun": a town after "on" is where it happened; a country may be the target.
      if (preposition === "on" && place) locative = true;
      if (MOTION_PREPOSITIONS.has(preposition) && place) locative = true;
      const nounBefore = words[wordIndex - 2 - article]?.lower ?? "";
      if (preposition === "of" && PLACE_NOUNS.has(nounBefore)) {
        locative = true;
        placeNoun = nounBefore;
      } else if (
        preposition === "of" &&
        PLACE_PART_NOUNS.has(nounBefore) &&
        (place ||
          LOCATIVE_PREPOSITIONS.has(words[wordIndex - 4 - article]?.lower ?? "") ||
          words[wordIndex - 4 - article]?.lower === "on")
      ) {
        // "on the edge of Brackwater", "on the banks of the Ister": the happening is at the place.
        locative = true;
      }
      // "in the capital, Kabul,", "near a northern town, Tollin": the name in apposition to a
      // place noun that a locative preposition introduces is that place.
      if (
        preposition === "," &&
        PLACE_NOUNS.has(nounBefore) &&
        locativeBefore(words, wordIndex - 2 - article)
      ) {
        locative = true;
        placeNoun = nounBefore;
      }
      // … and without the comma: "in the Kenyan capital Nairobi", "near the port city Odesa".
      if (PLACE_NOUNS.has(preposition) && locativeBefore(words, wordIndex - 1 - article)) {
        locative = true;
        placeNoun = preposition;
      }
      // "in California's Riverside County": the possessor's place narrows to this one.
      if (
        previousPlaced?.locative &&
        /['\u2019]s$/.test(previous?.lower ?? "") &&
        previousPlaced.mention.end >= (previous?.start ?? 0)
      ) {
        locative = true;
      }
      // "in Moscow, Russia": the second place continues the first.
      if (
        preposition === "," &&
        previousPlaced?.locative &&
        previousPlaced.mention.end >= (previous?.start ?? 0) - 1
      ) {
        locative = true;
        qualifies = previousPlaced.qualifies ?? previousPlaced;
      }
      place ||= locative;
    }
    // "in Graz and the river port of Linz": a place listed after a locative one shares its
    // preposition, and the list is told by its first place.
    let listHead: Placed | null = null;
    if (mention.type === "LOCATION" && previousPlaced?.locative) {
      const previousEnd = lastWordOf(words, previousPlaced);
      const joiner = words[previousEnd + 1]?.lower ?? "";
      const between = words.slice(previousEnd + 2, wordIndex);
      if (
        (joiner === "and" || joiner === "or") &&
        between.length <= 4 &&
        between.every((word) => /^\p{Ll}+$/u.test(word.text))
      ) {
        listHead = previousPlaced.listHead ?? previousPlaced;
        locative = true;
        place = true;
      }
    }
    const item: Placed = {
      mention,
      entityId: mention.entityId,
      place,
      locative,
      qualifies,
      narrowedBy: null,
      listHead,
      placeNoun,
      wordIndex,
      prepositionIndex: listHead
        ? listHead.prepositionIndex
        : locative
          ? wordIndex - 1 - article
          : -1,
    };
    // "into Mecca's Grand Mosque": the happening is at the narrower place.
    if (
      mention.type === "LOCATION" &&
      previousPlaced?.locative &&
      /['\u2019]s$/.test(previous?.lower ?? "") &&
      previousPlaced.mention.end >= (previous?.start ?? 0)
    ) {
      previousPlaced.narrowedBy = item;
    }
    placed.push(item);
  }
  return placed;
}

/** How many words a locative preposition may stand before the place noun it introduces. */
const NOUN_PHRASE_REACH = 4;

/**
 * True when a locative preposition introduces the noun phrase ending at `noun` ("in the
 * country's capital", "near a small town"): only words stand between them, no punctuation.
 */
function locativeBefore(words: Word[], noun: number): boolean {
  for (let index = noun - 1; index >= Math.max(0, noun - NOUN_PHRASE_REACH); index--) {
    const word = words[index];
    if (!word) return false;
    if (LOCATIVE_PREPOSITIONS.has(word.lower)) return true;
    // Lower-case words, or a demonym or possessive place ("the Kenyan capital", "Kenya's capital").
    if (!/^[\p{L}'’-]+$/u.test(word.text)) return false;
  }
  return false;
}

/** Index of the first word whose span reaches the end of a mention. */
export function lastWordOf(words: Word[], item: Placed): number {
  let index = item.wordIndex;
  while (index + 1 < words.length && (words[index + 1]?.start ?? Infinity) < item.mention.end)
    index++;
  return index;
}

/**
 * How specific a place is: 0 a country, 1 a region, 2 a town or a place of unknown kind,
 * 3 a site (a street, a building, a seat of government).
 */
/** Ranks placeRank gives, from the widest place to the narrowest. */
export const PLACE_RANK = { country: 0, region: 1, town: 2, site: 3 } as const;

export function placeRank(entity: Entity | undefined, placeNoun: string | null = null): number {
  if (!entity) return -1;
  if (isCountry(entity)) return PLACE_RANK.country;
  const name = key(entity.name);
  const last = name.slice(name.lastIndexOf(" ") + 1);
  if (SITE_WORDS.has(last) || isSeatOfGovernment(name)) return PLACE_RANK.site;
  if (REGION_WORDS.has(last) || REGION_WORDS.has(placeNoun ?? "")) return PLACE_RANK.region;
  return PLACE_RANK.town;
}

export function isCountry(entity: Entity | undefined): boolean {
  return entity?.type === "LOCATION" && countryFor(key(entity.name)) !== undefined;
}

/** Definite nouns that refer back to a place named earlier ("the refinery", "the town"). */
import { REFERRED_PLACE_NOUNS, REFERRED_SITE_HEADS } from "../../lexicon/event-places.js";
import { key } from "../../normalize.js";
import type { Entity } from "../../types.js";
import type { Placed } from "./places.js";
import type { Trigger } from "./triggers.js";
import type { Word } from "./words.js";

/** Prepositions that put a happening at a place ("at the plant", "outside the prison"). */
const AT_PREPOSITIONS = new Set(["at", "in", "inside", "outside", "near", "into"]);
/** How many words from its trigger the referring noun may stand. */
const REFERRAL_REACH = 8;

/** Places the article has named so far, by the noun that may refer back to them. */
export class ReferredSites {
  private readonly byNoun = new Map<string, number>();

  /** Records the places a sentence names; a later place of the same kind replaces an earlier. */
  add(placed: Placed[], entities: Map<number, Entity>): void {
    for (const item of placed) {
      const entity = entities.get(item.entityId);
      if (entity?.type !== "LOCATION") continue;
      const name = key(entity.name);
      const head = name.slice(name.lastIndexOf(" ") + 1);
      if (name.includes(" ") && REFERRED_SITE_HEADS.has(head)) this.byNoun.set(head, entity.id);
      if (item.placeNoun !== null && REFERRED_PLACE_NOUNS.has(item.placeNoun))
        this.byNoun.set(item.placeNoun, entity.id);
    }
  }

  /**
   * The place a definite noun near the trigger refers back to: "evacuated workers from the
   * plant", "protesters gathered outside the prison", or the subject of a passive act ("the
   * plant was evacuated"). Null when none.
   */
  placeOf(words: Word[], trigger: Trigger, passive: boolean): number | null {
    if (this.byNoun.size === 0) return null;
    const from = Math.max(1, trigger.first - REFERRAL_REACH);
    const to = Math.min(words.length - 1, trigger.last + REFERRAL_REACH);
    for (let index = from; index <= to; index++) {
      const word = words[index];
      if (!word || words[index - 1]?.lower !== "the") continue;
      const place = this.byNoun.get(word.lower);
      // Lower case only: "the Plant" would begin a name, "the plant's owner" is no place.
      if (place === undefined || word.text !== word.lower) continue;
      if (/^['\u2019]/.test(words[index + 1]?.text ?? "")) continue;
      const preposition = words[index - 2]?.lower ?? "";
      if (AT_PREPOSITIONS.has(preposition) || (preposition === "from" && index > trigger.last))
        return place;
      if (passive && index < trigger.first && index === subjectBefore(words, trigger.first))
        return place;
    }
    return null;
  }
}

/** Index of the head noun right before a passive verb ("the plant was evacuated"), or -1. */
function subjectBefore(words: Word[], first: number): number {
  let at = first - 1;
  while (
    at > 0 &&
    /^(?:was|were|is|are|been|being|has|have|had|later|also|then)$/.test(words[at]?.lower ?? "")
  )
    at--;
  return at;
}

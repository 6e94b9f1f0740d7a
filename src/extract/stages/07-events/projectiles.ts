/** Whether a launch or firing of weapons is aimed at a target (an attack) or not (a test or show). */
import {
  AIMING_PREPOSITIONS,
  FIRED_WEAPONS,
  NOT_TARGETS,
  TARGET_PLACES,
} from "../../lexicon/event-clauses.js";
import type { Placed } from "./places.js";
import type { Trigger } from "./triggers.js";
import type { Word } from "./words.js";

/** How many words after the verb the weapon and its target may reach ("fired two ballistic missiles at"). */
const WEAPON_REACH = 6;
const TARGET_REACH = 10;
const LEADING_DETERMINERS = new Set(["the", "a", "an", "its", "their"]);

/** Index of the first fired weapon within reach after the verb at `last`, or -1. */
export function firedWeaponAfter(words: Word[], last: number): number {
  const end = Math.min(words.length, last + 1 + WEAPON_REACH);
  for (let index = last + 1; index < end; index++) {
    const word = words[index];
    if (!word) continue;
    if (/^[.;:!?]$/.test(word.text)) return -1;
    if (FIRED_WEAPONS.has(word.lower)) return index;
  }
  return -1;
}

/**
 * "launched missiles at the capital", "fired rockets into Israel", "drones towards Kyiv": the
 * weapon is aimed at a place or force, which makes the launch an attack. "into the sea", "at
 * dawn" and "on Tuesday" aim at nothing.
 */
export function aimedAtTarget(words: Word[], weapon: number): boolean {
  const end = Math.min(words.length, weapon + TARGET_REACH);
  for (let index = weapon + 1; index < end; index++) {
    const word = words[index];
    if (!word || /^[.;:!?]$/.test(word.text)) return false;
    if (!AIMING_PREPOSITIONS.has(word.lower)) continue;
    let target = index + 1;
    if (LEADING_DETERMINERS.has(words[target]?.lower ?? "")) target++;
    const next = words[target];
    if (!next || NOT_TARGETS.has(next.lower) || /^\d/.test(next.text)) continue;
    // "at" and "against" aim at whatever follows; "on" and "into" at a name ("into Israel"),
    // as "on the way" or "into the air" tell no target.
    if (/^(?:at|against|toward|towards)$/.test(word.lower)) return true;
    if (/^\p{Lu}/u.test(next.text) || TARGET_PLACES.has(next.lower)) return true;
  }
  return false;
}

/** Prepositions after which a named town is what a weapon struck ("against Odesa", "on Kharkiv"). */
const STRUCK_PLACE_PREPOSITIONS = new Set(["at", "against", "on", "into", "toward", "towards"]);

/**
 * "launched a wave of drones against Odesa", "fired rockets towards Sderot": the town (not a
 * country, which may be a party) a weapon is aimed at in the act's own clause, if any.
 */
export function aimedPlace(words: Word[], placed: Placed[], trigger: Trigger): Placed | undefined {
  return placed.find((item) => {
    if (!item.place || item.wordIndex <= trigger.last) return false;
    if (item.wordIndex > trigger.last + TARGET_REACH) return false;
    if (words.slice(trigger.last + 1, item.wordIndex).some((word) => /^[.;:,!?]$/.test(word.text)))
      return false;
    let before = item.wordIndex - 1;
    if (LEADING_DETERMINERS.has(words[before]?.lower ?? "")) before--;
    return STRUCK_PLACE_PREPOSITIONS.has(words[before]?.lower ?? "");
  });
}

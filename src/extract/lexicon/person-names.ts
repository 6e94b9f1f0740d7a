import { compromiseWordsTagged } from "./compromise-lexicon.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./given-names.js";

/** Lower-case particles inside personal names ("bin", "van", "de"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "las",
  "los",
  "le",
  "ter",
  "ten",
  "zu",
  "y",
  "en",
]);

/** Lower-case given names from compromise's lexicon and the pronoun resolver's lists. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...compromiseWordsTagged("FirstName", "MaleName", "FemaleName"),
  ...MALE_GIVEN_NAMES,
  ...FEMALE_GIVEN_NAMES,
]);

/** Lower-case family names from compromise's lexicon. */
export const LAST_NAMES: ReadonlySet<string> = compromiseWordsTagged("LastName");

/**
 * Family-name endings of Slavic, Romanian, Greek, Georgian and Armenian names ("-enko", "-ov",
 * "-ova", "-vić", "-escu", "-poulos", "-dze", "-shvili", "-yan"): a lone unknown word of five
 * letters or more with one reads as a person, not a body.
 */
export const FAMILY_NAME_ENDING =
  /\p{Ll}(?:enko|ovich|evich|ovych|ović|ovic|ević|evic|vić|ić|escu|poulos|dze|shvili|ov|ova|ev|eva|yev|yeva|ski|sky|ska|skaya|skyi|yan)$/u;

/** Abbreviated generational suffixes ("Jr.", "Snr"): never a name of their own. */
export const ABBREVIATED_NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "jnr", "sr", "snr"]);

/**
 * Name suffixes kept as part of a person's name ("Jr.", "III"), written out too: "Vinicius
 * Junior", and the Portuguese "Filho" (son) and "Neto" (grandson) of Brazilian players.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  ...ABBREVIATED_NAME_SUFFIXES,
  "ii",
  "iii",
  "iv",
  "junior",
  "júnior",
  "filho",
  "neto",
]);

/**
 * Place cue words that are also common family names: after a given name they end a person's name
 * ("Fiona Marsh", "Damon Hill"), not a place's. Lower case.
 */
export const SURNAME_LIKE_CUE_WORDS: ReadonlySet<string> = new Set(
  "hill hills field fields marsh lane park house hall bay temple castle wood ford brook gates cross".split(
    " ",
  ),
);

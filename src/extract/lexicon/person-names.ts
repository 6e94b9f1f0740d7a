import { compromiseWordsTagged } from "./compromise-lexicon.js";

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
  "le",
  "ter",
  "zu",
  "y",
]);

/** Lower-case given names from compromise's lexicon. */
export const FIRST_NAMES: ReadonlySet<string> = compromiseWordsTagged(
  "FirstName",
  "MaleName",
  "FemaleName",
);

/** Lower-case family names from compromise's lexicon. */
export const LAST_NAMES: ReadonlySet<string> = compromiseWordsTagged("LastName");

/** Name suffixes kept as part of a person's name ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

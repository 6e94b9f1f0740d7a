import { ACRONYMS, NON_ENTITY_ACRONYMS, acronymLetters } from "../../lexicon/acronyms.js";
import { NON_NAME_WORDS } from "../../lexicon/common-capitalized.js";
import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import { LOCATION_CUE_WORDS, isDemonym } from "../../lexicon/gazetteer.js";
import { COMPANY_NAME_ENDINGS, ORGANIZATION_CUE_WORDS } from "../../lexicon/organizations.js";
import { FIRST_NAMES, LAST_NAMES, NAME_SUFFIXES } from "../../lexicon/person-names.js";
import { TITLE_HEADS } from "../../lexicon/titles.js";
import { isAcronymWord, isPlaceOrOrgKey } from "./phrase-type.js";
import type { Word } from "./words.js";

/**
 * A nationality word, also hyphenated from two or more ("Italian-American", "German-Russian"):
 * a compound of demonyms describes people or things, it names no entity.
 */
export function isDemonymWord(lower: string): boolean {
  if (isDemonym(lower)) return true;
  const parts = lower.split(/[-–]/);
  return parts.length > 1 && parts.every((part) => part.length > 0 && isDemonym(part));
}

export const COMPASS_WORDS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
]);

const ADJECTIVE_VERB_TAGS = new Set([
  "Adjective",
  "Comparative",
  "Superlative",
  "Verb",
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Gerund",
  "Participle",
]);

const CLOSED_CLASS_TAGS = new Set([
  "Cardinal",
  "TextValue",
  "Determiner",
  "Pronoun",
  "Preposition",
  "Adverb",
  "Conjunction",
  "Modal",
]);

const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Uncountable", "ProperNoun"]);

const NAME_TAGS = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "City",
  "Country",
  "Region",
  "Place",
]);

export interface DocSignals {
  /** Lower-case words seen written in lower case somewhere in the article. */
  seenLowercase: Set<string>;
  /** Words seen capitalized away from the start of a sentence. */
  seenCapitalizedInside: Set<string>;
  /** Two adjacent capitalized words ("northern star") seen away from the start of a sentence. */
  capitalizedPairsInside: Set<string>;
  /** Two adjacent capitalized words seen before a company's ending ("western quill" in "… Corp"). */
  pairsBeforeCompanyEnding: Set<string>;
}

export function isFunctionWord(word: Word): boolean {
  if (!NON_NAME_WORDS.has(word.lower) || word.allCaps || word.text.includes(".")) return false;
  return !givenNameFunctionWord(word);
}

/** "an injury to Will Hodgson": inside a sentence the capital makes the modal a given name. */
export function givenNameFunctionWord(word: Word): boolean {
  return GIVEN_NAME_FUNCTION_WORDS.has(word.lower) && !word.sentenceInitial && !word.allCaps;
}

/** Function words that are also given names, read as names when capitalized inside a sentence. */
const GIVEN_NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(["will"]);

export function isAdjectiveOrVerb(lower: string): boolean {
  return compromiseTags(lower).some((t) => ADJECTIVE_VERB_TAGS.has(t));
}

/** Numbers, determiners, pronouns, prepositions and adverbs by compromise's lexicon ("Two Navy destroyers"). */
export function isClosedClassWord(word: Word): boolean {
  if (isFunctionWord(word)) return true;
  return compromiseTags(word.lower).some((t) => CLOSED_CLASS_TAGS.has(t));
}

/** A common word even before another capital: a function word, a word written in lower case here, or not a noun. */
export function isClearlyCommonWord(word: Word, signals: DocSignals): boolean {
  if (isFunctionWord(word)) return true;
  if (isKnownName(word)) return false;
  if (signals.seenLowercase.has(word.lower)) return true;
  const tags = compromiseTags(word.lower);
  return (
    tags.length > 0 && !tags.some((t) => NOUN_TAGS.has(t) || NAME_TAGS.has(t) || t === "Demonym")
  );
}

export function isCommonWord(word: Word, signals: DocSignals): boolean {
  if (isFunctionWord(word)) return true;
  if (isKnownName(word)) return false;
  if (signals.seenLowercase.has(word.lower)) return true;
  // "Prosecutors", "Officials": the plural of a role or a known common word.
  if (word.lower.endsWith("s") && !word.allCaps) {
    const singular = word.lower.slice(0, -1);
    if (
      TITLE_HEADS.has(singular) ||
      signals.seenLowercase.has(singular) ||
      isCommonTagged(singular)
    )
      return true;
  }
  const tags = compromiseTags(word.lower);
  return tags.length > 0;
}

function isKnownName(word: Word): boolean {
  return (
    FIRST_NAMES.has(word.lower) ||
    LAST_NAMES.has(word.lower) ||
    isPlaceOrOrgKey(word.lower) ||
    (isAcronymWord(word) && !NON_ENTITY_ACRONYMS.has(acronymLetters(word.text)))
  );
}

/** Dotted initials no lexicon knows as an acronym ("K.C.", not "U.S."). */
export function isInitials(word: Word): boolean {
  return (
    /^(?:\p{Lu}\.){2,3}$/u.test(word.text) &&
    !ACRONYMS[acronymLetters(word.text)] &&
    !isPlaceOrOrgKey(word.lower)
  );
}

export function personSignals(words: Word[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return false;
  if (words.length > 1 && FIRST_NAMES.has(first.lower) && !isPlaceOrOrgKey(first.lower))
    return true;
  // "S. F.", "U. S.": initials alone are an abbreviation written with spaces, not a person.
  if (words.every((w) => /^\p{Lu}\.$/u.test(w.text))) return false;
  if (words.length > 1 && words.some((w) => /^\p{Lu}\.$/u.test(w.text))) return true;
  // "K.C. Maurer", "J.R.R. Tolkien": initials that are no known acronym open a person's name.
  if (words.length > 1 && isInitials(first) && !last.acronym) return true;
  if (NAME_SUFFIXES.has(last.lower)) return true;
  return words.length > 1 && LAST_NAMES.has(last.lower);
}

export function collectSignals(sentenceWords: Word[][]): DocSignals {
  const seenLowercase = new Set<string>();
  const seenCapitalizedInside = new Set<string>();
  const capitalizedPairsInside = new Set<string>();
  const pairsBeforeCompanyEnding = new Set<string>();
  for (const words of sentenceWords) {
    words.forEach((word, i) => {
      const [next, ending] = [words[i + 1], words[i + 2]];
      if (
        word.nameLike &&
        next?.nameLike &&
        next.joinedToPrevious &&
        ending?.nameLike &&
        ending.joinedToPrevious &&
        (ORGANIZATION_CUE_WORDS.has(ending.lower) || COMPANY_NAME_ENDINGS.has(ending.lower))
      )
        pairsBeforeCompanyEnding.add(`${word.lower} ${next.lower}`);
      if (!word.nameLike) seenLowercase.add(word.lower);
      else if (!word.sentenceInitial) {
        seenCapitalizedInside.add(word.lower);
        const next = words[i + 1];
        if (next?.nameLike && next.joinedToPrevious)
          capitalizedPairsInside.add(`${word.lower} ${next.lower}`);
      }
    });
  }
  return { seenLowercase, seenCapitalizedInside, capitalizedPairsInside, pairsBeforeCompanyEnding };
}

/** Whether half or more of a phrase's words are written in lower case elsewhere in the article. */
export function looksLikeCommonWords(words: Word[], signals: DocSignals): boolean {
  const proper = words.filter((w) => w.nameLike);
  const common = proper.filter(
    (w) =>
      signals.seenLowercase.has(w.lower) && !FIRST_NAMES.has(w.lower) && !LAST_NAMES.has(w.lower),
  ).length;
  return proper.length > 1 && common * 2 >= proper.length;
}

export function isCommonTagged(lower: string): boolean {
  const tags = compromiseTags(lower);
  if (tags.length === 0) return false;
  return !tags.some((t) => NAME_TAGS.has(t));
}

/**
 * "the Bradenton Marauders", "the Sea Org", "the Théâtre National Populaire": a guessed name
 * after "the" names a team, a body or a venue; one person's name takes no article. A given name
 * first or a known family name last keeps a person; place words and "across the …" frames are
 * left to the place rules ("across the Vaskarin Isles").
 */
export function isNameAfterArticle(words: Word[], first: number, last: number): boolean {
  const name = words.slice(first, last + 1);
  const head = name[0];
  const tail = name[name.length - 1];
  const before = words[first - 1];
  if (name.length < 2 || !head || !tail || tail.possessive || tail.allCaps) return false;
  if (before?.lower !== "the" || (before.nameLike && !before.sentenceInitial)) return false;
  if (!head.joinedToPrevious || PLACE_FRAME_BEFORE_THE.has(words[first - 2]?.lower ?? ""))
    return false;
  if (FIRST_NAMES.has(head.lower) || LAST_NAMES.has(tail.lower)) return false;
  const singulars = [tail.lower.slice(0, -1), tail.lower.replace(/ies$/u, "y")];
  return ![tail.lower, ...singulars].some((w) => LOCATION_CUE_WORDS.has(w));
}

const PLACE_FRAME_BEFORE_THE = new Set(["in", "across", "near", "throughout", "inside"]);

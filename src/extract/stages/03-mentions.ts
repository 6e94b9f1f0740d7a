import type { Doc, EntityType, Mention, Sentence, Span, Stage, Zone } from "../types.js";
import { key } from "../normalize.js";
import {
  ACRONYMS,
  NON_ENTITY_ACRONYMS,
  acronymFitsWords,
  acronymLetters,
} from "../lexicon/acronyms.js";
import {
  CALENDAR_WORDS,
  COMPOUND_ADJECTIVE_TAILS,
  NON_ENTITY_HEADS,
  NON_NAME_WORDS,
  PRODUCT_EDITIONS,
  PRODUCT_NOUNS,
  WORK_NOUNS,
} from "../lexicon/common-capitalized.js";
import { compromiseTags } from "../lexicon/compromise-lexicon.js";
import {
  LOCATION_CUE_WORDS,
  LOCATION_PREFIX_WORDS,
  NON_PLACE_NAMES,
  stateForAbbreviation,
  TRAILING_PLACE_WORDS,
  countryFor,
  isDemonym,
  isKnownPlace,
} from "../lexicon/gazetteer.js";
import {
  CREDIT_AGENCY_PATTERN,
  OF_JOINING_WORDS,
  ORGANIZATION_CUE_WORDS,
  ORGANIZATION_NOUNS,
  isKnownOrganization,
} from "../lexicon/organizations.js";
import {
  FIRST_NAMES,
  LAST_NAMES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  SURNAME_LIKE_CUE_WORDS,
} from "../lexicon/person-names.js";
import {
  MOTION_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_NOUNS_BEFORE_OF,
  ROUTE_PREPOSITIONS,
  SPEECH_VERBS,
  VERB_ADVERBS,
} from "../lexicon/speech-and-context.js";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicon/titles.js";

/** A word of a sentence with what the recognizer needs to know about it. */
export interface Word extends Span {
  /** Surface text without a possessive 's. */
  text: string;
  /** Lower case, dots removed ("U.S." → "us"). */
  lower: string;
  /** The normalized key of the word alone (see normalize.ts). */
  key: string;
  nameLike: boolean;
  allCaps: boolean;
  /** "U.S.", "NATO", "G7": an acronym or abbreviation in capitals. */
  acronym: boolean;
  possessive: boolean;
  /** True when only spaces (no punctuation or line break) separate it from the previous word. */
  joinedToPrevious: boolean;
  /** True when " & " separates it from the previous word ("Aviation & Space Museum"). */
  ampersandBefore: boolean;
  sentenceInitial: boolean;
}

// One word: letters/digits joined by inner dots, apostrophes, hyphens, dashes or ampersands,
// plus an optional final dot (kept only for abbreviations). Each step consumes one character.
const WORD_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’&\-–](?=[\p{L}\p{N}]))*\.?/gu;
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr sen rep gov gen lt col capt sgt adm prof rev inc corp co ltd mt ft no vs bros " +
    "ala ariz ark calif colo conn fla ill ind kan ky mass mich minn miss mont neb nev okla ore tenn tex wash wis wyo"
  ).split(" "),
);
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|ul)-\p{Lu}/u;
const MAX_SENTENCE_CHARS = 200_000;
/** Names are short: a longer run of capitals (a shouted line, a list) is cut into pieces of this many words. */
const MAX_CHUNK_WORDS = 16;
const PLAIN_LOWER = /^[a-z0-9]+$/;
const EVENT_NOUNS = new Set(
  "attack attacks bombing bombings strike strikes massacre explosion blast blasts shooting earthquake quake flood floods landslide fire siege offensive raid raids airstrike airstrikes clashes protests protest riots summit talks".split(
    " ",
  ),
);
const VESSEL_PREFIXES = new Set(["USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "MV", "SS"]);
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const COMPASS_WORDS = new Set([
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
const POST_NOMINALS = new Set([
  "kc",
  "qc",
  "mp",
  "mep",
  "obe",
  "mbe",
  "cbe",
  "kbe",
  "phd",
  "md",
  "esq",
  "jr",
  "sr",
]);
const WEB_DOMAIN = /^[\p{L}\p{N}-]+\.(?:com|org|net|ru|info|co\.uk|in|news)$/iu;
/** Nouns after a possessive that make it a place with a government ("Chelyabinsk's governor"). */
const POLITY_NOUNS = new Set(
  "governor mayor capital government parliament province provinces region regions economy population residents citizens".split(
    " ",
  ),
);

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** True when the word has at least two letters and all of them are capitals. */
function hasOnlyCapitals(surface: string): boolean {
  let letters = 0;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) {
      letters++;
      continue;
    }
    if (code < 128) continue;
    const char = surface[i] ?? "";
    if (char === char.toLowerCase() && char === char.toUpperCase()) continue;
    if (!isUpper(char)) return false;
    letters++;
  }
  return letters > 1;
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** Whether the gap before a word opens a sentence-like unit: a quote mark, bracket, colon or dash. */
function opensUnit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (
      c === '"' ||
      c === "“" ||
      c === "‘" ||
      c === "'" ||
      c === "(" ||
      c === "[" ||
      c === ":" ||
      c === "—" ||
      c === "–"
    )
      return true;
    if (c === "-" && text[i - 1] === " " && text[i + 1] === " ") return true;
  }
  return false;
}

function isAmpersandGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  return text.slice(from, to).trim() === "&";
}

/**
 * "Cheng Chung-tai", "Kim Jong-un", "Lau Siu-lai": after a name word, a short capitalized syllable with a
 * short lower-case syllable that is no compound-adjective tail ("-based", "-era") is a hyphenated given name.
 */
function isGivenNameSyllables(
  surface: string,
  hyphenAt: number,
  previous: Word | undefined,
  text: string,
  previousEnd: number,
  localStart: number,
): boolean {
  if (!previous?.nameLike || previous.possessive || !isSpaceGap(text, previousEnd, localStart))
    return false;
  const head = surface.slice(0, hyphenAt);
  const tail = surface.slice(hyphenAt + 1);
  if (head.length > 7 || tail.length > 6 || /[-–]/.test(tail) || /[-–]/.test(head)) return false;
  if (hasOnlyCapitals(head)) return false;
  return !COMPOUND_ADJECTIVE_TAILS.has(tail) && !tail.endsWith("ed");
}

/** Splits one sentence into words with absolute offsets. */
export function tokenizeSentence(sentence: Sentence): Word[] {
  const text =
    sentence.text.length > MAX_SENTENCE_CHARS
      ? sentence.text.slice(0, MAX_SENTENCE_CHARS)
      : sentence.text;
  const words: Word[] = [];
  let previousEnd = 0;
  WORD_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD_PATTERN.exec(text)) !== null) {
    let surface = match[0];
    const localStart = match.index;
    if (surface.endsWith(".")) {
      const stem = surface.slice(0, -1);
      const isAbbreviation =
        stem.length === 1 || stem.includes(".") || ABBREVIATIONS.has(stem.toLowerCase());
      if (!isAbbreviation) surface = stem;
    }
    let possessive = false;
    const lastChar = surface[surface.length - 1];
    const beforeLast = surface[surface.length - 2];
    if (
      (lastChar === "s" || lastChar === "S") &&
      (beforeLast === "'" || beforeLast === "’") &&
      surface.length > 2
    ) {
      surface = surface.slice(0, -2);
      possessive = true;
    } else if (lastChar === "s") {
      // Plural possessive ("the Turpins' children"): the apostrophe follows the word.
      const next = text[localStart + surface.length];
      possessive = (next === "'" || next === "’") && isUpper(surface[0] ?? "");
    }
    const capitalized = isUpper(surface[0] ?? "");
    const hyphenated = surface.includes("-") || surface.includes("–");
    let consumedEnd = localStart + match[0].length;
    if (hyphenated && capitalized && !possessive) {
      // "Helsinki-based", "Taliban-run": the capitalized head is a name, the lower-case tail is not.
      const hyphenTail = /[-–]\p{Ll}[\p{Ll}-]*$/u.exec(surface);
      if (
        hyphenTail &&
        !ARABIC_ARTICLE.test(surface) &&
        !isGivenNameSyllables(
          surface,
          hyphenTail.index,
          words[words.length - 1],
          text,
          previousEnd,
          localStart,
        )
      ) {
        surface = surface.slice(0, hyphenTail.index);
        // The next word is not joined to this one: "-run " lies between them.
        consumedEnd = localStart + surface.length;
      }
    }
    const nameLike = capitalized || (hyphenated && ARABIC_ARTICLE.test(surface));
    const allCaps = capitalized && hasOnlyCapitals(surface);
    const joinedToPrevious = words.length > 0 && isSpaceGap(text, previousEnd, localStart);
    const lower = surface.includes(".")
      ? surface.toLowerCase().replace(/\./g, "")
      : surface.toLowerCase();
    words.push({
      text: surface,
      start: sentence.start + localStart,
      end: sentence.start + localStart + surface.length,
      lower,
      key: PLAIN_LOWER.test(lower) ? lower : key(surface),
      nameLike,
      allCaps,
      acronym: capitalized && isAcronymShape(surface, allCaps),
      possessive,
      joinedToPrevious,
      ampersandBefore:
        !joinedToPrevious && words.length > 0 && isAmpersandGap(text, previousEnd, localStart),
      sentenceInitial:
        words.length === 0 ||
        (!joinedToPrevious && opensUnit(text, Math.max(previousEnd, localStart - 3), localStart)),
    });
    previousEnd = consumedEnd;
  }
  return words;
}

interface Candidate {
  words: Word[];
  sentence: Sentence;
  /** Index of the candidate's first word in the sentence's word list. */
  first: number;
  type: EntityType | null;
  /** Strength of the type evidence: 2 lexicon or cue, 1 context, 0 guess. */
  confidence: number;
  title: string | null;
  titleStart: number | null;
}

interface DocSignals {
  /** Lower-case words seen written in lower case somewhere in the article. */
  seenLowercase: Set<string>;
  /** Words seen capitalized away from the start of a sentence. */
  seenCapitalizedInside: Set<string>;
}

function isAcronymShape(text: string, allCaps: boolean): boolean {
  return (
    /^(?:\p{Lu}\.){2,}$/u.test(text) ||
    (allCaps && /^[\p{Lu}\p{N}&]{2,6}$/u.test(text)) ||
    /^\p{Lu}{1,3}\p{N}{1,2}$/u.test(text)
  );
}

function isAcronymWord(word: Word): boolean {
  return word.acronym;
}

function acronymType(word: Word): EntityType | null {
  const letters = acronymLetters(word.text);
  return ACRONYMS[letters]?.type ?? null;
}

/** Longest run of words from `index` whose normalized text satisfies `accept` (at most `limit` words). */
function longestMatch(
  words: Word[],
  index: number,
  limit: number,
  accept: (k: string) => boolean,
): number {
  let best = 0;
  let joined = "";
  for (let length = 1; length <= limit && index + length <= words.length; length++) {
    const word = words[index + length - 1];
    if (!word) break;
    if (length > 1 && !word.joinedToPrevious) break;
    // Word keys joined by spaces equal the phrase key, up to a leading "the".
    joined = length === 1 ? word.key : `${joined} ${word.key}`;
    const phraseKey = joined.startsWith("the ") ? joined.slice(4) : joined;
    if (phraseKey && accept(phraseKey)) best = length;
    if (word.possessive) break;
  }
  return best;
}

/** The normalized key of a run of words, built from the words' own keys. */
function phraseKey(words: Word[]): string {
  const joined = words.map((w) => w.key).join(" ");
  return joined.startsWith("the ") ? joined.slice(4) : joined;
}

function titleHeadLength(words: Word[], index: number): number {
  for (let length = 3; length >= 1; length--) {
    if (index + length > words.length) continue;
    const phrase = words
      .slice(index, index + length)
      .map((w) => w.lower)
      .join(" ");
    if (TITLE_HEADS.has(phrase)) return length;
  }
  return 0;
}

function isPlaceOrOrgKey(k: string): boolean {
  return isKnownPlace(k) || isKnownOrganization(k) || countryFor(k) !== undefined;
}

/** Length of the title-like material (places, orgs, acronyms, demonyms, modifiers) starting at `index`. */
function titleMaterialLength(words: Word[], index: number): number {
  const word = words[index];
  if (!word) return 0;
  if (TITLE_MODIFIERS.has(word.lower) || isDemonym(word.lower)) return 1;
  // "South Korean Foreign Minister": a compass word before a nationality.
  if (COMPASS_WORDS.has(word.lower) && isDemonym(words[index + 1]?.lower ?? "")) return 2;
  if (isAcronymWord(word)) return 1;
  const known = longestMatch(words, index, 4, isPlaceOrOrgKey);
  if (known > 0) return known;
  return word.possessive && word.nameLike ? 1 : 0;
}

/** Finds a title at the start of a chunk: the number of words it spans, 0 when none. */
function leadingTitleLength(words: Word[]): number {
  let index = 0;
  let titleEnd = 0;
  while (index < words.length - 1) {
    const head = titleHeadLength(words, index);
    if (head > 0) {
      index += head;
      titleEnd = index;
      // "Governor of Washington": the complement belongs to the title.
      if (words[index]?.lower === "of") {
        let complement = index + 1;
        if (words[complement]?.lower === "the") complement++;
        const material = titleMaterialLength(words, complement);
        if (material > 0 && complement + material < words.length) {
          index = complement + material;
          titleEnd = index;
        }
      }
      continue;
    }
    const material = titleMaterialLength(words, index);
    if (material === 0) break;
    index += material;
  }
  return titleEnd;
}

/**
 * How many unknown capitalized words open a phrase before a title and a two-word name
 * ("Volga Air" in "Volga Air Chief Executive Igor Demin"); 0 when the phrase is not so built.
 */
function employerBeforeTitle(phrase: Word[]): number {
  if (leadingTitleLength(phrase) > 0) return 0;
  for (let employer = 1; employer <= 3 && employer < phrase.length - 2; employer++) {
    const opener = phrase[employer - 1];
    if (!opener?.nameLike || TITLE_HEADS.has(opener.lower)) return 0;
    const leader = phrase[0]?.lower ?? "";
    if (TITLE_MODIFIERS.has(leader) || isDemonym(leader) || COMPASS_WORDS.has(leader)) return 0;
    if (titleHeadLength(phrase, employer) === 0) continue;
    const title = leadingTitleLength(phrase.slice(employer));
    const name = phrase.slice(employer + title);
    if (
      title > 0 &&
      name.length >= 2 &&
      name.every((w) => w.nameLike) &&
      lexicalType(name)[0] === null
    )
      return employer;
    return 0;
  }
  return 0;
}

/** Where the complement starts when a phrase opens with a title head and "of" ("Leaders of the …"), else 0. */
function titleOfComplement(phrase: Word[]): number {
  const head = titleHeadLength(phrase, 0);
  if (head === 0 || phrase[head]?.lower !== "of") return 0;
  const start = phrase[head + 1]?.lower === "the" ? head + 2 : head + 1;
  return start < phrase.length ? start : 0;
}

/** Extends a title backwards over words before the name ("Taliban spokesperson", "AU trade and industry commissioner"). */
function precedingTitleStart(words: Word[], nameStart: number, headSeen = false): number | null {
  let index = nameStart - 1;
  const nameWord = words[nameStart];
  if (!nameWord?.joinedToPrevious) return null;
  let sawHead = headSeen;
  let start: number | null = null;
  let budget = 8;
  while (index >= 0 && budget-- > 0) {
    const word = words[index];
    if (!word) break;
    const headLength = lowercaseHeadEndingAt(words, index);
    if (headLength > 0) {
      sawHead = true;
      index -= headLength;
      start = index + 1;
    } else if (!sawHead) {
      break;
    } else if (
      TITLE_MODIFIERS.has(word.lower) ||
      isDemonym(word.lower) ||
      (word.nameLike && (isPlaceOrOrgKey(word.lower) || isAcronymWord(word) || word.possessive)) ||
      (word.nameLike && !word.sentenceInitial && isLowercaseTitleWord(words[index + 1])) ||
      (word.nameLike && knownNameEndingAt(words, index) > 1)
    ) {
      // "Associated Press writer": take the whole known name before the role.
      const known = word.nameLike ? knownNameEndingAt(words, index) : 0;
      if (known > 1) {
        start = index - known + 1;
        break;
      }
      if (word.lower === "and") {
        // "and" must sit between two title words ("trade and industry commissioner").
        const before = words[index - 1];
        if (!before || before.nameLike || !TITLE_MODIFIERS.has(before.lower)) break;
      }
      start = index;
      index--;
      if (
        word.nameLike &&
        !isPlaceOrOrgKey(word.lower) &&
        !isAcronymWord(word) &&
        !word.possessive
      ) {
        // "Wedbush Securities analyst": an unknown employer's whole name opens the title.
        let employer = 0;
        while (
          employer < 3 &&
          words[index]?.nameLike &&
          !words[index]?.sentenceInitial &&
          words[index + 1]?.joinedToPrevious
        ) {
          start = index;
          index--;
          employer++;
        }
        break;
      }
      if (word.possessive && word.nameLike) {
        // "New Zealand's Prime Minister": the owner's whole name opens the title.
        let owner = 0;
        while (owner < 3 && words[index]?.nameLike && words[index + 1]?.joinedToPrevious) {
          start = index;
          index--;
          owner++;
        }
        break;
      }
    } else if (
      !word.nameLike &&
      !isFunctionWord(word) &&
      word.joinedToPrevious &&
      words[index - 1]?.nameLike &&
      (isAcronymWord(words[index - 1] as Word) || isPlaceOrOrgKey(words[index - 1]?.lower ?? ""))
    ) {
      // "EU competition chief": one portfolio word between an organization and the role.
      start = index - 1;
      break;
    } else {
      break;
    }
    const following = words[index + 1];
    if (following && !following.joinedToPrevious) break;
  }
  return start;
}

/** Length of a known place or organization name that ends at `end` (2 to 4 words), 0 when none. */
function knownNameEndingAt(words: Word[], end: number): number {
  for (let length = 4; length >= 2; length--) {
    const startIndex = end - length + 1;
    if (startIndex < 0) continue;
    if (longestMatch(words, startIndex, length, isPlaceOrOrgKey) === length) return length;
  }
  return 0;
}

function isLowercaseTitleWord(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    !word.nameLike &&
    (TITLE_MODIFIERS.has(word.lower) || TITLE_HEADS.has(word.lower))
  );
}

function lowercaseHeadEndingAt(words: Word[], end: number): number {
  for (let length = 3; length >= 1; length--) {
    const startIndex = end - length + 1;
    if (startIndex < 0) continue;
    const phrase = words
      .slice(startIndex, end + 1)
      .map((w) => w.lower)
      .join(" ");
    if (TITLE_HEADS.has(phrase)) return length;
  }
  return 0;
}

/** The word whose class decides an organization or place: the one before "of"/"for", else the last. */
function headWord(words: Word[]): Word | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w && (w.lower === "of" || w.lower === "for")) return words[i - 1];
  }
  const last = words[words.length - 1];
  // "Launch Pad 39A", "Facility-1": a trailing number does not decide the class.
  if (last && words.length > 1 && (/^\p{N}/u.test(last.text) || ROMAN_NUMERAL.test(last.text)))
    return words[words.length - 2];
  return last;
}

function cueWord(word: Word | undefined): string {
  return word ? word.lower.replace(/[-–]\p{N}+$/u, "") : "";
}

function phraseText(doc: Doc, words: Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? doc.text.slice(first.start, last.end) : "";
}

function isFunctionWord(word: Word): boolean {
  return NON_NAME_WORDS.has(word.lower) && !word.allCaps && !word.text.includes(".");
}

function isAdjectiveOrVerb(lower: string): boolean {
  return compromiseTags(lower).some((t) => ADJECTIVE_VERB_TAGS.has(t));
}

/** Numbers, determiners, pronouns, prepositions and adverbs by compromise's lexicon ("Two Navy destroyers"). */
function isClosedClassWord(word: Word): boolean {
  if (isFunctionWord(word)) return true;
  return compromiseTags(word.lower).some((t) => CLOSED_CLASS_TAGS.has(t));
}

/** A common word even before another capital: a function word, a word written in lower case here, or not a noun. */
function isClearlyCommonWord(word: Word, signals: DocSignals): boolean {
  if (isFunctionWord(word)) return true;
  if (isKnownName(word)) return false;
  if (signals.seenLowercase.has(word.lower)) return true;
  const tags = compromiseTags(word.lower);
  return (
    tags.length > 0 && !tags.some((t) => NOUN_TAGS.has(t) || NAME_TAGS.has(t) || t === "Demonym")
  );
}

function isCommonWord(word: Word, signals: DocSignals): boolean {
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

/** Splits a sentence's words into runs of capitalized words joined by name connectors. */
function chunkSentence(words: Word[], signals: DocSignals): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word || !startsChunk(word)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    while (end < words.length && end - start < MAX_CHUNK_WORDS) {
      const previous = words[end - 1];
      const next = words[end];
      if (!previous || !next || previous.possessive) break;
      if (next.ampersandBefore && next.nameLike && endsWithCue(words, end)) {
        end++;
        continue;
      }
      if (!next.joinedToPrevious) break;
      if (continuesChunk(next)) {
        end++;
        continue;
      }
      const joined = connectorJoinLength(words, start, end, signals);
      if (joined === 0) break;
      end += joined;
    }
    chunks.push([start, end]);
    i = end;
  }
  return chunks;
}

/** Whether the capitalized run starting at `from` ends with an organization or place cue word. */
function endsWithCue(words: Word[], from: number): boolean {
  let scan = from;
  while (
    scan + 1 < words.length &&
    words[scan + 1]?.nameLike &&
    words[scan + 1]?.joinedToPrevious
  ) {
    if (words[scan]?.possessive) break;
    scan++;
  }
  const last = cueWord(words[scan]);
  return ORGANIZATION_CUE_WORDS.has(last) || LOCATION_CUE_WORDS.has(last);
}

function startsChunk(word: Word): boolean {
  return word.nameLike && !/^\p{N}/u.test(word.text);
}

function continuesChunk(word: Word): boolean {
  return word.nameLike || /^\p{N}+\p{Lu}?$/u.test(word.text);
}

/** How many words (connector included) a lower-case connector adds to the chunk, 0 to stop. */
function connectorJoinLength(
  words: Word[],
  start: number,
  end: number,
  signals: DocSignals,
): number {
  const connector = words[end];
  const previous = words[end - 1];
  if (!connector || !previous) return 0;
  const lower = connector.lower;
  let after = end + 1;
  if ((lower === "of" || lower === "for" || lower === "on") && words[after]?.lower === "the")
    after++;
  // "von der Leyen", "bin Abdul": a second particle before the name.
  if (NAME_PARTICLES.has(lower) && words[after] && NAME_PARTICLES.has(words[after]?.lower ?? ""))
    after++;
  const next = words[after];
  if (!next || !next.nameLike || !next.joinedToPrevious || !words[end + 1]?.joinedToPrevious)
    return 0;
  if (isCalendar(next)) return 0;
  if (NAME_PARTICLES.has(lower)) return after - end + 1;
  const chunkSoFar = words.slice(start, end);
  const opened = chunkSoFar.some((w) => OF_JOINING_WORDS.has(cueWord(w)));
  if (lower === "of" || lower === "for" || lower === "on") {
    // A full name before "of" and a place after it: "… Space Museum of McMinnville, Oregon".
    const nameWords = chunkSoFar.filter((w) => w.nameLike && !isFunctionWord(w)).length;
    if (nameWords >= 3 && complementIsPlace(words, after)) return 0;
    // Once an organization name has opened ("Centre for Control"), later connectors continue it.
    const joins =
      (lower !== "on" && TITLE_HEADS.has(previous.lower)) ||
      OF_JOINING_WORDS.has(cueWord(previous)) ||
      (opened && chunkSoFar.some((w) => w.lower === "of" || w.lower === "for" || w.lower === "on"));
    return joins || (lower !== "on" && opened) ? after - end + 1 : 0;
  }
  if (lower !== "and") return 0;
  const hasComplement = chunkSoFar.some(
    (w) => w.lower === "of" || w.lower === "for" || w.lower === "on",
  );
  if (opened && hasComplement) {
    // "Ministry of Industry and Trade": one more word closes a name already opened by "of".
    // "Centre for Research on Energy and Clean Air": up to two more words.
    const following = words[after + 1];
    const third = words[after + 2];
    const two = following?.nameLike && following.joinedToPrevious;
    const tooLong = two && third?.nameLike && third.joinedToPrevious;
    if (tooLong || endsWithCue(words, after)) return 0;
    return two ? after - end + 2 : after - end + 1;
  }
  // "Aeronautics and Space Administration", "Aviation & Space Museum": the part after "and" ends the
  // name with a cue and is short or starts with an ordinary word; "Steel and Aoba Heavy Industries" are two.
  const following = words[after + 1];
  const short = !(
    following?.nameLike &&
    following.joinedToPrevious &&
    words[after + 2]?.nameLike &&
    words[after + 2]?.joinedToPrevious
  );
  const ordinary =
    isCommonTagged(next.lower) ||
    TITLE_MODIFIERS.has(next.lower) ||
    signals.seenLowercase.has(next.lower);
  return (short || ordinary) && endsWithCue(words, after) ? after - end + 1 : 0;
}

/** Whether the word at `index` is a known place, or is followed by ", <known place>" ("McMinnville, Oregon"). */
function complementIsPlace(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  if (isPlaceOrOrgKey(word.lower)) return true;
  const following = words[index + 1];
  return following !== undefined && !following.joinedToPrevious && isPlaceOrOrgKey(following.lower);
}

function isCalendar(word: Word): boolean {
  return CALENDAR_WORDS.has(word.lower);
}

/** Cuts a chunk at calendar words ("Wednesday", "April") into the runs between them. */
function splitAtCalendarWords(
  sentenceWords: Word[],
  start: number,
  end: number,
): Array<[Word[], number]> {
  const parts: Array<[Word[], number]> = [];
  let current: Word[] = [];
  let currentFirst = start;
  for (let index = start; index < end; index++) {
    const word = sentenceWords[index];
    if (!word) continue;
    if (
      isCalendarHere(sentenceWords, index) ||
      NON_ENTITY_ACRONYMS.has(word.text) ||
      (word.text.length === 1 && !word.text.endsWith(".") && !/\p{N}/u.test(word.text))
    ) {
      if (current.length > 0) parts.push([current, currentFirst]);
      current = [];
      currentFirst = index + 1;
      continue;
    }
    current.push(word);
  }
  if (current.length > 0) parts.push([current, currentFirst]);
  return parts;
}

/** Month names that are also given or family names ("Theresa May", "Jan Evensson"). */
const AMBIGUOUS_CALENDAR_WORDS = new Set([
  "may",
  "march",
  "june",
  "august",
  "april",
  "jan",
  "mar",
  "jun",
  "sat",
  "sun",
  "wed",
]);

/** Whether the word at `index` is a date word here: ambiguous month names need a number or a date preposition. */
function isCalendarHere(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word || !CALENDAR_WORDS.has(word.lower)) return false;
  if (!AMBIGUOUS_CALENDAR_WORDS.has(word.lower)) return true;
  const next = words[index + 1];
  const previous = words[index - 1];
  if (word.text.endsWith(".")) return true;
  if (next && /^\p{N}/u.test(next.text)) return true;
  if (previous && /^\p{N}/u.test(previous.text)) return true;
  // Inside a run of capitalized words it is a name ("Theresa May", "Jan Evensson").
  const inName =
    (previous?.nameLike && word.joinedToPrevious) || (next?.nameLike && next.joinedToPrevious);
  return !inName;
}

function trimConnectors(words: Word[]): Word[] {
  let start = 0;
  let end = words.length;
  while (start < end && !words[start]?.nameLike) start++;
  while (end > start && !words[end - 1]?.nameLike && !/^\p{N}/u.test(words[end - 1]?.text ?? ""))
    end--;
  return words.slice(start, end);
}

/** Closed-class words that, capitalized, end a run only by accident ("… Elizabeth Quat In the east"). */
const TRAILING_FUNCTION_WORDS = new Set(
  "in on at the a an of for to by with from and as into".split(" "),
);

/** Drops capitalized prepositions and articles from the end of a name: a heading glued to the next sentence. */
function trimTrailingFunctionWords(words: Word[]): Word[] {
  let end = words.length;
  while (end > 1 && TRAILING_FUNCTION_WORDS.has(words[end - 1]?.lower ?? "")) end--;
  return end === words.length ? words : trimConnectors(words.slice(0, end));
}

/** Words that open a photo credit ("Image: A. Reporter"); before a colon they are never part of a name. */
const CREDIT_OPENERS = new Set(
  "image images photo photos photograph picture pictures credit credits source courtesy video".split(
    " ",
  ),
);

/** "Captain Rogers Image: Ann Lee": the credit word before the colon leaves the name. */
function trimCaptionCredit(doc: Doc, words: Word[]): Word[] {
  const last = words[words.length - 1];
  if (!last || !CREDIT_OPENERS.has(last.lower) || doc.text[last.end] !== ":") return words;
  return trimConnectors(words.slice(0, -1));
}

/** Decides the type of a name phrase from lexicons and cue words; null when unknown. */
function lexicalType(words: Word[]): [EntityType | null, number] {
  const k = phraseKey(words);
  const single = words.length === 1 ? words[0] : undefined;
  if (single && isAcronymWord(single)) {
    const letters = acronymLetters(single.text);
    if (NON_ENTITY_ACRONYMS.has(letters)) return [null, -1];
    const type = acronymType(single);
    if (type) return [type, 2];
    if (isKnownOrganization(k)) return ["ORGANIZATION", 2];
    if (countryFor(k) && (letters.length > 2 || single.text === single.text.toUpperCase()))
      return ["LOCATION", 2];
    if (!isKnownPlace(k) && letters.length >= 3 && /^\p{Lu}+$/u.test(single.text))
      return ["ORGANIZATION", 1];
  }
  if (isKnownOrganization(k)) return ["ORGANIZATION", 2];
  if (countryFor(k) !== undefined || isKnownPlace(k)) return ["LOCATION", 2];
  if (NON_PLACE_NAMES.has(k)) return [null, -1];
  if (single?.text.endsWith(".") && stateForAbbreviation(k)) return ["LOCATION", 2];
  if (single && WEB_DOMAIN.test(single.text)) return ["ORGANIZATION", 2];
  if (/shire$/.test(k) && words.every((w) => w.nameLike)) return ["LOCATION", 2];
  if (words.length > 1 && LOCATION_PREFIX_WORDS.has(words[0]?.lower ?? "")) return ["LOCATION", 2];
  const head = headWord(words);
  const cue = cueWord(head);
  const last = cueWord(words[words.length - 1]);
  if (NON_ENTITY_HEADS.has(last) || NON_ENTITY_HEADS.has(cue)) return [null, -1];
  // "Vostok 1", "Apollo 11", "Falcon 9": a name plus a number is a craft or product, unless a cue word
  // makes it a place ("Launch Pad 39A").
  const lastWord = words[words.length - 1];
  if (
    words.length > 1 &&
    lastWord &&
    /^\p{N}+$/u.test(lastWord.text) &&
    !LOCATION_CUE_WORDS.has(cue) &&
    !ORGANIZATION_CUE_WORDS.has(cue)
  ) {
    return [null, -1];
  }
  // Ships and vessels are not entities ("USS Carl Vinson", "HMS Queen Elizabeth").
  if (words.length > 1 && VESSEL_PREFIXES.has(words[0]?.text ?? "")) return [null, -1];
  if (words.length > 1) {
    if (
      (cue === "centre" || cue === "center" || cue === "centers") &&
      words.some((w) => w.lower === "for")
    ) {
      return ["ORGANIZATION", 2];
    }
    const givenNameFirst =
      words.length === 2 &&
      FIRST_NAMES.has(words[0]?.lower ?? "") &&
      !isPlaceOrOrgKey(words[0]?.lower ?? "");
    if (givenNameFirst && SURNAME_LIKE_CUE_WORDS.has(cue)) return [null, 0];
    if (LOCATION_CUE_WORDS.has(cue)) return ["LOCATION", 2];
    if (ORGANIZATION_CUE_WORDS.has(cue)) return ["ORGANIZATION", 2];
    if (ORGANIZATION_CUE_WORDS.has(last)) return ["ORGANIZATION", 2];
    if (LOCATION_CUE_WORDS.has(last)) return ["LOCATION", 2];
  } else if (
    single &&
    (ORGANIZATION_CUE_WORDS.has(single.lower) || LOCATION_CUE_WORDS.has(single.lower))
  ) {
    // A lone cue word ("Ministry", "Council") is a generic noun, not a name.
    return [null, -1];
  }
  return [null, 0];
}

/** Whether the words around a phrase frame it as a place: "town of X", "attack on X", "X province", "X attack". */
function placeFrame(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const beforeThat = words[first - 2];
  const after = words[last + 1];
  const lastWord = words[last];
  if (lastWord?.possessive) return false;
  if (before?.lower === "of" && PLACE_NOUNS_BEFORE_OF.has(beforeThat?.lower ?? "")) return true;
  if (
    (before?.lower === "on" || before?.lower === "in") &&
    EVENT_NOUNS.has(beforeThat?.lower ?? "")
  )
    return true;
  if (after?.joinedToPrevious && !after.nameLike && TRAILING_PLACE_WORDS.has(after.lower))
    return true;
  return after?.joinedToPrevious === true && !after.nameLike && EVENT_NOUNS.has(after.lower);
}

/** Type evidence from the words around a phrase inside its sentence. */
function contextType(
  words: Word[],
  first: number,
  last: number,
  candidate: Word[],
): EntityType | null {
  const before = words[first - 1];
  const after = words[last + 1];
  const afterNext = words[last + 2];
  const lastWord = candidate[candidate.length - 1];
  if (after && after.joinedToPrevious && TRAILING_PLACE_WORDS.has(after.lower) && !after.nameLike)
    return "LOCATION";
  if (before && PLACE_NOUNS_BEFORE_OF.has(words[first - 2]?.lower ?? "") && before.lower === "of")
    return "LOCATION";
  if (after && !after.joinedToPrevious && afterNext === undefined) {
    // fall through
  }
  if (after && after.nameLike && !after.joinedToPrevious) {
    const gapIsComma = after.start > 0;
    const region = longestMatch(
      words,
      last + 1,
      3,
      (k) => isKnownPlace(k) || countryFor(k) !== undefined,
    );
    if (gapIsComma && region > 0 && !lastWord?.possessive) return "LOCATION";
  }
  if (lastWord?.possessive && after && POLITY_NOUNS.has(after.lower)) return "LOCATION";
  // "the Khan Sheikhoun attack": a name that locates an event.
  if (
    after?.joinedToPrevious &&
    !after.nameLike &&
    EVENT_NOUNS.has(after.lower) &&
    !lastWord?.possessive
  )
    return "LOCATION";
  // "newspaper Kommersant", "the Aviaport consultancy".
  if (before && ORGANIZATION_NOUNS.has(before.lower) && candidate[0]?.joinedToPrevious)
    return "ORGANIZATION";
  if (
    after?.joinedToPrevious &&
    !after.nameLike &&
    ORGANIZATION_NOUNS.has(after.lower) &&
    !lastWord?.possessive
  )
    return "ORGANIZATION";
  const next = after?.joinedToPrevious && VERB_ADVERBS.has(after.lower) ? afterNext : after;
  if (next?.joinedToPrevious && SPEECH_VERBS.has(next.lower) && !lastWord?.possessive)
    return "PERSON";
  if (before && (before.lower === "said" || before.lower === "says" || before.lower === "told"))
    return "PERSON";
  if (before && PLACE_PREPOSITIONS.has(before.lower) && !lastWord?.possessive) return "LOCATION";
  if (before && !lastWord?.possessive && routeFrame(words, first, last)) return "LOCATION";
  return null;
}

/** "via Leonia", "flights to Napier", "from Leonia to Teterboro": a name on a route is a place. */
function routeFrame(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  if (!before) return false;
  if (ROUTE_PREPOSITIONS.has(before.lower)) return true;
  // People go "to" and come "from" too: only a one-word name is read as the destination.
  if ((before.lower !== "to" && before.lower !== "from") || last > first) return false;
  if (MOTION_WORDS.has(words[first - 2]?.lower ?? "")) return true;
  // "from X to Y": both ends of the stretch are places.
  if (before.lower === "from") {
    const to = words[last + 1];
    return to?.lower === "to" && words[last + 2]?.nameLike === true;
  }
  const from = words.slice(Math.max(0, first - 6), first - 1).findIndex((w) => w.lower === "from");
  return from >= 0 && words[Math.max(0, first - 6) + from + 1]?.nameLike === true;
}

function personSignals(words: Word[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return false;
  if (words.length > 1 && FIRST_NAMES.has(first.lower) && !isPlaceOrOrgKey(first.lower))
    return true;
  if (words.length > 1 && words.some((w) => /^\p{Lu}\.$/u.test(w.text))) return true;
  if (NAME_SUFFIXES.has(last.lower)) return true;
  return words.length > 1 && LAST_NAMES.has(last.lower);
}

function collectSignals(sentenceWords: Word[][]): DocSignals {
  const seenLowercase = new Set<string>();
  const seenCapitalizedInside = new Set<string>();
  for (const words of sentenceWords) {
    for (const word of words) {
      if (!word.nameLike) seenLowercase.add(word.lower);
      else if (!word.sentenceInitial) seenCapitalizedInside.add(word.lower);
    }
  }
  return { seenLowercase, seenCapitalizedInside };
}

/** Whether most words of a headline-like sentence are capitalized ("Tillerson Says Putin Meeting Productive"). */
function isTitleCase(words: Word[]): boolean {
  const content = words.filter((w) => w.text.length > 3);
  if (content.length < 3) return false;
  const capitalized = content.filter((w) => w.nameLike).length;
  return capitalized / content.length >= 0.75;
}

function candidatesForSentence(
  doc: Doc,
  sentence: Sentence,
  words: Word[],
  signals: DocSignals,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [chunkStart, chunkEnd] of chunkSentence(words, signals)) {
    for (const [partWords, partFirst] of splitAtCalendarWords(words, chunkStart, chunkEnd)) {
      let part = partWords;
      let first = partFirst;
      // Drop sentence-initial common words ("The", "Prior", "Reactions") and other function words.
      while (part.length > 0) {
        const head = part[0];
        if (!head) break;
        // Before another capitalized word only a clearly common word is dropped ("Rex Tillerson" stays).
        const common = (): boolean =>
          part.length > 1 && part[1]?.nameLike && part[1]?.joinedToPrevious
            ? isClearlyCommonWord(head, signals)
            : isCommonWord(head, signals);
        const startsName = (): boolean =>
          leadingTitleLength(part) > 0 ||
          longestMatch(part, 0, 4, isPlaceOrOrgKey) > 0 ||
          (part.length > 1 && lexicalType(part)[1] === 2 && !isClosedClassWord(head));
        const dropInitial = head.sentenceInitial && common() && !startsName();
        if (dropInitial && part.length === 1 && !isFunctionWord(head)) {
          // A lone capitalized word opening a sentence ("Berg denied it") is a name only if the
          // article names someone with it; resolveByNameParts decides.
          candidates.push(makeCandidate(sentence, part, words.indexOf(head), null, -1, null, null));
          part = [];
          break;
        }
        if (!(isFunctionWord(head) && !HONORIFICS.has(head.lower)) && !dropInitial) break;
        part = part.slice(1);
        first++;
        const next = part[0];
        if (next) part[0] = { ...next, sentenceInitial: head.sentenceInitial };
        if (part[0] && !part[0].nameLike) break;
      }
      part = trimCaptionCredit(doc, trimTrailingFunctionWords(trimConnectors(part)));
      if (part.length === 0) continue;
      const partStart = part[0]?.start;
      first = words.findIndex((w) => w.start === partStart);
      candidates.push(...candidatesFromPhrase(doc, sentence, words, part, first, signals));
    }
  }
  return candidates;
}

function candidatesFromPhrase(
  doc: Doc,
  sentence: Sentence,
  words: Word[],
  phrase: Word[],
  first: number,
  signals: DocSignals,
): Candidate[] {
  const results: Candidate[] = [];
  const complement = titleOfComplement(phrase);
  if (complement > 0) {
    // "Chairman of the Australian Centre for …", "Leaders of African Union": the title has no name; the complement is the entity.
    const rest = phrase.slice(complement);
    const [restType] = lexicalType(rest);
    if (restType !== null && restType !== "PERSON") {
      return [makeCandidate(sentence, rest, first + complement, restType, 2, null, null)];
    }
  }
  const [phraseType] = lexicalType(phrase);
  if (phraseType === null && phrase.length > 1) {
    // "NASA Administrator", "U.S. Senator": a title with no name after it.
    if (lowercaseHeadEndingAt(phrase, phrase.length - 1) > 0)
      return mentionsInsideTitle(sentence, phrase, first);
    // "New Zealander", "North American": nationality words.
    if (
      isDemonym(key(phraseText(doc, phrase))) ||
      isDemonym(phrase[phrase.length - 1]?.lower ?? "")
    )
      return [];
  }
  const knownPrefix = longestMatch(phrase, 0, 4, isPlaceOrOrgKey);
  if (phraseType === null && knownPrefix > 0 && phrase.length - knownPrefix >= 2) {
    // "the United Nations Nikki Haley": a known name runs straight into a person's name.
    const rest = phrase.slice(knownPrefix);
    if (personSignals(rest) && lexicalType(rest)[0] === null) {
      const prefix = phrase.slice(0, knownPrefix);
      const [prefixType] = lexicalType(prefix);
      return [
        ...(prefixType ? [makeCandidate(sentence, prefix, first, prefixType, 2, null, null)] : []),
        ...candidatesFromPhrase(doc, sentence, words, rest, first + knownPrefix, signals),
      ];
    }
  }
  if (phrase.length > 1 && definesAcronym(doc, phrase)) {
    const [cueType] = lexicalType(phrase);
    return [makeCandidate(sentence, phrase, first, cueType ?? "ORGANIZATION", 2, null, null)];
  }
  let name = phrase;
  let nameFirst = first;
  let title: string | null = null;
  let titleStart: number | null = null;
  const [wholeType] = lexicalType(phrase);
  const employer = wholeType === null ? employerBeforeTitle(phrase) : 0;
  if (employer > 0) {
    // "Volga Air Chief Executive Igor Demin": the employer opens the title and is an organization itself.
    const employerWords = phrase.slice(0, employer);
    const [employerType] = lexicalType(employerWords);
    results.push(
      makeCandidate(sentence, employerWords, first, employerType ?? "ORGANIZATION", 1, null, null),
    );
  }
  if (wholeType === null) {
    const titleLength =
      employer > 0
        ? employer + leadingTitleLength(phrase.slice(employer))
        : leadingTitleLength(phrase);
    if (titleLength > 0) {
      const titleWords = phrase.slice(0, titleLength);
      name = phrase.slice(titleLength);
      nameFirst = first + titleLength;
      titleStart = titleWords[0]?.start ?? null;
      results.push(...mentionsInsideTitle(sentence, titleWords, first));
    }
  }
  if (titleStart === null) {
    const backwards = precedingTitleStart(words, nameFirst);
    if (backwards !== null) titleStart = words[backwards]?.start ?? null;
    if (backwards !== null) {
      const titleWords = words.slice(backwards, nameFirst);
      results.push(
        ...mentionsInsideTitle(sentence, titleWords, backwards).filter((c) => c.first < first),
      );
    }
  } else {
    const backwards = precedingTitleStart(words, first, true);
    if (backwards !== null) titleStart = words[backwards]?.start ?? titleStart;
  }
  if (titleStart !== null) {
    const nameStartWord = name[0];
    title = nameStartWord ? doc.text.slice(titleStart, nameStartWord.start).trim() : null;
    if (!title) {
      title = null;
      titleStart = null;
    }
  }
  // Strip leading nationality adjectives ("Kenyan runner"), unless the whole is an organization or place.
  while (name.length > 1 && isDemonym(name[0]?.lower ?? "") && lexicalType(name)[0] === null) {
    name = name.slice(1);
    nameFirst++;
  }
  // Post-nominal letters ("Simon Achebe KC") are not part of the name.
  while (name.length > 2 && POST_NOMINALS.has(name[name.length - 1]?.lower ?? ""))
    name = name.slice(0, -1);
  // "Lucy Harcourt Environment correspondent": a role word before a lower-case title belongs to the title.
  const afterName = words[nameFirst + name.length];
  const lastOfName = name[name.length - 1];
  if (
    name.length > 2 &&
    afterName?.joinedToPrevious &&
    !afterName.nameLike &&
    TITLE_HEADS.has(afterName.lower) &&
    lastOfName &&
    TITLE_MODIFIERS.has(lastOfName.lower) &&
    lexicalType(name)[0] === null
  ) {
    name = name.slice(0, -1);
  }
  if (name.length === 0 || name.every((w) => !w.nameLike)) return results;
  if (!name[0]?.nameLike) {
    // "Professor of Linguistics", "Governor of Virginia": the title's complement is no person; a
    // known place or organization in it still counts.
    const rest = trimConnectors(name);
    const [restType, restConfidence] = lexicalType(rest);
    if (restType !== null && restType !== "PERSON" && restConfidence >= 2) {
      const restFirst = words.findIndex((w) => w.start === rest[0]?.start);
      results.push(makeCandidate(sentence, rest, restFirst, restType, 2, null, null));
    }
    return results;
  }
  if (name.length === 1 && isDemonym(name[0]?.lower ?? "")) return results;

  const [lexType, lexConfidence] = lexicalType(name);
  // Events, laws and products ("Cold War", "Chicago Marathon") are not entities.
  if (lexConfidence < 0) return results;
  let type = lexType;
  let confidence = lexConfidence;
  const honorific = title !== null && HONORIFICS.has(key(title).split(" ").pop() ?? "");
  if (type === null && title !== null) {
    type = "PERSON";
    confidence = honorific ? 2 : 1.5;
  }
  const before = words[nameFirst - 1];
  if (
    type === null &&
    title === null &&
    before &&
    before.lower !== "at" &&
    PLACE_PREPOSITIONS.has(before.lower) &&
    !name[name.length - 1]?.possessive &&
    !name.some((w) => /^\p{Lu}\.$/u.test(w.text))
  ) {
    // "in Dara Shikoh": after "in" even a given name starts a place.
    type = "LOCATION";
    confidence = 1;
  }
  if (
    type === null &&
    title === null &&
    placeFrame(words, nameFirst, nameFirst + name.length - 1)
  ) {
    // "the town of Khan Sheikhoun", "the attack on Khan Sheikhoun", "the Ural region": stronger than a name list.
    type = "LOCATION";
    confidence = 1.6;
  }
  if (type === null && personSignals(name)) {
    type = "PERSON";
    confidence = 1.5;
  }
  if (
    type === null &&
    name.length === 1 &&
    !name[0]?.sentenceInitial &&
    FIRST_NAMES.has(name[0]?.lower ?? "")
  ) {
    type = "PERSON";
    confidence = 1;
  }
  if (type === null) {
    const fromContext = contextType(words, nameFirst, nameFirst + name.length - 1, name);
    if (fromContext) {
      type = fromContext === "PERSON" && looksLikeOrganization(name) ? "ORGANIZATION" : fromContext;
      confidence = 1;
      // News introduces people by full name: one unknown word that speaks is an organization
      // ("Ofwat said"), unless it turns out to be part of someone's name (resolveByNameParts).
      if (name.length === 1 && type === "PERSON" && !FIRST_NAMES.has(name[0]?.lower ?? "")) {
        type = "ORGANIZATION";
      }
      // A single word known only from its context, and written in lower case elsewhere, is a common noun.
      if (
        name.length === 1 &&
        signals.seenLowercase.has(name[0]?.lower ?? "") &&
        fromContext !== "ORGANIZATION"
      ) {
        type = null;
        confidence = 0;
      }
    }
  }
  if (type === null && name.length >= 2 && name.length <= 4) {
    // Given names are often ordinary nouns ("Rex", "Grant"): the first word only needs to be unused in lower case.
    const allProper = name.every(
      (w, i) =>
        !w.nameLike ||
        (!signals.seenLowercase.has(w.lower) &&
          !NON_NAME_WORDS.has(w.lower) &&
          (i === 0 ? !isAdjectiveOrVerb(w.lower) : !isCommonTagged(w.lower))),
    );
    if (allProper) {
      type = looksLikeOrganization(name) ? "ORGANIZATION" : "PERSON";
      confidence = 0.5;
    } else if (!personSignals(name)) {
      // "Volga Air", "Baikal Aerospace": a proper word then an ordinary noun names a company or body.
      const firstWord = name[0];
      const lastWord = name[name.length - 1];
      const properThenCommon =
        firstWord &&
        lastWord &&
        !isCommonTagged(firstWord.lower) &&
        !signals.seenLowercase.has(firstWord.lower) &&
        isCommonTagged(lastWord.lower);
      if (
        properThenCommon &&
        !signals.seenLowercase.has(lastWord.lower) &&
        !isFunctionWord(lastWord)
      ) {
        type = "ORGANIZATION";
        confidence = 0.5;
      }
    }
  }
  if (title !== null && type !== "PERSON") {
    // A title before an organization or place is not a person's title ("Russian Foreign Ministry").
    title = null;
    titleStart = null;
  }
  if (type === "PERSON" && confidence < 2 && looksLikeCommonWords(name, signals)) return results;
  results.push(makeCandidate(sentence, name, nameFirst, type, confidence, title, titleStart));
  return results;
}

const ACRONYM_DEFINITION = /^\s*\((\p{Lu}[\p{L}.&]{1,9})\)/u;

/** Whether the phrase is followed by "(ACR)" and the acronym fits its words ("African Continental Free Trade Area (AfCFTA)"). */
function definesAcronym(doc: Doc, name: Word[]): boolean {
  const last = name[name.length - 1];
  if (!last || name.length < 2) return false;
  const defined = ACRONYM_DEFINITION.exec(doc.text.slice(last.end, last.end + 14))?.[1];
  return (
    defined !== undefined &&
    acronymFitsWords(
      acronymLetters(defined).toLowerCase(),
      name.map((w) => w.lower),
    )
  );
}

/** "Food Standards Australia New Zealand", "BBC Wales", "Texas A&M": a name holding a place, an organization or an acronym is no person. */
function looksLikeOrganization(name: Word[]): boolean {
  return name.some((w, i) => isAcronymWord(w) || longestMatch(name, i, 3, isPlaceOrOrgKey) > 0);
}

/** Whether half or more of a phrase's words are written in lower case elsewhere in the article. */
function looksLikeCommonWords(words: Word[], signals: DocSignals): boolean {
  const proper = words.filter((w) => w.nameLike);
  const common = proper.filter(
    (w) =>
      signals.seenLowercase.has(w.lower) && !FIRST_NAMES.has(w.lower) && !LAST_NAMES.has(w.lower),
  ).length;
  return proper.length > 1 && common * 2 >= proper.length;
}

function isCommonTagged(lower: string): boolean {
  const tags = compromiseTags(lower);
  if (tags.length === 0) return false;
  return !tags.some((t) =>
    [
      "FirstName",
      "MaleName",
      "FemaleName",
      "LastName",
      "Person",
      "City",
      "Country",
      "Region",
      "Place",
    ].includes(t),
  );
}

/** Countries, places and organizations named inside a title ("U.S." in "U.S. Secretary of State"). */
function mentionsInsideTitle(sentence: Sentence, titleWords: Word[], first: number): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < titleWords.length) {
    const word = titleWords[i];
    if (!word || !word.nameLike || isDemonym(word.lower) || TITLE_HEADS.has(word.lower)) {
      i++;
      continue;
    }
    const length = longestMatch(titleWords, i, 4, isPlaceOrOrgKey);
    const span = titleWords.slice(i, i + Math.max(length, 1));
    const [type] = lexicalType(span);
    if (type && (length > 0 || isAcronymWord(word))) {
      found.push(makeCandidate(sentence, span, first + i, type, 2, null, null));
      i += span.length;
    } else {
      i++;
    }
  }
  return found;
}

function makeCandidate(
  sentence: Sentence,
  words: Word[],
  first: number,
  type: EntityType | null,
  confidence: number,
  title: string | null,
  titleStart: number | null,
): Candidate {
  return { words, sentence, first, type, confidence, title, titleStart };
}

/** Gives single unknown words the type of a longer name that ends or starts with them ("Lavrov"). */
function resolveByNameParts(candidates: Candidate[]): void {
  const personParts = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || candidate.words.length < 2) continue;
    const firstWord = candidate.words[0];
    const lastWord = candidate.words[candidate.words.length - 1];
    if (lastWord) {
      personParts.set(lastWord.lower, 2);
      // "al-Assad" is also written "Assad".
      const article = /^\p{L}{1,3}-(.+)$/u.exec(lastWord.lower);
      if (article?.[1]) personParts.set(article[1], 2);
    }
    if (firstWord && !personParts.has(firstWord.lower)) personParts.set(firstWord.lower, 1);
  }
  for (const candidate of candidates) {
    if (candidate.words.length !== 1) continue;
    const word = candidate.words[0];
    if (!word) continue;
    const part = personParts.get(word.lower);
    // A surname of someone named in full wins over a place of that name ("Medina"), never over a country.
    const overridable =
      candidate.confidence < 2 || (candidate.type === "LOCATION" && !countryFor(word.lower));
    if (part === 2 && candidate.type !== "PERSON" && overridable && candidate.type !== null) {
      candidate.type = "PERSON";
      candidate.confidence = 1.5;
    } else if (part !== undefined && (candidate.type === null || candidate.confidence < 2)) {
      candidate.type = "PERSON";
      candidate.confidence = Math.max(candidate.confidence, 1.5);
    }
  }
}

const COORDINATION_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * "in Paramus, Hackensack and Edgewater", "Luzon and Palawan": an untyped name listed beside a place or
 * an organization is one of the same kind.
 */
function resolveCoordinations(doc: Doc, candidates: Candidate[], signals: DocSignals): void {
  const ordered = candidates
    .filter((c) => c.words.length > 0 && c.sentence.index >= 0)
    .sort((a, b) => (a.words[0]?.start ?? 0) - (b.words[0]?.start ?? 0));
  const listed = (a: Candidate, b: Candidate): boolean => {
    const aEnd = a.words[a.words.length - 1];
    const bStart = b.words[0];
    const bEnd = b.words[b.words.length - 1];
    if (!aEnd || !bStart || aEnd.possessive || bEnd?.possessive) return false;
    if (a.sentence.index !== b.sentence.index) return false;
    return COORDINATION_GAP.test(doc.text.slice(aEnd.end, bStart.start));
  };
  const typeFrom = (source: Candidate | undefined, target: Candidate | undefined): void => {
    if (!source || !target || target.type !== null || target.confidence < 0) return;
    // "I’m", "Food" in "Environment, Food and Rural Affairs": pronouns and common nouns are no names.
    if (target.words[0]?.sentenceInitial) return;
    const only = target.words.length === 1 ? target.words[0] : undefined;
    const bare = only?.lower.replace(/['’].*$/u, "") ?? "";
    if (
      only &&
      (NON_NAME_WORDS.has(bare) || signals.seenLowercase.has(bare) || isCommonTagged(bare))
    )
      return;
    if (source.type !== "LOCATION" && source.type !== "ORGANIZATION") return;
    if (source.confidence < 1 || !(listed(source, target) || listed(target, source))) return;
    target.type = source.type;
    target.confidence = 1;
  };
  // Two sweeps carry the type along a list in either direction.
  for (let i = 0; i + 1 < ordered.length; i++) typeFrom(ordered[i], ordered[i + 1]);
  for (let i = ordered.length - 1; i > 0; i--) typeFrom(ordered[i], ordered[i - 1]);
}

/** Gives acronyms defined in the text ("… Area (AfCFTA)") the type of the name they abbreviate. */
function resolveDefinedAcronyms(doc: Doc, candidates: Candidate[]): void {
  const defined = new Map<string, EntityType>();
  for (const candidate of candidates) {
    const last = candidate.words[candidate.words.length - 1];
    if (!candidate.type || !last || candidate.words.length < 2) continue;
    const acronym = ACRONYM_DEFINITION.exec(doc.text.slice(last.end, last.end + 14))?.[1];
    if (acronym) defined.set(acronym, candidate.type);
  }
  for (const candidate of candidates) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    const type = only ? defined.get(only.text) : undefined;
    if (type && candidate.confidence < 2) {
      candidate.type = type;
      candidate.confidence = 2;
    }
  }
}

/** One sense per article: a name typed weakly takes the type its best-attested use has. */
function unifyTypes(doc: Doc, candidates: Candidate[]): void {
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (!candidate.type) continue;
    const k = phraseKey(candidate.words);
    const current = best.get(k);
    if (!current || candidate.confidence > current.confidence) best.set(k, candidate);
  }
  const organizations = [...best.entries()].filter(
    ([, c]) => c.type === "ORGANIZATION" && c.confidence >= 1.5,
  );
  for (const candidate of candidates) {
    if (!candidate.type) continue;
    const k = phraseKey(candidate.words);
    const strongest = best.get(k);
    if (strongest && strongest.confidence >= 1 && strongest.confidence > candidate.confidence) {
      candidate.type = strongest.type;
    } else if (candidate.confidence < 1.5 && candidate.type !== "ORGANIZATION") {
      // "Severn Vale" beside "Severn Vale Water": the short form of an organization's name.
      if (organizations.some(([name]) => name.startsWith(`${k} `))) candidate.type = "ORGANIZATION";
    }
  }
}

/** In title-case or all-caps headlines, keeps only names known from the rest of the article or the lexicons. */
function headlineCandidates(
  sentence: Sentence,
  words: Word[],
  known: Map<string, EntityType>,
): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word || !word.nameLike) {
      i++;
      continue;
    }
    let bestLength = 0;
    let bestType: EntityType | null = null;
    let text = "";
    for (let length = 1; length <= 6 && i + length <= words.length; length++) {
      const w = words[i + length - 1];
      if (!w || (length > 1 && !w.joinedToPrevious)) break;
      text = length === 1 ? w.text : `${text} ${w.text}`;
      const k = key(text);
      const type = known.get(k) ?? null;
      if (type) {
        bestLength = length;
        bestType = type;
      }
      if (w.possessive) break;
    }
    if (bestLength > 0 && bestType) {
      found.push(
        makeCandidate(sentence, words.slice(i, i + bestLength), i, bestType, 2, null, null),
      );
      i += bestLength;
    } else {
      i++;
    }
  }
  return found;
}

function toMention(doc: Doc, candidate: Candidate, type: EntityType): Mention {
  const first = candidate.words[0] as Word;
  const last = candidate.words[candidate.words.length - 1] as Word;
  return {
    id: 0,
    start: first.start,
    end: last.end,
    text: doc.text.slice(first.start, last.end),
    type,
    sentenceIndex: candidate.sentence.index,
    zone: candidate.sentence.zone,
    title: candidate.title,
    fullSpan: candidate.titleStart !== null ? { start: candidate.titleStart, end: last.end } : null,
    entityId: null,
  };
}

function sentenceIndexAt(doc: Doc, offset: number): number {
  for (const sentence of doc.sentences) {
    if (offset >= sentence.start && offset < sentence.end) return sentence.index;
  }
  return -1;
}

/** Where `word` occurs in `text` as a whole word ("AP" in "BUDAPEST (AP)" is the second), or -1. */
function indexOfWord(text: string, word: string): number {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

/** Persons from the byline and photo credits, agencies after a credit's slash, the dateline's agency. */
function layoutMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  const add = (span: Span, type: EntityType, zone: Zone): void => {
    if (span.end <= span.start) return;
    mentions.push({
      id: 0,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      type,
      sentenceIndex: sentenceIndexAt(doc, span.start),
      zone,
      title: null,
      fullSpan: null,
      entityId: null,
    });
  };
  for (const author of doc.layout.authors) add(author, "PERSON", "byline");
  for (const credit of doc.layout.credits) {
    add(credit, "PERSON", "caption");
    const after = doc.text.slice(credit.end, credit.end + 60);
    const agency = CREDIT_AGENCY_PATTERN.exec(after);
    if (agency?.[1]) {
      const start = credit.end + after.indexOf(agency[1]);
      add({ start, end: start + agency[1].length }, "ORGANIZATION", "caption");
    }
  }
  const dateline = doc.layout.dateline;
  if (dateline) {
    const datelineText = doc.text.slice(dateline.start, dateline.end);
    const agencyAcronym = dateline.agency ? null : /\((\p{Lu}{2,6})\)/u.exec(datelineText);
    if (agencyAcronym?.[1]) {
      const start = dateline.start + agencyAcronym.index + 1;
      add({ start, end: start + agencyAcronym[1].length }, "ORGANIZATION", "dateline");
    }
    if (dateline.agency) {
      const at = indexOfWord(datelineText, dateline.agency);
      if (at >= 0)
        add(
          { start: dateline.start + at, end: dateline.start + at + dateline.agency.length },
          "ORGANIZATION",
          "dateline",
        );
    }
    if (dateline.placeSpan) add(dateline.placeSpan, "LOCATION", "dateline");
    if (dateline.regionSpan) add(dateline.regionSpan, "LOCATION", "dateline");
  }
  return mentions;
}

/** Keeps one mention per stretch of text: layout mentions and longer names win overlaps. */
function removeOverlaps(preferred: Mention[], others: Mention[]): Mention[] {
  const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const mention of [...preferred].sort(byStart)) {
    if (mention.start < lastEnd) continue;
    kept.push(mention);
    lastEnd = mention.end;
  }
  const layout = [...kept];
  lastEnd = -1;
  for (const mention of [...others].sort(byStart)) {
    if (mention.start < lastEnd || overlapsAny(layout, mention)) continue;
    kept.push(mention);
    lastEnd = mention.end;
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept.map((m, id) => ({ ...m, id }));
}

/** Whether `mention` overlaps one of `sorted` (sorted by start, not overlapping each other). */
function overlapsAny(sorted: Mention[], mention: Mention): boolean {
  let low = 0;
  let high = sorted.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < mention.end) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const before = sorted[candidate];
  return before !== undefined && before.end > mention.start;
}

const RELATED_PREFIX = /^RELATED:?\s+/i;
const CREDIT_LINE = /\b(?:reporting|writing|editing|compiled|contributed)\s+by\s/i;

/** "RELATED …" lines name entities too; they are read like headlines (sentence index -1). */
function relatedHeadlines(doc: Doc): Sentence[] {
  const lines: Sentence[] = [];
  for (const block of doc.layout.furniture) {
    if (CREDIT_LINE.test(block.text) && block.text.length < 400) {
      // "Reporting by A and B; Editing by C": the names are people.
      lines.push({ ...block, index: -1, zone: "byline", paragraphIndex: -1, tokens: [] });
      continue;
    }
    const prefix = RELATED_PREFIX.exec(block.text);
    if (!prefix) continue;
    const start = block.start + prefix[0].length;
    lines.push({
      start,
      end: block.end,
      index: -1,
      zone: "headline",
      paragraphIndex: -1,
      text: doc.text.slice(start, block.end),
      tokens: [],
    });
  }
  return lines;
}

const LOWERCASE_ACRONYM_DEFINITION = /\b[a-z]{3,40}\s\((\p{Lu}{2,6})\)/gu;

/** Acronyms the article defines for common nouns ("iodine deficiency disorders (IDD)"): not entities. */
function acronymsOfCommonNouns(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(LOWERCASE_ACRONYM_DEFINITION))
    if (match[1]) found.add(match[1]);
  return found;
}

const CAMPAIGN_NAME = /\bSave the \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?/gu;

/** Organizations named as "Save the …" ("Save the Children", "Save the Wye"). */
function campaignNames(sentence: Sentence, words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  if (!sentence.text.includes("Save the ")) return found;
  for (const match of sentence.text.matchAll(CAMPAIGN_NAME)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const first = words.findIndex((w) => w.start === start);
    const inside = words.filter((w) => w.start >= start && w.end <= end);
    if (first >= 0 && inside.length > 0)
      found.push(makeCandidate(sentence, inside, first, "ORGANIZATION", 2, null, null));
  }
  return found;
}

function overlaps(a: Word[], b: Word[]): boolean {
  const aStart = a[0]?.start ?? 0;
  const aEnd = a[a.length - 1]?.end ?? 0;
  const bStart = b[0]?.start ?? 0;
  const bEnd = b[b.length - 1]?.end ?? 0;
  return aStart < bEnd && bStart < aEnd;
}

const WORK_YEAR = /^ \((?:1[5-9]|20)\d\d\)/;

/**
 * Names the article shows to be products or creative works: followed by a version number or an
 * edition ("Explorer 9", "Windows XP"), a product noun ("the Firefox browser"), a year in brackets
 * inside running text ("The Lookout (2007)"), or after a work noun ("the film Stoker").
 */
function productAndWorkKeys(doc: Doc, sentenceWords: Word[][]): Set<string> {
  const keys = new Set<string>();
  for (const words of sentenceWords) {
    let i = 0;
    while (i < words.length) {
      if (!words[i]?.nameLike) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < words.length && words[j]?.nameLike && words[j]?.joinedToPrevious) {
        if (words[j - 1]?.possessive) break;
        j++;
      }
      let from = i;
      while (from < j - 1 && isFunctionWord(words[from] as Word)) from++;
      const run = words.slice(from, j);
      const next = words[j];
      const lastOfRun = run[run.length - 1];
      const before = words[from - 1];
      const edition = run.length > 1 && lastOfRun && PRODUCT_EDITIONS.has(lastOfRun.lower);
      const version =
        next?.joinedToPrevious === true && /^\p{N}{1,2}(?:\.\p{N})?$/u.test(next.text);
      const productNoun = next?.joinedToPrevious === true && PRODUCT_NOUNS.has(next.lower);
      const workNoun =
        before !== undefined && run[0]?.joinedToPrevious && WORK_NOUNS.has(before.lower);
      const year =
        lastOfRun !== undefined &&
        (from > 0 || j < words.length - 1) &&
        WORK_YEAR.test(doc.text.slice(lastOfRun.end, lastOfRun.end + 8));
      const named = edition ? run.slice(0, -1) : run;
      if ((edition || version || productNoun || workNoun || year) && lexicalType(run)[1] < 2) {
        keys.add(phraseKey(run));
        keys.add(phraseKey(named));
      }
      i = j;
    }
  }
  keys.delete("");
  return keys;
}

/** Whether a candidate is one of the article's products or works, or a longer name that starts with one. */
function isProductOrWork(candidate: Candidate, keys: Set<string>): boolean {
  if (keys.size === 0 || lexicalType(candidate.words)[1] >= 2) return false;
  const k = phraseKey(candidate.words);
  if (keys.has(k)) return true;
  for (const product of keys) if (k.startsWith(`${product} `)) return true;
  return false;
}

/** Finds the names of people, organizations and places in every zone of the article. */
export function findMentions(doc: Doc): Mention[] {
  const sentences = [...doc.sentences, ...relatedHeadlines(doc)];
  const sentenceWords = sentences.map(tokenizeSentence);
  const signals = collectSignals(sentenceWords);
  const candidates: Candidate[] = [];
  const headlineLike: number[] = [];
  const commonAcronyms = acronymsOfCommonNouns(doc.text);
  sentences.forEach((sentence, index) => {
    const words = sentenceWords[index] ?? [];
    const shouted = words.length > 2 && words.filter((w) => w.allCaps).length / words.length > 0.6;
    if (
      (sentence.zone === "headline" || sentence.zone === "subtitle") &&
      (isTitleCase(words) || shouted)
    ) {
      headlineLike.push(index);
      return;
    }
    const found = candidatesForSentence(doc, sentence, words, signals);
    const campaigns = campaignNames(sentence, words);
    // A campaign name with lower-case words ("Save the Children") replaces the pieces found inside it.
    candidates.push(
      ...campaigns,
      ...found.filter((c) => !campaigns.some((k) => overlaps(k.words, c.words))),
    );
  });
  resolveByNameParts(candidates);
  resolveCoordinations(doc, candidates, signals);
  resolveDefinedAcronyms(doc, candidates);
  unifyTypes(doc, candidates);

  const known = new Map<string, EntityType>();
  for (const candidate of candidates) {
    if (!candidate.type) continue;
    known.set(phraseKey(candidate.words), candidate.type);
    const lastWord = candidate.words[candidate.words.length - 1];
    const firstWord = candidate.words[0];
    if (candidate.type === "PERSON" && lastWord && firstWord && candidate.words.length > 1) {
      // Headlines use surnames, and some names put the family name first ("Xi Jinping" → "Xi").
      known.set(lastWord.lower, "PERSON");
      if (!known.has(firstWord.lower)) known.set(firstWord.lower, "PERSON");
    }
  }
  for (const index of headlineLike) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const words = sentenceWords[index] ?? [];
    const lexical = (k: string): EntityType | undefined =>
      known.get(k) ??
      (isKnownOrganization(k)
        ? "ORGANIZATION"
        : isKnownPlace(k) || countryFor(k)
          ? "LOCATION"
          : undefined);
    const lookup = new Map(known);
    for (const w of words) {
      const t = lexical(w.lower);
      if (t && !lookup.has(w.lower)) lookup.set(w.lower, t);
    }
    candidates.push(...headlineCandidates(sentence, words, lookup));
  }

  const productsAndWorks = productAndWorkKeys(doc, sentenceWords);
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    if (!candidate.type || candidate.words.length === 0) continue;
    if (isProductOrWork(candidate, productsAndWorks)) continue;
    if (candidate.words.length === 1 && candidate.confidence < 1) continue;
    if (candidate.words.length === 1 && commonAcronyms.has(candidate.words[0]?.text ?? ""))
      continue;
    mentions.push(toMention(doc, candidate, candidate.type));
  }
  return removeOverlaps(layoutMentions(doc), mentions);
}

/** Stage 03: named-entity mentions (entityId null until coreference). */
export const mentionsStage: Stage = {
  name: "mentions",
  run: (doc) => ({ ...doc, mentions: findMentions(doc) }),
};

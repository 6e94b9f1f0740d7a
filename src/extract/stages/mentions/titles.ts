import type { Sentence } from "../../types.js";
import { isAdjectivalCountryName, isDemonym } from "../../lexicon/gazetteer.js";
import { OCCUPATION_TITLE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles.js";
import type { Candidate } from "./candidate.js";
import { makeCandidate } from "./candidate.js";
import { isAcronymWord, longestMatch, isPlaceOrOrgKey, lexicalType } from "./phrase-type.js";
import { COMPASS_WORDS, isCommonTagged, isDemonymWord, isFunctionWord } from "./word-classes.js";
import type { Word } from "./words.js";
import type { MentionState } from "./state.js";

/** The heads of "Chief … Officer" titles ("Chief Financial Officer", "Chief Medical Officer"). */
const CHIEF_TITLE_ENDS = new Set(["officer", "officers"]);

function titleHeadLength(words: Word[], index: number): number {
  if (words[index]?.lower === "chief") {
    // "Chief Financial Officer Ann Lee", "Chief Operating Officer": one or two portfolio words.
    for (let end = index + 2; end <= index + 3; end++) {
      if (!CHIEF_TITLE_ENDS.has(words[end]?.lower ?? "")) continue;
      const between = words.slice(index + 1, end + 1);
      if (between.every((w) => w.nameLike && w.joinedToPrevious && !w.possessive))
        return end - index + 1;
    }
  }
  for (let length = 3; length >= 1; length--) {
    if (index + length > words.length) continue;
    const phrase = words
      .slice(index, index + length)
      .map((w, i) => (i === 0 ? withoutModifierPrefix(w.lower) : w.lower))
      .join(" ");
    if (TITLE_HEADS.has(phrase) || OCCUPATION_TITLE_HEADS.has(phrase)) return length;
  }
  return 0;
}

/** "then-president" → "president", "ex-minister" → "minister": a modifier hyphened to a title. */
function withoutModifierPrefix(lower: string): string {
  const hyphen = lower.indexOf("-");
  if (hyphen < 1 || !TITLE_MODIFIERS.has(lower.slice(0, hyphen))) return lower;
  return lower.slice(hyphen + 1);
}

/** Length of the title-like material (places, orgs, acronyms, demonyms, modifiers) starting at `index`. */
function titleMaterialLength(words: Word[], index: number): number {
  const word = words[index];
  if (!word) return 0;
  // "European Commission President": a known body that opens with a nationality word is one piece.
  const knownBody = longestMatch(words, index, 4, isPlaceOrOrgKey);
  if (knownBody > 1) return knownBody;
  if (TITLE_MODIFIERS.has(word.lower) || isDemonymWord(word.lower)) return 1;
  // "South Korean Foreign Minister": a compass word before a nationality.
  if (COMPASS_WORDS.has(word.lower) && isDemonym(words[index + 1]?.lower ?? "")) return 2;
  if (isAcronymWord(word)) return 1;
  const known = longestMatch(words, index, 4, isPlaceOrOrgKey);
  if (known > 0) return known;
  return word.possessive && word.nameLike ? 1 : 0;
}

/**
 * Endings of adjectives, participles and abstract nouns ("Regional", "Acting", "Opposition"),
 * which open titles as ordinary words.
 */
const ORDINARY_ENDING =
  /(?:al|ic|ous|ive|ary|ern|ful|less|ing|ed|tion|sion|ment|ness|ity|ship|ance|ence|ism|ure|ery)$/;

/** A capitalized word that is an ordinary English word, as far as the lexicon or its ending tell. */
function looksOrdinary(lower: string): boolean {
  return isCommonTagged(lower) || ORDINARY_ENDING.test(lower);
}

/** Finds a title at the start of a chunk: the number of words it spans, 0 when none. */
export function leadingTitleLength(words: Word[]): number {
  let index = 0;
  let titleEnd = 0;
  while (index < words.length - 1) {
    const head = titleHeadLength(words, index);
    // "King's College", "the President's Council": a title in the possessive heads no name.
    if (head > 0 && words[index + head - 1]?.possessive) break;
    // A rank "of" a place is a territorial title ("Duke of Morvenna"), whose place the place
    // steps read, not a title before a name.
    const rankOfPlace =
      head === 1 &&
      words[index + 1]?.lower === "of" &&
      OCCUPATION_TITLE_HEADS.has(words[index]!.lower) &&
      !TITLE_HEADS.has(words[index]!.lower);
    if (head > 0 && !rankOfPlace) {
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
    const material = titleMaterialLength(words, index) || portfolioLength(words, index);
    if (material === 0) break;
    index += material;
  }
  return titleEnd;
}

/** Title heads named after a portfolio or chamber: "Irrigation Minister", "Homeland Security Secretary", "Parliament Speaker". */
const PORTFOLIO_HEADS = new Set(["minister", "secretary", "speaker"]);

/**
 * "Irrigation" in "Irrigation Minister Yasir Abbas", "Emergency Services" in "Emergency Services
 * Minister Nikki Boyd": up to three capitalized words right before a portfolio title head belong
 * to the title; 0 when the words are not so followed.
 */
function portfolioLength(words: Word[], index: number): number {
  for (let length = 1; length <= 3; length++) {
    const portfolio = words.slice(index, index + length);
    if (portfolio.length < length) return 0;
    const last = portfolio[length - 1];
    if (!last?.nameLike || last.possessive || (length > 1 && !last.joinedToPrevious)) return 0;
    const head = words[index + length];
    if (head?.joinedToPrevious && PORTFOLIO_HEADS.has(head.lower)) return length;
  }
  return 0;
}

/**
 * How many unknown capitalized words open a phrase before a title and a two-word name
 * ("Volga Air" in "Volga Air Chief Executive Igor Demin"); 0 when the phrase is not so built.
 */
export function employerBeforeTitle(phrase: Word[]): number {
  if (leadingTitleLength(phrase) > 0) return 0;
  for (let employer = 1; employer <= 3 && employer < phrase.length - 2; employer++) {
    const opener = phrase[employer - 1];
    const unitNumber = isNumberedUnitOfBody(phrase.slice(0, employer));
    if (!opener || (!opener.nameLike && !unitNumber) || TITLE_HEADS.has(opener.lower)) break;
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
    break;
  }
  return employerWithComplementBeforeTitle(phrase);
}

/** Units of a union or body that go by a number ("Local 600", "District 751", "Lodge 17"). */
const NUMBERED_UNITS: ReadonlySet<string> = new Set([
  "local",
  "district",
  "lodge",
  "chapter",
  "branch",
  "division",
]);

/**
 * "UAW Local 600", "Teamsters Local 2010", "IAM District 751": a body's name, then a unit and its
 * number. An organization, though "District" alone would make a place of it.
 */
export function isNumberedUnitOfBody(words: readonly Word[]): boolean {
  const number = words[words.length - 1];
  const unit = words[words.length - 2];
  return (
    words.length >= 3 &&
    /^\d{1,5}$/.test(number?.text ?? "") &&
    NUMBERED_UNITS.has(unit?.lower ?? "") &&
    (unit?.nameLike ?? false) &&
    words.slice(0, -2).every((w) => w.nameLike)
  );
}

/** Small words inside a body's name before a title ("Bank of England", "Court of Appeal"). */
const EMPLOYER_CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "for", "and"]);

/** The most words a body's name with a complement may have before a title. */
const MAX_EMPLOYER_WORDS = 6;

/**
 * "Bank of England Governor Andrew Bailey", "University of Chicago Professor Jane Morton": a
 * body's name with an "of" complement, then a capitalized title, then a person's name of two
 * words or more: how many words the body takes, 0 when the phrase is not so built.
 */
function employerWithComplementBeforeTitle(phrase: Word[]): number {
  for (
    let employer = 3;
    employer <= MAX_EMPLOYER_WORDS && employer < phrase.length - 2;
    employer++
  ) {
    const body = phrase.slice(0, employer);
    const last = body[body.length - 1];
    if (!last?.nameLike || EMPLOYER_CONNECTORS.has(last.lower)) continue;
    if (!body.some((w) => w.lower === "of")) continue;
    if (!body.every((w) => w.nameLike || EMPLOYER_CONNECTORS.has(w.lower))) return 0;
    if (body.some((w) => w.possessive || TITLE_HEADS.has(w.lower))) return 0;
    if (titleHeadLength(phrase, employer) === 0) continue;
    const title = leadingTitleLength(phrase.slice(employer));
    const name = phrase.slice(employer + title);
    const [bodyType] = lexicalType(body);
    if (
      title > 0 &&
      (bodyType === "ORGANIZATION" || bodyType === "LOCATION") &&
      name.length >= 2 &&
      name.every((w) => w.nameLike && !EMPLOYER_CONNECTORS.has(w.lower)) &&
      lexicalType(name)[0] === null
    )
      return employer;
    return 0;
  }
  return 0;
}

/** Where the complement starts when a phrase opens with a title head and "of" ("Leaders of the …"), else 0. */
export function titleOfComplement(phrase: Word[]): number {
  const head = titleHeadLength(phrase, 0);
  if (head === 0 || phrase[head]?.lower !== "of") return 0;
  const start = phrase[head + 1]?.lower === "the" ? head + 2 : head + 1;
  return start < phrase.length ? start : 0;
}

/** Extends a title backwards over words before the name ("Taliban spokesperson", "AU trade and industry commissioner"). */
export function precedingTitleStart(
  words: Word[],
  nameStart: number,
  headSeen = false,
): number | null {
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
      isDemonymWord(word.lower) ||
      (word.nameLike && (isPlaceOrOrgKey(word.lower) || isAcronymWord(word) || word.possessive)) ||
      // "Bundesbank chief": an unknown name before a lower-case title, also opening the sentence
      // when no dictionary knows it as an ordinary word.
      (word.nameLike &&
        (!word.sentenceInitial || !looksOrdinary(word.lower)) &&
        isLowercaseTitleWord(words[index + 1])) ||
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
    (TITLE_MODIFIERS.has(word.lower) ||
      TITLE_HEADS.has(word.lower) ||
      OCCUPATION_TITLE_HEADS.has(word.lower))
  );
}

export function lowercaseHeadEndingAt(words: Word[], end: number): number {
  for (let length = 3; length >= 1; length--) {
    const startIndex = end - length + 1;
    if (startIndex < 0) continue;
    const phrase = words
      .slice(startIndex, end + 1)
      .map((w) => w.lower)
      .join(" ");
    if (TITLE_HEADS.has(phrase) || OCCUPATION_TITLE_HEADS.has(phrase)) return length;
  }
  return 0;
}

/** Countries, places and organizations named inside a title ("U.S." in "U.S. Secretary of State"). */
export function mentionsInsideTitle(
  sentence: Sentence,
  titleWords: Word[],
  first: number,
): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < titleWords.length) {
    const word = titleWords[i];
    // "Saudi Foreign Minister": a country's name that is also its adjective, inside a title, is the adjective.
    const adjectival =
      word !== undefined && i + 1 < titleWords.length && isAdjectivalCountryName(word.lower);
    // "European Commission President": a known body may open with a nationality word.
    const knownBody = longestMatch(titleWords, i, 4, isPlaceOrOrgKey) > 1;
    if (
      !word ||
      !word.nameLike ||
      (!knownBody && (isDemonym(word.lower) || TITLE_HEADS.has(word.lower) || adjectival))
    ) {
      i++;
      continue;
    }
    const length = longestMatch(titleWords, i, 4, isPlaceOrOrgKey);
    // "Labour Minister", "Interior Secretary": a portfolio before a minister's title names no body.
    if (
      length === 1 &&
      TITLE_MODIFIERS.has(word.lower) &&
      PORTFOLIO_HEADS.has(titleWords[i + 1]?.lower ?? "")
    ) {
      i++;
      continue;
    }
    const span = titleWords.slice(i, i + Math.max(length, 1));
    const [type] = lexicalType(span);
    if (type && (length > 0 || isAcronymWord(word))) {
      found.push(makeCandidate(sentence, span, first + i, type, 2, null, null));
      i += span.length;
    } else if (type === null && length === 0) {
      // "Bundesbank chief", "Wedbush Securities analyst": unknown names right before a
      // lower-case role are the body the person works for.
      let end = i;
      while (titleWords[end + 1]?.nameLike && titleWords[end + 1]?.joinedToPrevious) end++;
      const role = titleWords[end + 1];
      const employer = titleWords.slice(i, end + 1);
      if (
        role &&
        !role.nameLike &&
        role.joinedToPrevious &&
        lowercaseHeadEndingAt(titleWords, end + 1) > 0 &&
        !employer.some((w) => w.possessive || isDemonym(w.lower) || TITLE_HEADS.has(w.lower)) &&
        // "Police chief", "Fire chief": an ordinary word capitalized, no name.
        !employer.every((w) => looksOrdinary(w.lower))
      )
        found.push(makeCandidate(sentence, employer, first + i, "ORGANIZATION", 1, null, null));
      i = end + 1;
    } else {
      i++;
    }
  }
  return found;
}

/** Determiners before a bare title that make it a role, not a name ("the Tsar", "his Emperor"). */
const ROLE_DETERMINERS = new Set(["the", "his", "her", "their", "its", "our", "your", "my"]);

/**
 * "the Tsar, who had visited him", "the Pope said": one singular title word after a determiner
 * is the holder's role, not a name, whatever its context makes of it; it names no entity.
 */
export function dropBareTitles(state: MentionState): void {
  const wordsOf = new Map(state.sentences.map((s, i) => [s, state.sentenceWords[i] ?? []]));
  for (const candidate of state.candidates) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    if (!only || candidate.type === null || only.allCaps || /s$/.test(only.key)) continue;
    if (!TITLE_HEADS.has(only.key) && !OCCUPATION_TITLE_HEADS.has(only.key)) continue;
    if (isPlaceOrOrgKey(only.key)) continue;
    const before = wordsOf.get(candidate.sentence)?.[candidate.first - 1];
    if (!ROLE_DETERMINERS.has(before?.lower ?? "")) continue;
    candidate.type = null;
  }
}

import type { Doc } from "../../types.js";
import { NON_ENTITY_ACRONYMS } from "../../lexicon/acronyms.js";
import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import { CALENDAR_WORDS, NON_NAME_WORDS } from "../../lexicon/common-capitalized.js";
import { LOCATION_CUE_WORDS, countryFor, isKnownPlace } from "../../lexicon/gazetteer.js";
import {
  FOREIGN_NAME_CONNECTORS,
  FOREIGN_ORGANIZATION_HEADS,
  OF_JOINING_WORDS,
  ORGANIZATION_CUE_WORDS,
  OWNED_BUSINESS_NOUNS,
  isKnownOrganization,
} from "../../lexicon/organizations.js";
import { FIRST_NAMES, NAME_PARTICLES } from "../../lexicon/person-names.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles.js";
import { isClubName, isPlaceOrOrgKey, cueWord, longestMatch } from "./phrase-type.js";
import type { DocSignals } from "./word-classes.js";
import { isFunctionWord, isCommonTagged } from "./word-classes.js";
import type { Word } from "./words.js";

/** Names are short: a longer run of capitals (a shouted line, a list) is cut into pieces of this many words. */
const MAX_CHUNK_WORDS = 16;

/**
 * Splits a sentence's words into runs of capitalized words joined by name connectors; with the
 * document's text, a comma list of portfolios continues a ministry's name.
 */
export function chunkSentence(
  words: Word[],
  signals: DocSignals,
  text?: string,
): Array<[number, number]> {
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
      if (!previous || !next) break;
      if (previous.possessive) {
        // "King's College London", "St Thomas' Hospital": an ordinary noun's or a saint's
        // possessive opens a name that ends in a cue word; "Britain's Foreign Office" stays two.
        if (!possessiveOpensName(words, start, end)) break;
        end++;
        continue;
      }
      if (next.ampersandBefore && next.nameLike && endsWithCue(words, end)) {
        end++;
        continue;
      }
      if (!next.joinedToPrevious) {
        const listed = text === undefined ? 0 : portfolioListLength(words, start, end, text);
        if (listed === 0) break;
        end += listed;
        continue;
      }
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

/**
 * Cue words that name a portfolio besides a body ("Health and Human Services", "Culture, Media
 * and Sport"): after "and" inside an opened name they end the name, not start a second one.
 */
const PORTFOLIO_CUES = new Set([
  "services",
  "service",
  "media",
  "sports",
  "energy",
  "water",
  "power",
  "rail",
  "telecom",
  "security",
  "development",
  "affairs",
  "research",
  "industries",
  "technologies",
  "systems",
  "logistics",
  "aerospace",
]);

/** Whether the run of name words starting at `from` ends with a portfolio cue ("Human Services"). */
function endsWithPortfolio(words: Word[], from: number): boolean {
  return PORTFOLIO_CUES.has(cueWord(words[lastOfNameRun(words, from)]));
}

/** How many words one portfolio of a list may have ("Food", "Rural Affairs"). */
const MAX_PORTFOLIO_WORDS = 2;

/**
 * "Department for Environment, Food and Rural Affairs", "Ministry of Economy, Trade and Industry":
 * after a body's cue and "of"/"for" with a short complement, a comma list of one- or two-word
 * portfolios closed by "and" continues the name. Returns the words added (commas are no words),
 * or 0. A portfolio that is a known place or organization, or ends in a body's cue ("Foreign
 * Office"), makes a list of bodies instead.
 */
function portfolioListLength(words: Word[], start: number, end: number, text: string): number {
  const chunk = words.slice(start, end);
  const ofAt = chunk.findIndex((w) => w.lower === "of" || w.lower === "for");
  if (ofAt < 1 || chunk.length - ofAt - 1 < 1 || chunk.length - ofAt - 1 > MAX_PORTFOLIO_WORDS)
    return 0;
  if (!ORGANIZATION_CUE_WORDS.has(cueWord(chunk[ofAt - 1]))) return 0;
  const portfolio = (from: number): number => {
    let length = 0;
    while (length < MAX_PORTFOLIO_WORDS) {
      const word = words[from + length];
      if (!word?.nameLike || word.possessive || word.allCaps || isCalendar(word)) break;
      if (length > 0 && !word.joinedToPrevious) break;
      length++;
    }
    if (length === 0) return 0;
    // The portfolio must end here: a third capitalized word makes it something else.
    const after = words[from + length];
    if (after?.nameLike && after.joinedToPrevious) return 0;
    const run = words.slice(from, from + length);
    const runKey = run.map((w) => w.key).join(" ");
    if (isKnownPlace(runKey) || countryFor(runKey) !== undefined) return 0;
    if (length > 1 && isKnownOrganization(runKey)) return 0;
    // "… Culture, Alice Smith and Bob": people listed after the body, no portfolios.
    const first = run[0]?.lower ?? "";
    if (FIRST_NAMES.has(first) && !isCommonTagged(first)) return 0;
    const cue = cueWord(run[run.length - 1]);
    if (ORGANIZATION_CUE_WORDS.has(cue) && !PORTFOLIO_CUES.has(cue)) return 0;
    if (LOCATION_CUE_WORDS.has(cue)) return 0;
    return length;
  };
  let index = end;
  let listed = 0;
  while (listed < 4) {
    const previous = words[index - 1];
    const word = words[index];
    if (!previous || !word || text.slice(previous.end, word.start) !== ", ") return 0;
    if (word.lower === "and") {
      // The Oxford comma: ", and Sport".
      if (listed === 0) return 0;
      const last = portfolio(index + 1);
      return last > 0 && words[index + 1]?.joinedToPrevious ? index + 1 + last - end : 0;
    }
    const length = portfolio(index);
    if (length === 0) return 0;
    index += length;
    listed++;
    const following = words[index];
    if (following?.lower === "and" && following.joinedToPrevious) {
      const last = portfolio(index + 1);
      return last > 0 && words[index + 1]?.joinedToPrevious ? index + 1 + last - end : 0;
    }
  }
  return 0;
}

const SAINT_WORDS = new Set(["st", "saint", "ste", "sainte"]);
const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Actor"]);

/**
 * Whether the possessive word before `end` belongs to the name that follows it: the possessor is an
 * ordinary noun ("King's", "Children's", "People's") or a saint's name ("St Paul's"), not a known
 * place or organization, and either of the next two words is an organization or place cue
 * ("King's College London", "St Thomas' Hospital", "Children's Hospital of Philadelphia").
 */
function possessiveOpensName(words: Word[], start: number, end: number): boolean {
  const owner = words[end - 1];
  const next = words[end];
  if (!owner || !next || !next.nameLike || next.allCaps) return false;
  // After a plural possessive ("Thomas' Hospital") only the apostrophe and a space lie between.
  const joined = next.joinedToPrevious || next.start - owner.end === 2;
  if (!joined || isPlaceOrOrgKey(owner.lower)) return false;
  // "the Rivermont County Sheriff's Office", "the District Attorney's Office": an office-holder's
  // office or department is a body, whatever names the holder's seat before it.
  if (TITLE_HEADS.has(owner.lower) && !owner.allCaps && OFFICE_NOUNS.has(next.lower)) {
    const after = words[end + 1];
    return !(after?.nameLike && after.joinedToPrevious);
  }
  if (ownerBeforeTrade(owner, words.slice(end, end + 3))) return true;
  // The possessor opens the chunk or follows a connector ("Officers of the People's …").
  const before = end - 1 > start ? words[end - 2] : undefined;
  const saint = before !== undefined && SAINT_WORDS.has(before.lower) && before.nameLike;
  const ordinary =
    (before === undefined || !before.nameLike) &&
    !owner.allCaps &&
    !FIRST_NAMES.has(owner.lower) &&
    compromiseTags(owner.lower).some((t) => NOUN_TAGS.has(t));
  if (!saint && !ordinary) return false;
  for (let i = end; i < Math.min(words.length, end + 2); i++) {
    const word = words[i];
    if (!word?.nameLike || (i > end && !word.joinedToPrevious)) break;
    const cue = cueWord(word);
    if (ORGANIZATION_CUE_WORDS.has(cue) || LOCATION_CUE_WORDS.has(cue)) return true;
  }
  return false;
}

/**
 * "Marlowe's Hardware", "Ferro's Italian Bakery": a proper name's possessive before a trade that
 * ends the capitalized run, at most one word after it, names a shop or restaurant, not the owner
 * and a common noun. `following` are the (up to three) words after the possessive.
 */
function ownerBeforeTrade(owner: Word, following: Word[]): boolean {
  if (owner.allCaps || isCalendar(owner) || NON_NAME_WORDS.has(owner.key)) return false;
  for (let i = 0; i < 2; i++) {
    const word = following[i];
    if (!word?.nameLike || word.possessive || (i > 0 && !word.joinedToPrevious)) return false;
    const after = following[i + 1];
    const endsRun = !(after?.nameLike && after.joinedToPrevious);
    if (OWNED_BUSINESS_NOUNS.has(word.lower)) return endsRun;
  }
  return false;
}

/** Bodies named for the office-holder who heads them ("Sheriff's Office", "Mayor's Department"). */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(["office", "department"]);

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
  // A name-like word starting with a digit is a known name ("4chan"), not a number before one.
  return word.nameLike && (!/^\p{N}/u.test(word.text) || /^\p{N}+\p{L}{2}/u.test(word.text));
}

function continuesChunk(word: Word): boolean {
  return word.nameLike || /^\p{N}+\p{Lu}?$/u.test(word.text);
}

/**
 * "Rio Grande do Sul", "Mato Grosso do Sul": Portuguese "do" inside a place's name of two proper
 * words or more; after one word it is as likely the English verb ("Why do Britons …"), and after a
 * given name it opens a person's origin ("Ana Lima do Porto").
 */
function joinsPortugueseName(chunkSoFar: Word[]): boolean {
  return (
    chunkSoFar.length >= 2 &&
    !FIRST_NAMES.has(chunkSoFar[0]?.lower ?? "") &&
    chunkSoFar.every((w) => w.nameLike && !w.possessive && !NON_NAME_WORDS.has(w.lower))
  );
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
  // "Saint Vincent and the Grenadines": a known name spans "and the".
  if (lower === "and" && words[after]?.lower === "the" && words[after]?.joinedToPrevious) {
    const known = knownNameAcross(words.slice(start, end), words, end, after + 1);
    if (known > 0) return after + 1 - end + known;
  }
  // "von der Leyen", "bin Abdul": a second particle before the name.
  if (NAME_PARTICLES.has(lower) && words[after] && NAME_PARTICLES.has(words[after]?.lower ?? ""))
    after++;
  const next = words[after];
  if (!next || !next.nameLike || !next.joinedToPrevious || !words[end + 1]?.joinedToPrevious)
    return 0;
  if (isCalendar(next)) return 0;
  // "… Launch Centre on PX-4", "… Centre for F-35 …": a designation with digits names a flight, model
  // or code, never the topic or place that completes a body's name, so the name before it ends there.
  if (isDesignation(next)) return 0;
  if (NAME_PARTICLES.has(lower)) return after - end + 1;
  const chunkSoFar = words.slice(start, end);
  if (lower === "do" && joinsPortugueseName(chunkSoFar)) return after - end + 1;
  // "Banco do Brasil", "Alternative für Deutschland": a head-first foreign body's own preposition.
  if (
    FOREIGN_NAME_CONNECTORS.has(lower) &&
    FOREIGN_ORGANIZATION_HEADS.has(chunkSoFar[0]?.lower ?? "")
  )
    return after - end + 1;
  // "University of North Carolina at Chapel Hill": a campus named after "at" belongs to the name.
  if (lower === "at") return isUniversityOfPlace(chunkSoFar) ? after - end + 1 : 0;
  const opened = chunkSoFar.some((w) => OF_JOINING_WORDS.has(cueWord(w)));
  if (lower === "of" || lower === "for" || lower === "on") {
    // "House of Representatives", "House of Commons": a known name spans the connector.
    const known = knownNameAcross(chunkSoFar, words, end, after);
    if (known > 0) return after - end + known;
    // "Rock and Roll Hall of Fame": an institution's head with its fixed complement.
    if (FIXED_COMPLEMENTS.has(`${previous.lower} ${lower} ${next.lower}`)) return after - end + 1;
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
  // "Bosnia and Herzegovina", "Procter and Gamble": a known name spans the "and".
  const known = knownNameAcross(chunkSoFar, words, end, after);
  if (known > 0) return after - end + known;
  // "Leeds United and Bradford City": a club's name is complete before "and".
  if (isClubName(chunkSoFar)) return 0;
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
    if (tooLong || (endsWithCue(words, after) && !endsWithPortfolio(words, after))) return 0;
    return two ? after - end + 2 : after - end + 1;
  }
  // "Aeronautics and Space Administration", "Aviation & Space Museum": the part after "and" ends the
  // name with a cue and is short or starts with an ordinary word; "Steel and Aoba Heavy Industries" are two.
  // Two names with the same cue are two ("Time Magazine and People Magazine"); "Museum and Art
  // Gallery" is one.
  if (cueWord(previous) === cueWord(words[lastOfNameRun(words, after)])) return 0;
  // "Cardiff and Vale University Health Board": a bare place before "and" and a run after it that
  // ends in an organization's head word name one body serving both areas.
  if (isPlaceAndPlaceBody(chunkSoFar, words, after)) return after - end + 1;
  // "The New York Times and ABC News": a known organization before "and" is complete, so two.
  if (endsWithKnownOrganization(chunkSoFar)) return 0;
  // "Texas and El Paso County": a known place before "and" and a place's cue after it are two places.
  if (
    isBarePlace(chunkSoFar) &&
    LOCATION_CUE_WORDS.has(cueWord(words[lastOfNameRun(words, after)]))
  )
    return 0;
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

/**
 * "Globe and Mail", "Marks and Spencer": the words before "and" and one or two after it spell a known
 * organization; returns how many words after "and" belong to it, or 0.
 */
/** Heads and complements that always make one name ("Hall of Fame"). */
const FIXED_COMPLEMENTS: ReadonlySet<string> = new Set(["hall of fame"]);

/** How many words after a connector ("of", "of the") complete a known name with the chunk before it. */
function knownNameAcross(before: Word[], words: Word[], end: number, after: number): number {
  const connector = words.slice(end, after).map((w) => w.key);
  return knownNameAcrossWords(before, connector, words, after, isPlaceOrOrgKey);
}

function knownNameAcrossWords(
  before: Word[],
  connector: string[],
  words: Word[],
  after: number,
  known: (k: string) => boolean,
): number {
  for (let take = 2; take >= 1; take--) {
    const tail = words.slice(after, after + take);
    if (tail.length < take || tail.some((w, i) => !w.nameLike || (i > 0 && !w.joinedToPrevious)))
      continue;
    for (let from = Math.max(0, before.length - 3); from < before.length; from++) {
      const joined = [
        ...before.slice(from).map((w) => w.key),
        ...connector,
        ...tail.map((w) => w.key),
      ].join(" ");
      if (known(joined)) return take;
    }
  }
  return 0;
}

/** The longest run after "and" that still names one body with the place before it. */
const MAX_BODY_AFTER_AND = 5;

/**
 * "Cardiff and Vale University Health Board", "Avon and Somerset Police Authority": the chunk before
 * "and" is a known place and nothing else, and the run of names after it (not a known organization
 * of its own) ends in an organization's head word.
 */
function isPlaceAndPlaceBody(before: Word[], words: Word[], after: number): boolean {
  const place = before.filter((w, i) => i > 0 || !isFunctionWord(w));
  if (place.length === 0 || place.length > 3) return false;
  if (place.some((w) => !w.nameLike || w.possessive || ORGANIZATION_CUE_WORDS.has(cueWord(w))))
    return false;
  const placeKey = place.map((w) => w.key).join(" ");
  if (!isKnownPlace(placeKey) && countryFor(placeKey) === undefined) return false;
  const last = lastOfNameRun(words, after);
  const body = words.slice(after, last + 1);
  if (body.length < 2 || body.length > MAX_BODY_AFTER_AND) return false;
  if (body.some((w) => w.possessive && w !== body[body.length - 1])) return false;
  if (!ORGANIZATION_CUE_WORDS.has(cueWord(body[body.length - 1]))) return false;
  return !isKnownOrganization(body.map((w) => w.key).join(" "));
}

/** Whether a chunk, a leading function word aside, is a known place or country and nothing else. */
function isBarePlace(chunk: Word[]): boolean {
  const place = chunk.filter((w, i) => i > 0 || !isFunctionWord(w));
  if (place.length === 0 || place.some((w) => !w.nameLike || w.possessive)) return false;
  const placeKey = place.map((w) => w.key).join(" ");
  return isKnownPlace(placeKey) || countryFor(placeKey) !== undefined;
}

/** Whether the last one to four words of a chunk spell a known organization ("New York Times"). */
function endsWithKnownOrganization(chunk: Word[]): boolean {
  for (let from = Math.max(0, chunk.length - 4); from < chunk.length; from++) {
    const tail = chunk.slice(from);
    if (tail.length < 2 && !tail[0]?.allCaps) continue;
    if (isKnownOrganization(tail.map((w) => w.key).join(" "))) return true;
  }
  return false;
}

/** "University of Texas", "State University of New York": a university named by its place. */
function isUniversityOfPlace(chunk: Word[]): boolean {
  const ofAt = chunk.findIndex((w) => w.lower === "of");
  return ofAt > 0 && chunk[ofAt - 1]?.lower === "university" && ofAt < chunk.length - 1;
}

/** The index of the last word of the run of joined name-like words starting at `from`. */
function lastOfNameRun(words: Word[], from: number): number {
  let last = from;
  while (words[last + 1]?.nameLike && words[last + 1]?.joinedToPrevious) last++;
  return last;
}

/**
 * Whether the word at `index` is a known place, or is followed by ", <known place>" ("McMinnville,
 * Oregon"). A place that opens a longer name ("… Agency for Palestine Refugees") is no complement.
 */
function complementIsPlace(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  const known = longestMatch(words, index, 4, isPlaceOrOrgKey);
  if (known > 0) {
    const after = words[index + known];
    return !(after?.nameLike && after.joinedToPrevious && !isFunctionWord(after));
  }
  const following = words[index + 1];
  return following !== undefined && !following.joinedToPrevious && isPlaceOrOrgKey(following.lower);
}

/** "STS-1", "F-35", "COVID-19", "Apollo-11", "G7", "A380": letters then digits, a code or designation. */
function isDesignation(word: Word): boolean {
  return /^\p{L}+[-–]\p{N}/u.test(word.text) || /^\p{Lu}{1,5}\p{N}/u.test(word.text);
}

function isCalendar(word: Word): boolean {
  return CALENDAR_WORDS.has(word.lower);
}

/** "PC World": a word that is no name alone opens a known organization's name. */
function opensKnownName(words: Word[], index: number, end: number): boolean {
  for (let last = index + 1; last < Math.min(end, index + 4); last++) {
    if (
      isKnownOrganization(
        words
          .slice(index, last + 1)
          .map((w) => w.key)
          .join(" "),
      )
    )
      return true;
  }
  return false;
}

/** Cuts a chunk at calendar words ("Wednesday", "April") into the runs between them. */
export function splitAtCalendarWords(
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
      (NON_ENTITY_ACRONYMS.has(word.text) && !opensKnownName(sentenceWords, index, end)) ||
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

/** Holidays that are also family names. */
const HOLIDAY_SURNAMES = new Set(["christmas", "easter"]);

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

/** Words before a month that make it one ("in May"); "after May" may be after Theresa May. */
const DATE_PREPOSITIONS = new Set([
  "in",
  "since",
  "until",
  "till",
  "during",
  "through",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
]);

/** Whether the word at `index` is a date word here: ambiguous month names need a number or a date preposition. */
function isCalendarHere(words: Word[], index: number): boolean {
  const word = words[index];
  if (!word || !CALENDAR_WORDS.has(word.lower)) return false;
  const next = words[index + 1];
  const previous = words[index - 1];
  // "Johnnie Christmas": a holiday's name right after a given name is a surname.
  if (HOLIDAY_SURNAMES.has(word.lower))
    return !(word.joinedToPrevious && FIRST_NAMES.has(previous?.lower ?? ""));
  if (!AMBIGUOUS_CALENDAR_WORDS.has(word.lower)) return true;
  if (word.text.endsWith(".")) return true;
  if (next && /^\p{N}/u.test(next.text)) return true;
  if (previous && /^\p{N}/u.test(previous.text)) return true;
  // "In March, staff walked out", "until May": a preposition of time before it.
  if (previous && DATE_PREPOSITIONS.has(previous.lower)) return true;
  // Inside a run of capitalized words it is a name ("Theresa May", "Jan Evensson").
  const inName =
    (previous?.nameLike && word.joinedToPrevious) || (next?.nameLike && next.joinedToPrevious);
  return !inName;
}

export function trimConnectors(words: Word[]): Word[] {
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
export function trimTrailingFunctionWords(words: Word[]): Word[] {
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
export function trimCaptionCredit(doc: Doc, words: Word[]): Word[] {
  const last = words[words.length - 1];
  if (!last || !CREDIT_OPENERS.has(last.lower) || doc.text[last.end] !== ":") return words;
  return trimConnectors(words.slice(0, -1));
}

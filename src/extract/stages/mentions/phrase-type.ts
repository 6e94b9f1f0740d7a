import type { Doc, EntityType } from "../../types.js";
import { ACRONYMS, NON_ENTITY_ACRONYMS, acronymLetters } from "../../lexicon/acronyms.js";
import {
  ACADEMIC_FIELDS,
  FESTIVALS,
  NON_ENTITY_HEADS,
  NON_NAME_WORDS,
  RELIGIONS,
} from "../../lexicon/common-capitalized.js";
import {
  FACILITY_CUE_WORDS,
  LOCATION_CUE_WORDS,
  LOCATION_PREFIX_WORDS,
  NON_PLACE_NAMES,
  PLACE_PART_PREFIXES,
  PLACE_PART_SUFFIXES,
  stateForAbbreviation,
  TRAILING_PLACE_WORDS,
  countryFor,
  isDemonym,
  isKnownPlace,
} from "../../lexicon/gazetteer.js";
import {
  CLUB_PREFIXES,
  CLUB_SUFFIXES,
  COMPANY_NAME_ENDINGS,
  FOREIGN_ORGANIZATION_HEADS,
  ORGANIZATION_CUE_WORDS,
  PLURAL_BODY_CUES,
  ORGANIZATION_NOUNS,
  OWNED_BUSINESS_NOUNS,
  SURVEYING_FIELDS,
  isKnownOrganization,
} from "../../lexicon/organizations.js";
import { FIRST_NAMES, LAST_NAMES, SURNAME_LIKE_CUE_WORDS } from "../../lexicon/person-names.js";
import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import { PERSON_APPOSITION_NOUNS } from "../../lexicon/person-nouns.js";
import {
  MOTION_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_NOUNS_BEFORE_OF,
  ROUTE_PREPOSITIONS,
  SPEECH_VERBS,
  VERB_ADVERBS,
} from "../../lexicon/speech-and-context.js";
import { TITLE_HEADS } from "../../lexicon/titles.js";
import { phraseKey } from "./candidate.js";
import type { Word } from "./words.js";

const EVENT_NOUNS = new Set(
  "attack attacks bombing bombings strike strikes massacre explosion blast blasts shooting earthquake quake flood floods landslide fire siege offensive raid raids airstrike airstrikes clashes protests protest riots summit talks".split(
    " ",
  ),
);

const GIVEN_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person", "ProperNoun"]);

const VESSEL_PREFIXES = new Set(["USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "MV", "SS"]);
/** Words that open a storm's name ("Cyclone Tarek", "Tropical Storm Ana"): a storm is an event. */
const STORM_PREFIXES = new Set(["hurricane", "typhoon", "cyclone", "superstorm", "tropical"]);

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

const WEB_DOMAIN = /^[\p{L}\p{N}-]+\.(?:com|org|net|ru|info|co\.uk|in|news)$/iu;

/** Nouns after a possessive that make it a place with a government ("Chelyabinsk's governor"). */
const POLITY_NOUNS = new Set(
  "governor mayor capital government parliament province provinces region regions economy population residents citizens".split(
    " ",
  ),
);

export function isAcronymWord(word: Word): boolean {
  return word.acronym;
}

function acronymType(word: Word): EntityType | null {
  const letters = acronymLetters(word.text);
  return ACRONYMS[letters]?.type ?? null;
}

/** Longest run of words from `index` whose normalized text satisfies `accept` (at most `limit` words). */
export function longestMatch(
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

export function isPlaceOrOrgKey(k: string): boolean {
  return isKnownPlace(k) || isKnownOrganization(k) || countryFor(k) !== undefined;
}

/** The word whose class decides an organization or place: the one before "of"/"for", else the last. */
function headWord(words: Word[]): Word | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    // "Commission on Human Rights", "Council on Foreign Relations": "on" too follows the head.
    if (w && (w.lower === "of" || w.lower === "for" || w.lower === "on")) return words[i - 1];
  }
  const last = words[words.length - 1];
  // "Launch Pad 39A", "Facility-1": a trailing number does not decide the class.
  if (last && words.length > 1 && (/^\p{N}/u.test(last.text) || ROMAN_NUMERAL.test(last.text)))
    return words[words.length - 2];
  return last;
}

export function cueWord(word: Word | undefined): string {
  return word ? word.lower.replace(/[-–]\p{N}+$/u, "") : "";
}

export function phraseText(doc: Doc, words: Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? doc.text.slice(first.start, last.end) : "";
}

/**
 * Whether the lexicon knows a word only as an ordinary English word other than a noun ("and",
 * "all", "huge"); nouns stay possible acronyms ("DAB", "CARE").
 */
function isEnglishWord(lower: string): boolean {
  const tags = compromiseTags(lower);
  return tags.length > 0 && !tags.some((t) => ENGLISH_NAME_TAGS.has(t));
}

const ENGLISH_NAME_TAGS = new Set([
  "Singular",
  "Plural",
  "Noun",
  "Uncountable",
  "Organization",
  "Place",
  "Country",
  "City",
  "Region",
  "Person",
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Acronym",
  "SportsTeam",
]);

const SPORTS_LEAGUES = new Set(["nba", "nfl", "mlb", "nhl", "mls", "wnba"]);

/**
 * "Cleveland Cavaliers", "Indianapolis Indians", "NBA Cavaliers": a known place or a league before
 * one capitalized plural is a team. Plural place words ("Islands", "Heights", "Falls") are no teams.
 */
export function isTeamName(words: Word[]): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || !last || last.allCaps || last.possessive) return false;
  if (isClubName(words)) return true;
  if (!/[^su]s$/.test(last.lower) || /(?:ss|is)$/.test(last.lower)) return false;
  // "Australia Awards", "US Paralympics": events and prizes, not teams.
  if (NON_ENTITY_HEADS.has(last.lower)) return false;
  const singular = last.lower.slice(0, -1);
  for (const cue of [last.lower, singular, last.lower.replace(/ies$/, "y")]) {
    if (LOCATION_CUE_WORDS.has(cue) || ORGANIZATION_CUE_WORDS.has(cue)) return false;
  }
  const before = words.slice(0, -1);
  if (before.length === 1 && SPORTS_LEAGUES.has(before[0]?.lower ?? "")) return true;
  const placeKey = phraseKey(before);
  return isKnownPlace(placeKey) || countryFor(placeKey) !== undefined;
}

/**
 * "Air Europa", "Air Tanzania": "Air" before a proper name opens an airline's name; "Air Force"
 * is a cue by itself and "… Air Base" a place.
 */
function isAirlineName(words: Word[]): boolean {
  const [first, second] = words;
  if (words.length < 2 || words.length > 3 || first?.text !== "Air" || !second?.nameLike)
    return false;
  if (second.lower === "force" || second.lower === "forces") return false;
  return words.every(
    (w) => !LOCATION_CUE_WORDS.has(cueWord(w)) && !ORGANIZATION_CUE_WORDS.has(cueWord(w)),
  );
}

/**
 * "Leeds United", "West Bromwich Albion": capitalized words then a club suffix; "Borussia
 * Dortmund", "VfB Stuttgart": a club prefix then one or two proper words that are no cue words
 * ("Real Estate Council" is no club).
 */
export function isClubName(words: Word[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2 || words.length > 4 || !first || !last) return false;
  if (CLUB_SUFFIXES.has(last.lower))
    return words.every((w) => w.nameLike && !w.allCaps && !w.possessive);
  if (!CLUB_PREFIXES.has(first.lower) || words.length > 3) return false;
  return words
    .slice(1)
    .every(
      (w) =>
        w.nameLike &&
        !w.allCaps &&
        !w.possessive &&
        !LOCATION_CUE_WORDS.has(cueWord(w)) &&
        !ORGANIZATION_CUE_WORDS.has(cueWord(w)),
    );
}

/** Decides the type of a name phrase from lexicons and cue words; null when unknown. */
export function lexicalType(words: Word[]): [EntityType | null, number] {
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
    // "AND", "ALL", "HUGE": an English word written in capitals for emphasis, not an acronym.
    if (letters.length >= 3 && !isKnownPlace(k) && isEnglishWord(single.lower)) return [null, -1];
    // An unknown acronym ("MMPI", "ROV") is a test, a device or a term as often as a body: only
    // its context (defined in the text, "Lam of the VDP", "VDP said") makes it an organization.
    if (!isKnownPlace(k) && letters.length >= 3 && /^\p{Lu}+$/u.test(single.text)) return [null, 0];
  }
  if (isKnownOrganization(k)) return ["ORGANIZATION", 2];
  // "U.S. House of Representatives", "British House of Commons": a country's name or its
  // people's before a known body.
  if (
    words.length > 2 &&
    isKnownOrganization(phraseKey(words.slice(1))) &&
    (countryFor(words[0]?.key ?? "") !== undefined || isDemonym(words[0]?.key ?? ""))
  )
    return ["ORGANIZATION", 2];
  if (isGroupOfPartyMembers(words)) return [null, -1];
  // "The Island": a lone place word is a common noun, even where it spells a country's own name
  // ("Ísland").
  if (single && LOCATION_CUE_WORDS.has(k) && !single.allCaps) return [null, -1];
  if (countryFor(k) !== undefined || isKnownPlace(k)) return ["LOCATION", 2];
  if (NON_PLACE_NAMES.has(k)) return [null, -1];
  if ((words.length === 1 && RELIGIONS.has(k)) || FESTIVALS.has(k)) return [null, -1];
  if (single?.text.endsWith(".") && stateForAbbreviation(k)) return ["LOCATION", 2];
  if (single && WEB_DOMAIN.test(single.text)) return ["ORGANIZATION", 2];
  if (/shire$/.test(k) && words.every((w) => w.nameLike)) return ["LOCATION", 2];
  // "San Mateo Bulletin", "Santa Rosa University": a body's cue at the end outweighs the prefix.
  // "Santa Barbara Mayor Randy Rowse": a title inside the phrase ends the place before it.
  if (
    words.length > 1 &&
    LOCATION_PREFIX_WORDS.has(words[0]?.lower ?? "") &&
    !ORGANIZATION_CUE_WORDS.has(cueWord(words[words.length - 1])) &&
    !words.slice(1).some((w) => TITLE_HEADS.has(w.lower))
  )
    return ["LOCATION", 2];
  if (isAirlineName(words)) return ["ORGANIZATION", 2];
  // "Partido dos Trabalhadores", "Rassemblement National": a head-first foreign body.
  if (words.length > 1 && FOREIGN_ORGANIZATION_HEADS.has(words[0]?.lower ?? ""))
    return ["ORGANIZATION", 2];
  if (isTeamName(words)) return ["ORGANIZATION", 2];
  if (isPartOfKnownPlace(words)) return ["LOCATION", 2];
  const head = headWord(words);
  const cue = cueWord(head);
  const last = cueWord(words[words.length - 1]);
  // "Nathan Law", "Doris Day": after a given name the head word is a surname, not a law or a day.
  const surnameAfterGivenName =
    words.length === 2 &&
    !words[0]?.possessive &&
    FIRST_NAMES.has(words[0]?.lower ?? "") &&
    compromiseTags(words[0]?.lower ?? "").every((t) => GIVEN_NAME_TAGS.has(t)) &&
    !isPlaceOrOrgKey(words[0]?.lower ?? "");
  if (isSurveyingAgency(words)) return ["ORGANIZATION", 2];
  if ((NON_ENTITY_HEADS.has(last) || NON_ENTITY_HEADS.has(cue)) && !surnameAfterGivenName)
    return [null, -1];
  // "Linguistics", "Sport Psychology": a field of study, unless a cue names a body that teaches it.
  if (
    ACADEMIC_FIELDS.has(last) &&
    !surnameAfterGivenName &&
    !words.some(
      (w) =>
        ORGANIZATION_CUE_WORDS.has(cueWord(w)) ||
        LOCATION_CUE_WORDS.has(cueWord(w)) ||
        PLURAL_BODY_CUES.has(cueWord(w)),
    )
  )
    return [null, -1];
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
  if (words.length > 1 && isStormName(words)) return [null, -1];
  if (words.length > 2 && head !== words[words.length - 1] && DIVISIONS_BEFORE_OF.has(cue))
    return ["LOCATION", 2];
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
    if (LOCATION_CUE_WORDS.has(cue) || FACILITY_CUE_WORDS.has(cue)) return ["LOCATION", 2];
    if (ORGANIZATION_CUE_WORDS.has(cue)) return ["ORGANIZATION", 2];
    if (PLURAL_BODY_CUES.has(cue) && head !== words[words.length - 1]) return ["ORGANIZATION", 2];
    if (ORGANIZATION_CUE_WORDS.has(last)) return ["ORGANIZATION", 2];
    if (LOCATION_CUE_WORDS.has(last)) return ["LOCATION", 2];
    // "Delacroix Pharma", "Kestrel Electronics": a trade after a proper name names a company
    // ("Big Pharma", an adjective before it, names none).
    if (
      COMPANY_NAME_ENDINGS.has(last) &&
      !surnameAfterGivenName &&
      words
        .slice(0, -1)
        .every((w) => w.nameLike && !w.possessive && !compromiseTags(w.lower).includes("Adjective"))
    )
      return ["ORGANIZATION", 2];
    // "Marlowe's Hardware", "Ferro's Italian Bakery": an owner's possessive before a trade names
    // the shop.
    const ownerBefore = words.slice(-3, -1).some((w) => w.possessive);
    if (ownerBefore && OWNED_BUSINESS_NOUNS.has(last)) return ["ORGANIZATION", 1];
    // "King's College London", "Queen's University Belfast": a campus's place after the cue.
    const beforeLast = cueWord(words[words.length - 2]);
    if (
      words.length > 2 &&
      ORGANIZATION_CUE_WORDS.has(beforeLast) &&
      isKnownPlace(last) &&
      !words[words.length - 2]?.possessive
    )
      return ["ORGANIZATION", 2];
  } else if (
    single &&
    (ORGANIZATION_CUE_WORDS.has(single.lower) || LOCATION_CUE_WORDS.has(single.lower))
  ) {
    // "the Conservatives": a party's members may stand for the party; the context decides.
    if (PARTY_MEMBERS.has(single.lower)) return [null, 0];
    // A lone cue word ("Ministry", "Council") is a generic noun, not a name.
    return [null, -1];
  }
  return [null, 0];
}

/** Plurals that name a party's members ("Democrats"); some also end a party's name ("Sweden Democrats"). */
const PARTY_MEMBERS = new Set([
  "democrats",
  "republicans",
  "conservatives",
  "liberals",
  "socialists",
  "greens",
  "tories",
]);

/** "Greens", "Tories": a plural that names a party's members. */
export function isPartyMembersWord(lower: string): boolean {
  return PARTY_MEMBERS.has(lower);
}

/** Words that place party members in a chamber or an office ("Senate Democrats"). */
const CHAMBER_WORDS = new Set(["senate", "house", "congressional", "assembly", "parliamentary"]);

/**
 * "Senate Democrats", "House Republicans", "Republicans and Democrats": members of parties, a group
 * of people rather than a body with a name ("Sweden Democrats" and "Liberal Democrats" stay parties).
 */
function isGroupOfPartyMembers(words: Word[]): boolean {
  const [first, second, third] = words;
  if (!first || !second) return false;
  if (words.length === 2) return CHAMBER_WORDS.has(first.lower) && PARTY_MEMBERS.has(second.lower);
  return (
    words.length === 3 &&
    PARTY_MEMBERS.has(first.lower) &&
    (second.lower === "and" || second.lower === "or") &&
    PARTY_MEMBERS.has(third?.lower ?? "")
  );
}

/** Divisions of a country named for the place they are of ("Municipality of Culion", "Commonwealth of Virginia"). */
const DIVISIONS_BEFORE_OF = new Set([
  "municipality",
  "borough",
  "commonwealth",
  "territory",
  "province",
  "county",
  "district",
  "region",
]);

/** "US Geological Survey", "Ordnance Survey": a surveying field before "Survey" names an agency. */
function isSurveyingAgency(words: Word[]): boolean {
  const last = words[words.length - 1];
  const field = words[words.length - 2];
  return last?.lower === "survey" && field !== undefined && SURVEYING_FIELDS.has(field.lower);
}

/** "Hurricane Maria", "Cyclone Tarek", "Tropical Storm Ana". */
function isStormName(words: Word[]): boolean {
  const first = words[0]?.lower ?? "";
  if (!STORM_PREFIXES.has(first)) return false;
  return first !== "tropical" || (words[1]?.lower === "storm" && words.length > 2);
}

/** "Kowloon West", "West Oakland", "Upper Manhattan": a compass or part word beside a known place. */
function isPartOfKnownPlace(words: Word[]): boolean {
  if (words.length < 2 || words.some((w) => w.possessive && w !== words[words.length - 1]))
    return false;
  const first = words[0];
  const last = words[words.length - 1];
  const knownPlace = (part: Word[]) => {
    const k = phraseKey(part);
    return isKnownPlace(k) || countryFor(k) !== undefined;
  };
  if (last && PLACE_PART_SUFFIXES.has(last.lower) && knownPlace(words.slice(0, -1))) return true;
  return first !== undefined && PLACE_PART_PREFIXES.has(first.lower) && knownPlace(words.slice(1));
}

/**
 * Whether the place word at `index` modifies a body's noun after it ("Yle state broadcaster",
 * "state media", "the state news agency"): then the name before it is no place.
 */
function placeWordModifiesBody(words: Word[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  return (
    word?.lower === "state" &&
    next !== undefined &&
    next.joinedToPrevious &&
    !next.nameLike &&
    STATE_BODY_NOUN.test(next.lower)
  );
}

/** Nouns that "state" modifies as "run by the state" ("state broadcaster", "state media"). */
export const STATE_BODY_NOUN =
  /^(?:media|broadcaster|television|tv|radio|news|newspaper|agency|outlet|outlets|press|channel|company|firm|airline|carrier|oil|energy|prison)$/;

/** Whether the words around a phrase frame it as a place: "town of X", "attack on X", "X province", "X attack". */
export function placeFrame(words: Word[], first: number, last: number): boolean {
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
  if (
    after?.joinedToPrevious &&
    !after.nameLike &&
    TRAILING_PLACE_WORDS.has(after.lower) &&
    !placeWordModifiesBody(words, last + 1)
  )
    return true;
  return after?.joinedToPrevious === true && !after.nameLike && EVENT_NOUNS.has(after.lower);
}

/** Lower-case nouns after an acronym that make it a body ("the OCHA office", "VDP members"). */
const ACRONYM_BODY_NOUNS: ReadonlySet<string> = new Set(
  (
    "office offices spokesman spokeswoman spokesperson official officials chief head director members " +
    "member staff headquarters statement leader leaders chairman president envoy troops forces mission " +
    "employees workers researchers scientists team report"
  ).split(" "),
);

/** Nouns that end a description of a body after its acronym ("the SBU security service"). */
const ACRONYM_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  (
    "service agency ministry party group militia police army council committee commission court " +
    "bank union company firm broadcaster newspaper watchdog regulator network alliance movement"
  ).split(" "),
);

const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
]);

/** Nouns that end a description of a body after any name ("the Mossad spy agency"). */
const NAME_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  "service agency group militia party company firm broadcaster newspaper network movement".split(
    " ",
  ),
);

/**
 * Whether the words after `last` are one or two lower-case modifiers and then one of `heads`
 * ("SBU security service", "Mossad spy agency").
 */
function describedAsBody(words: Word[], last: number, heads: ReadonlySet<string>): boolean {
  for (let head = last + 2; head <= last + 3; head++) {
    const run = words.slice(last + 1, head + 1);
    if (run.length !== head - last || run.some((w) => w.nameLike || !w.joinedToPrevious))
      return false;
    if (run.slice(0, -1).some((w) => NON_NAME_WORDS.has(w.lower))) return false;
    if (heads.has(words[head]?.lower ?? "")) return true;
  }
  return false;
}

/** Type evidence from the words around a phrase inside its sentence. */
export function contextType(
  words: Word[],
  first: number,
  last: number,
  candidate: Word[],
): EntityType | null {
  const before = words[first - 1];
  const after = words[last + 1];
  const afterNext = words[last + 2];
  const lastWord = candidate[candidate.length - 1];
  // "the Conservatives said", "The Democrats won": a party's members named with the article are
  // the party ("Republicans and Democrats" without it are people).
  if (
    candidate.length === 1 &&
    lastWord &&
    !lastWord.allCaps &&
    PARTY_MEMBERS.has(lastWord.lower) &&
    before?.lower === "the" &&
    lastWord.joinedToPrevious
  )
    return "ORGANIZATION";
  if (candidate.length === 1 && lastWord && isAcronymWord(lastWord)) {
    // "Grace Lam of VDP": an acronym a person is "of" is the party or body they belong to.
    if (
      before?.lower === "of" &&
      before.joinedToPrevious &&
      words[first - 2]?.nameLike &&
      !words[first - 2]?.acronym
    )
      return "ORGANIZATION";
    // "the OCHA office", "VDP members": people and offices belong to a body.
    if (after?.joinedToPrevious && !after.nameLike && ACRONYM_BODY_NOUNS.has(after.lower))
      return "ORGANIZATION";
    // "the SBU security service", "the KCNA state news agency": an acronym that a body's
    // description follows, a modifier or two in lower case and a body's noun.
    if (describedAsBody(words, last, ACRONYM_DESCRIPTION_HEADS)) return "ORGANIZATION";
  }
  // "An Aire Valley Buses spokesperson said": a name whose spokesperson speaks is a body's.
  if (
    after?.joinedToPrevious &&
    !after.nameLike &&
    SPOKESPERSON_NOUNS.has(after.lower) &&
    !lastWord?.possessive
  )
    return "ORGANIZATION";
  // "Israel's Mossad spy agency", "the Wagner mercenary group": any name so described.
  if (!lastWord?.possessive && describedAsBody(words, last, NAME_DESCRIPTION_HEADS))
    return "ORGANIZATION";
  if (
    after &&
    after.joinedToPrevious &&
    TRAILING_PLACE_WORDS.has(after.lower) &&
    !after.nameLike &&
    !placeWordModifiesBody(words, last + 1)
  )
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
    // "Mehari Tesfaye, Ethiopia's chief negotiator": a possessive place starts an apposition.
    const regionIsOwner = words[last + region]?.possessive === true;
    if (gapIsComma && region > 0 && !lastWord?.possessive && !regionIsOwner) return "LOCATION";
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
  // "analysts at Jefferies", "economists at Capital Economics": staff "at" a name work for a body.
  if (
    before?.lower === "at" &&
    STAFF_BEFORE_AT.has(words[first - 2]?.lower ?? "") &&
    !lastWord?.possessive
  )
    return "ORGANIZATION";
  if (
    before &&
    PLACE_PREPOSITIONS.has(before.lower) &&
    !lastWord?.possessive &&
    !personAfterIn(words, first, last)
  )
    return "LOCATION";
  if (before && !lastWord?.possessive && routeFrame(words, first, last)) return "LOCATION";
  return null;
}

/** Staff nouns whose "at" names their employer ("analysts at …"), not where they stand. */
const STAFF_BEFORE_AT: ReadonlySet<string> = new Set(
  (
    "analysts analyst economists economist strategists strategist researchers researcher " +
    "scientists scientist engineers engineer executives executive employees employee " +
    "bankers banker traders trader lawyers lawyer experts expert"
  ).split(" "),
);

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

/** "Food Standards Australia New Zealand", "BBC Wales", "Texas A&M": a name holding a place, an organization or an acronym is no person. */
export function looksLikeOrganization(name: Word[]): boolean {
  const first = name[0];
  // "Valeska Paris", "Helmut Newton": a place as the last of two words is a surname after a given
  // name or any other word that is no place, acronym or ordinary noun.
  if (name.length === 2 && first && !isAcronymWord(first) && !isPlaceOrOrgKey(first.lower)) {
    const givenName = FIRST_NAMES.has(first.lower) || compromiseTags(first.lower).length === 0;
    if (givenName) return false;
  }
  // "Chad Michael Murray": two given names before a surname, the first also a country's name.
  const second = name[1];
  if (
    name.length === 3 &&
    first &&
    second &&
    !first.allCaps &&
    FIRST_NAMES.has(first.lower) &&
    FIRST_NAMES.has(second.lower) &&
    !isPlaceOrOrgKey(second.lower) &&
    !isAcronymWord(name[2] ?? second)
  )
    return false;
  return name.some((w, i) => isAcronymWord(w) || longestMatch(name, i, 3, isPlaceOrOrgKey) > 0);
}

const APPOSITION_OPENERS = new Set(["a", "an", "the", "former", "then", "now"]);

/** Words that end an apposition's noun phrase before its complement ("the agency that …"). */
const APPOSITION_STOPS = new Set(
  "of in at on for with from that which who whose based near by where run owned to and under between across since".split(
    " ",
  ),
);

/**
 * "Frontex, the EU border agency,", "Pylos, a fishing town,": the head noun of an apposition after
 * a name makes it an organization or a place; null when the apposition names neither.
 */
export function appositionType(
  doc: Doc,
  words: Word[],
  first: number,
  last: number,
): EntityType | null {
  const lastWord = words[last];
  const opener = words[last + 1];
  if (!lastWord || !opener || lastWord.possessive) return null;
  if (!/^\s*,\s*$/.test(doc.text.slice(lastWord.end, opener.start))) return null;
  if (opener.lower !== "a" && opener.lower !== "an" && opener.lower !== "the") return null;
  // "Causa en Común, a group": the name runs on to the left over a lower-case particle.
  const before = words[first - 1];
  if (before?.joinedToPrevious && !before.nameLike && words[first - 2]?.nameLike) return null;
  let head: Word | undefined;
  let afterJoinedParticiple = false;
  for (let i = last + 2; i <= last + 1 + APPOSITION_WORDS; i++) {
    const word = words[i];
    // "a group of chemicals", "a cluster of islands": the head is a quantity, not a kind.
    if (word?.lower === "of" && word.joinedToPrevious) return null;
    const joined = word?.joinedToPrevious || afterJoinedParticiple;
    if (!word || !joined || APPOSITION_STOPS.has(word.lower)) break;
    // "a Houston-based company", "a Paris-listed firm": a name joined to a participle modifies.
    afterJoinedParticiple = PLACE_JOINED_PARTICIPLE.test(doc.text.slice(word.end, word.end + 14));
    if (afterJoinedParticiple) continue;
    // Acronyms and nationality words may modify the head ("the EU border agency").
    if (word.nameLike && !word.acronym && !isDemonym(word.lower)) return null;
    head = word;
  }
  if (!head || head.nameLike || first > last) return null;
  if (PERSON_APPOSITION_NOUNS.has(head.lower)) return null;
  if (ORGANIZATION_NOUNS.has(head.lower)) return "ORGANIZATION";
  if (TRAILING_PLACE_WORDS.has(head.lower)) return "LOCATION";
  return null;
}

/** "-based" in "Houston-based", "-listed" in "Paris-listed": a participle joined to a name. */
const PLACE_JOINED_PARTICIPLE = /^-(?:based|owned|run|listed|backed|funded|headquartered)\b/;

/** How far into an apposition its head noun may stand ("an Australian woman and former …"). */
const APPOSITION_WORDS = 6;

/** The oldest age an apposition may give ("Nakamura, 31,"). */
const MAX_AGE = 120;

/**
 * "Ann Lee, a retired teacher", "Ann Lee, who …", "Ann Lee (born 1950)", "Ann Lee was born": the
 * words after a name that only a person takes.
 */
export function personAfter(doc: Doc, words: Word[], first: number, last: number): boolean {
  const lastWord = words[last];
  const after = words[last + 1];
  if (!lastWord || !after || lastWord.possessive) return false;
  const gap = doc.text.slice(lastWord.end, after.start);
  if (/^\s*\(\s*$/.test(gap)) return after.lower === "born" || after.lower === "née";
  if (after.joinedToPrevious) {
    return after.lower === "was" && words[last + 2]?.lower === "born";
  }
  if (!/^\s*,\s*$/.test(gap)) return false;
  // "…, Peach and Bunny, who": a lone word ending a list before "who" may be a pet.
  if (after.lower === "who") {
    const listed = words[first - 1]?.lower === "and" || words[first - 1]?.lower === "or";
    return last > first || !listed;
  }
  // "Nakamura, 31, joined …": an age between commas follows a person's name.
  if (/^\d{1,3}$/.test(after.text) && Number(after.text) <= MAX_AGE)
    return /^\s*,/.test(doc.text.slice(after.end, after.end + 2));
  if (!APPOSITION_OPENERS.has(after.lower)) return false;
  for (let i = last + 2; i <= last + 1 + APPOSITION_WORDS; i++) {
    const word = words[i];
    if (!word || !word.joinedToPrevious) return false;
    if (PERSON_APPOSITION_NOUNS.has(word.lower)) return true;
    if (word.lower === "of" || word.lower === "in" || word.lower === "at") return false;
  }
  return false;
}

/** Verbs whose particle "in" takes a person as object: "drove in a runner", "brought in a coach". */
const VERBS_WITH_PARTICLE_IN = new Set(
  (
    "drove drive drives driving driven brought bring brings bringing sent send sends sending " +
    "called call calls calling swore swear swears swearing sworn ushered usher ushers ushering " +
    "let lets letting took take takes taking knocked knock knocks knocking batted bat bats batting " +
    "walked walk walks walking roped reeled filled fills filling pulled pull pulls pulling"
  ).split(" "),
);

/**
 * "drove in Jack Hale", "in Mary Collins's view": a name after "in" is a person's when "in" is the
 * particle of a verb before it, or when the name is a known given name and a known family name.
 */
export function personAfterIn(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  if (before?.lower !== "in") return false;
  const name = words.slice(first, last + 1);
  if (VERBS_WITH_PARTICLE_IN.has(words[first - 2]?.lower ?? "")) return true;
  const [given, family] = name;
  return (
    name.length === 2 &&
    given !== undefined &&
    family !== undefined &&
    FIRST_NAMES.has(given.lower) &&
    LAST_NAMES.has(family.lower) &&
    !isPlaceOrOrgKey(given.lower) &&
    !isPlaceOrOrgKey(family.lower)
  );
}

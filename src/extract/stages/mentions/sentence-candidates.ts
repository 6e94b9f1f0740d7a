import type { MentionState } from "./state.js";
import { isTitleCase } from "./headlines.js";
import type { Doc, Sentence } from "../../types.js";
import { key } from "../../normalize.js";
import { ACRONYMS, acronymFitsWords, acronymLetters } from "../../lexicon/acronyms.js";
import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import {
  ORGANIZATION_CUE_WORDS,
  COMPANY_DESCRIPTOR_NOUNS,
  isKnownOrganization,
} from "../../lexicon/organizations.js";
import { NON_NAME_WORDS } from "../../lexicon/common-capitalized.js";
import {
  countryFor,
  isAdjectivalCountryName,
  isDemonym,
  isKnownPlace,
} from "../../lexicon/gazetteer.js";
import { FAMILY_NAME_ENDING, FIRST_NAMES, LAST_NAMES } from "../../lexicon/person-names.js";
import { PLACE_PREPOSITIONS } from "../../lexicon/speech-and-context.js";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicon/titles.js";
import type { Candidate } from "./candidate.js";
import { makeCandidate, phraseKey } from "./candidate.js";
import {
  chunkSentence,
  splitAtCalendarWords,
  trimConnectors,
  trimTrailingFunctionWords,
  trimCaptionCredit,
} from "./chunks.js";
import {
  longestMatch,
  isPlaceOrOrgKey,
  phraseText,
  lexicalType,
  placeFrame,
  contextType,
  looksLikeOrganization,
  personAfter,
  appositionType,
  isClubName,
  isTeamName,
  isPartyMembersWord,
  personAfterIn,
} from "./phrase-type.js";
import {
  leadingTitleLength,
  employerBeforeTitle,
  titleOfComplement,
  precedingTitleStart,
  lowercaseHeadEndingAt,
  mentionsInsideTitle,
  isNumberedUnitOfBody,
} from "./titles.js";
import type { DocSignals } from "./word-classes.js";
import {
  COMPASS_WORDS,
  isFunctionWord,
  givenNameFunctionWord,
  isDemonymWord,
  isAdjectiveOrVerb,
  isClosedClassWord,
  isClearlyCommonWord,
  isCommonWord,
  personSignals,
  looksLikeCommonWords,
  isCommonTagged,
  isNameAfterArticle,
} from "./word-classes.js";
import type { Word } from "./words.js";

/** Nationality and faith words that are also given names ("Christian Lindner", "German Gref", "Dane"). */
const GIVEN_NAME_DEMONYMS: ReadonlySet<string> = new Set(["christian", "german", "dane"]);

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
  "frs",
  "frse",
  "fba",
  "freng",
  "dbe",
  "gbe",
  "ra",
  "om",
]);

export function candidatesForSentence(
  doc: Doc,
  sentence: Sentence,
  words: Word[],
  signals: DocSignals,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [chunkStart, chunkEnd] of chunkSentence(words, signals, doc.text)) {
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
          // "Son Heung-min", "Kang Min-ho": a family name before a hyphenated given name.
          (part.length === 2 && HYPHENATED_GIVEN_NAME.test(part[1]?.text ?? "")) ||
          longestMatch(part, 0, 4, isPlaceOrOrgKey) > 0 ||
          (part.length > 1 && lexicalType(part)[1] === 2 && !isClosedClassWord(head));
        // "The Greens won": a party's members after the article that opened the sentence are the
        // party ("greens" is a common word too); contextType reads them with their article.
        const partyAfterArticle =
          part !== partWords &&
          ARTICLES.has(words[first - 1]?.lower ?? "") &&
          isPartyMembersWord(head.lower);
        const dropInitial =
          head.sentenceInitial &&
          ((common() && !startsName()) || describesBody(part)) &&
          !partyAfterArticle &&
          !recursCapitalized(part, signals);
        if (dropInitial && part.length === 1 && !isFunctionWord(head)) {
          // A lone capitalized word opening a sentence ("Berg denied it") is a name only if the
          // article names someone with it; resolveByNameParts decides.
          candidates.push(makeCandidate(sentence, part, words.indexOf(head), null, -1, null, null));
          part = [];
          break;
        }
        if (dropInitial && !isFunctionWord(head) && employerBeforeTitle(part) === 1) {
          // "Fed Chair Jerome Powell said": a common word before a title may still be the body the
          // person works for, cut short; it is kept untyped for the steps that read the article.
          candidates.push(makeCandidate(sentence, [head], first, null, -1, null, null));
        }
        if (!(isFunctionWord(head) && !HONORIFICS.has(head.lower)) && !dropInitial) break;
        // "the Near East": a known name may open with a function word.
        if (
          !dropInitial &&
          !ARTICLES.has(head.lower) &&
          longestMatch(part, 0, 4, isPlaceOrOrgKey) >= 2
        )
          break;
        // "People's Liberation Army": a possessive the chunk kept opens the name.
        if (head.possessive && part.length > 1 && !head.sentenceInitial) break;
        // "People Magazine": a noun before a lone organization cue names the body with it.
        if (namesBodyWithCue(part, head)) break;
        part = part.slice(1);
        first++;
        const next = part[0];
        if (next) part[0] = { ...next, sentenceInitial: head.sentenceInitial };
        if (part[0] && !part[0].nameLike) break;
      }
      part = trimConnectors(part);
      if (!isGivenNameThenFunctionWord(part, words)) part = trimTrailingFunctionWords(part);
      part = trimCaptionCredit(doc, part);
      if (part.length === 0) continue;
      const partStart = part[0]?.start;
      first = words.findIndex((w) => w.start === partStart);
      candidates.push(...candidatesFromPhrase(doc, sentence, words, part, first, signals));
    }
  }
  return candidates;
}

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * "Chipmaker Ardent Corp said", "Insurer Halvorsen said": a company's noun opening a sentence
 * describes the name after it and is no part of it.
 */
function describesBody(part: Word[]): boolean {
  const [head, next] = part;
  if (!head || !next?.nameLike || !next.joinedToPrevious || head.allCaps) return false;
  return COMPANY_DESCRIPTOR_NOUNS.has(head.lower) || /.{3}maker$/u.test(head.lower);
}

/**
 * "Northern Star Resources said", "Standard Chartered said", "Royal Mail said": a common word
 * opening a sentence belongs to the name when the article writes the same two words capitalized
 * mid-sentence too.
 */
function recursCapitalized(part: Word[], signals: DocSignals): boolean {
  const [head, next] = part;
  return (
    head !== undefined &&
    next !== undefined &&
    next.joinedToPrevious &&
    (COMPASS_WORDS.has(head.lower) || !isFunctionWord(head)) &&
    signals.capitalizedPairsInside.has(`${head.lower} ${next.lower}`)
  );
}

/** Members of a parliament by their letters, in the plural ("MPs", "MEPs", "MSPs", "TDs"). */
const MEMBERS_LETTERS = /^(?:MPs|MEPs|MSPs|MLAs|MPPs|MSs|TDs)$/;

/**
 * "the Louisiana Republican", "an Ohio Democrat": after an article, a known place then one
 * party member's word, with no body's noun after it ("the Ohio Republican Committee"), describes a
 * politician; returns the number of the place's words, or 0.
 */
function placeBeforePartyMember(phrase: Word[], words: Word[], first: number): number {
  const member = phrase[phrase.length - 1];
  if (phrase.length < 2 || !member || !PARTY_LABELS.has(member.lower)) return 0;
  if (!ARTICLES.has(words[first - 1]?.lower ?? "")) return 0;
  const place = phrase.slice(0, -1);
  if (place.some((w) => w.possessive || !w.nameLike)) return 0;
  const placeKey = phraseKey(place);
  return isKnownPlace(placeKey) && countryFor(placeKey) === undefined ? place.length : 0;
}

/**
 * "Rio Grande do Sul Governor Eduardo Leite": the words before an official's title that the
 * lexicon types a place by their own shape; returns their number, or 0.
 */
function placeBeforeTitle(phrase: Word[]): number {
  const title = phrase.findIndex((w, i) => i > 0 && w.nameLike && TITLE_HEADS.has(w.lower));
  if (title <= 0 || isNumberedUnitOfBody(phrase.slice(0, title))) return 0;
  const [type, confidence] = lexicalType(phrase.slice(0, title));
  return type === "LOCATION" && confidence >= 2 ? title : 0;
}

/** A party's member before a person's name: "Republican Ann Roe", "Tory Tom Hale". */
const PARTY_LABELS = new Set(["republican", "democrat", "tory", "liberal", "conservative"]);

function partyLabelBeforePerson(name: Word[]): boolean {
  return name.length > 2 && PARTY_LABELS.has(name[0]?.lower ?? "") && personSignals(name.slice(1));
}

/** A compass word then at least one name-like word that is neither a nationality nor a place. */
function opensWithCompassWord(name: Word[]): boolean {
  return (
    name.length > 1 &&
    COMPASS_WORDS.has(name[0]?.lower ?? "") &&
    name.slice(1).every((w) => w.nameLike && !w.possessive && !isDemonymWord(w.lower)) &&
    lexicalType(name.slice(1))[0] !== "LOCATION" &&
    lexicalType(name.slice(1))[1] >= 0
  );
}

/** An East Asian given name of two hyphenated syllables ("Heung-min", "Tae-yong"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** A capitalized noun mid-sentence before a lone organization cue word: "People Magazine". */
function namesBodyWithCue(part: Word[], head: Word): boolean {
  const cue = part[1];
  return (
    part.length === 2 &&
    !head.sentenceInitial &&
    cue !== undefined &&
    cue.joinedToPrevious &&
    ORGANIZATION_CUE_WORDS.has(cue.lower) &&
    compromiseTags(head.lower).some((t) => t === "Plural" || t === "Singular" || t === "Noun")
  );
}

/**
 * "James To of the Democratic Party", "won by James To.": a given name then a capitalized
 * function word that is no heading glued to the next sentence (that one goes on "In the …").
 */
function isGivenNameThenFunctionWord(part: Word[], words: Word[]): boolean {
  const [given, surname] = part;
  if (part.length !== 2 || !given || !surname) return false;
  if (surname.sentenceInitial || surname.allCaps || !isFunctionWord(surname)) return false;
  if (!FIRST_NAMES.has(given.lower) || !surname.joinedToPrevious) return false;
  const next = words[words.indexOf(surname) + 1];
  if (!next || !next.joinedToPrevious) return true;
  return !next.nameLike && !ARTICLES.has(next.lower);
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
  // "Labour MPs", "SNP MSPs", "Fianna Fáil TDs": a party before its members' letters is named alone.
  const lastOfPhrase = phrase[phrase.length - 1];
  if (phrase.length >= 2 && lastOfPhrase && MEMBERS_LETTERS.test(lastOfPhrase.text)) {
    return candidatesFromPhrase(doc, sentence, words, phrase.slice(0, -1), first, signals);
  }
  const stateOfMember = placeBeforePartyMember(phrase, words, first);
  if (stateOfMember > 0) {
    // "the Louisiana Republican said": a lawmaker described by state and party; only the state is named.
    const place = phrase.slice(0, stateOfMember);
    return [makeCandidate(sentence, place, first, "LOCATION", 2, null, null)];
  }
  const [phraseType] = lexicalType(phrase);
  if (phraseType === null && phrase.length > 1) {
    // "NASA Administrator", "U.S. Senator": a title with no name after it.
    if (lowercaseHeadEndingAt(phrase, phrase.length - 1) > 0)
      return mentionsInsideTitle(sentence, phrase, first);
    // "New Zealander", "North American": nationality words.
    if (
      isDemonym(key(phraseText(doc, phrase))) ||
      isDemonymWord(phrase[phrase.length - 1]?.lower ?? "")
    )
      return [];
  }
  const knownName = longestMatch(phrase, 0, 4, isPlaceOrOrgKey);
  const placeName = placeBeforeTitle(phrase);
  const knownPrefix = Math.max(knownName, placeName);
  if (phraseType === null && knownPrefix > 0 && phrase.length - knownPrefix >= 2) {
    // "the United Nations Nikki Haley": a known name runs straight into a person's name.
    const rest = phrase.slice(knownPrefix);
    // "Rio Grande do Sul Governor Eduardo Leite": a place by its shape, then a title and a name.
    const titledName =
      placeName > knownName &&
      leadingTitleLength(rest) > 0 &&
      rest.length - leadingTitleLength(rest) >= 1;
    if (
      (personSignals(rest) || titledName) &&
      lexicalType(rest)[0] === null &&
      !middleNamed(phrase, knownPrefix)
    ) {
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
  // A body's name with a complement may be typed as a whole ("Bank of England Governor …").
  const employer = wholeType !== "PERSON" ? employerBeforeTitle(phrase) : 0;
  if (employer > 0) {
    // "Volga Air Chief Executive Igor Demin": the employer opens the title and is an organization itself.
    const employerWords = phrase.slice(0, employer);
    const [employerType] = isNumberedUnitOfBody(employerWords)
      ? ["ORGANIZATION" as const]
      : lexicalType(employerWords);
    results.push(
      makeCandidate(sentence, employerWords, first, employerType ?? "ORGANIZATION", 1, null, null),
    );
  }
  if (wholeType === null || employer > 0) {
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
  // "Turkish Red Crescent", "American Red Cross": a national branch of a known body keeps its demonym.
  const nationalBranch =
    name.length >= 3 &&
    isDemonymWord(name[0]?.lower ?? "") &&
    isKnownOrganization(key(phraseText(doc, name.slice(1))));
  // "Christian Lindner", "German Gref": a nationality or faith word that is also a given name,
  // before one surname-like word, opens a person's name.
  const givenName =
    name.length === 2 &&
    GIVEN_NAME_DEMONYMS.has(name[0]?.lower ?? "") &&
    name[1]?.nameLike === true &&
    !name[1].possessive &&
    lexicalType(name.slice(1))[0] === null &&
    !isCommonWord(name[1], signals);
  // "the European Solidarity party": a lower-case party noun after the name makes the
  // nationality word the first word of a party's name.
  const partyNoun = words[nameFirst + name.length];
  const partyName =
    partyNoun !== undefined &&
    partyNoun.joinedToPrevious &&
    !partyNoun.nameLike &&
    PARTY_NOUNS.has(partyNoun.lower) &&
    !name[name.length - 1]?.possessive;
  while (
    !nationalBranch &&
    !givenName &&
    !partyName &&
    name.length > 1 &&
    ((isDemonymWord(name[0]?.lower ?? "") && !COMPASS_WORDS.has(name[0]?.lower ?? "")) ||
      partyLabelBeforePerson(name)) &&
    lexicalType(name)[0] === null
  ) {
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
  if (name.length === 1 && isDemonymWord(name[0]?.lower ?? "")) return results;
  if (name.length === 1 && adjectivalCountryBefore(name[0], words[nameFirst + 1])) return results;
  // "Gov. Ron DeSantis, R-Fla.,": a lawmaker's party and state name no entity of their own.
  if (name.length === 1 && PARTY_AND_STATE.test(name[0]?.text ?? "")) return results;

  if (name.length > 1 && name.every((w) => /^\p{Lu}\.$/u.test(w.text))) {
    // "U. S.", "S. F.": initials written with spaces are an abbreviation; only a known one is a name.
    const known = ACRONYMS[name.map((w) => w.text[0]).join("")];
    if (known) results.push(makeCandidate(sentence, name, nameFirst, known.type, 2, null, null));
    return results;
  }
  let [lexType, lexConfidence] = lexicalType(name);
  // "the journal JAMA Network Open", "the journal Nature Medicine": a publication's noun before a
  // name outweighs a head that would make it an event or a field.
  const publicationNoun = words[nameFirst - 1];
  if (
    lexConfidence < 0 &&
    publicationNoun !== undefined &&
    PUBLICATION_NOUNS.has(publicationNoun.lower) &&
    name[0]?.joinedToPrevious
  ) {
    lexType = "ORGANIZATION";
    lexConfidence = 1.5;
  }
  // Events, laws and products ("Cold War", "Chicago Marathon") are not entities, nor is a body
  // that opens one's name ("the 2022 FIFA World Cup"), as a news annotation has it.
  if (lexConfidence < 0) return results;
  let type = lexType;
  let confidence = lexConfidence;
  // "Health Secretary Victoria Atkins": a given name that is also a place, then a surname in -s,
  // reads as a team ("Victoria Kings"); a person's title before it makes it a person.
  if (
    type === "ORGANIZATION" &&
    title !== null &&
    name.length === 2 &&
    FIRST_NAMES.has(name[0]?.lower ?? "") &&
    isTeamName(name) &&
    !isClubName(name)
  ) {
    type = "PERSON";
    confidence = 1.5;
  }
  if (type === null && nationalBranch) {
    type = "ORGANIZATION";
    confidence = 2;
  }
  const honorific = title !== null && HONORIFICS.has(key(title).split(" ").pop() ?? "");
  if (type === null && title !== null) {
    type = "PERSON";
    confidence = honorific ? 2 : 1.5;
    // "British Airways owner IAG": a role before an acronym names the body that fills it.
    if (!honorific && name.length === 1 && name[0]?.acronym && name[0].allCaps) {
      type = "ORGANIZATION";
      title = null;
      titleStart = null;
    }
  }
  const before = words[nameFirst - 1];
  if (
    type === null &&
    title === null &&
    before &&
    before.lower !== "at" &&
    PLACE_PREPOSITIONS.has(before.lower) &&
    !name[name.length - 1]?.possessive &&
    !name.some((w) => /^\p{Lu}\.$/u.test(w.text)) &&
    !personAfterIn(words, nameFirst, nameFirst + name.length - 1)
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
  if (type === null && personAfter(doc, words, nameFirst, nameFirst + name.length - 1)) {
    type = "PERSON";
    confidence = 1.5;
  }
  if (type === null && title === null) {
    // "Frontex, the EU border agency,", "Pylos, a fishing town,".
    const apposition = appositionType(doc, words, nameFirst, nameFirst + name.length - 1);
    if (apposition !== null) {
      type = apposition;
      confidence = 1.5;
    }
  }
  if (type === null && name.length === 2 && HYPHENATED_GIVEN_NAME.test(name[1]?.text ?? "")) {
    // "Park Seo-yeon": a family name then a hyphenated given name.
    type = "PERSON";
    confidence = 1.5;
  }
  if (type === null && title === null && beforeStaffNoun(words, nameFirst + name.length, name)) {
    // "a former Rockwell Collins executive", "a Morgan Stanley analyst": the staff's employer.
    type = "ORGANIZATION";
    confidence = 1.5;
  }
  if (type === null && /['’]s$/u.test(name[name.length - 1]?.text ?? "")) {
    // "Halden's said": the words read the "'s" as the name's own (a body named for its founder).
    type = "ORGANIZATION";
    confidence = 1.5;
  }
  if (
    type === null &&
    title === null &&
    opensWithCompassWord(name) &&
    (name.length > 2 ||
      signals.pairsBeforeCompanyEnding.has(`${name[0]?.lower ?? ""} ${name[1]?.lower ?? ""}`))
  ) {
    // "Western Digital" where the article also writes "Western Digital Corp": no person's name
    // opens with a compass word; two words alone may as well name a region ("Southern Kordofan").
    type = "ORGANIZATION";
    confidence = 1;
  }
  if (
    type === null &&
    title === null &&
    spokespersonFor(words, nameFirst) &&
    endsWithCommonNoun(name) &&
    !personSignals(name)
  ) {
    // "a spokesperson for Barratt Homes said": whom a spokesperson speaks for, named with an
    // ordinary noun at the end, is a body ("a spokesperson for Novak Djokovic" stays a person's).
    type = "ORGANIZATION";
    confidence = 1;
  }
  if (type === null && personSignals(name)) {
    type = "PERSON";
    confidence = 1.5;
  }
  if (
    type === null &&
    name.length === 1 &&
    !name[0]?.sentenceInitial &&
    FIRST_NAMES.has(name[0]?.lower ?? "") &&
    !modifiesNounAfterThe(words, nameFirst)
  ) {
    type = "PERSON";
    confidence = 1;
  }
  // The context called the word a person, and only its being unknown made it an organization.
  let spokeAsPerson = false;
  let speaksWithCommonLastWord = false;
  let spokespersonOfPerson = false;
  if (type === null) {
    const fromContext = contextType(words, nameFirst, nameFirst + name.length - 1, name);
    if (fromContext) {
      type = fromContext === "PERSON" && looksLikeOrganization(name) ? "ORGANIZATION" : fromContext;
      confidence = 1;
      // News introduces people by full name: one unknown word that speaks is an organization
      // ("Ofwat said"), unless it turns out to be part of someone's name (resolveByNameParts).
      // A known family name ("Thatcher also proposed") stays a person.
      if (
        name.length === 1 &&
        type === "PERSON" &&
        !FIRST_NAMES.has(name[0]?.lower ?? "") &&
        !LAST_NAMES.has(name[0]?.lower ?? "") &&
        !familyNameEnding(name[0])
      ) {
        type = "ORGANIZATION";
        spokeAsPerson = true;
      }
      // "a Jannik Sinner spokesperson": a spokesperson's employer of two words or more may be a
      // person the rules cannot tell; the tagger decides, as for "Volga Air said".
      if (
        type === "ORGANIZATION" &&
        name.length >= 2 &&
        SPOKESPERSON_AFTER.test(words[nameFirst + name.length]?.lower ?? "")
      ) {
        if (unknownGivenNameAndSurname(name, signals)) {
          type = "PERSON";
          spokespersonOfPerson = true;
        } else speaksWithCommonLastWord = true;
      }
      // "Volga Air said": a proper word then an ordinary noun that speaks is as likely a company
      // as a person; the tagger decides (the guess stays a person where it reads one).
      if (
        type === "PERSON" &&
        !spokespersonOfPerson &&
        (properThenCommonNoun(name, signals) || adjectiveThenCommonNoun(name, signals))
      ) {
        type = "ORGANIZATION";
        speaksWithCommonLastWord = true;
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
  const speakerGuess = type === "ORGANIZATION" && confidence === 1 && title === null;
  let fromArticle = false;
  let commonLastWord = false;
  if (type === null && name.length >= 2 && name.length <= 4) {
    // Given names are often ordinary nouns ("Rex", "Grant"): the first word only needs to be unused in lower case.
    const allProper = name.every(
      (w, i) =>
        !w.nameLike ||
        (i === 0 && name.length > 1 && givenNameFunctionWord(w)) ||
        (!signals.seenLowercase.has(w.lower) &&
          !NON_NAME_WORDS.has(w.lower) &&
          (i === 0 ? !isAdjectiveOrVerb(w.lower) : !isCommonTagged(w.lower))),
    );
    if (allProper) {
      const organization = looksLikeOrganization(name);
      fromArticle =
        !organization && isNameAfterArticle(words, nameFirst, nameFirst + name.length - 1);
      type = organization || fromArticle ? "ORGANIZATION" : "PERSON";
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
        commonLastWord = name.length === 2;
      }
    }
  }
  if (title !== null && type !== "PERSON") {
    // A title before an organization or place is not a person's title ("Russian Foreign Ministry").
    title = null;
    titleStart = null;
  }
  // "Chuck Close", "Nathan Law": after a given name no one writes in lower case, a common word is a surname.
  const givenNameFirst =
    name.length === 2 &&
    FIRST_NAMES.has(name[0]?.lower ?? "") &&
    !signals.seenLowercase.has(name[0]?.lower ?? "") &&
    !isCommonTagged(name[0]?.lower ?? "") &&
    !name[1]?.sentenceInitial;
  // A title vouches for a name whose only "common" word is a capitalized function word
  // ("district councillor Wilson Or").
  const titledFunctionWordName =
    title !== null &&
    name.length === 2 &&
    name[1] !== undefined &&
    isFunctionWord(name[1]) &&
    !name[1].sentenceInitial;
  if (
    type === "PERSON" &&
    confidence < 2 &&
    !titledFunctionWordName &&
    !givenNameFirst &&
    looksLikeCommonWords(name, signals)
  )
    return results;
  const candidate = makeCandidate(sentence, name, nameFirst, type, confidence, title, titleStart);
  if (fromArticle && type === "ORGANIZATION") candidate.guessedFromArticle = true;
  if (speakerGuess && spokeAsPerson) candidate.organizationGuess = "speaks";
  if (commonLastWord || speaksWithCommonLastWord) candidate.organizationGuess = "common-last-word";
  results.push(candidate);
  return results;
}

/**
 * "the Cecil expedition", "the Percy estate": a lone given name between "the" and a lower-case
 * noun names a dynasty or a thing, not a person.
 */
function modifiesNounAfterThe(words: Word[], at: number): boolean {
  const before = words[at - 1];
  const next = words[at + 1];
  if (before?.lower !== "the" || !next?.joinedToPrevious || next.nameLike) return false;
  return !NON_NAME_WORDS.has(next.lower) && !isAdjectiveOrVerb(next.lower);
}

/** Staff nouns after a name that make it their employer; aides and advisers serve people too. */
const STAFF_NOUNS_AFTER: ReadonlySet<string> = new Set(
  (
    "executive executives employee employees analyst analysts economist economists banker bankers " +
    "engineer engineers shareholders subsidiary"
  ).split(" "),
);

/** Whether a lower-case staff noun follows the name straight away ("… Collins executive"). */
function beforeStaffNoun(words: Word[], after: number, name: Word[]): boolean {
  const next = words[after];
  if (
    next === undefined ||
    !next.joinedToPrevious ||
    next.nameLike ||
    name[name.length - 1]?.possessive
  )
    return false;
  if (STAFF_NOUNS_AFTER.has(next.lower)) return true;
  // "Kroger shares rose", "Boeing stock fell": a company's stock; not the verb ("shares a border")
  // nor a market ("stock exchange").
  const then = words[after + 1];
  return (
    STOCK_NOUNS.has(next.lower) && !(then?.joinedToPrevious && NOT_AFTER_STOCK_NOUN.has(then.lower))
  );
}

const STOCK_NOUNS: ReadonlySet<string> = new Set(["shares", "stock"]);

/** Words after "shares" or "stock" that make it a verb or a market: "shares a border", "stock market". */
const NOT_AFTER_STOCK_NOUN: ReadonlySet<string> = new Set(
  (
    "a an the its his her their our your my some much many this that these those no every " +
    "exchange exchanges market markets index indexes indices"
  ).split(" "),
);

/**
 * "a Jannik Sinner spokesperson": a first word no lexicon knows and never written in lower case,
 * then a word that is no plural and no thing's noun, is a given name and a surname; a company's
 * name has an English word first, or a plural or a thing last ("Golden Goose", "Volga Air").
 */
function unknownGivenNameAndSurname(name: Word[], signals: DocSignals): boolean {
  const [given, surname] = name;
  return (
    name.length === 2 &&
    given !== undefined &&
    surname !== undefined &&
    !given.allCaps &&
    !surname.allCaps &&
    !given.possessive &&
    !surname.possessive &&
    compromiseTags(given.lower).length === 0 &&
    !signals.seenLowercase.has(given.lower) &&
    !signals.seenLowercase.has(surname.lower) &&
    !/s$/.test(surname.lower) &&
    compromiseTags(surname.lower).every((t) => PERSON_NOUN_TAGS.has(t))
  );
}

/** Lexicon tags a family name may carry ("Sinner" is a person noun, "Air" a thing). */
const PERSON_NOUN_TAGS: ReadonlySet<string> = new Set([
  "Actor",
  "LastName",
  "FirstName",
  "MaleName",
  "FemaleName",
]);

/**
 * "Chad Michael Murray", "Jordan Anne Ellis": a place's one-word name that is also a given name,
 * then a given name and a surname, is one person's given, middle and family names.
 */
function middleNamed(phrase: Word[], knownPrefix: number): boolean {
  const [given, middle] = phrase;
  return (
    knownPrefix === 1 &&
    phrase.length === 3 &&
    given !== undefined &&
    middle !== undefined &&
    !given.possessive &&
    !given.allCaps &&
    FIRST_NAMES.has(given.lower) &&
    FIRST_NAMES.has(middle.lower) &&
    !isPlaceOrOrgKey(middle.key)
  );
}

/** "Peskov said", "Vučić told reporters": a lone word with a family name's ending. */
function familyNameEnding(word: Word | undefined): boolean {
  return word !== undefined && word.text.length >= 5 && FAMILY_NAME_ENDING.test(word.text);
}

/**
 * "Volga Air", "Baikal Aerospace": two words, a proper one that is no given name and then an
 * ordinary noun never written in lower case here, which names a company more often than a person.
 */
function properThenCommonNoun(name: Word[], signals: DocSignals): boolean {
  const [firstWord, lastWord] = name;
  if (name.length !== 2 || !firstWord || !lastWord || lastWord.possessive) return false;
  return (
    !FIRST_NAMES.has(firstWord.lower) &&
    !LAST_NAMES.has(lastWord.lower) &&
    !isCommonTagged(firstWord.lower) &&
    !signals.seenLowercase.has(firstWord.lower) &&
    isCommonTagged(lastWord.lower) &&
    !signals.seenLowercase.has(lastWord.lower) &&
    !isFunctionWord(lastWord)
  );
}

/**
 * "Royal Mail", "Blue Origin": an adjective that is no given name, then an ordinary noun never
 * written in lower case here and no surname, names a company or body, not a person.
 */
function adjectiveThenCommonNoun(name: Word[], signals: DocSignals): boolean {
  const [firstWord, lastWord] = name;
  if (name.length !== 2 || !firstWord || !lastWord || lastWord.possessive) return false;
  return (
    compromiseTags(firstWord.lower).includes("Adjective") &&
    !FIRST_NAMES.has(firstWord.lower) &&
    !LAST_NAMES.has(firstWord.lower) &&
    !LAST_NAMES.has(lastWord.lower) &&
    !FIRST_NAMES.has(lastWord.lower) &&
    isCommonTagged(lastWord.lower) &&
    !signals.seenLowercase.has(lastWord.lower) &&
    !isFunctionWord(lastWord)
  );
}

const SPOKESPERSON_AFTER = /^spokes(?:person|man|woman)$/;

/** "Barratt Homes", "Severn Water": two or more words, the last an ordinary noun and no surname. */
function endsWithCommonNoun(name: Word[]): boolean {
  const last = name[name.length - 1];
  return (
    name.length >= 2 &&
    last !== undefined &&
    !last.possessive &&
    !LAST_NAMES.has(last.lower) &&
    isCommonTagged(last.lower)
  );
}

/** "a spokesperson for X", "a spokeswoman at X": the name at `first` is whom one speaks for. */
function spokespersonFor(words: Word[], first: number): boolean {
  const preposition = words[first - 1]?.lower ?? "";
  return (
    (preposition === "for" || preposition === "at") &&
    SPOKESPERSON_AFTER.test(words[first - 2]?.lower ?? "")
  );
}

/** Lower-case nouns that name a publication before its title ("the journal Nature Medicine"). */
const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  "journal",
  "newspaper",
  "magazine",
  "tabloid",
  "daily",
  "weekly",
]);

/** "R-Fla.", "D-N.Y.", "I-Vt.": a US politician's party letter and state. */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}/u;

/** Lower-case nouns after a party's or movement's name ("the European Solidarity party"). */
const PARTY_NOUNS: ReadonlySet<string> = new Set([
  "party",
  "movement",
  "bloc",
  "alliance",
  "coalition",
]);

/** Words after a country's name that show it is a noun: verbs and closed-class words. */
const NOT_NOUN_TAGS: ReadonlySet<string> = new Set([
  "Verb",
  "PastTense",
  "PresentTense",
  "Infinitive",
  "Gerund",
  "Modal",
  "Auxiliary",
  "Copula",
  "Conjunction",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Adverb",
]);

/**
 * "Saudi officials", "the Thai foreign minister": a country's name that is also its nationality
 * adjective, right before a noun or title, is the adjective ("Saudi said" and "Saudi and Iran" keep
 * the country).
 */
export function adjectivalCountryBefore(word: Word | undefined, next: Word | undefined): boolean {
  if (!word || !next || word.possessive || !next.joinedToPrevious) return false;
  if (!isAdjectivalCountryName(word.lower) || /\d/.test(next.text)) return false;
  return !compromiseTags(next.lower).some((t) => NOT_NOUN_TAGS.has(t));
}

export const ACRONYM_DEFINITION = /^\s*\((\p{Lu}[\p{L}.&]{1,9})\)/u;

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

const CAMPAIGN_NAME = /\bSave the \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?/gu;

/** Organizations named as "Save the …" ("Save the Children", "Save the Wye"). */
export function campaignNames(sentence: Sentence, words: Word[]): Candidate[] {
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

export function overlaps(a: Word[], b: Word[]): boolean {
  const aStart = a[0]?.start ?? 0;
  const aEnd = a[a.length - 1]?.end ?? 0;
  const bStart = b[0]?.start ?? 0;
  const bEnd = b[b.length - 1]?.end ?? 0;
  return aStart < bEnd && bStart < aEnd;
}

/** Candidates from every body sentence; title-case and shouted headlines are set aside for later. */
export function addSentenceCandidates(state: MentionState): void {
  const { doc, sentences, sentenceWords, signals, candidates, headlineLike } = state;
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
}

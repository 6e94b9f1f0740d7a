import { ABBREVIATED_NAME_SUFFIXES } from "../lexicon/person-names.js";
import type { Doc, Mention, Stage } from "../types.js";
import {
  addHeadlineCandidates,
  relatedHeadlines,
  resolveCreditLineNames,
} from "./mentions/headlines.js";
import {
  acronymsOfCommonNouns,
  layoutMentions,
  removeOverlaps,
  toMention,
} from "./mentions/layout-mentions.js";
import { isProductOrWork, productAndWorkKeys } from "./mentions/products-and-works.js";
import {
  resolveByNameParts,
  resolveCoordinations,
  resolveDefinedAcronyms,
  resolveGuessesByArticleKind,
  resolvePersonsWorks,
  dropProductsOfKnownOrganizations,
  resolvePossessiveEmployers,
  unifyTypes,
} from "./mentions/resolve-types.js";
import { addInvertedNames } from "./mentions/inverted-names.js";
import { addPersonEpithets, typeNicknamedPeople } from "./mentions/epithets.js";
import {
  resolvePlaceLists,
  resolvePlaceParts,
  resolvePlacesByDefinition,
  resolvePlacesByMovement,
  resolveTitlesOfPlaces,
} from "./mentions/place-context.js";
import {
  addNamedBodies,
  resolveByFollowingNoun,
  resolveByLeadingRole,
  resolveListedExamples,
  resolveTeamsBeforeScores,
} from "./mentions/noun-context.js";
import {
  resolveByNextSubjectPronoun,
  resolveByOwnPronoun,
  resolveByPersonalPassive,
  resolveBySpeechAboutSelf,
} from "./mentions/pronoun-context.js";
import { addRoadsAndAddresses } from "./mentions/roads-and-addresses.js";
import { resolveArabicMedia } from "./mentions/arabic-media.js";
import type { Candidate } from "./mentions/candidate.js";
import { resolveClippedNames } from "./mentions/clipped-names.js";
import { dropBareTitles } from "./mentions/titles.js";
import { resolveClubTowns } from "./mentions/club-towns.js";
import { resolveCountrySurnames } from "./mentions/country-surnames.js";
import { resolveLeadingAcronyms } from "./mentions/leading-acronyms.js";
import { resolveMatchResults } from "./mentions/match-results.js";
import { addSentenceCandidates } from "./mentions/sentence-candidates.js";
import type { MentionState, MentionStep } from "./mentions/state.js";
import { DEFAULT_TAGGER_USES, useTaggerEvidence } from "./mentions/tagger-evidence.js";
import { collectSignals } from "./mentions/word-classes.js";
import { tokenizeSentence } from "./mentions/words.js";

/** The sub-steps of the mentions stage, in order; each lives in its own file under mentions/. */
export const MENTION_STEPS: ReadonlyArray<readonly [name: string, step: MentionStep]> = [
  ["names in body sentences", addSentenceCandidates],
  ["places a sentence defines", resolvePlacesByDefinition],
  ["places in titles of nobles and bishops", resolveTitlesOfPlaces],
  ["bodies an executive or shareholder is 'of'", resolveByLeadingRole],
  ["teams before a match score", resolveTeamsBeforeScores],
  ["the sides of a match result", resolveMatchResults],
  ["examples listed after a plural noun", resolveListedExamples],
  // The statistical tagger (src/extract/tagger): its names and types where the rules only guess.
  ["statistical tagger's evidence", useTaggerEvidence(DEFAULT_TAGGER_USES)],
  ["reporters and editors a credit line lists", resolveCreditLineNames],
  ["untyped names in a frame of movement", resolvePlacesByMovement],
  ["names a noun after them says are media or facilities", resolveByFollowingNoun],
  ["places' names with a body's noun after them", addNamedBodies],
  ["sentence subjects a later 'his' or 'herself' stands for", resolveByOwnPronoun],
  ["sentence subjects a next sentence's 'he' or 'she' stands for", resolveByNextSubjectPronoun],
  ["speakers whose reported clause opens with 'he' or 'she'", resolveBySpeechAboutSelf],
  ["subjects of a passive that befalls people", resolveByPersonalPassive],
  ["roads and street addresses", addRoadsAndAddresses],
  ["guessed names in articles about places", (s) => resolveGuessesByArticleKind(s.candidates)],
  ["surnames of named people", (s) => resolveByNameParts(s.candidates)],
  ["newspapers and channels named 'Al-…' that report", resolveArabicMedia],
  ["surnames that are also countries' names", resolveCountrySurnames],
  ["names listed together", (s) => resolveCoordinations(s.doc, s.candidates, s.signals)],
  ["names listed among places", resolvePlaceLists],
  ["parts of places the article names", resolvePlaceParts],
  ["acronyms defined in the text", (s) => resolveDefinedAcronyms(s.doc, s.candidates)],
  ["parties and employers before a name", (s) => resolvePossessiveEmployers(s.candidates)],
  ["works after a person's possessive", (s) => resolvePersonsWorks(s.candidates)],
  ["known acronyms opening an untyped phrase", resolveLeadingAcronyms],
  ["products of known organizations", (s) => dropProductsOfKnownOrganizations(s.candidates)],
  ["inverted names opening a reading-list line", addInvertedNames],
  ["numbers, epithets and places after a ruler's or saint's name", addPersonEpithets],
  ["names with a quoted nickname", typeNicknamedPeople],
  ["towns named for their club", resolveClubTowns],
  ["bodies' names cut short", resolveClippedNames],
  ["one type per name", (s) => unifyTypes(s.doc, s.candidates)],
  ["bare titles after 'the'", dropBareTitles],
  ["names in headlines", addHeadlineCandidates],
];

/** Reads the article's sentences (plus RELATED and credit lines) into words and document signals. */
function readSentences(doc: Doc): MentionState {
  const sentences = [...doc.sentences, ...relatedHeadlines(doc)];
  const sentenceWords = sentences.map(tokenizeSentence);
  const signals = collectSignals(sentenceWords);
  return { doc, sentences, sentenceWords, signals, candidates: [], headlineLike: [] };
}

/** Typed candidates become mentions, minus products, works and weak single words; layout mentions win overlaps. */
function toMentions(state: MentionState): Mention[] {
  const { doc, sentenceWords, candidates } = state;
  const commonAcronyms = acronymsOfCommonNouns(doc.text);
  const productsAndWorks = productAndWorkKeys(doc, sentenceWords);
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    if (!candidate.type || candidate.words.length === 0) continue;
    if (isProductOrWork(candidate, productsAndWorks)) continue;
    if (candidate.words.length === 1 && candidate.confidence < 1) continue;
    if (candidate.words.length === 1 && commonAcronyms.has(candidate.words[0]?.text ?? ""))
      continue;
    if (isCurrencyPrefix(doc, candidate)) continue;
    // "Tomás Ferreira, Jr.": a suffix after a comma belongs to the name before it, no name of its own.
    if (
      candidate.words.length === 1 &&
      ABBREVIATED_NAME_SUFFIXES.has(candidate.words[0]?.lower ?? "")
    )
      continue;
    mentions.push(toMention(doc, candidate, candidate.type));
  }
  return removeOverlaps(layoutMentions(doc), mentions);
}

/** "US$ 10 billion", "HK$5": a country's letters before a dollar sign name a currency. */
function isCurrencyPrefix(doc: Doc, candidate: Candidate): boolean {
  const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
  return only !== undefined && only.allCaps && doc.text[only.end] === "$";
}

/** Finds the names of people, organizations and places in every zone of the article. */
export function findMentions(doc: Doc, steps = MENTION_STEPS): Mention[] {
  const state = readSentences(doc);
  for (const [, step] of steps) step(state);
  return toMentions(state);
}

/** Stage 03: named-entity mentions (entityId null until coreference). */
export const mentionsStage: Stage = {
  name: "mentions",
  run: (doc) => ({ ...doc, mentions: findMentions(doc) }),
};

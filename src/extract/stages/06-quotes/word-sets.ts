import {
  CLAUSE_BREAKERS,
  CLAUSE_CONJUNCTIONS,
  COORDINATORS,
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  NAMING_WORDS,
  DISTANT_NAMING_VERBS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
  SKIPPABLE_BEFORE_VERB,
  TITLE_SMALL_WORDS,
} from "../../lexicon/attribution-grammar.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../../lexicon/given-names.js";
import {
  GENDERED_HONORIFICS,
  GROUP_PRONOUNS,
  PERSON_PRONOUNS,
  RELATIVE_PRONOUNS,
} from "../../lexicon/pronouns.js";
import {
  ANONYMOUS_SPEAKER_NOUNS,
  GENDERED_ROLE_NOUNS,
  NON_GOVERNMENT_BODY_NOUNS,
  GOVERNMENT_NOUNS,
  ORGANIZATION_NOUNS,
  PERSON_ROLE_NOUNS,
  PARTY_MEMBER_NOUNS,
  ROLE_SYNONYMS,
  SPOKESPERSON_NOUNS,
  STATEMENT_NOUNS,
  POSTED_TEXT_NOUNS,
  TEXT_READING_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_NEUTRAL_ROLE_NOUNS,
  TITLE_ABBREVIATION_ROLES,
} from "../../lexicon/speaker-nouns.js";
import {
  QUOTE_FRAMING_VERBS,
  SPEECH_VERBS,
  STATEMENT_ISSUE_VERBS,
} from "../../lexicon/speech-verbs.js";

export const SPEECH_VERB_SET = new Set([...SPEECH_VERBS, ...QUOTE_FRAMING_VERBS]);
export const ISSUE_VERB_SET = new Set(STATEMENT_ISSUE_VERBS);
export const GROUP_PRONOUN_SET = new Set(GROUP_PRONOUNS);
export const RELATIVE_PRONOUN_SET = new Set(RELATIVE_PRONOUNS);
export const ANONYMOUS_SET = new Set(ANONYMOUS_SPEAKER_NOUNS);
export const ORGANIZATION_NOUN_SET = new Set(ORGANIZATION_NOUNS);
export const GOVERNMENT_NOUN_SET = new Set(GOVERNMENT_NOUNS);
export const NON_GOVERNMENT_BODY_SET = new Set(NON_GOVERNMENT_BODY_NOUNS);
export const PERSON_ROLE_SET = new Set([...PERSON_ROLE_NOUNS, ...PARTY_MEMBER_NOUNS]);
export const TITLE_NEUTRAL_ROLE_SET = new Set(TITLE_NEUTRAL_ROLE_NOUNS);
export const STATEMENT_SET = new Set(STATEMENT_NOUNS);
/** Texts whose words belong to whoever issued them: statements, letters, notices, signs. */
export const DOCUMENT_NOUN_SET = new Set([...STATEMENT_NOUNS, ...POSTED_TEXT_NOUNS]);
export const TEXT_READING_VERB_SET = new Set(TEXT_READING_VERBS);
export const SPOKESPEOPLE_SET = new Set(SPOKESPERSON_NOUNS);
export const SPOKESPERSON_SET = new Set([...SPOKESPERSON_NOUNS, ...STATEMENT_NOUNS]);
export const ABBREVIATION_SET = new Set(TITLE_ABBREVIATIONS);
export const PRONOUN_GENDER = new Map(Object.entries(PERSON_PRONOUNS));
export const HONORIFIC_GENDER = new Map(Object.entries(GENDERED_HONORIFICS));
export const ROLE_GENDER = new Map(Object.entries(GENDERED_ROLE_NOUNS));
export const ROLE_SYNONYM_MAP = new Map(Object.entries(ROLE_SYNONYMS));
export const ABBREVIATION_ROLE = new Map(Object.entries(TITLE_ABBREVIATION_ROLES));
export const MALE_NAMES = new Set(MALE_GIVEN_NAMES);
export const FEMALE_NAMES = new Set(FEMALE_GIVEN_NAMES);
export const DETERMINER_SET = new Set(DETERMINERS);
export const INDEFINITE_SET = new Set(INDEFINITE_DETERMINERS);
export const PREPOSITION_SET = new Set(PREPOSITIONS);
export const SKIPPABLE_SET = new Set(SKIPPABLE_BEFORE_VERB);
export const CONJUNCTION_SET = new Set(CLAUSE_CONJUNCTIONS);
export const COORDINATOR_SET = new Set(COORDINATORS);
export const CLAUSE_BREAKER_SET = new Set(CLAUSE_BREAKERS);
export const PASSIVE_SET = new Set(PASSIVE_AUXILIARIES);
export const TITLE_SMALL_WORD_SET = new Set(TITLE_SMALL_WORDS);
export const NAMING_WORD_SET = new Set(NAMING_WORDS);
export const DISTANT_NAMING_SET = new Set(DISTANT_NAMING_VERBS);
/**
 * Kinds of business a spokesperson's modifier may name ("a company spokesman", "a bank
 * spokeswoman"): any organization of the story fits them, unlike "a union spokesman",
 * which needs a union.
 */
export const BUSINESS_KIND_SET = new Set([
  "company",
  "firm",
  "corporate",
  "carmaker",
  "automaker",
  "airline",
  "bank",
  "retailer",
  "insurer",
  "lender",
  "club",
]);

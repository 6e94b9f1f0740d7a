/** Function words the events stage reads clauses with: data, kept apart from the trigger lexicon. */
import { MONTH_NUMBERS } from "./layout-months.js";
import { WEEKDAYS } from "./temporal.js";

/** Words opening a subordinate clause; a comma after such a clause ends the search for a subject. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "while",
  "although",
  "though",
  "as",
  "when",
  "after",
  "before",
  "since",
  "because",
  "if",
  "despite",
  "amid",
  "with",
  "whereas",
]);

/** Objects that make a launch a show of force. */
export const PROJECTILES: ReadonlySet<string> = new Set([
  "missile",
  "missiles",
  "rocket",
  "rockets",
]);

/** What is fired or launched at a target in an attack: with a target, a launch is an assault. */
export const FIRED_WEAPONS: ReadonlySet<string> = new Set([
  "missile",
  "missiles",
  "rocket",
  "rockets",
  "drone",
  "drones",
  "shell",
  "shells",
  "mortar",
  "mortars",
  "artillery",
  "projectile",
  "projectiles",
]);

/** Prepositions that aim a weapon at what follows ("at Kyiv", "towards the border"). */
export const AIMING_PREPOSITIONS: ReadonlySet<string> = new Set([
  "at",
  "on",
  "into",
  "against",
  "toward",
  "towards",
  "across",
]);

/** Words after "at"/"on"/"into" that tell a time, a manner or open water, not a target. */
export const NOT_TARGETS: ReadonlySet<string> = new Set([
  "dawn",
  "night",
  "noon",
  "midnight",
  "sea",
  "least",
  "random",
  "once",
  "around",
  "about",
  "the",
  "a",
  "an",
  // "on Tuesday", "in March": days and months.
  ...WEEKDAYS,
  ...MONTH_NUMBERS.keys(),
]);

/** Common nouns of places and forces that a strike is aimed "on" or "into". */
export const TARGET_PLACES: ReadonlySet<string> = new Set([
  "city",
  "cities",
  "town",
  "towns",
  "village",
  "villages",
  "capital",
  "base",
  "bases",
  "positions",
  "territory",
  "camp",
  "camps",
  "port",
  "airport",
  "border",
  "area",
  "areas",
  "region",
  "neighbourhood",
  "neighborhood",
  "district",
]);

/** Objects that make a signing an administrative act. */
export const LEGISLATION: ReadonlySet<string> = new Set(["law", "bill", "legislation", "decree"]);

/**
 * A sentence that says its plan has no date yet ("though no date has been set", "a date is yet
 * to be fixed") tells a vague plan, which the guide leaves out whatever month it names.
 */
export const UNSET_DATE =
  /\b(?:no (?:firm |exact )?date (?:has|had|was|have) (?:yet )?been (?:set|fixed|announced|agreed)|date (?:has|is|was) (?:yet|still) to be (?:set|fixed|announced|agreed)|no date (?:was|has been) given)\b/i;

/**
 * Nouns for a scheduled happening: a relative clause on one ("its final mission, which lifts
 * off on May 3") tells the happening itself, not an act of a thing.
 */
export const SCHEDULED_HAPPENINGS: ReadonlySet<string> = new Set([
  "flight",
  "mission",
  "voyage",
  "match",
  "race",
  "session",
  "hearing",
  "trial",
  "ballot",
  "referendum",
  "election",
  "summit",
  "conference",
  "tour",
]);

/** Words before an event noun that negate or suspend it ("no talks", "could face sanctions"). */
export const NOUN_NEGATORS: ReadonlySet<string> = new Set([
  "no",
  "without",
  "not",
  "could",
  "might",
  "would",
  "may",
]);

/** Words before a bare verb that make it no report of a happening ("did meet", "can visit"). */
export const BARE_VERB_BLOCKERS: ReadonlySet<string> = new Set([
  "did",
  "do",
  "does",
  "can",
  "let",
  "help",
]);

/** Verbs that keep someone "from" doing an act, which has then not happened ("blocked X from deploying"). */
export const PREVENTING_VERBS: ReadonlySet<string> = new Set([
  "block",
  "bar",
  "ban",
  "prevent",
  "stop",
  "prohibit",
  "forbid",
  "restrain",
  "deter",
  "refrain",
  "dissuade",
]);

/** Words opening a condition; an act inside it has not happened. */
export const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "whether"]);

/** Words of a future or pledged act, whose "until" clause tells what has not happened yet. */
export const PLEDGE_MARKERS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "vowed",
  "vow",
  "vows",
  "pledged",
  "threatened",
  "threatens",
]);

/** Words that may sit between an auxiliary and its participle ("was on Monday rammed"). */
export const PASSIVE_INSERTS: ReadonlySet<string> = new Set([
  "on",
  "in",
  "at",
  "last",
  "early",
  "late",
  "this",
  "also",
  "then",
  "later",
]);

/** Determiners and possessives; after one, a bare verb form is a noun ("a visit"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "these",
  "those",
  "our",
]);

/** Adverbs skipped when looking for what precedes a verb. */
export const ADVERBS: ReadonlySet<string> = new Set([
  "also",
  "later",
  "then",
  "again",
  "once",
  "still",
  "now",
  "initially",
  "already",
  "since",
]);

/** Auxiliaries and reporting verbs that show a name is the subject of a new clause. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "did",
  "does",
  "do",
  "said",
  "says",
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "also",
  "could",
  "can",
]);

/** Subject pronouns; one between a name and a verb is the verb's real subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "it",
]);

/** Auxiliaries that put a sentence in the past tense. */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "had", "did"]);

/** Reporting verbs next to the source a sentence cites ("X said", "according to X"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "reported",
  "announced",
  "confirmed",
]);

/** Verbs that report what someone said, so that a "would" in their complement is a reported "will". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "added",
  "announced",
  "confirmed",
  "stated",
  "told",
]);

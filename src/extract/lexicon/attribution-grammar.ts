/** Function words the quote-attribution parser reads around speech verbs. Lower case. */

/** Determiners that open a noun phrase ("the minister", "her spokesman"). */
export const DETERMINERS: readonly string[] = [
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
  "another",
  "one",
];

/** Determiners that introduce someone new ("a spokesman"), so not a known role holder. */
export const INDEFINITE_DETERMINERS: readonly string[] = ["a", "an", "another", "one"];

/** Prepositions that attach a name to an earlier head ("a source within the ministry"). */
export const PREPOSITIONS: readonly string[] = [
  "of",
  "for",
  "from",
  "at",
  "within",
  "in",
  "with",
  "to",
  "on",
  "by",
  "inside",
  "near",
  "among",
  "under",
  "over",
  "about",
  "during",
  "after",
  "before",
  "representing",
];

/** Adverbs and auxiliaries that may sit between a subject and its speech verb ("Lavrov also said", "went on to say"). */
export const SKIPPABLE_BEFORE_VERB: readonly string[] = [
  "also",
  "further",
  "later",
  "then",
  "again",
  "reportedly",
  "previously",
  "earlier",
  "recently",
  "separately",
  "once",
  "repeatedly",
  "publicly",
  "privately",
  "simply",
  "initially",
  "finally",
  "first",
  "had",
  "has",
  "have",
  "would",
  "will",
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  "been",
  "being",
  "went",
  "go",
  "goes",
  "on",
  "to",
  "as",
  "quoted",
  "not",
  "never",
  "even",
  "still",
  "only",
  "too",
  "however",
  "subsequently",
  "just",
  "angrily",
  "bluntly",
  "flatly",
  "quickly",
  "briefly",
  "firmly",
  "openly",
  "strongly",
  "sharply",
  "tersely",
  "calmly",
  "proudly",
  "cautiously",
  "frankly",
  "candidly",
  "personally",
  "directly",
  "immediately",
  "specifically",
  "explicitly",
  "ultimately",
];

/** Conjunctions that start a new clause; a noun phrase read leftwards stops at them. */
export const CLAUSE_CONJUNCTIONS: readonly string[] = [
  "and",
  "but",
  "while",
  "that",
  "as",
  "when",
  "because",
  "although",
  "though",
  "since",
  "where",
  "if",
  "so",
  "whereas",
  "after",
  "before",
];

/** Words after which a name still heads a main clause ("… and Lavrov said"); a name after "since" or "that" does not. */
export const COORDINATORS: readonly string[] = ["and", "but", "so", "yet", "or", "then"];

/** Conjunctions that, after a comma, start an independent clause with its own speaker (", but Lavrov insisted"). */
export const CLAUSE_BREAKERS: readonly string[] = [
  "but",
  "while",
  "whereas",
  "yet",
  "although",
  "though",
];

/** Auxiliaries that make a speech verb passive ("he was told by X"); the speaker is the agent. */
export const PASSIVE_AUXILIARIES: readonly string[] = ["was", "were", "is", "are", "been", "being"];

/** Words left in lower case inside a title or name ("Friends of the Earth", "the Sheikh of the North"). */
export const TITLE_SMALL_WORDS: readonly string[] = [
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "for",
  "to",
  "at",
  "by",
  "with",
  "from",
  "de",
  "la",
  "del",
  "al",
  "von",
  "van",
];

/** Words that introduce a name or nickname in quotes rather than speech ("known as the "…"", "dubbed "…""). */
export const NAMING_WORDS: readonly string[] = [
  "nicknamed",
  "dubbed",
  "titled",
  "entitled",
  "named",
  "so-called",
  "as",
  // Nouns whose quoted complement is a slogan or a title, not someone's speech.
  "slogan",
  "motto",
  "tagline",
  "catchphrase",
  "hashtag",
  "nickname",
  "headline",
  "song",
  "album",
  "single",
  "film",
  "movie",
  "book",
  "novel",
  "poem",
  "documentary",
  "podcast",
  "series",
  "episode",
];

/** Naming verbs whose quoted name may come after their object: `dubbed the conflict: "…"`. */
export const DISTANT_NAMING_VERBS: readonly string[] = [
  "dubbed",
  "nicknamed",
  "titled",
  "entitled",
];

/**
 * Words that name an actor by description rather than by name: "Kenyan police" (the state the
 * adjective names), "the ministry", "the prosecutor's office" (an organisation of the article
 * whose name has that word).
 */

/** Bodies a nationality adjective turns into its state ("Spanish police", "Saudi officials"). */
/**
 * State forces that, bare ("Police arrested …", "troops shelled …"), are the state of the
 * article's dateline: a wire report from Nairobi means the Kenyan police.
 */
export const HOME_STATE_NOUNS: ReadonlySet<string> = new Set([
  "police",
  "troops",
  "soldiers",
  "army",
  "military",
  "authorities",
  "forces",
  "navy",
  "coastguard",
  "prosecutors",
]);

/** Words that may stand between "the" and such a force ("the riot police", "federal troops"). */
export const FORCE_MODIFIERS: ReadonlySet<string> = new Set([
  "riot",
  "security",
  "federal",
  "state",
  "national",
  "local",
  "government",
  "armed",
]);

export const STATE_AGENCY_NOUNS: ReadonlySet<string> = new Set([
  "police",
  "officers",
  "officials",
  "authorities",
  "forces",
  "troops",
  "army",
  "soldiers",
  "military",
  "government",
  "navy",
  "warplanes",
  "jets",
  "prosecutors",
  "investigators",
  "guards",
  "coastguard",
  "diplomats",
  "rescuers",
  "firefighters",
  "ministry",
  "court",
  "courts",
  "judges",
  // "the Brazilian team beat …": a national side is its country (the guide's sports rule).
  "team",
  "squad",
]);

/** People named by their part in a happening ("the suspect was charged"): the last person it befell. */
export const PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "suspect",
  "accused",
  "defendant",
  "man",
  "woman",
  "gunman",
  "attacker",
  "driver",
  "victim",
  "detainee",
  "prisoner",
  "fugitive",
  // "the two men were charged", "the couple was arrested": plural parts name the people the last
  // act befell too (one of them stands for all).
  "suspects",
  "defendants",
  "men",
  "women",
  "couple",
  "pair",
  "parents",
  "brothers",
  "sisters",
  "detainees",
  "prisoners",
]);

/** Numbers that may stand between "the" and such a description ("the two suspects"). */
export const DESCRIPTION_NUMBERS: ReadonlySet<string> = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
]);

/** Head nouns of organisation names that "the <noun>" refers back to ("the ministry said"). */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  "ministry",
  "court",
  "agency",
  "office",
  "committee",
  "council",
  "police",
  "party",
  "company",
  "bank",
  "union",
  "federation",
  "association",
  "service",
  "authority",
  "commission",
  "department",
  "government",
  "army",
  "foundation",
  "church",
  "institute",
  "board",
  "alliance",
  "organization",
  "organisation",
  "university",
  "network",
  "group",
]);

/**
 * Members who act as their body: "councillors approved the plans" is the council's decision,
 * "lawmakers voted" the legislature's. The body is the one the article names with that word.
 */
export const MEMBER_BODIES: ReadonlyMap<string, readonly string[]> = new Map([
  ["councillors", ["council"]],
  ["councilors", ["council"]],
  ["councilmembers", ["council"]],
  ["aldermen", ["council"]],
  ["lawmakers", ["parliament", "congress", "assembly", "legislature", "senate"]],
  ["legislators", ["parliament", "congress", "assembly", "legislature", "senate"]],
  ["mps", ["parliament", "assembly"]],
  ["senators", ["senate"]],
  ["deputies", ["parliament", "assembly", "duma"]],
  ["jurors", ["jury"]],
  // "Officers arrested the suspect" in a story that names one police force.
  ["officers", ["police", "constabulary"]],
  ["detectives", ["police", "constabulary"]],
  ["troopers", ["police", "patrol"]],
  ["trustees", ["board"]],
  ["directors", ["board"]],
]);

/** Words between a subject and its verb that do not end the subject ("police have also arrested"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "been",
  "also",
  "later",
  "then",
  "reportedly",
  "allegedly",
  "initially",
  "quickly",
  "subsequently",
  "eventually",
  "already",
  "on",
  "that",
]);

/**
 * Nouns that, after "the two" or "both", stand for the two parties of the happening just told:
 * "the two sides agreed to …", "both leaders pledged …".
 */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  "sides",
  "leaders",
  "countries",
  "nations",
  "governments",
  "ministers",
  "presidents",
  "delegations",
  "men",
  "women",
  "parties",
  "companies",
  "firms",
]);

/** Verbs that, right after a name, make it a speaker, hence a person or a body that acts. Lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    "said says told tells added adds stated states wrote writes asked asks replied replies explained explains " +
    "noted notes argued argues insisted insists claimed claims announced announces warned warns urged urges " +
    "accused accuses denied denies confirmed confirms acknowledged acknowledges admitted admits suggested " +
    "suggests described describes tweeted tweets posted posts declared declares stressed stresses recalled " +
    "recalls commented comments responded responds alleged alleges predicted predicts believes believed thinks " +
    "thought hopes hoped vowed vows pledged pledges promised promises praised praises criticized criticised " +
    "criticizes criticises condemned condemns welcomed welcomes rejected rejects vetoed vetoes demanded demands " +
    "called calls threatened threatens ordered orders signed signs agreed agrees refused refuses decided decides " +
    "wants wanted expects expected met meets visited visits spoke speaks"
  ).split(" "),
);

/** Words that may stand between a subject and its verb ("Moscow also insists"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(
  "also then later earlier initially again previously further recently already still has have had had not never reportedly allegedly".split(
    " ",
  ),
);

/** Prepositions after which a capitalized phrase is most likely a place. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "in at near outside inside across throughout around from into to towards toward via".split(" "),
);

/** Prepositions that, right before an unknown name, mark it as a place ("in Maidan Shahr"); "to" and "from" also take people. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "in at near outside inside across throughout".split(" "),
);

/** Lower-case nouns that, before "of", introduce a place ("the town of …"). */
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(
  (
    "town city village province region district county state capital suburb island port municipality area " +
    "towns cities villages provinces regions districts counties states suburbs islands ports municipalities " +
    "areas borough boroughs neighborhood neighborhoods neighbourhood neighbourhoods township townships hamlet " +
    "parish peninsula archipelago"
  ).split(" "),
);

/** Prepositions of route or position between places: an unknown name right after one is a place ("via Leonia"). */
export const ROUTE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "via between toward towards beyond".split(" "),
);

/** Motion verbs and travel nouns before "to"/"from" that make the following unknown name a destination. */
export const MOTION_WORDS: ReadonlySet<string> = new Set(
  (
    "go goes going went gone travel travels travelled traveled travelling traveling fly flies flew flown flying " +
    "drive drives drove driving sail sails sailed ride rides rode walk walks walked move moves moved moving " +
    "return returns returned returning run runs ran come comes came arrive arrives arrived head heads headed " +
    "flight flights trip trips journey route routes road roads bus buses train trains ferry ferries boat boats " +
    "miles kilometres kilometers km minutes hours hour drive way access transfer transfers connection connections"
  ).split(" "),
);

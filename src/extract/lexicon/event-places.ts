/**
 * How specific a place is, from the last word of its name or the noun that introduces it
 * ("the state of Sinaloa"); towns and places of unknown kind rank between regions and sites: a later report of one happening that names a
 * more specific place ("happened at Jamarat Bridge" after "near Mecca") moves the event there.
 */

/** A region within a country. */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  "province",
  "state",
  "region",
  "county",
  "district",
  "oblast",
  "krai",
  "territory",
  "governorate",
  "prefecture",
  "constituency",
]);

/** A site: a street, a building, a facility. */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  "street",
  "st",
  "avenue",
  "ave",
  "road",
  "boulevard",
  "highway",
  "square",
  "bridge",
  "station",
  "stadium",
  "arena",
  "park",
  "palace",
  "castle",
  "cathedral",
  "mosque",
  "temple",
  "church",
  "museum",
  "gallery",
  "galleries",
  "center",
  "centre",
  "complex",
  "facility",
  "hospital",
  "prison",
  "camp",
  "hall",
  "plaza",
  "tower",
  "house",
  "embassy",
  "consulate",
  "dome",
  "campus",
  "airport",
  "airbase",
  "base",
  "hotel",
  "building",
  "memorial",
  "market",
  "school",
]);

/**
 * Nouns for a part or the surroundings of a place: "on the edge of X", "on the banks of X",
 * "in the foothills of X" put the happening at X, as "the town of X" does (the commonest parts,
 * "outskirts", "heart", "north" …, are among the place nouns of the trigger lexicon).
 */
export const PLACE_PART_NOUNS: ReadonlySet<string> = new Set([
  "edge",
  "edges",
  "fringe",
  "fringes",
  "suburbs",
  "periphery",
  "environs",
  "vicinity",
  "streets",
  "banks",
  "shore",
  "shores",
  "coast",
  "waters",
  "foothills",
  "slopes",
  "outside",
  "middle",
]);

/** Verbs that place a named happening ("the attack took place near X", "the stampede happened at X"). */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set([
  "happen",
  "occur",
  "place",
  "unfold",
  "erupt",
  "start",
  "begin",
]);

/** Words that make an event noun a repetition of an act told before ("a second strike"). */
export const REPETITION_WORDS: ReadonlySet<string> = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "another",
  "further",
  "fresh",
  "renewed",
]);

/**
 * Superlatives that, with a past year after the event noun, name a record happening of the
 * past ("the deadliest crush, during the 1989 festival") rather than the one reported.
 */
export const RECORD_SUPERLATIVES: ReadonlySet<string> = new Set([
  "deadliest",
  "worst",
  "bloodiest",
  "costliest",
  "largest",
  "biggest",
  "strongest",
  "most",
  "greatest",
  "heaviest",
  "fiercest",
  "previous",
]);

/**
 * Heads of a named site's name that a later definite noun refers back with ("the Baytown
 * Refinery" … "outside the refinery"). Not "house" or "hall", which name chambers as often.
 */
export const REFERRED_SITE_HEADS: ReadonlySet<string> = new Set([
  "plant",
  "refinery",
  "factory",
  "mine",
  "mill",
  "smelter",
  "reactor",
  "warehouse",
  "depot",
  "terminal",
  "mall",
  "stadium",
  "arena",
  "bridge",
  "station",
  "airport",
  "hospital",
  "prison",
  "jail",
  "camp",
  "mosque",
  "church",
  "cathedral",
  "temple",
  "synagogue",
  "museum",
  "embassy",
  "consulate",
  "hotel",
  "school",
  "university",
  "campus",
  "market",
  "square",
  "palace",
  "base",
  "airbase",
  "facility",
  "complex",
  "dam",
  "port",
]);

/**
 * Place nouns that introduce a named place ("the town of Elota") and refer back to it later
 * ("in the town"); parts and directions ("the outskirts", "the north") refer to no one place.
 */
export const REFERRED_PLACE_NOUNS: ReadonlySet<string> = new Set([
  "town",
  "city",
  "village",
  "province",
  "region",
  "district",
  "county",
  "port",
  "island",
  "suburb",
]);

/**
 * People whom "from X" tells the home of, not where anything happened: "a mother and daughter
 * from Chicago", "tourists from Japan", "a 34-year-old from Leeds".
 */
export const ORIGIN_PEOPLE: ReadonlySet<string> = new Set([
  "man",
  "men",
  "woman",
  "women",
  "boy",
  "boys",
  "girl",
  "girls",
  "mother",
  "father",
  "daughter",
  "son",
  "family",
  "families",
  "couple",
  "tourist",
  "tourists",
  "student",
  "students",
  "migrant",
  "migrants",
  "immigrant",
  "immigrants",
  "citizen",
  "citizens",
  "nationals",
  "native",
  "year-old",
]);

import type { CameoCode } from "../types.js";

/**
 * A trigger is keyed by lemma. `kind` says whether the word reports an act
 * (verb) or names a happening (noun); `needsObject` lists words that must follow
 * within a few words for the sense to hold ("reached a deal"); `notObject` lists
 * following words that rule the sense out ("released a statement").
 */
export interface TriggerSense {
  code: CameoCode;
  kind: "verb" | "noun";
  needsObject?: readonly string[];
  notObject?: readonly string[];
  /** Preceding words that rule the sense out ("clinical trial", "in charge"). */
  notAfter?: readonly string[];
  /** Disasters and accidents: the place where they struck stands in as participant. */
  disaster?: boolean;
}

const AGREEMENT_OBJECTS = [
  "deal",
  "agreement",
  "accord",
  "pact",
  "treaty",
  "settlement",
  "truce",
  "ceasefire",
];
const NON_TARGETS = [
  "target",
  "targets",
  "demand",
  "demands",
  "expectation",
  "expectations",
  "deadline",
  "need",
  "needs",
  "standard",
  "standards",
  "goal",
  "goals",
  "requirement",
  "requirements",
  "criteria",
];
const PUBLICATIONS = [
  "statement",
  "report",
  "video",
  "data",
  "figure",
  "figures",
  "album",
  "film",
  "study",
  "result",
  "results",
  "detail",
  "details",
  "footage",
  "image",
  "images",
  "photo",
  "photos",
  "book",
  "list",
  "documents",
  "record",
  "records",
  "version",
  "update",
  "a",
  "its",
  "their",
  "his",
  "her",
];

/** Single-word triggers by lemma. */
export const WORD_TRIGGERS: Readonly<Record<string, TriggerSense>> = {
  // 01 statements that are themselves the news
  announce: { code: "01", kind: "verb" },
  // 02 appeals
  urge: { code: "02", kind: "verb" },
  appeal: { code: "02", kind: "verb", notAfter: ["an", "the", "court", "of"] },
  plead: { code: "02", kind: "verb", notObject: ["guilty", "not"] },
  // 03 intent to cooperate
  agree: { code: "03", kind: "verb" },
  pledge: { code: "03", kind: "verb" },
  promise: { code: "03", kind: "verb" },
  vow: { code: "03", kind: "verb" },
  offer: { code: "03", kind: "verb" },
  // 04 consultations
  meet: { code: "04", kind: "verb", notObject: NON_TARGETS },
  meeting: { code: "04", kind: "noun" },
  talk: { code: "04", kind: "noun" },
  summit: { code: "04", kind: "noun" },
  visit: { code: "04", kind: "verb" },
  negotiate: { code: "04", kind: "verb" },
  negotiation: { code: "04", kind: "noun" },
  consult: { code: "04", kind: "verb" },
  consultation: { code: "04", kind: "noun" },
  // 05 diplomatic cooperation
  praise: { code: "05", kind: "verb" },
  welcome: { code: "05", kind: "verb" },
  commend: { code: "05", kind: "verb" },
  hail: { code: "05", kind: "verb" },
  endorse: { code: "05", kind: "verb" },
  apologize: { code: "05", kind: "verb" },
  apologise: { code: "05", kind: "verb" },
  sign: { code: "05", kind: "verb", notObject: ["of", "that"] },
  ratify: { code: "05", kind: "verb" },
  reach: { code: "05", kind: "verb", needsObject: AGREEMENT_OBJECTS },
  // 07 aid
  rescue: {
    code: "07",
    kind: "verb",
    notObject: [
      "mission",
      "operation",
      "operations",
      "work",
      "effort",
      "efforts",
      "team",
      "teams",
      "workers",
      "services",
      "crews",
    ],
  },
  recover: {
    code: "07",
    kind: "verb",
    needsObject: ["survivor", "survivors", "body", "bodies", "people", "victims"],
  },
  evacuate: { code: "07", kind: "verb" },
  evacuation: { code: "07", kind: "noun" },
  donate: { code: "07", kind: "verb" },
  // 08 yield
  relent: { code: "08", kind: "verb" },
  resign: { code: "08", kind: "verb" },
  resignation: { code: "08", kind: "noun" },
  release: { code: "08", kind: "verb", notObject: PUBLICATIONS },
  surrender: { code: "08", kind: "verb" },
  withdraw: { code: "08", kind: "verb" },
  concede: { code: "08", kind: "verb" },
  // 09 investigate
  investigate: { code: "09", kind: "verb" },
  investigation: { code: "09", kind: "noun" },
  probe: { code: "09", kind: "noun" },
  inquiry: { code: "09", kind: "noun" },
  // 10 demand
  demand: { code: "10", kind: "verb" },
  // 11 disapprove
  accuse: { code: "11", kind: "verb" },
  criticize: { code: "11", kind: "verb" },
  criticise: { code: "11", kind: "verb" },
  condemn: { code: "11", kind: "verb" },
  denounce: { code: "11", kind: "verb" },
  blame: { code: "11", kind: "verb" },
  slam: { code: "11", kind: "verb" },
  disappoint: { code: "11", kind: "verb" },
  rebuke: { code: "11", kind: "verb" },
  allege: {
    code: "11",
    kind: "verb",
    notAfter: ["the", "a", "an", "his", "her", "its", "their", "of"],
  },
  // 12 reject
  veto: { code: "12", kind: "verb" },
  reject: { code: "12", kind: "verb" },
  refuse: { code: "12", kind: "verb" },
  deny: { code: "12", kind: "verb" },
  decline: { code: "12", kind: "verb", needsObject: ["to"] },
  // 13 threaten
  warn: { code: "13", kind: "verb" },
  threaten: { code: "13", kind: "verb" },
  ultimatum: { code: "13", kind: "noun" },
  // 14 protest
  protest: { code: "14", kind: "noun" },
  rally: {
    code: "14",
    kind: "noun",
    notAfter: ["stock", "stocks", "market", "markets", "share", "shares", "price", "prices"],
  },
  demonstration: { code: "14", kind: "noun" },
  boycott: { code: "14", kind: "verb" },
  riot: { code: "14", kind: "noun" },
  // 15 force posture
  deploy: { code: "15", kind: "verb" },
  deployment: { code: "15", kind: "noun" },
  drill: { code: "15", kind: "noun", notAfter: ["fire", "oil"] },
  mobilize: { code: "15", kind: "verb" },
  // 16 reduce relations
  sanction: { code: "16", kind: "noun", notObject: ["under"] },
  expel: { code: "16", kind: "verb" },
  embargo: { code: "16", kind: "noun" },
  impose: {
    code: "16",
    kind: "verb",
    needsObject: ["sanction", "sanctions", "embargo", "tariff", "tariffs", "by", "on", "against"],
  },
  suspend: {
    code: "16",
    kind: "verb",
    needsObject: [
      "relations",
      "ties",
      "talks",
      "aid",
      "cooperation",
      "membership",
      "agreement",
      "treaty",
    ],
  },
  // 17 coerce
  arrest: { code: "17", kind: "verb" },
  detain: { code: "17", kind: "verb" },
  jail: { code: "17", kind: "verb" },
  imprison: { code: "17", kind: "verb" },
  convict: { code: "17", kind: "verb" },
  sentence: { code: "17", kind: "verb" },
  indict: { code: "17", kind: "verb" },
  prosecute: { code: "17", kind: "verb" },
  charge: {
    code: "17",
    kind: "verb",
    notAfter: ["in", "free", "electric", "service", "cover"],
    notObject: ["of"],
  },
  trial: { code: "17", kind: "noun", notAfter: ["clinical", "drug", "free"] },
  crackdown: { code: "17", kind: "noun" },
  deport: { code: "17", kind: "verb" },
  raid: { code: "17", kind: "noun" },
  // 18 assault
  attack: { code: "18", kind: "noun" },
  bombing: { code: "18", kind: "noun" },
  bomb: { code: "18", kind: "verb" },
  shooting: { code: "18", kind: "noun" },
  ram: { code: "18", kind: "verb" },
  kidnap: { code: "18", kind: "verb" },
  abduct: { code: "18", kind: "verb" },
  assassinate: { code: "18", kind: "verb" },
  assassination: { code: "18", kind: "noun" },
  stab: { code: "18", kind: "verb" },
  ambush: { code: "18", kind: "noun" },
  // 19 fight
  airstrike: { code: "19", kind: "noun" },
  strike: { code: "19", kind: "noun" },
  shelling: { code: "19", kind: "noun" },
  shell: { code: "19", kind: "verb", notAfter: ["a", "the", "empty"] },
  fighting: { code: "19", kind: "noun" },
  fight: {
    code: "19",
    kind: "verb",
    notObject: [
      "corruption",
      "crime",
      "poverty",
      "disease",
      "climate",
      "back",
      "for",
      "fire",
      "fires",
      "cancer",
    ],
  },
  clash: { code: "19", kind: "noun" },
  battle: { code: "19", kind: "noun" },
  offensive: { code: "19", kind: "noun" },
  invade: { code: "19", kind: "verb" },
  invasion: { code: "19", kind: "noun" },
  assault: { code: "19", kind: "noun", notAfter: ["sexual", "sexually", "indecent"] },
  bombard: { code: "19", kind: "verb" },
  bombardment: { code: "19", kind: "noun" },
  // 20 unconventional mass violence
  massacre: { code: "20", kind: "noun" },
  genocide: { code: "20", kind: "noun" },
  // 00 other: sports, disasters, accidents, publications
  win: { code: "00", kind: "verb", notObject: ["support", "approval", "backing", "votes"] },
  collapse: { code: "00", kind: "verb", disaster: true },
  earthquake: { code: "00", kind: "noun", disaster: true },
  quake: { code: "00", kind: "noun", disaster: true },
  explosion: { code: "00", kind: "noun", disaster: true },
  explode: { code: "00", kind: "verb", disaster: true },
  blast: { code: "00", kind: "noun", disaster: true },
  flood: { code: "00", kind: "noun", disaster: true },
  flooding: { code: "00", kind: "noun", disaster: true },
  wildfire: { code: "00", kind: "noun", disaster: true },
  landslide: { code: "00", kind: "noun", disaster: true },
  tsunami: { code: "00", kind: "noun", disaster: true },
  hurricane: { code: "00", kind: "noun", disaster: true },
  crash: { code: "00", kind: "verb", disaster: true },
  derail: { code: "00", kind: "verb", disaster: true },
  disintegrate: { code: "00", kind: "verb", disaster: true },
  publish: { code: "00", kind: "verb" },
  celebrate: { code: "00", kind: "verb" },
  referendum: { code: "00", kind: "noun" },
};

/** Multi-word triggers, written as lemmas; the longest match wins over single words. */
export const PHRASE_TRIGGERS: readonly { lemmas: readonly string[]; sense: TriggerSense }[] = [
  { lemmas: ["call", "on"], sense: { code: "02", kind: "verb" } },
  { lemmas: ["call", "for"], sense: { code: "02", kind: "verb" } },
  { lemmas: ["claim", "responsibility"], sense: { code: "01", kind: "verb" } },
  { lemmas: ["plead", "guilty"], sense: { code: "01", kind: "verb" } },
  { lemmas: ["issue", "a", "statement"], sense: { code: "01", kind: "verb" } },
  { lemmas: ["peace", "talk"], sense: { code: "04", kind: "noun" } },
  { lemmas: ["release", "on", "bail"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["back", "down"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["ease", "sanction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["lift", "sanction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["ease", "restriction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["lift", "restriction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["vote", "against"], sense: { code: "12", kind: "verb" } },
  { lemmas: ["hunger", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["general", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["labor", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["labour", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["go", "on", "strike"], sense: { code: "14", kind: "verb" } },
  { lemmas: ["military", "drill"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["military", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["naval", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["joint", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["cut", "tie"], sense: { code: "16", kind: "verb" } },
  { lemmas: ["sever", "tie"], sense: { code: "16", kind: "verb" } },
  { lemmas: ["break", "off", "relation"], sense: { code: "16", kind: "verb" } },
  { lemmas: ["car", "bomb"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["car", "bombing"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["truck", "bomb"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["suicide", "bombing"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["suicide", "attack"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["terror", "attack"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["terrorist", "attack"], sense: { code: "18", kind: "noun" } },
  { lemmas: ["open", "fire"], sense: { code: "18", kind: "verb" } },
  { lemmas: ["air", "strike"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["air", "raid"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["missile", "strike"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["drone", "strike"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["military", "strike"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["missile", "attack"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["rocket", "attack"], sense: { code: "19", kind: "noun" } },
  { lemmas: ["chemical", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["chemical", "assault"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["chemical", "weapon", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["chemical", "weapons", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["gas", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["sarin", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["sarin", "gas", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["nerve", "agent", "attack"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["ethnic", "cleansing"], sense: { code: "20", kind: "noun" } },
  { lemmas: ["set", "a", "record"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["set", "a", "world", "record"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["lift", "off"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["strike", "a", "deal"], sense: { code: "06", kind: "verb" } },
];

/** Irregular past forms mapped to their lemma. */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  met: "meet",
  fought: "fight",
  struck: "strike",
  won: "win",
  held: "hold",
  broke: "break",
  went: "go",
  sought: "seek",
  forbade: "forbid",
  withdrew: "withdraw",
  shot: "shoot",
  set: "set",
  cut: "cut",
  led: "lead",
  made: "make",
  began: "begin",
  took: "take",
  flew: "fly",
};

/** Other irregular forms (participles, plurals, third persons) mapped to their lemma. */
export const IRREGULAR_LEMMAS: Readonly<Record<string, string>> = {
  broken: "break",
  gone: "go",
  withdrawn: "withdraw",
  begun: "begin",
  taken: "take",
  talks: "talk",
  denies: "deny",
};

/** Words in a sentence that make an agreement economic (CAMEO 06 rather than 05). */
export const ECONOMIC_CUES: ReadonlySet<string> = new Set([
  "trade",
  "economic",
  "investment",
  "loan",
  "loans",
  "tariff",
  "tariffs",
  "commerce",
  "commercial",
  "business",
  "export",
  "exports",
  "import",
  "imports",
  "market",
  "pipeline",
  "free-trade",
]);

/** Words in the few before a trigger that make it negated or hypothetical. */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  "not",
  "n't",
  "never",
  "no",
  "cannot",
  "without",
  "could",
  "might",
  "may",
  "would",
  "should",
  "must",
  "if",
  "unless",
  "whether",
  "nor",
]);

/** Words before "to" that make the infinitive a firm plan ("is set to meet"). */
export const PLAN_CUES: ReadonlySet<string> = new Set([
  "set",
  "scheduled",
  "due",
  "slated",
  "expected",
  "going",
]);

/** Words that announce a firm future act ("will meet"). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(["will", "shall", "'ll"]);

/** Auxiliaries that, before a participle, make a trigger passive ("was arrested"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "was",
  "were",
  "been",
  "being",
  "is",
  "are",
  "be",
  "got",
  "get",
]);

/** Prepositions that make a following place the location of the happening. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "around",
  "across",
  "from",
  "to",
  "through",
  "throughout",
  "towards",
  "toward",
]);

/** Nouns naming a place type, so "the town of X" makes X a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "town",
  "city",
  "village",
  "province",
  "region",
  "district",
  "state",
  "county",
  "capital",
  "port",
  "area",
  "island",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "centre",
  "center",
  "heart",
  "outskirts",
  "north",
  "south",
  "east",
  "west",
  "part",
  "parts",
]);

/** Verbs that take an event noun as object, so the clause subject is the noun's actor ("held talks"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "hold",
  "held",
  "have",
  "had",
  "launch",
  "carry",
  "conduct",
  "stage",
  "make",
  "made",
  "begin",
  "began",
  "start",
  "open",
  "lead",
  "led",
  "order",
  "announce",
  "impose",
  "join",
  "host",
  "call",
  "mount",
  "wage",
  "resume",
  "attend",
  "claim",
]);

/** Words that end a noun phrase, so a name before them cannot modify an event noun. */
export const NOUN_PHRASE_BREAKS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "say",
  "told",
  "that",
  "which",
  "who",
  "is",
  "was",
  "were",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "to",
  "and",
  "but",
  "or",
  "after",
  "before",
  "since",
  "for",
  "with",
  "in",
  "at",
  "on",
  "by",
  "from",
  "into",
  "against",
]);

/** Prepositions that introduce the other party of an event noun ("talks with X", "strikes on X"). */
export const NOUN_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set([
  "with",
  "between",
  "against",
  "on",
  "of",
  "into",
  "over",
  "for",
]);

/** Words after which the object of a verb is no longer looked for. */
export const TARGET_STOPS: ReadonlySet<string> = new Set([
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "which",
  "who",
  "that",
  "because",
  "when",
  "after",
  "before",
  "as",
  "since",
  "if",
  "said",
  "says",
  "during",
  "amid",
  "despite",
  "until",
]);

/** Words just before an event noun that make it unrealized ("prevent more bombings", "possible sanctions"). */
export const UNREALIZED_NOUN_CUES: ReadonlySet<string> = new Set([
  "more",
  "further",
  "possible",
  "potential",
  "future",
  "any",
  "prevent",
  "avoid",
  "stop",
  "against",
  "risk",
  "threat",
  "no",
  "without",
  "planned",
  "proposed",
  "foiled",
  "thwarted",
]);

/** Words in the complement of an announcement that make it an intent to cooperate ("announced it would join"). */
export const COOPERATIVE_COMPLEMENTS: ReadonlySet<string> = new Set([
  "join",
  "sign",
  "cooperate",
  "ratify",
  "support",
]);

/** Possessive pronouns standing for the last person named ("his meeting"). */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);

/** Subject pronouns standing for the last person named ("he warned"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

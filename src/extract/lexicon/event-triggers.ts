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
  /** How many words after the trigger `needsObject` may be found in (4 unless told). */
  objectReach?: number;
  notObject?: readonly string[];
  /** Words that rule the sense out within a few words after it ("met her husband"). */
  notNear?: readonly string[];
  /** Preceding words that rule the sense out ("clinical trial", "in charge"). */
  notAfter?: readonly string[];
  /** Disasters and accidents: the place where they struck stands in as participant. */
  disaster?: boolean;
  /**
   * Repeated reports in one paragraph name one collective happening: every "elected" of a
   * constituency's results is one vote, not one event per winner.
   */
  collective?: boolean;
  /** Only the lower-case word counts ("marched", not the month "March"). */
  lowerOnly?: boolean;
  /**
   * The word tells the toll of a happening ("killed"): an act of its own only when neither its
   * sentence nor the one before reports an attack or a disaster it belongs to.
   */
  toll?: boolean;
  /** Only the verb reports the act: "signed", "signing", but "a sign" or "the surest sign so far" is a signal. */
  verbOnly?: boolean;
  /**
   * Only a past form reports the act: "asked Congress to exempt …" is a request made, while a
   * present "we ask our partners to …" inside a quote is a plea within the speaker's words.
   */
  pastOnly?: boolean;
  /** Only a court's act ("the court ordered …", "the High Court suspended the levy"). */
  courtOnly?: boolean;
  /** Only aimed at a named party: "thanked Qatar", not "thanked the organizers". */
  needsTarget?: boolean;
  /** Only in a labour dispute: "walked out" of a workplace, not of a meeting. */
  labourOnly?: boolean;
  /** A response announced with "will"/"would" ("said it would respond"): a threat made now (13). */
  announcedResponse?: boolean;
  /**
   * The sense holds only right after a negated future, which is then part of the act rather
   * than denying it: "would not hesitate to act" threatens, "did not hesitate" recalls.
   */
  afterNegation?: boolean;
  /**
   * The sense holds only after one of these words, an adverb in "-ly" allowed between: "were
   * (sharply) critical of" reports a stance taken, "is critical of" a standing attitude.
   */
  onlyAfter?: readonly string[];
  /** An act done by the words reported ("said it was critical of"): dated by when they were said. */
  spoken?: boolean;
  /**
   * `needsObject` is also met by an infinitive right after the verb ("offered to mediate") and by
   * a verb ending its clause, whose object came before it ("the rise it has already offered").
   */
  objectBefore?: boolean;
}

const AID_OBJECTS = [
  "aid",
  "helicopter",
  "helicopters",
  "food",
  "supplies",
  "relief",
  "assistance",
  "medicine",
  "medicines",
  "rescuers",
  // "sent search teams", "sent rescue workers": the team's work names the aid.
  "search",
  "rescue",
  "doctors",
  "tents",
  "water",
];
/** Disasters and illnesses that are fought or battled by responders, not in war. */
const HAZARDS_FOUGHT = [
  "fire",
  "fires",
  "blaze",
  "blazes",
  "wildfire",
  "wildfires",
  "bushfire",
  "bushfires",
  "flames",
  "flood",
  "floods",
  "floodwaters",
  "outbreak",
  "virus",
  "disease",
  "epidemic",
  "pandemic",
  "cancer",
  "illness",
];
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
/** What relief workers set up for the people a disaster struck ("set up field hospitals"). */
const RELIEF_FACILITIES = [
  "clinic",
  "clinics",
  "shelter",
  "shelters",
  "camp",
  "camps",
  "hospital",
  "hospitals",
  "kitchen",
  "kitchens",
  "tents",
];
/** Where rescuers pull the living from, or the word telling they were alive ("pulled 12 people alive"). */
const RESCUE_OBJECTS = [
  "alive",
  "survivor",
  "survivors",
  "rubble",
  "debris",
  "wreckage",
  "mud",
  "floodwaters",
  "ruins",
];
/** Words before "demand" that make it a market's ("strong demand", "falling oil demand"). */
const MARKET_MODIFIERS = [
  "strong",
  "stronger",
  "weak",
  "weaker",
  "high",
  "higher",
  "low",
  "lower",
  "rising",
  "falling",
  "growing",
  "slowing",
  "robust",
  "soft",
  "softer",
  "sluggish",
  "surging",
  "consumer",
  "domestic",
  "global",
  "market",
  "oil",
  "energy",
  "power",
  "travel",
  "export",
  "import",
  "seasonal",
  "pent-up",
];
/** What "declined to …" withholds when it only refuses to speak ("declined to comment"). */
const WITHHELD_WORDS = [
  "comment",
  "say",
  "elaborate",
  "discuss",
  "specify",
  "confirm",
  "disclose",
  "answer",
  "speculate",
  "identify",
  "name",
  "reveal",
  "detail",
  "details",
  "give",
  "provide",
];
/** "met her husband": a private meeting, no consultation. */
const PRIVATE_RELATIONS = [
  "husband",
  "wife",
  "partner",
  "boyfriend",
  "girlfriend",
  "fiance",
  "fiancé",
  "fiancée",
  "spouse",
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
const RELEASED_PEOPLE = [
  "prisoner",
  "prisoners",
  "hostage",
  "hostages",
  "detainee",
  "detainees",
  "captive",
  "captives",
  "activist",
  "activists",
  "journalist",
  "journalists",
  "him",
  "her",
  "them",
  "bail",
];

/** Offices whose holder a dismissal removes ("sacked the interior minister"). */
const OFFICES = [
  "minister",
  "secretary",
  "chief",
  "director",
  "commissioner",
  "commander",
  "governor",
  "ambassador",
  "coach",
  "manager",
  "executive",
  "chairman",
  "chairwoman",
  "president",
  "deputy",
  "judge",
  "prosecutor",
  "cabinet",
];

/** What a public figure champions in public ("promoted the campaign", "backed the proposal"). */
const ADVOCATED_CAUSES = ["campaign", "proposal", "initiative", "referendum", "reform", "reforms"];

/** Single-word triggers by lemma. */
export const WORD_TRIGGERS: Readonly<Record<string, TriggerSense>> = {
  // 01 statements that are themselves the news
  announce: { code: "01", kind: "verb" },
  // "promoted the campaign for a new flag": public advocacy of a cause; "was promoted to captain",
  // "promoted its new phone" are neither.
  promote: { code: "01", kind: "verb", needsObject: ADVOCATED_CAUSES, objectReach: 2 },
  // 02 appeals
  urge: { code: "02", kind: "verb" },
  appeal: {
    code: "02",
    kind: "verb",
    notAfter: ["an", "the", "court", "of"],
    // "a Dutch appeals court": the noun of a court's name, no appeal.
    notObject: ["court", "courts", "judge", "judges", "panel", "tribunal", "chamber"],
  },
  plead: { code: "02", kind: "verb", notObject: ["guilty", "not"] },
  // "asked Congress to exempt suppliers": a request that another party act; "asked whether",
  // "asked about" put a question, which is no appeal.
  ask: {
    code: "02",
    kind: "verb",
    lowerOnly: true,
    pastOnly: true,
    needsObject: ["to"],
    notNear: ["comment"],
  },
  // 03 intent to cooperate
  agree: { code: "03", kind: "verb" },
  pledge: { code: "03", kind: "verb" },
  promise: { code: "03", kind: "verb" },
  vow: { code: "03", kind: "verb" },
  // "offered to mediate", "offered talks"; not vendors offering their wares or tiles to schools.
  offer: {
    code: "03",
    kind: "verb",
    notObject: ["products", "goods", "services", "discounts", "merchandise", "tours", "prizes"],
    needsObject: [
      "talk",
      "talks",
      "help",
      "aid",
      "assistance",
      "support",
      "condolences",
      "mediation",
      "dialogue",
      "negotiation",
      "negotiations",
      "concession",
      "concessions",
      "ceasefire",
      "truce",
      "asylum",
      "compensation",
      "refuge",
      "guarantee",
      "guarantees",
      "deal",
      // "offered a $10,000 reward for information": a pledge, as GDELT codes it.
      "reward",
      "rewards",
      "bounty",
    ],
    objectBefore: true,
  },

  // 04 consultations
  meet: { code: "04", kind: "verb", notObject: NON_TARGETS, notNear: PRIVATE_RELATIONS },
  meeting: { code: "04", kind: "noun" },
  talk: { code: "04", kind: "noun" },
  // "spoke to Vucic by phone": leaders' calls are consultations; talking to the press or to
  // investors is not.
  speak: {
    code: "04",
    kind: "verb",
    needsObject: ["phone", "telephone"],
    // "spoke to Prime Minister Mark Carney by phone": the name sits between.
    objectReach: 7,
    notNear: [
      "reporters",
      "journalists",
      "press",
      "media",
      "investors",
      "analysts",
      "shareholders",
      "customers",
      "staff",
      "employees",
      "supporters",
    ],
  },
  summit: { code: "04", kind: "noun" },
  // "will host congressional leaders", "hosted his French counterpart": receiving leaders is a
  // consultation; hosting a concert or a podcast is not.
  host: {
    code: "04",
    kind: "verb",
    verbOnly: true,
    needsObject: [
      "leader",
      "leaders",
      "counterpart",
      "counterparts",
      "president",
      "premier",
      "chancellor",
      "minister",
      "ministers",
      "delegation",
      "delegations",
      "envoy",
      "envoys",
      "lawmakers",
      "king",
      "queen",
    ],
  },
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
  apology: { code: "05", kind: "noun" },
  congratulate: { code: "05", kind: "verb" },
  // "thanked Qatar for its mediation": praise told to another party; "thanks to" is no act.
  thank: { code: "05", kind: "verb", pastOnly: true, needsTarget: true },
  sign: { code: "05", kind: "verb", notObject: ["of", "that"], verbOnly: true },
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
  treat: {
    code: "07",
    kind: "verb",
    needsObject: ["people", "patients", "wounded", "injured", "survivors", "victims", "casualties"],
  },
  evacuate: { code: "07", kind: "verb" },
  evacuation: { code: "07", kind: "noun" },
  donate: { code: "07", kind: "verb" },
  donation: { code: "07", kind: "noun" },
  airlift: { code: "07", kind: "verb" },
  // "provided food and shelter", "distributed relief supplies": aid handed out, not goods sold.
  provide: { code: "07", kind: "verb", needsObject: [...AID_OBJECTS, "shelter", "shelters"] },
  distribute: { code: "07", kind: "verb", needsObject: [...AID_OBJECTS, "shelter", "shelters"] },
  // "pulled six people alive from the rubble": a rescue; "pulled out of the talks" is none.
  pull: { code: "07", kind: "verb", lowerOnly: true, needsObject: RESCUE_OBJECTS },
  send: { code: "07", kind: "verb", needsObject: AID_OBJECTS },
  deliver: { code: "07", kind: "verb", needsObject: AID_OBJECTS },
  // 08 yield
  relent: { code: "08", kind: "verb" },
  resign: { code: "08", kind: "verb" },
  resignation: { code: "08", kind: "noun" },
  release: { code: "08", kind: "verb", needsObject: RELEASED_PEOPLE },
  surrender: { code: "08", kind: "verb" },
  withdraw: { code: "08", kind: "verb" },
  concede: { code: "08", kind: "verb" },
  comply: { code: "08", kind: "verb" },
  // "freed the hostages", not "free trade".
  free: { code: "08", kind: "verb", lowerOnly: true, needsObject: RELEASED_PEOPLE },
  pardon: { code: "08", kind: "verb" },
  // 09 investigate
  investigate: { code: "09", kind: "verb" },
  examine: { code: "09", kind: "verb" },
  investigation: { code: "09", kind: "noun" },
  // "a probe into the collapse"; "the probe touched down" is a spacecraft.
  probe: { code: "09", kind: "noun", needsObject: ["into", "of", "by"] },
  inquiry: { code: "09", kind: "noun" },
  // 10 demand
  // "demanded his release"; "strong demand from tourists", "weaker oil demand" are markets.
  demand: { code: "10", kind: "verb", notAfter: MARKET_MODIFIERS },
  // "complied with the ministry's requests to remove the posts": a demand made of another party;
  // "a request for comment" is a reporter's.
  request: {
    code: "10",
    kind: "noun",
    notNear: ["comment", "comments", "interview", "information"],
  },
  seek: {
    code: "10",
    kind: "verb",
    needsObject: [
      "change",
      "changes",
      "concession",
      "concessions",
      "guarantee",
      "guarantees",
      "assurance",
      "assurances",
      "compensation",
      "extradition",
      "release",
    ],
  },
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
  // Bringing a lawsuit is a disapproval in CAMEO (115).
  sue: { code: "11", kind: "verb" },
  lawsuit: { code: "11", kind: "noun" },
  allege: {
    code: "11",
    kind: "verb",
    notAfter: ["the", "a", "an", "his", "her", "its", "their", "of"],
  },
  // 12 reject
  veto: { code: "12", kind: "verb" },
  reject: { code: "12", kind: "verb" },
  refuse: { code: "12", kind: "verb" },
  // Denying a request is a rejection; denying a claim is a statement (see DENIED_REQUESTS).
  // "denied rivals the chance to compete": a thing withheld from others, no denial said.
  deny: { code: "01", kind: "verb", notNear: ["chance", "opportunity", "right", "rights"] },
  // "declined to extradite him"; "declined to comment", "declined to say" withhold words, no
  // rejection of anyone.
  decline: { code: "12", kind: "verb", needsObject: ["to"], notNear: WITHHELD_WORDS },
  block: { code: "12", kind: "verb" },
  // 13 threaten
  warn: { code: "13", kind: "verb" },
  threaten: { code: "13", kind: "verb" },
  // "said it would respond", not "did not respond to a request for comment".
  respond: {
    code: "13",
    kind: "verb",
    notNear: ["comment", "comments", "request", "requests", "question", "questions", "query"],
  },
  ultimatum: { code: "13", kind: "noun" },
  // "would not hesitate to use force", "won't hesitate to retaliate": a stock threat.
  hesitate: {
    code: "13",
    kind: "verb",
    afterNegation: true,
    spoken: true,
    needsObject: ["to"],
  },
  // 14 protest
  protest: { code: "14", kind: "noun" },
  rally: {
    code: "14",
    kind: "noun",
    notAfter: ["stock", "stocks", "market", "markets", "share", "shares", "price", "prices"],
  },
  // A protest, not "a demonstration of" a product.
  demonstration: { code: "14", kind: "noun", notObject: ["of"] },
  boycott: { code: "14", kind: "verb" },
  riot: { code: "14", kind: "noun" },
  march: { code: "14", kind: "verb", lowerOnly: true },
  walkout: { code: "14", kind: "noun" },
  "sit-in": { code: "14", kind: "noun" },
  // 15 force posture
  deploy: { code: "15", kind: "verb" },
  deployment: { code: "15", kind: "noun" },
  drill: { code: "15", kind: "noun", notAfter: ["fire", "oil"] },
  mobilize: { code: "15", kind: "verb" },
  mobilise: { code: "15", kind: "verb" },
  launch: { code: "00", kind: "verb" },
  // 16 reduce relations
  sanction: { code: "16", kind: "noun", notObject: ["under"] },
  expel: { code: "16", kind: "verb" },
  embargo: { code: "16", kind: "noun" },
  ban: {
    code: "16",
    kind: "verb",
    needsObject: ["import", "imports", "export", "exports", "trade", "flight", "flights"],
  },
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
  extradite: { code: "17", kind: "verb" },
  extradition: { code: "17", kind: "noun" },
  // "the court ruled that …": a court's ruling (an adverse one is the usual news).
  rule: {
    code: "17",
    kind: "verb",
    needsObject: ["that", "against"],
    notAfter: ["a", "the", "as"],
  },
  ruling: {
    code: "17",
    kind: "noun",
    notObject: ["party", "parties", "coalition", "class", "elite", "camp", "family", "junta"],
  },
  verdict: { code: "17", kind: "noun" },
  acquit: { code: "17", kind: "verb" },
  // "fined Google a record 2.42 billion euros for …": the amount may stand between; only the
  // past form, so that "a fine day for it" is no penalty.
  fine: {
    code: "17",
    kind: "verb",
    lowerOnly: true,
    pastOnly: true,
    needsObject: ["for", "over", "after"],
    objectReach: 9,
  },
  raid: { code: "17", kind: "noun" },
  curfew: { code: "17", kind: "noun" },
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
  kill: { code: "18", kind: "verb", toll: true },
  hijack: { code: "18", kind: "verb" },
  detonate: { code: "18", kind: "verb" },
  ambush: { code: "18", kind: "noun" },
  // 19 fight
  airstrike: { code: "19", kind: "noun" },
  strike: {
    code: "19",
    kind: "noun",
    // "struck a similar tone", "strikes a balance": figures of speech, no attack.
    notObject: ["tone", "note", "chord", "balance", "pose", "nerve", "figure"],
  },
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
  battle: {
    code: "19",
    kind: "noun",
    // "a legal battle", "an uphill battle": a contest of words or of courts, no fighting.
    notAfter: [
      "legal",
      "court",
      "courtroom",
      "political",
      "custody",
      "uphill",
      "election",
      "ratings",
    ],
    // "firefighters battled a wildfire": the disaster is the happening, told by its own word.
    notObject: HAZARDS_FOUGHT,
  },
  offensive: { code: "19", kind: "noun" },
  invade: { code: "19", kind: "verb" },
  invasion: { code: "19", kind: "noun" },
  assault: { code: "19", kind: "noun", notAfter: ["sexual", "sexually", "indecent"] },
  bombard: { code: "19", kind: "verb" },
  bombardment: { code: "19", kind: "noun" },
  retaliate: { code: "19", kind: "verb" },
  retaliation: { code: "19", kind: "noun" },
  // 20 unconventional mass violence
  massacre: { code: "20", kind: "noun" },
  genocide: { code: "20", kind: "noun" },
  // 00 other: sports, disasters, accidents, publications
  win: { code: "00", kind: "verb", notObject: ["support", "approval", "backing", "votes"] },
  beat: { code: "00", kind: "verb" },
  defeat: { code: "00", kind: "verb" },
  land: { code: "00", kind: "verb", notObject: ["in"] },
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
  typhoon: { code: "00", kind: "noun", disaster: true },
  cyclone: { code: "00", kind: "noun", disaster: true },
  tornado: { code: "00", kind: "noun", disaster: true },
  // "the storm made landfall near X": the moment a storm strikes the coast.
  landfall: { code: "00", kind: "noun", disaster: true },
  eruption: { code: "00", kind: "noun", disaster: true },
  erupt: { code: "00", kind: "verb", disaster: true },
  avalanche: { code: "00", kind: "noun", disaster: true },
  mudslide: { code: "00", kind: "noun", disaster: true },
  bushfire: { code: "00", kind: "noun", disaster: true },
  crash: { code: "00", kind: "verb", disaster: true },
  derail: { code: "00", kind: "verb", disaster: true },
  derailment: { code: "00", kind: "noun", disaster: true },
  // "a passenger train collided with a freight train": an accident, whose toll follows.
  collide: { code: "00", kind: "verb", disaster: true },
  collision: { code: "00", kind: "noun", disaster: true },
  disintegrate: { code: "00", kind: "verb", disaster: true },
  capsize: { code: "00", kind: "verb", disaster: true },
  outbreak: { code: "00", kind: "noun", disaster: true },
  clinch: { code: "00", kind: "verb" },
  // Appointments and honours are administrative news: "was named the tournament's best player".
  appoint: { code: "00", kind: "verb" },
  // Dismissing an official is an administrative measure: "sacked the interior minister",
  // "fired its chief executive"; "dismissed the claims" or "fired shots" remove no one.
  sack: { code: "00", kind: "verb", verbOnly: true, needsObject: [...OFFICES, "as"] },
  dismiss: { code: "00", kind: "verb", verbOnly: true, needsObject: OFFICES },
  fire: { code: "00", kind: "verb", verbOnly: true, lowerOnly: true, needsObject: OFFICES },
  name: {
    code: "00",
    kind: "verb",
    lowerOnly: true,
    needsObject: [
      "as",
      "best",
      "most",
      "winner",
      "captain",
      "coach",
      "chief",
      "head",
      "chairman",
      "president",
      "director",
      "minister",
      "champion",
      "ambassador",
    ],
  },
  inaugurate: { code: "00", kind: "verb" },
  // "the council approved the plans", "ministers approved the transfer": an administrative decision.
  approve: { code: "00", kind: "verb" },
  publish: { code: "00", kind: "verb" },
  // "The findings appear in the journal Science": a study's publication told by where it is read.
  appear: { code: "00", kind: "verb", needsObject: ["journal"], objectReach: 3 },
  // A central bank's rate decision is an administrative measure.
  raise: { code: "00", kind: "verb", needsObject: ["rate", "rates"] },
  hike: { code: "00", kind: "verb", needsObject: ["rate", "rates"] },
  lower: { code: "00", kind: "verb", needsObject: ["rate", "rates"] },
  celebrate: { code: "00", kind: "verb" },
  celebration: { code: "00", kind: "noun" },
  ceremony: { code: "00", kind: "noun" },
  postpone: { code: "00", kind: "verb" },
  // "completed the mission", "the completion of STS-133"; "a complete ban" is no act.
  complete: { code: "00", kind: "verb", verbOnly: true, notAfter: ["almost", "nearly"] },
  completion: { code: "00", kind: "noun" },
  // "the launch was delayed by three months": a setback of a scheduled happening, like a postponement.
  delay: { code: "00", kind: "verb" },
  referendum: { code: "00", kind: "noun" },
  elect: { code: "00", kind: "verb", collective: true },
  "re-elect": { code: "00", kind: "verb", collective: true },
  // "the election was held on Sunday", not every mention of an election as background.
  election: { code: "00", kind: "noun", needsObject: ["hold", "result", "win", "was"] },
  stampede: { code: "00", kind: "noun", disaster: true },
  storm: {
    code: "00",
    kind: "noun",
    disaster: true,
    notAfter: ["political", "media", "diplomatic"],
    // "a storm of criticism", "a storm of protest": an outcry, not the weather.
    notObject: ["of"],
  },
  accident: { code: "00", kind: "noun", disaster: true },
  blaze: { code: "00", kind: "noun", disaster: true },
  exhibit: { code: "00", kind: "verb" },
  exhibition: { code: "00", kind: "noun" },
  award: { code: "00", kind: "verb", needsObject: ["prize", "medal", "award", "the", "a", "an"] },
};

/**
 * Verbs that report a coercive ruling when a court is their subject ("the Supreme Court ordered
 * the firm to pay", "the High Court suspended the levy"); said of anyone else they are no event
 * of their own. Looked up only where the word has no other sense that holds.
 */
export const COURT_ACTS: Readonly<Record<string, TriggerSense>> = Object.fromEntries(
  ["order", "suspend", "overturn", "quash", "annul", "invalidate", "halt"].map((lemma) => [
    lemma,
    { code: "17", kind: "verb", courtOnly: true },
  ]),
);

/** Verbs that halt a search or rescue ("search and rescue was suspended"), with their particle. */
export const HALTING_VERBS: ReadonlyMap<string, string | null> = new Map([
  ["suspend", null],
  ["halt", null],
  ["stop", null],
  ["abandon", null],
  ["call", "off"],
]);

/** Verbs that take a halted rescue up again ("rescue work resumed on Wednesday"). */
export const RESUMING_VERBS: ReadonlyMap<string, string | null> = new Map([
  ["resume", null],
  ["restart", null],
]);

/** Operations whose resumption is relief given (CAMEO 07): a search alone may be a police one. */
export const RESUMED_OPERATIONS: readonly string[] = ["rescue"];

/** Searches and rescues whose halting is a measure of its own (CAMEO 00). */
export const HALTED_OPERATIONS: readonly string[] = ["rescue", "search", "recovery"];

/** Words that may sit between a halted operation and its verb ("rescue operations were suspended"). */
export const HALTED_OPERATION_FILLERS: ReadonlySet<string> = new Set([
  "and",
  "work",
  "operation",
  "operations",
  "effort",
  "efforts",
  "mission",
  // "the search for survivors was called off"
  "for",
  "the",
  "survivors",
  "victims",
  "bodies",
  "missing",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "been",
  "be",
  "temporarily",
  "briefly",
  "later",
  "also",
]);

/**
 * Responses that, announced with "will" or "would", threaten ("Moscow would respond", "vowed it
 * will retaliate"); `respond` is a trigger only so, "retaliate" also reports the act itself.
 */
export const ANNOUNCED_RESPONSES: ReadonlySet<string> = new Set(["respond", "retaliate"]);

/** Multi-word triggers, written as lemmas; the longest match wins over single words. */
export const PHRASE_TRIGGERS: readonly {
  lemmas: readonly string[];
  sense: TriggerSense;
  /** A name or an object pronoun may sit after the first part ("found Daniel Reeve guilty"). */
  objectSlot?: boolean;
}[] = [
  { lemmas: ["call", "on"], sense: { code: "02", kind: "verb" } },
  { lemmas: ["call", "for"], sense: { code: "02", kind: "verb" } },
  // "was told to leave the country": an order received is a demand made of the one who
  // received it ("told reporters" is speech; a court's order to pay is a ruling, left to courts).
  {
    lemmas: ["tell", "to"],
    sense: { code: "10", kind: "verb", onlyAfter: ["was", "were", "been", "being"] },
  },
  { lemmas: ["claim", "responsibility"], sense: { code: "01", kind: "verb" } },
  // "the probe returned samples from the asteroid": a mission's result is a science happening.
  { lemmas: ["return", "sample"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["deliver", "sample"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["plead", "guilty"], sense: { code: "01", kind: "verb" } },
  { lemmas: ["issue", "a", "statement"], sense: { code: "01", kind: "verb" } },
  { lemmas: ["peace", "talk"], sense: { code: "04", kind: "noun" } },
  { lemmas: ["release", "on", "bail"], sense: { code: "08", kind: "verb" } },
  // "was released from prison": "from" right after the verb; "released wastewater from the
  // plant" frees no one.
  { lemmas: ["release", "from"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["back", "down"], sense: { code: "08", kind: "verb" } },
  // "conceded defeat": the loser yields; the defeat is the vote told elsewhere, no second event.
  { lemmas: ["concede", "defeat"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["ease", "sanction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["lift", "sanction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["ease", "restriction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["lift", "restriction"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["vote", "against"], sense: { code: "12", kind: "verb" } },
  { lemmas: ["phone", "call"], sense: { code: "04", kind: "noun" } },
  { lemmas: ["telephone", "call"], sense: { code: "04", kind: "noun" } },
  // "the House is expected to vote on the bill next week": a chamber's vote is a happening.
  { lemmas: ["vote", "on"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["lodge", "protest"], sense: { code: "11", kind: "verb" } },
  { lemmas: ["file", "protest"], sense: { code: "11", kind: "verb" } },
  { lemmas: ["lift", "objection"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["drop", "objection"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["tear", "gas"], sense: { code: "17", kind: "noun" } },
  { lemmas: ["lose", "to"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["pass", "law"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["sign", "into", "law"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["touch", "down"], sense: { code: "00", kind: "verb" } },
  // "will send a delegation to Tokyo": a visit, which CAMEO counts as consultation.
  { lemmas: ["send", "delegation"], sense: { code: "04", kind: "verb" } },
  { lemmas: ["send", "envoy"], sense: { code: "04", kind: "verb" } },
  { lemmas: ["dispatch", "delegation"], sense: { code: "04", kind: "verb" } },
  { lemmas: ["dispatch", "envoy"], sense: { code: "04", kind: "verb" } },
  { lemmas: ["launch", "missile"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["launch", "missiles"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["test-fire", "missile"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["industrial", "action"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["hunger", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["general", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["labor", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["labour", "strike"], sense: { code: "14", kind: "noun" } },
  { lemmas: ["go", "on", "strike"], sense: { code: "14", kind: "verb" } },
  // "dockworkers walked off the job", "miners downed tools": a walkout told with a verb.
  { lemmas: ["walk", "off", "job"], sense: { code: "14", kind: "verb" } },
  { lemmas: ["down", "tool"], sense: { code: "14", kind: "verb" } },
  { lemmas: ["walk", "out"], sense: { code: "14", kind: "verb", labourOnly: true } },
  { lemmas: ["military", "drill"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["military", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["naval", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["joint", "exercise"], sense: { code: "15", kind: "noun" } },
  { lemmas: ["cut", "tie"], sense: { code: "16", kind: "verb" } },
  // "declared two envoys persona non grata": the status itself is the expulsion.
  { lemmas: ["persona", "non", "grata"], sense: { code: "16", kind: "verb" } },
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
  { lemmas: ["seize", "power"], sense: { code: "19", kind: "verb" } },
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
  // "setting the mark in Vienna", "Radcliffe's mark set at the 2003 London Marathon".
  { lemmas: ["set", "mark"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["mark", "set"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["record", "set"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["lift", "off"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["commit", "suicide"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["swear", "in"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["release", "report"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["publish", "report"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["declare", "state", "of", "emergency"], sense: { code: "00", kind: "verb" } },
  {
    lemmas: ["fire", "break", "out"],
    sense: { code: "00", kind: "noun", disaster: true },
  },
  { lemmas: ["take", "to", "hospital"], sense: { code: "07", kind: "verb" } },
  // "set up mobile clinics", "set up shelters for the displaced": relief for a disaster's victims.
  { lemmas: ["set", "up"], sense: { code: "07", kind: "verb", needsObject: RELIEF_FACILITIES } },
  { lemmas: ["issue", "warning"], sense: { code: "13", kind: "verb" } },
  { lemmas: ["shoot", "dead"], sense: { code: "18", kind: "verb" } },
  { lemmas: ["fire", "on"], sense: { code: "18", kind: "verb" } },
  { lemmas: ["fire", "at"], sense: { code: "18", kind: "verb" } },
  // "placed its forces on high alert": the state of alert is the act, whatever verb puts it.
  { lemmas: ["on", "high", "alert"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["on", "full", "alert"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["on", "alert"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["raise", "alert"], sense: { code: "15", kind: "verb" } },
  { lemmas: ["turn", "himself", "in"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["turn", "herself", "in"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["turn", "themselves", "in"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["hand", "himself", "over"], sense: { code: "08", kind: "verb" } },
  { lemmas: ["fire", "rocket"], sense: { code: "19", kind: "verb" } },
  { lemmas: ["fire", "missile"], sense: { code: "19", kind: "verb" } },
  { lemmas: ["fire", "shell"], sense: { code: "19", kind: "verb" } },
  { lemmas: ["fire", "mortar"], sense: { code: "19", kind: "verb" } },
  { lemmas: ["speak", "out", "against"], sense: { code: "11", kind: "verb" } },
  // "were critical of the raids": disapproval told with an adjective.
  {
    lemmas: ["critical", "of"],
    sense: { code: "11", kind: "verb", spoken: true, onlyAfter: ["was", "were"] },
  },
  // "investigators found no evidence of foul play": the finding of an inquiry.
  { lemmas: ["find", "no", "evidence"], sense: { code: "09", kind: "verb" } },
  { lemmas: ["find", "no", "trace"], sense: { code: "09", kind: "verb" } },
  { lemmas: ["find", "no", "sign"], sense: { code: "09", kind: "verb" } },
  { lemmas: ["find", "guilty"], sense: { code: "17", kind: "verb" }, objectSlot: true },
  { lemmas: ["find", "not", "guilty"], sense: { code: "17", kind: "verb" }, objectSlot: true },
  // "was banned from entering", unlike a ban on imports (16).
  { lemmas: ["ban", "from"], sense: { code: "17", kind: "verb" } },
  { lemmas: ["win", "election"], sense: { code: "00", kind: "verb" } },
  { lemmas: ["strike", "a", "deal"], sense: { code: "06", kind: "verb" } },
];

/**
 * Trigger lemmas that report one act under different words: an earlier report without parties and a
 * later one with them are the same happening only within one family ("was jailed" … "sentenced her";
 * "arrested" … "detained"), not across two ("the court ruled" … "had been banned from").
 */
export const ACT_FAMILIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    arrest: ["arrest", "detain", "detention", "custody", "apprehend"],
    imprison: ["jail", "imprison", "imprisonment", "sentence", "prison"],
    charge: ["charge", "indict", "indictment", "prosecute", "prosecution"],
    judge: ["rule", "ruling", "verdict", "convict", "find guilty", "find not guilty", "acquit"],
    expel: ["deport", "deportation", "extradite", "extradition", "expel", "expulsion"],
    // Force used on a crowd, unlike the arrests that may follow it.
    disperse: ["tear gas", "crackdown", "disperse"],
    // "a study published Wednesday" … "the findings appear in the journal X": one publication.
    publish: ["publish", "publication", "appear"],
  }).flatMap(([family, lemmas]) => lemmas.map((lemma): [string, string] => [lemma, family])),
);

/** Objects that make "denied" a rejection of a request (CAMEO 12) rather than a denial of a claim (01). */
export const DENIED_REQUESTS: ReadonlySet<string> = new Set([
  "request",
  "requests",
  "visa",
  "visas",
  "access",
  "permission",
  "entry",
  "bail",
  "application",
  "asylum",
  "appeal",
]);

/** What, imposed, is a penalty (CAMEO 17) rather than a sanction between states: "imposed a fine". */
export const PENALTIES: readonly string[] = ["fine", "fines", "penalty", "penalties"];

/** Objects that make an approval a grant of aid (CAMEO 07): "approved the first transfer of funds to Ukraine". */
export const APPROVED_AID: readonly string[] = [
  "aid",
  "assistance",
  "funding",
  "funds",
  "loan",
  "loans",
  "transfer",
  "grant",
  "grants",
  "relief",
];

/**
 * Stances someone takes towards another: told in the passive without the one who takes them
 * ("the company has been criticised for …", "the blast was blamed on a gas leak") they report
 * no act of anybody.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  "criticize",
  "criticise",
  "condemn",
  "denounce",
  "slam",
  "rebuke",
  "blame",
  "praise",
  "commend",
  "hail",
  "welcome",
  "endorse",
]);

/** Words in a sentence that make a strike a labour one (CAMEO 14) rather than a military one. */
export const LABOUR_CUES: ReadonlySet<string> = new Set([
  "union",
  "unions",
  "workers",
  "doctors",
  "nurses",
  "teachers",
  "staff",
  "employees",
  "pay",
  "wage",
  "wages",
  "walkout",
  "dockworkers",
  "dockers",
  "strikers",
  "picket",
  "pickets",
  "salary",
  "salaries",
  "pensions",
  "industrial",
]);

/**
 * Words only match reports use: there "struck in stoppage time", "Sunday's derby clash" and
 * "a title battle" are play, not force (the guide codes results 00, and a result is told by its
 * "beat" or "won"). Read in lower case only, so "Arab League" is no cue.
 */
export const SPORT_CUES: ReadonlySet<string> = new Set([
  "scored",
  "scoring",
  "equaliser",
  "equalizer",
  "equalised",
  "equalized",
  "stoppage",
  "half-time",
  "halftime",
  "league",
  "striker",
  "midfielder",
  "goalkeeper",
  "hat-trick",
  "innings",
  "wicket",
  "touchdown",
  "quarterback",
  "semi-final",
  "semifinal",
  "quarter-final",
  "playoff",
  "play-off",
  "kick-off",
  "derby",
  "unbeaten",
]);

/** Words a match report shares with other news: a cue within one sentence only ("struck late to seal the win"). */
export const SPORT_SENTENCE_CUES: ReadonlySet<string> = new Set([
  ...SPORT_CUES,
  "goal",
  "goals",
  "match",
  "title",
  "win",
  "victory",
  "season",
  "championship",
  "tournament",
]);

/** Sporting senses of words of force ("struck late", "the derby clash", "a title battle"). */
export const SPORTING_FORCE_LEMMAS: ReadonlySet<string> = new Set([
  "strike",
  "clash",
  "battle",
  "attack",
  "fight",
  "assault",
  "offensive",
]);

/** Words that keep force real in a match report: "fans clashed with police outside the ground". */
export const REAL_FORCE_CUES: ReadonlySet<string> = new Set([
  "police",
  "officers",
  "troops",
  "soldiers",
  "riot",
  "rioters",
  "gunman",
  "gunmen",
  "militants",
  "injured",
  "wounded",
  "killed",
  "dead",
  "arrested",
  "bomb",
  "knife",
  "stabbed",
  "terrorist",
]);

/** Envoys a state orders out ("ordered 10 U.S. diplomats to leave"): an expulsion (16). */
export const ENVOY_NOUNS: ReadonlySet<string> = new Set([
  "diplomat",
  "diplomats",
  "envoy",
  "envoys",
  "ambassador",
  "ambassadors",
  "attache",
  "attaches",
  "consul",
]);

/**
 * Objects that make "attacked" words, not force (CAMEO 11): "attacked the government's
 * handling of the crisis", "attacked the plan as reckless".
 */
export const CRITICISED_THINGS: readonly string[] = [
  "plan",
  "plans",
  "policy",
  "policies",
  "tactics",
  "decision",
  "decisions",
  "proposal",
  "proposals",
  "bill",
  "remarks",
  "comments",
  "statement",
  "record",
  "handling",
  "approach",
  "budget",
  "idea",
  "rhetoric",
  "critics",
  "opponents",
  "rivals",
  "media",
  "press",
  "leadership",
  "stance",
  "ruling",
  "verdict",
  "report",
];

/** Verbs of arrival that, said of aid, tell it delivered ("the aid convoy reached the town"). */
export const ARRIVAL_VERBS: ReadonlySet<string> = new Set(["reach", "enter", "arrive", "cross"]);

/** Heads of a subject that carries aid or is aid ("the relief trucks", "food supplies"); "food prices" is neither. */
export const AID_CARRIERS: ReadonlySet<string> = new Set([
  "aid",
  "relief",
  "supplies",
  "food",
  "medicine",
  "medicines",
  "convoy",
  "convoys",
  "truck",
  "trucks",
  "lorry",
  "lorries",
  "shipment",
  "shipments",
  "consignment",
  "flight",
  "flights",
  "plane",
  "planes",
  "ship",
  "ships",
  "workers",
  "teams",
]);

/** Head words of a subject that is aid on its way ("an aid convoy", "relief supplies", "food trucks"). */
export const ARRIVING_AID: ReadonlySet<string> = new Set([
  "aid",
  "relief",
  "humanitarian",
  "supplies",
  "food",
  "medicine",
  "medicines",
  "medical",
  "flour",
  "rice",
  "water",
  "blankets",
  "tents",
]);

/** Light verbs that only introduce a following event noun ("launched an offensive", "held talks"). */
export const INTRODUCING_VERBS: ReadonlySet<string> = new Set([
  "launch",
  "hold",
  "announce",
  "stage",
  "conduct",
  "carry",
  "mount",
  "wage",
  "begin",
  "start",
  "open",
  "resume",
  "impose",
]);

/** Words between the parts of a phrase that may be skipped ("lifted its objections", "lodged a protest"). */
export const PHRASE_GAP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "new",
  "formal",
]);

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
  swore: "swear",
  set: "set",
  cut: "cut",
  led: "lead",
  made: "make",
  began: "begin",
  took: "take",
  flew: "fly",
  said: "say",
  told: "tell",
  tore: "tear",
  swept: "sweep",
  fell: "fall",
  rose: "rise",
  came: "come",
  gave: "give",
  sent: "send",
  spoke: "speak",
  lost: "lose",
  fled: "flee",
  shook: "shake",
  hit: "hit",
  left: "leave",
  brought: "bring",
  knew: "know",
  saw: "see",
  found: "find",
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
  spoken: "speak",
  given: "give",
  sworn: "swear",
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
  "financing",
  "credit",
  "funding",
  "contract",
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

/** Prepositions of motion that make a following town or building, not a country, the location ("fell into the mosque", but "an inquiry into Russia"). */
export const MOTION_PREPOSITIONS: ReadonlySet<string> = new Set(["into", "onto"]);

/** Adjectives that may sit between a preposition and a place ("in northern Afghanistan"). */
export const PLACE_ADJECTIVES: ReadonlySet<string> = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "north-eastern",
  "north-western",
  "south-eastern",
  "south-western",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "neighboring",
  "neighbouring",
  "nearby",
  "rural",
  "coastal",
  "remote",
  "downtown",
]);

/** Prepositions of direction: their place is the event's only when the trigger itself moves there ("flew to X"). */
export const DIRECTIONAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  "to",
  "from",
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
  // Any preposition ends it: "U.S. accusations over Tuesday's chemical attack" names the accuser.
  "over",
  "about",
  "of",
  "amid",
  "during",
  "despite",
  "under",
  "through",
  "following",
  "without",
  "toward",
  "towards",
  "as",
  "than",
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

/**
 * Words just before an event noun that make it unrealized ("prevent more bombings", "possible
 * sanctions") or generic ("as with all harvest festivals", "every election"): no one happening.
 */
/** Long spans whose "… of" before an event noun tells a standing state ("decades of fighting"). */
export const LONG_SPANS: ReadonlySet<string> = new Set(["years", "decades", "centuries"]);

export const UNREALIZED_NOUN_CUES: ReadonlySet<string> = new Set([
  "all",
  "every",
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

/** Modals that, said of others in an announcement, make it an appeal ("announced that users should update"). */
export const APPEAL_MODALS: ReadonlySet<string> = new Set(["should", "must", "ought"]);

/** Verbs of trade an agreement may promise ("agreed to buy 40 jets"): material cooperation (06). */
export const COMMERCIAL_COMPLEMENTS: ReadonlySet<string> = new Set([
  "buy",
  "purchase",
  "sell",
  "supply",
  "acquire",
  "lease",
  "invest",
  "lend",
  "finance",
]);

/**
 * Verbs that tell stages of one agreement ("agreed to buy …", "the contract, signed on …"): two
 * reports with different verbs of this set may be one act, unlike other pairs of verbs.
 */
export const AGREEMENT_VERBS: ReadonlySet<string> = new Set(["agree", "sign", "strike a deal"]);

/**
 * Head nouns an event noun may only modify: "tear gas canisters", "assault rifles", "protest
 * leaders" name things or people, not the happening itself.
 */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "canister",
  "canisters",
  "rifle",
  "rifles",
  "helicopter",
  "helicopters",
  "grenade",
  "grenades",
  "sign",
  "signs",
  "banner",
  "banners",
  "placard",
  "placards",
  "slogan",
  "slogans",
  "leader",
  "leaders",
  "organiser",
  "organisers",
  "organizer",
  "organizers",
  "victim",
  "victims",
  "survivor",
  "survivors",
  // "issued flood warnings", "a tsunami alert", "bomb threats": a notice of a happening that
  // may come is not that happening.
  "warning",
  "warnings",
  "alert",
  "alerts",
  "watch",
  "watches",
  "threat",
  "threats",
  "scare",
  "risk",
  "risks",
  // "flood defences", "a bomb shelter", "the hurricane season": things and times named after
  // a kind of happening.
  "defence",
  "defences",
  "defense",
  "defenses",
  "barrier",
  "barriers",
  "shelter",
  "shelters",
  "season",
  "squad",
  "zone",
  "zones",
]);

/** Possessive pronouns standing for the last person named ("his meeting"). */
export const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);

/** Subject pronouns standing for the last person named ("he warned"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);

/** Lemmas of contests, whose national sides play wherever the match is, not at home. */
export const CONTEST_LEMMAS: ReadonlySet<string> = new Set([
  "win",
  "beat",
  "defeat",
  "clinch",
  "lose",
]);

/**
 * Statements told as issued ("issued a statement"): when the statement's words, quoted next,
 * perform a sharper act (a rebuke, an appeal), the two reports are that one act.
 */
export const ISSUED_STATEMENTS: ReadonlySet<string> = new Set(["issue a statement"]);

/**
 * Disaster nouns whose verb forms report an act of force instead ("protesters stormed the
 * parliament", "troops storming the compound"): the sense the verb form takes.
 */
export const DISASTER_VERB_SENSES: Readonly<Record<string, TriggerSense>> = {
  storm: { code: "18", kind: "verb" },
};

/** Crowds whose forcible act ("protesters stormed …") is a violent protest (CAMEO 14). */
export const PROTESTING_CROWDS: ReadonlySet<string> = new Set([
  "protesters",
  "protestors",
  "demonstrators",
  "rioters",
  "mob",
  "crowd",
  "crowds",
]);

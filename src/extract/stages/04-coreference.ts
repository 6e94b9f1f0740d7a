import type { Doc, Entity, EntityType, Mention, Stage } from "../types.js";
import { MIN_TYPO_SURNAME, key, withinOneEdit } from "../normalize.js";
import {
  ACRONYMS,
  CREDIT_ACRONYMS,
  acronymFitsWords,
  acronymLetters,
} from "../lexicon/acronyms.js";
import {
  TRAILING_PLACE_WORDS,
  countryFor,
  governmentSeatCountry,
  internationalBodyOfSeat,
  isDemonym,
  isKnownPlace,
  isKnownRiver,
  isSeatOfGovernment,
  STATE_POSTAL_CODES,
  stateForAbbreviation,
} from "../lexicon/gazetteer.js";
import { LOCATIVE_PREPOSITIONS, SPEECH_VERBS } from "../lexicon/speech-and-context.js";
import {
  CLUB_PREFIXES,
  CLUB_SUFFIXES,
  COMPANY_NAME_ENDINGS,
  ORGANIZATION_CUE_WORDS,
} from "../lexicon/organizations.js";
import { GOVERNMENT_ACTION_VERBS, GOVERNMENT_OBJECT_CUES } from "../lexicon/metonymy.js";
import { sameGivenName } from "../lexicon/nicknames.js";
import { GENDERED_HONORIFICS, type Gender } from "../lexicon/pronouns.js";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "../lexicon/given-names.js";
import { NAME_PARTICLES, NAME_SUFFIXES } from "../lexicon/person-names.js";
import { isClippedWord } from "./mentions/clipped-names.js";
import { STATE_BODY_NOUN } from "./mentions/phrase-type.js";

/** A group of mentions that refer to one real-world entity. */
interface Cluster {
  type: EntityType;
  mentionIds: number[];
  /** Standard name when a lexicon or the text gives one ("United States" for "U.S."). */
  standardName: string | null;
  /** A person's other full names given by a known-as phrase ("Jan Kowal, better known as Johnny Nowak"). */
  secondNames?: string[];
}

const POLITY_OF =
  /^(?:State|City|Province|Republic|Kingdom|Commonwealth|Region|County|Town|Village|District|Emirate) of (?:the )?(.+)$/;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const PLAIN_ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{1,5}$|^\p{Lu}{1,3}\p{N}{1,2}$/u;
const SKIPPED_IN_INITIALS = new Set(["of", "and", "for", "the", "&", "in", "on", "at", "de"]);

function isAcronym(text: string): boolean {
  return DOTTED_ACRONYM.test(text) || PLAIN_ACRONYM.test(text) || isMixedCaseAcronym(text);
}

/** "AfCFTA": mostly capitals with a few lower-case letters, no spaces. */
function isMixedCaseAcronym(text: string): boolean {
  if (!/^\p{Lu}[\p{L}]{2,9}$/u.test(text)) return false;
  const capitals = text.replace(/[^\p{Lu}]/gu, "").length;
  return capitals >= 3 && capitals / text.length >= 0.6;
}

const SPELLING_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/isation\b/g, "ization"],
  [/ise\b/g, "ize"],
  [/\bcentre\b/g, "center"],
  [/\bdefence\b/g, "defense"],
  [/\blabour\b/g, "labor"],
  [/\bprogramme\b/g, "program"],
  [/\btheatre\b/g, "theater"],
  [/\bharbour\b/g, "harbor"],
];

/** A place named by its landform's word, which the article may leave off ("Lundy Island"). */
const LANDFORM_SUFFIXES: ReadonlySet<string> = new Set([
  "island",
  "islands",
  "isle",
  "atoll",
  "archipelago",
  "peninsula",
  "mountains",
  "mountain",
  "range",
  "hills",
  "desert",
  "valley",
]);

/**
 * Area words after a known place's name that still name that place ("Gaza Strip"). Not
 * "Peninsula", "Island", "Valley" or "Region": "Yucatán Peninsula", "Vancouver Island" and "Kyiv
 * Region" are other places than the state or city of the same name.
 */
const AREA_SUFFIXES: ReadonlySet<string> = new Set(["strip"]);

/** "US-75 South", "I-44 East": a numbered road named with the direction of travel is the road. */
const ROAD_WITH_DIRECTION = /^([a-z]{1,2}[- ]?\d{1,4}[a-z]?) (?:north|south|east|west)$/;

/** A key that ignores British and American spelling ("Organisation" = "Organization"). */
function spellingKey(text: string): string {
  let k = key(text);
  for (const [pattern, replacement] of SPELLING_VARIANTS) k = k.replace(pattern, replacement);
  return k.replace(ROAD_WITH_DIRECTION, "$1");
}

/** Initial letters of a name's significant words ("Federal Bureau of Investigation" → "FBI"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !SKIPPED_IN_INITIALS.has(w.toLowerCase()))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/**
 * Whether an acronym spells a name with one irregular letter: "JAXA" for "Japan Aerospace
 * Exploration Agency" takes the X from inside a word. Every word gives one letter, the first word
 * its initial, and all but one word their initials.
 */
export function spellsLoosely(letters: string, name: string): boolean {
  const words = name
    .split(/[\s,-]+/)
    .filter((w) => w.length > 0 && !SKIPPED_IN_INITIALS.has(w.toLowerCase()))
    .map((w) => w.toUpperCase());
  if (letters.length < 3 || words.length !== letters.length) return false;
  let irregular = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const letter = letters[i] ?? "";
    if (word[0] === letter) continue;
    if (i === 0 || !word.slice(1).includes(letter)) return false;
    irregular++;
  }
  return irregular === 1;
}

/** The one organization of the article whose name an undefined acronym spells loosely, if any. */
function onlyLooseExpansion(
  letters: string,
  clusters: Cluster[],
  mentions: Mention[],
): Cluster | undefined {
  const fits = clusters.filter(
    (c) =>
      c.type === "ORGANIZATION" &&
      c.mentionIds.length > 0 &&
      spellsLoosely(letters, fullestName(c, mentions)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The one organization whose name before its complement ("… Agency" of "United Nations Relief
 * and Works Agency for Palestine Refugees") an acronym spells ("UNRWA"), if any.
 */
function onlyHeadExpansion(
  letters: string,
  clusters: Cluster[],
  mentions: Mention[],
): Cluster | undefined {
  if (letters.length < 3) return undefined;
  const fits = clusters.filter((c) => {
    if (c.type !== "ORGANIZATION" || c.mentionIds.length === 0) return false;
    const head = / (?:for|of|in|on) /.exec(fullestName(c, mentions));
    if (!head) return false;
    const name = fullestName(c, mentions).slice(0, head.index);
    return name.includes(" ") && initials(name) === letters;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "the Disaster and Emergency Management Authority (AFAD)": a bracketed acronym right after a
 * body's name in the body of the article defines it even when its letters spell the name in
 * another language; not a known acronym (a news agency's "(AP)"), a country or a lone word's.
 */
function definesForeignAcronym(text: string, mention: Mention, letters: string): boolean {
  if (mention.type !== "ORGANIZATION" || mention.zone !== "body") return false;
  if (!mention.text.includes(" ") || letters.length < 3) return false;
  if (!/^\s*\(\p{Lu}{3,8}\)/u.test(text.slice(mention.end, mention.end + 12))) return false;
  return ACRONYMS[letters] === undefined && countryFor(letters.toLowerCase()) === undefined;
}

/** The standard name a mention's text stands for, from the acronym and country lexicons. */
function standardNameFor(mention: Mention): string | null {
  // "U. S." is "U.S." written with spaces.
  const text = /^(?:\p{Lu}\. )+\p{Lu}\.$/u.test(mention.text)
    ? mention.text.replace(/ /g, "")
    : mention.text;
  if (isAcronym(text)) {
    const letters = acronymLetters(text);
    const credit = mention.zone === "caption" ? CREDIT_ACRONYMS[letters] : undefined;
    const expansion = credit ?? ACRONYMS[letters];
    if (expansion) return expansion.name;
  }
  // "Calif." → "California": only the dotted wire form, never a bare word such as "Ill" or "Wash".
  if (mention.type === "LOCATION" && text.endsWith(".")) {
    const state = stateForAbbreviation(key(text));
    if (state) return state;
  }
  if (mention.type === "LOCATION") {
    const country = countryFor(key(text));
    if (country && (text.length > 3 || text === text.toUpperCase())) return country;
  }
  // "State of Texas" → "Texas".
  const polity = POLITY_OF.exec(text)?.[1];
  if (
    mention.type === "LOCATION" &&
    polity &&
    (isKnownPlace(key(polity)) || countryFor(key(polity)))
  ) {
    return countryFor(key(polity)) ?? polity;
  }
  // "U.N. Security Council" → "United Nations Security Council".
  const space = text.indexOf(" ");
  // "US 75" is a road's number, not the United States.
  if (space > 0 && !/^ \d/.test(text.slice(space))) {
    const firstWord = text.slice(0, space);
    if (isAcronym(firstWord)) {
      const expansion = ACRONYMS[acronymLetters(firstWord)];
      if (expansion) return `${expansion.name}${text.slice(space)}`;
    }
  }
  return null;
}

const GOVERNMENT_SUBJECT =
  /^(?:\s*,[^,.;"“]{1,60},)?\s+(?:(?:also|initially|then|later|has|have|had|is|was|would|will|could|did|does|not|never|reportedly|on \w+),?\s+){0,3}["“]?([a-z]+)/;
const GOVERNMENT_STAFF =
  /^\s+(?:spokes(?:man|woman|person)|press secretary|officials?|aides?|advisers?|chief of staff)\b/;
const PLACE_NOUN_AFTER =
  /^\s+(?:walls?|grounds|gates?|buildings?|lawn|compound|palace|complex|tower)\b/;
const TRAILING_PLACE_WORD = /^ ([a-z]+)\b(?: ([a-z]+)\b)?/;
const POSSESSIVE_GAP = /^['’]s $/;
const PAIRED_AFTER = /^\s+(?:and|or)\s+(?:the\s+)?([A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+)?)/u;
const PAIRED_BEFORE = /([A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+)?)\s+(?:and|or)\s+(?:the\s+)?$/u;
const WORD_BEFORE = /([A-Za-z]+)\s+(?:the\s+)?$/;

const COMMA_AND_NAME = /^\s*,\s*(\p{Lu}[\p{L}'-]*)(?: (\p{Lu}[\p{L}'-]*))?/u;

/** "Brussels, Belgium": a city followed by its country is the place, not the government. */
function isPlaceWithItsCountry(after: string): boolean {
  const [, first, second] = COMMA_AND_NAME.exec(after) ?? [];
  if (first === undefined) return false;
  const names = second === undefined ? [first] : [first, `${first} ${second}`];
  return names.some((name) => countryFor(key(name)) !== undefined);
}

function isCapitalOrCountry(text: string): boolean {
  const k = key(text);
  return governmentSeatCountry(k) !== undefined || countryFor(k) !== undefined;
}

/**
 * Whether a capital or seat of government stands for its government here:
 * the subject of a political or speech verb ("Moscow vetoed", "The Kremlin, …, said"),
 * the object of pressure ("persuade Moscow", "sanctions against Moscow"), or paired
 * with another capital or country ("between Washington and Moscow"). After a
 * locative preposition ("in Moscow") it is the place.
 */
export function isGovernmentUse(text: string, mention: Mention): boolean {
  if (governmentSeatCountry(key(mention.text)) === undefined) return false;
  const after = text.slice(mention.end, mention.end + 90);
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (/^['’]s?\b/.test(after)) return false;
  if (isPlaceWithItsCountry(after)) return false;
  const previousWord = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (previousWord && LOCATIVE_PREPOSITIONS.has(previousWord) && previousWord !== "between")
    return false;
  if (GOVERNMENT_STAFF.test(after)) return true;
  // A seat of government that is not also a city ("the Kremlin") means the government unless it is a place here.
  if (isSeatOfGovernment(key(mention.text))) return !PLACE_NOUN_AFTER.test(after);
  const verb = GOVERNMENT_SUBJECT.exec(after)?.[1];
  if (verb && (GOVERNMENT_ACTION_VERBS.has(verb) || SPEECH_VERBS.has(verb))) return true;
  // "between Washington and Moscow" names two governments; "flights between Oslo and New York"
  // two cities: "between" counts only with another capital or country.
  if (previousWord === "between") {
    const other = PAIRED_AFTER.exec(after)?.[1];
    return other !== undefined && isCapitalOrCountry(other);
  }
  if (previousWord && GOVERNMENT_OBJECT_CUES.has(previousWord)) return true;
  // "the spokeswoman said Washington strongly supports …": a capital reported as speaking.
  if (previousWord && SPEECH_VERBS.has(previousWord) && /^\s+["“]?[a-z]/.test(after)) return true;
  const pairedAfter = PAIRED_AFTER.exec(after)?.[1];
  const pairedBefore = PAIRED_BEFORE.exec(before)?.[1];
  const paired =
    (pairedAfter && isCapitalOrCountry(pairedAfter)) ||
    (pairedBefore && isCapitalOrCountry(pairedBefore));
  if (paired) {
    const pairStart = pairedBefore
      ? before.length - (PAIRED_BEFORE.exec(before)?.[0].length ?? 0)
      : before.length;
    const wordBeforePair = WORD_BEFORE.exec(before.slice(0, pairStart))?.[1]?.toLowerCase();
    return !(wordBeforePair && LOCATIVE_PREPOSITIONS.has(wordBeforePair));
  }
  return false;
}

/** Name parts a bare surname or given name can match ("Assad" for "Bashar al-Assad"). */
function personNameParts(text: string): { surnames: Set<string>; givenName: string } {
  // "Ferdinand Marcos Jr." is "Marcos": a generational suffix is no surname.
  const all = text.split(/\s+/);
  const suffixed = all.length > 2 && NAME_SUFFIXES.has(key(all[all.length - 1] ?? ""));
  const words = suffixed ? all.slice(0, -1) : all;
  const surnames = new Set<string>();
  const last = words[words.length - 1] ?? "";
  surnames.add(key(last));
  const article = /^\p{L}{1,3}-(.+)$/u.exec(last);
  if (article?.[1]) surnames.add(key(article[1]));
  // Compound surnames: "Mary Jepkosgei Keitany" is also "Keitany"; "Gabriel García Márquez" also "García Márquez".
  if (words.length >= 3) surnames.add(key(words.slice(-2).join(" ")));
  // "Lula" of "Luiz Inácio Lula da Silva", "Fernández" of "Cristina Fernández de Kirchner": in a
  // name of four words or more, a capitalized word after the given name may be used alone.
  if (words.length >= 4) {
    for (const word of words.slice(1, -1))
      if (/^\p{Lu}\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word.toLowerCase()))
        surnames.add(key(word));
  }
  return { surnames, givenName: key(words[0] ?? "") };
}

/**
 * Whether two full person names (lower-case words) name one person: "Tom Fenwick" and
 * "Tom R. Fenwick" (same first and last word), "Karl Brandt" inside "Jens Karl Olaf Brandt"
 * (same surname, every word of the shorter in the longer), "Tanabe Yumiko" and "Yumiko
 * Tanabe" (the same words in the other order), "Henri Paul" opening "Henri Paul d'Aubry",
 * "Diaz de Vega" closing "Rodrigo Diaz de Vega", and "Bill Garner" or a misspelt "Katrin
 * Holloway" beside "William Garner" and "Katrina Holloway".
 */
export function samePersonName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortFirst = short[0] ?? "";
  const longFirst = long[0] ?? "";
  const shortLast = short[short.length - 1] ?? "";
  const longLast = long[long.length - 1] ?? "";
  if (short.join(" ") === long.join(" ")) return true;
  if (short.length < 2) return false;
  if (shortLast === longLast) {
    if (shortFirst === longFirst) return true;
    const longWords = new Set(long);
    if (long.length > short.length && short.every((w) => longWords.has(w))) return true;
    // "Pierre Charles Laval" and "Peter Charles Laval": only the given name differs.
    if (short.length === long.length && short.slice(1).join(" ") === long.slice(1).join(" ")) {
      if (sameGivenName(shortFirst, longFirst)) return true;
      const typo =
        shortFirst.length >= 4 &&
        longFirst.length >= 4 &&
        shortFirst[0] === longFirst[0] &&
        withinOneEdit(shortFirst, longFirst);
      if (typo) return true;
    }
  }
  // "Tanabe Yumiko" and "Yumiko Tanabe": checked only when each name holds the other's ends.
  if (
    short.length === long.length &&
    long.includes(shortFirst) &&
    short.includes(longFirst) &&
    [...short].sort().join(" ") === [...long].sort().join(" ")
  )
    return true;
  const longName = long.join(" ");
  const shortName = short.join(" ");
  if (long.length >= 3 && longName.startsWith(`${shortName} `)) return true;
  return longName.endsWith(` ${shortName}`);
}

/** The key words of a person's name, "St."/"St" written out ("St. Jerome" and "Saint Jerome" are one). */
function personNameWords(name: string): string[] {
  const words = key(name).split(" ");
  if (words[0] === "st" && words.length > 1) words[0] = "saint";
  return words;
}

/**
 * A phrase that gives a second name of what was just named: "also known as", "better known by
 * her pseudonym", "a.k.a.", "was the pen name of", "(born …)" before a birth name.
 */
const KNOWN_AS_PHRASES = [
  String.raw`\b(?:also|better|commonly|popularly|widely|best|otherwise|formerly|previously|sometimes|often|affectionately)\s+(?:known|called|referred\s+to)\s+(?:as|by\s+(?:(?:his|her|their|its|the|a)\s+)?(?:(?:stage|pen|ring|real|birth|religious|professional)\s+)?(?:name|pseudonym|nickname|moniker|alias))`,
  String.raw`\ba\.?k\.?a\.?`,
  String.raw`\b(?:is|was)\s+(?:the|a|an)\s+(?:stage\s+name|pen\s+name|pseudonym|nom\s+de\s+plume|ring\s+name)\s+of`,
  String.raw`[(,]\s*(?:born|n[ée]e)`,
  // "Jan Kowal (1900 – 1950), known as King Jan": bare only right after the name's bracket or
  // comma, since "York is known as England's …" compares, it does not rename.
  String.raw`[(,]\s*known\s+as`,
];
const KNOWN_AS_BEFORE = new RegExp(
  String.raw`(?:${KNOWN_AS_PHRASES.join("|")})\s*,?\s*["“]?$`,
  "i",
);

/** Between a name and the phrase: a bracket of dates or a gloss, a comma, perhaps "is"/"was". */
const BEFORE_KNOWN_AS = /^\s*(?:\([^()]{0,120}\))?\s*,?\s*(?:(?:is|was)\s+)?$/;

/**
 * Between two second names: "also known as Ana Reyes and Ana Cruz". A comma alone is not enough:
 * "also known as Tom Vale, Ana Cruz said" goes on to another person.
 */
const CHAINED_NAME = /^\s*,?\s*(?:and|or)\s+["“]?$/;

/**
 * Pairs [named, second name] of mentions of one type joined by a known-as phrase: "Jan Kowal
 * (born 1950), better known as Johnny Kowal", "Ana Reyes, also known as Ana Cruz and Anita".
 * The first name is the mention right before the phrase, a bracket after it skipped.
 */
function knownAsPairs(text: string, mentions: Mention[]): Array<[number, number]> {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const pairs: Array<[number, number]> = [];
  let lastAlias: { id: number; named: number } | null = null;
  for (let i = 1; i < ordered.length; i++) {
    const alias = ordered[i];
    const previous = ordered[i - 1];
    if (!alias || !previous) continue;
    const aliasStart = alias.fullSpan?.start ?? alias.start;
    if (lastAlias?.id === previous.id && CHAINED_NAME.test(text.slice(previous.end, aliasStart))) {
      pairs.push([lastAlias.named, alias.id]);
      lastAlias = { id: alias.id, named: lastAlias.named };
      continue;
    }
    const before = text.slice(Math.max(0, aliasStart - 200), aliasStart);
    const phrase = KNOWN_AS_BEFORE.exec(before);
    // "known as England's finest": a possessive modifies what follows, it is no name.
    if (!phrase || /^['’]s\b/.test(text.slice(alias.end, alias.end + 3))) continue;
    const phraseStart = aliasStart - before.length + phrase.index;
    // The named is the last mention before the phrase that no bracket holds.
    let named: Mention | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const candidate = ordered[j];
      if (!candidate || candidate.end > phraseStart) continue;
      const gap = text.slice(candidate.end, phraseStart);
      if (gap.length > 160 || /[.;\n]\s/.test(gap.replace(/\([^()]*\)/g, ""))) break;
      if (BEFORE_KNOWN_AS.test(gap)) {
        named = candidate;
        break;
      }
      // A name inside the bracket ("Ana Reyes (Reyes Ana, born 1950)"): look further back.
      if (!/^[^(]*\)/.test(gap)) break;
    }
    if (!named) continue;
    pairs.push([named.id, alias.id]);
    lastAlias = { id: alias.id, named: named.id };
  }
  return pairs;
}

/** Capitalized words of four letters or more of a name, lower case. */
function nameWords(name: string): Set<string> {
  return new Set((name.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? []).map((w) => w.toLowerCase()));
}

/**
 * Joins the clusters of each known-as pair of one type. Of another type, a second name that
 * repeats a word of the name ("Marius, also known as Brother Marius") was mistyped and joins
 * too; others ("Kowal, born in Lodz") stay apart.
 */
function mergeKnownAs(
  pairs: Array<[number, number]>,
  clusters: Cluster[],
  mentions: Mention[],
  onMerge: (target: Cluster, source: Cluster) => void,
): void {
  const clusterOfMention = new Map<number, Cluster>();
  for (const cluster of clusters)
    for (const id of cluster.mentionIds) clusterOfMention.set(id, cluster);
  for (const [named, alias] of pairs) {
    const target = clusterOfMention.get(named);
    const source = clusterOfMention.get(alias);
    if (!target || !source || target === source) continue;
    if (target.type !== source.type) {
      if (source.standardName !== null || target.standardName !== null) continue;
      const words = nameWords(fullestName(target, mentions));
      if (![...nameWords(fullestName(source, mentions))].some((w) => words.has(w))) continue;
    }
    for (const id of source.mentionIds) clusterOfMention.set(id, target);
    target.mentionIds.push(...source.mentionIds);
    onMerge(target, source);
    source.mentionIds = [];
  }
}

/** Groups the mentions into entities; returns the clusters in order of first mention. */
function clusterMentions(doc: Doc, mentions: Mention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<number, Cluster>();
  const acronymTargets = new Map<string, Cluster>();
  const join = (mention: Mention, cluster: Cluster): void => {
    cluster.mentionIds.push(mention.id);
    clusterOf.set(mention.id, cluster);
  };
  const open = (
    mention: Mention,
    type: EntityType,
    standardName: string | null,
    clusterKey: string,
  ): Cluster => {
    const cluster: Cluster = { type, mentionIds: [], standardName };
    clusters.push(cluster);
    byKey.set(clusterKey, cluster);
    join(mention, cluster);
    return cluster;
  };

  // 1. Organizations and places: standard names, metonymy and exact keys.
  const deferredAcronyms: Mention[] = [];
  const namedKeys = new Set(mentions.map((m) => key(m.text)));
  for (const mention of mentions) {
    if (mention.type === "PERSON") continue;
    let type = mention.type;
    let standard = standardNameFor(mention);
    if (type === "LOCATION" && isGovernmentUse(doc.text, mention)) {
      // "Brussels wants …" beside the European Union stands for the Union, not Belgium.
      const body = internationalBodyOfSeat(key(mention.text), namedKeys);
      if (body) type = "ORGANIZATION";
      standard = body ?? governmentSeatCountry(key(mention.text)) ?? standard;
    }
    if (standard === null && isAcronym(mention.text) && !countryFor(key(mention.text))) {
      deferredAcronyms.push(mention);
      continue;
    }
    if (standard && countryFor(key(standard))) type = "LOCATION";
    const clusterKey = `${type}:${spellingKey(standard ?? mention.text)}`;
    const existing = byKey.get(clusterKey);
    const cluster = existing ?? open(mention, type, standard, clusterKey);
    if (existing) join(mention, existing);
    const defined = /^(?:\s*\(|,? or )([\p{Lu}][\p{L}.&]{1,9})(?:\)|,)/u.exec(
      doc.text.slice(mention.end, mention.end + 14),
    );
    const letters = defined?.[1] ? acronymLetters(defined[1]) : "";
    // "Mexico (AP)" in a dateline defines nothing: the letters must spell the name, or, for an
    // organization in the body, be an acronym of its own language that names nothing else
    // ("Disaster and Emergency Management Authority (AFAD)").
    if (
      letters &&
      (acronymFitsWords(letters.toLowerCase(), key(mention.text).split(" ")) ||
        definesForeignAcronym(doc.text, mention, letters))
    ) {
      acronymTargets.set(letters, cluster);
    }
  }
  for (const mention of deferredAcronyms) {
    const letters = acronymLetters(mention.text);
    const target =
      acronymTargets.get(letters) ??
      clusters.find(
        (c) =>
          c.type !== "PERSON" &&
          c.mentionIds.length > 0 &&
          initials(fullestName(c, mentions)) === letters,
      ) ??
      onlyLooseExpansion(letters, clusters, mentions) ??
      onlyHeadExpansion(letters, clusters, mentions);
    if (target) {
      join(mention, target);
      continue;
    }
    const clusterKey = `${mention.type}:${spellingKey(mention.text)}`;
    const existing = byKey.get(clusterKey);
    if (existing) join(mention, existing);
    else open(mention, mention.type, null, clusterKey);
  }
  // Acronyms the lexicon expands but the article defines differently ("(EPA)" after another name).
  for (const [letters, target] of acronymTargets) {
    for (const cluster of clusters) {
      if (cluster === target || cluster.mentionIds.length === 0) continue;
      if (cluster.mentionIds.every((id) => acronymLetters(mentions[id]?.text ?? "") === letters)) {
        for (const id of cluster.mentionIds) {
          const mention = mentions[id];
          if (mention && isAcronym(mention.text)) join(mention, target);
        }
        cluster.mentionIds = [];
      }
    }
  }
  mergeShortForms(clusters, mentions);
  mergeClubTowns(clusters, mentions);
  mergePartyMembers(clusters, mentions);
  mergeGroupSingulars(clusters, mentions);
  mergeClippedNames(clusters, mentions);
  mergeInvertedBodies(clusters, mentions);
  mergeBareHeads(clusters, mentions);
  mergePlaceNamedBodies(clusters, mentions);
  mergePlaceVariants(doc.text, clusters, mentions);
  mergeInitialedNames(clusters, mentions);
  mergePostalCodes(clusters, mentions);
  mergeCampusAcronyms(clusters, mentions);
  mergeParenthesizedNames(doc.text, clusters, mentions);
  const knownAs = knownAsPairs(doc.text, mentions);
  mergeKnownAs(
    knownAs,
    clusters.filter((c) => c.type !== "PERSON"),
    mentions,
    () => undefined,
  );

  // 2. People: full names first, then bare surnames and given names.
  const people = mentions.filter((m) => m.type === "PERSON");
  const fullNames = people.filter((m) => m.text.trim().includes(" "));
  const personClusters: Cluster[] = [];
  for (const mention of fullNames) {
    const words = personNameWords(mention.text);
    // "the son of Jan Kowal" beside "Jan Piotr Kowal": a parent named like the child is only
    // the child's namesake; the same name written out again is still the same person.
    const relative = introducedAsRelative(
      doc.text.slice(Math.max(0, mention.start - 200), mention.start),
    );
    const same = personClusters.find((c) => {
      const known = personNameWords(fullestName(c, mentions));
      return relative ? known.join(" ") === words.join(" ") : samePersonName(known, words);
    });
    if (same) join(mention, same);
    else {
      const cluster: Cluster = { type: "PERSON", mentionIds: [], standardName: null };
      personClusters.push(cluster);
      clusters.push(cluster);
      join(mention, cluster);
    }
  }
  // "Jan Kowal, better known as Johnny Nowak": one person, whose bare "Nowak" is found below.
  const recordSecondName = (target: Cluster, source: Cluster): void => {
    target.secondNames = [
      ...(target.secondNames ?? []),
      ...(source.secondNames ?? []),
      fullestName(source, mentions),
    ];
  };
  mergeKnownAs(knownAs, clusters, mentions, recordSecondName);
  const entries = personClusters
    .filter((cluster) => cluster.mentionIds.length > 0)
    .map((cluster) => personEntry(doc, cluster, mentions));
  markCoordinatedRelatives(doc, entries, mentions);
  for (const mention of people) {
    if (clusterOf.has(mention.id)) continue;
    const target = resolveShortName(mention, entries);
    if (target) {
      join(mention, target.cluster);
      continue;
    }
    const cluster: Cluster = { type: "PERSON", mentionIds: [], standardName: null };
    personClusters.push(cluster);
    clusters.push(cluster);
    join(mention, cluster);
    entries.push(personEntry(doc, cluster, mentions));
  }
  // Second names of one word ("Ana (née Cruz)") are linked once every short name has a cluster.
  mergeKnownAs(knownAs, clusters, mentions, recordSecondName);

  const nonEmpty = clusters.filter((c) => c.mentionIds.length > 0);
  for (const cluster of nonEmpty) cluster.mentionIds.sort((a, b) => a - b);
  nonEmpty.sort((a, b) => (a.mentionIds[0] ?? 0) - (b.mentionIds[0] ?? 0));
  return nonEmpty;
}

/** A person cluster with the name parts a short mention can match and the ids it can be near. */
interface PersonEntry {
  cluster: Cluster;
  surnames: Set<string>;
  givenName: string;
  /** The first words of every full name written ("Pierre" and "Peter" for one man). */
  givenNames: Set<string>;
  /** Ids of the mentions that wrote the name out (or of a lone short name), ascending. */
  anchorIds: number[];
  /** Introduced as someone's relative ("her father Mohammed Hadid", "their son, Tom Reyes"). */
  relative: boolean;
  /** From a given name or an honorific the article writes ("Mrs Reyes"), when one tells. */
  gender: Gender | null;
}

/** A kinship noun right before a name, perhaps with a comma: the name is a relative's. */
const KINSHIP_BEFORE =
  /\b(?:father|mother|parents|son|sons|daughter|daughters|brother|brothers|sister|sisters|wife|husband|uncle|aunt|grandfather|grandmother|grandson|granddaughter|nephew|niece|cousin|stepfather|stepmother|stepson|stepdaughter)\b,?\s+$/i;

/** "the son of", "a niece of the late": the name after it is a relative's. */
const KIN_OF =
  /\b(?:sons?|daughters?|child|children|grandsons?|granddaughters?|grandchild|nephews?|nieces?|widow|widower|wife|husband|brothers?|sisters?|cousins?|stepsons?|stepdaughters?)\s+of\s+(?:the\s+late\s+)?/gi;
/** "born in Dayton to", "born to parents": the parents are named next. */
const BORN_TO = /\bborn\b[^.;\n]{0,80}?\bto\s+(?:(?:his|her|their)\s+)?(?:parents\s+)?/i;
/** "… and", "… and the late" closing a list that a kinship phrase opened. */
const LIST_END = /\band\s+(?:the\s+late\s+)?$/i;
/** A sentence break in a stretch of text: a stop and a capital ("(d. 1990)" is none). */
const SENTENCE_BREAK = /[.!?]["”’]?\s+[\p{Lu}"“]/u;

/**
 * Whether the text before a name introduces it as a relative: right after a kinship noun ("her
 * father Omar Khalil"), after "son of" or "born … to", or closing a list such a phrase opened in
 * the same sentence ("the daughter of Ana Cruz, a nurse, and Luis Cruz"; "born to Ana and Luis
 * Cruz").
 */
export function introducedAsRelative(before: string): boolean {
  if (KINSHIP_BEFORE.test(before.slice(-30))) return true;
  const window = before.slice(-160);
  let opener = -1;
  for (const match of window.matchAll(KIN_OF)) opener = match.index + match[0].length;
  const born = BORN_TO.exec(window);
  if (born) opener = Math.max(opener, born.index + born[0].length);
  if (opener < 0) return false;
  const rest = window.slice(opener);
  if (rest.trim() === "") return true;
  return LIST_END.test(rest) && !SENTENCE_BREAK.test(rest) && rest.length <= 120;
}

const MALE_NAMES: ReadonlySet<string> = new Set(MALE_GIVEN_NAMES);
const FEMALE_NAMES: ReadonlySet<string> = new Set(FEMALE_GIVEN_NAMES);

/** The gender an honorific title tells ("Mrs" female, "Mr." male), or null. */
function honorificGender(title: string | null): Gender | null {
  return title ? (GENDERED_HONORIFICS[title.toLowerCase()] ?? null) : null;
}

/** A person's gender from the honorifics of their mentions, else from a given name's. */
function personGender(
  cluster: Cluster,
  givenNames: Set<string>,
  mentions: Mention[],
): Gender | null {
  for (const id of cluster.mentionIds) {
    const gender = honorificGender(mentions[id]?.title ?? null);
    if (gender) return gender;
  }
  let found: Gender | null = null;
  for (const given of givenNames) {
    const gender = MALE_NAMES.has(given) ? "male" : FEMALE_NAMES.has(given) ? "female" : null;
    if (gender && found && gender !== found) return null;
    found = gender ?? found;
  }
  return found;
}

function personEntry(doc: Doc, cluster: Cluster, mentions: Mention[]): PersonEntry {
  const parts = personNameParts(fullestName(cluster, mentions));
  for (const name of cluster.secondNames ?? [])
    for (const surname of personNameParts(name).surnames) parts.surnames.add(surname);
  const givenNames = new Set([parts.givenName]);
  for (const id of cluster.mentionIds) {
    const words = key(mentions[id]?.text ?? "").split(" ");
    if (words.length >= 2 && words[0]) givenNames.add(words[0]);
  }
  const anchorIds = [...cluster.mentionIds].sort((a, b) => a - b);
  const first = mentions[anchorIds[0] ?? -1];
  const relative =
    first !== undefined &&
    introducedAsRelative(doc.text.slice(Math.max(0, first.start - 200), first.start));
  return {
    cluster,
    ...parts,
    givenNames,
    anchorIds,
    relative,
    gender: personGender(cluster, givenNames, mentions),
  };
}

/**
 * "two daughters, Ana Reyes (b. 2009) and Lucia Reyes": a name listed right after a relative's,
 * in the same line, is a relative too.
 */
function markCoordinatedRelatives(doc: Doc, entries: PersonEntry[], mentions: Mention[]): void {
  const entryOf = new Map<number, PersonEntry>();
  for (const entry of entries) for (const id of entry.anchorIds) entryOf.set(id, entry);
  const ordered = [...entries].sort((a, b) => (a.anchorIds[0] ?? 0) - (b.anchorIds[0] ?? 0));
  for (const entry of ordered) {
    const first = mentions[entry.anchorIds[0] ?? -1];
    const previous = first ? mentions[first.id - 1] : undefined;
    if (!first || !previous || entry.relative) continue;
    // The gap may hold a note or a year ("(b. 2009)"), which the sentence splitter may cut at.
    const gap = doc.text.slice(previous.end, first.start);
    if (
      entryOf.get(previous.id)?.relative &&
      gap.length <= 40 &&
      !gap.includes("\n") &&
      /\band\s+$/.test(gap)
    )
      entry.relative = true;
  }
}

/** Index of the last id below `id` in an ascending list, or -1. */
function lastBelow(ids: number[], id: number): number {
  let low = 0;
  let high = ids.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((ids[middle] ?? 0) < id) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Surnames at least this long may be misspelt by two letters. */
const MIN_TWO_TYPO_SURNAME = 8;

/** Whether two words are at most two edits apart (insertions, deletions, substitutions). */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  // One row of the edit-distance table at a time, only the band of width two matters.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? i) + 1,
        (current[j - 1] ?? i) + 1,
        (previous[j - 1] ?? i) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > 2) return false;
    previous = current;
  }
  return (previous[b.length] ?? 3) <= 2;
}

/**
 * Links a one-word (or partial) person name to a full name with that surname
 * (else that given name). Among namesakes ("Donald Trump", "Ivanka Trump") it
 * takes the one whose full name was written most recently before; when none
 * comes before (a surname in the headline), the first one written after. A
 * namesake introduced as a relative ("his son, Hunter Biden") takes it only
 * when no other namesake can.
 */
function resolveShortName(mention: Mention, people: PersonEntry[]): PersonEntry | null {
  const k = key(mention.text);
  let candidates = people.filter((p) => p.surnames.has(k));
  if (candidates.length === 0) candidates = people.filter((p) => p.givenNames.has(k));
  // "Mauer" for "K.C. Maurer": a surname misspelt by one letter, when only one person fits.
  if (candidates.length === 0 && k.length >= MIN_TYPO_SURNAME && !k.includes(" ")) {
    const near = people.filter((p) =>
      [...p.surnames].some(
        (s) => s.length >= MIN_TYPO_SURNAME && k !== `${s}s` && withinOneEdit(s, k),
      ),
    );
    if (near.length === 1) candidates = near;
  }
  // "Ms Hertmanm" for "Greta Hartmann": a long surname misspelt twice, when only one fits.
  if (candidates.length === 0 && k.length >= MIN_TWO_TYPO_SURNAME && !k.includes(" ")) {
    const near = people.filter((p) =>
      [...p.surnames].some(
        (s) =>
          s.length >= MIN_TWO_TYPO_SURNAME &&
          s[0] === k[0] &&
          !s.startsWith(k) &&
          !k.startsWith(s) &&
          withinTwoEdits(s, k),
      ),
    );
    if (near.length === 1) candidates = near;
  }
  // "Ms Reyes" beside Tomas and Ana Reyes is Ana: an honorific picks the namesake of its gender.
  const gender = honorificGender(mention.title);
  if (gender && candidates.length > 1) {
    const fitting = candidates.filter((p) => p.gender === gender);
    if (fitting.length > 0) candidates = fitting;
  }
  if (candidates.some((p) => p.relative) && candidates.some((p) => !p.relative))
    candidates = candidates.filter((p) => !p.relative);
  let best: PersonEntry | null = null;
  let bestBefore = -1;
  let firstAfter: PersonEntry | null = null;
  let firstAfterId = Number.MAX_SAFE_INTEGER;
  for (const entry of candidates) {
    const below = lastBelow(entry.anchorIds, mention.id);
    const before = entry.anchorIds[below];
    const after = entry.anchorIds[below + 1];
    if (before !== undefined && before > bestBefore) {
      bestBefore = before;
      best = entry;
    }
    if (after !== undefined && after > mention.id && after < firstAfterId) {
      firstAfterId = after;
      firstAfter = entry;
    }
  }
  return best ?? firstAfter;
}

/**
 * Merges an organization or place written short into the one longer name of the
 * same type that it abbreviates: a prefix before "of"/"for" ("Investigative
 * Committee" of "Investigative Committee of Russia") or a suffix of two words or
 * more ("Udvar-Hazy Center"). A known place is never merged into a facility named
 * after it, and "Kennedy Space Center" stays apart from "Kennedy Space Center
 * Visitor Complex". Single-word names one typo apart are merged too.
 */
function mergeShortForms(clusters: Cluster[], mentions: Mention[]): void {
  const live = clusters.filter(
    (c) => c.type !== "PERSON" && c.mentionIds.length > 0 && c.standardName === null,
  );
  // Every name of each cluster, keyed once: the loop below compares each short form with all.
  const namesOf = new Map<Cluster, Set<string>>();
  const names = (c: Cluster): Set<string> => {
    let found = namesOf.get(c);
    if (!found) {
      found = new Set([
        key(fullestName(c, mentions)),
        ...c.mentionIds.map((id) => key(mentions[id]?.text ?? "")),
      ]);
      namesOf.set(c, found);
    }
    return found;
  };
  for (const short of live) {
    const shortName = key(fullestName(short, mentions));
    if (!shortName || countryFor(shortName)) continue;
    // A known place joins only its own area's name ("Gaza" and "Gaza Strip"), never a facility
    // named after it ("Gaza Airport").
    const knownPlace = isKnownPlace(shortName);
    if (knownPlace && short.type !== "LOCATION") continue;
    const containing = clusters.filter((c) => {
      if (c === short || c.type !== short.type || c.mentionIds.length === 0) return false;
      // "Republican" for the "U.S. Republican Party" also named "Republican Party".
      for (const longName of names(c)) {
        if (knownPlace) {
          if (
            AREA_SUFFIXES.has(longName.slice(shortName.length + 1)) &&
            longName.startsWith(`${shortName} `)
          )
            return true;
          continue;
        }
        if (containsShortForm(short, shortName, longName)) return true;
      }
      return false;
    });
    if (containing.length !== 1) continue;
    const target = containing[0];
    if (!target) continue;
    const targetNames = names(target);
    for (const name of names(short)) targetNames.add(name);
    target.mentionIds.push(...short.mentionIds);
    short.mentionIds = [];
    namesOf.delete(short);
  }
  mergeTypos(live, mentions);
}

/**
 * "Dortmund" for "Borussia Dortmund", "Bayern" for "Bayern Munich": a one-word organization (a
 * town standing for its club) joins the one club of the article whose name has it as a word.
 */
function mergeClubTowns(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(
    clusters,
    mentions,
    (town, words) =>
      words.length >= 2 &&
      (CLUB_PREFIXES.has(words[0] ?? "") || CLUB_SUFFIXES.has(words[words.length - 1] ?? "")) &&
      words.includes(town),
  );
}

/** A party's members and the adjective its name is made of ("Democrats": "Democratic Party"). */
const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["democrats", "democratic"],
  ["republicans", "republican"],
  ["conservatives", "conservative"],
  ["tories", "conservative"],
  ["liberals", "liberal"],
  ["socialists", "socialist"],
  ["greens", "green"],
]);

/**
 * "the Conservatives" for the "Conservative Party", "the Democrats" for "the Democratic Party":
 * a party's members named alone join the one party of the article whose name ends in the
 * adjective and "Party" (a country's name may open it: "U.S. Democratic Party").
 */
function mergePartyMembers(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(clusters, mentions, (members, words) => {
    const adjective = PARTY_ADJECTIVES.get(members);
    return (
      adjective !== undefined &&
      words.length >= 2 &&
      words[words.length - 1] === "party" &&
      words[words.length - 2] === adjective
    );
  });
}

/**
 * "Houthi" beside "the Houthis": a group's one-word name joins the group named by its plural (the
 * singular is the word its members and its spokesman are called by).
 */
function mergeGroupSingulars(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(
    clusters,
    mentions,
    (singular, words) => words.length === 1 && words[0] === `${singular}s`,
  );
}

/** "Fed" for "Federal Reserve": a one-word organization that clips the first word of one other. */
function mergeClippedNames(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(
    clusters,
    mentions,
    (short, words) => words.length >= 2 && isClippedWord(short, words[0] ?? ""),
  );
}

/**
 * "Congress" for "U.S. Congress", "the Senate" for "the Kenyan Senate": a one-word organization
 * that is a body's cue word joins the one other organization whose name ends with it.
 */
function mergeBareHeads(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(
    clusters,
    mentions,
    (head, words) =>
      ORGANIZATION_CUE_WORDS.has(head) && words.length >= 2 && words[words.length - 1] === head,
  );
}

function isPlaceOrDemonym(word: string): boolean {
  return countryFor(word) !== undefined || isKnownPlace(word) || isDemonym(word);
}

/**
 * "Lakers" for "Los Angeles Lakers", "Times" for "Los Angeles Times": a one-word organization that
 * ends the one other organization named "<known place> <word>".
 */
function mergePlaceNamedBodies(clusters: Cluster[], mentions: Mention[]): void {
  mergeOneWordOrganizations(clusters, mentions, (word, words) => {
    if (words.length < 2 || words[words.length - 1] !== word) return false;
    const place = words.slice(0, -1).join(" ");
    return isKnownPlace(place) || countryFor(place) !== undefined;
  });
}

/** Heads that English names both ways: "Department of Defense" and "Defense Department". */
const INVERTIBLE_HEADS = new Set(["department", "ministry"]);
const HEAD_OF_COMPLEMENT = /^(?:(.+) )?(department|ministry) of (?:the )?(.+)$/;

/**
 * The words a body's name keeps when it is written "<portfolio> <head>": "defense department" for
 * both "Department of Defense" and "U.S. Defense Department"; null for other names.
 */
function invertedBodyKey(name: string): string | null {
  const k = key(name);
  const complement = HEAD_OF_COMPLEMENT.exec(k);
  if (complement) return `${complement[3]} ${complement[2]}`;
  const words = k.split(" ");
  if (words.length < 2 || !INVERTIBLE_HEADS.has(words[words.length - 1] ?? "")) return null;
  // "U.S. Defense Department", "Russian Defence Ministry": a country before the portfolio.
  while (words.length > 2 && isPlaceOrDemonym(words[0] ?? "")) words.shift();
  return words.join(" ");
}

/**
 * "Department of Defense" and "Defense Department", "Ministry of Defence" and "Defence
 * Ministry": one body named with its head first or last; each pair with one such key merges.
 */
function mergeInvertedBodies(clusters: Cluster[], mentions: Mention[]): void {
  const byKey = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    if (cluster.type !== "ORGANIZATION" || cluster.mentionIds.length === 0) continue;
    const keys = new Set<string>();
    for (const id of cluster.mentionIds) {
      const bodyKey = invertedBodyKey(mentions[id]?.text ?? "");
      if (bodyKey) keys.add(spellingKey(bodyKey));
    }
    for (const bodyKey of keys) byKey.set(bodyKey, [...(byKey.get(bodyKey) ?? []), cluster]);
  }
  for (const group of byKey.values()) {
    const [target, source] = group;
    if (group.length !== 2 || !target || !source || target === source) continue;
    if (target.mentionIds.length === 0 || source.mentionIds.length === 0) continue;
    target.mentionIds.push(...source.mentionIds);
    source.mentionIds = [];
  }
}

/**
 * Merges each one-word organization into the one other organization whose name (its words,
 * normalized) it `stands for`; with none or several such, it stays apart.
 */
function mergeOneWordOrganizations(
  clusters: Cluster[],
  mentions: Mention[],
  standsFor: (oneWord: string, words: string[]) => boolean,
): void {
  for (const short of clusters) {
    if (short.type !== "ORGANIZATION" || short.mentionIds.length === 0) continue;
    const shortName = key(fullestName(short, mentions));
    if (!shortName || shortName.includes(" ")) continue;
    const targets = clusters.filter(
      (c) =>
        c !== short &&
        c.type === "ORGANIZATION" &&
        c.mentionIds.length > 0 &&
        standsFor(shortName, key(fullestName(c, mentions)).split(" ")),
    );
    const target = targets.length === 1 ? targets[0] : undefined;
    if (!target) continue;
    target.mentionIds.push(...short.mentionIds);
    short.mentionIds = [];
  }
}

/**
 * "the Limpopo" for "the Limpopo River": a river named without its word, unless the bare name is
 * a place of its own ("Jordan", "Chicago", "Mississippi").
 */
function riverOfShortName(short: Cluster, shortName: string, rest: string): boolean {
  return (
    short.type === "LOCATION" &&
    rest === "river" &&
    (!isKnownPlace(shortName) || isKnownRiver(shortName)) &&
    countryFor(shortName) === undefined
  );
}

/** Whether `longName` is a longer name of the same type that `shortName` (of `short`) abbreviates. */
function containsShortForm(short: Cluster, shortName: string, longName: string): boolean {
  if (longName.length <= shortName.length) return false;
  const rest = longName.slice(shortName.length + 1);
  // "Investigative Committee" of "… of Russia"; "Severn Vale" of "Severn Vale Water".
  const asPrefix =
    longName.startsWith(`${shortName} `) &&
    (/^(?:of|for) /.test(rest) ||
      // "Meta" for "Meta Platforms": a company named without the trade word after its name.
      (short.type === "ORGANIZATION" &&
        (ORGANIZATION_CUE_WORDS.has(rest) || COMPANY_NAME_ENDINGS.has(rest))) ||
      // "Lundy" for "Lundy Island", "Cairngorm" for "the Cairngorm Mountains".
      (short.type === "LOCATION" && LANDFORM_SUFFIXES.has(rest)) ||
      riverOfShortName(short, shortName, rest));
  const asSuffix = shortName.split(" ").length >= 2 && longName.endsWith(` ${shortName}`);
  // "Scientology" for "Church of Scientology": an organization named by what it is of.
  const asComplement = short.type === "ORGANIZATION" && longName.endsWith(` of ${shortName}`);
  return asPrefix || asSuffix || asComplement;
}

/**
 * "UNC Greensboro" is the "University of North Carolina at Greensboro": an organization named
 * "<initials> <campus>" joins the one longer name "<name> at <campus>" whose initials they are.
 */
function mergeCampusAcronyms(clusters: Cluster[], mentions: Mention[]): void {
  const campuses = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    if (cluster.type !== "ORGANIZATION" || cluster.mentionIds.length === 0) continue;
    const campus = / at (\p{Lu}.*)$/u.exec(fullestName(cluster, mentions));
    if (!campus?.[1]) continue;
    const name = fullestName(cluster, mentions).slice(0, campus.index);
    const short = key(`${initials(name)} ${campus[1]}`);
    campuses.set(short, [...(campuses.get(short) ?? []), cluster]);
  }
  if (campuses.size === 0) return;
  for (const cluster of clusters) {
    if (cluster.type !== "ORGANIZATION" || cluster.mentionIds.length === 0) continue;
    const targets = campuses.get(key(fullestName(cluster, mentions)));
    const target = targets?.length === 1 ? targets[0] : undefined;
    if (!target || target === cluster) continue;
    target.mentionIds.push(...cluster.mentionIds);
    cluster.mentionIds = [];
  }
}

/**
 * "Masjid Al-Haram (Grand Mosque)": a name of the same type given in brackets right after another
 * is a second name of the same place or body. A known place in brackets ("Paris (France)") and an
 * acronym (handled as a definition) are not.
 */
function mergeParenthesizedNames(text: string, clusters: Cluster[], mentions: Mention[]): void {
  const clusterOfMention = new Map<number, Cluster>();
  for (const cluster of clusters)
    for (const id of cluster.mentionIds) clusterOfMention.set(id, cluster);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const outer = ordered[i];
    const inner = ordered[i + 1];
    if (!outer || !inner || outer.type === "PERSON" || inner.type !== outer.type) continue;
    // "Hasht Qasr (The Palace of Mirrors)": the bracket may open with "the".
    if (!/^\s*\((?:the\s+)?$/i.test(text.slice(outer.end, inner.start)) || text[inner.end] !== ")")
      continue;
    const innerKey = key(inner.text);
    if (isAcronym(inner.text) || isKnownPlace(innerKey) || countryFor(innerKey)) continue;
    const target = clusterOfMention.get(outer.id);
    const source = clusterOfMention.get(inner.id);
    // "the U.S. (Playhouse Square Center)": a bracket after a country explains, it does not rename.
    if (!target || !source || target === source) continue;
    if (source.standardName !== null || target.standardName !== null) continue;
    if (isAcronym(outer.text) || countryFor(key(outer.text))) continue;
    for (const id of source.mentionIds) clusterOfMention.set(id, target);
    target.mentionIds.push(...source.mentionIds);
    source.mentionIds = [];
  }
}

/** Abbreviated last words of street names, written out ("Main St." is "Main Street"). */
const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: "street",
  ave: "avenue",
  av: "avenue",
  blvd: "boulevard",
  rd: "road",
  hwy: "highway",
  ln: "lane",
  dr: "drive",
  pl: "place",
  sq: "square",
  pkwy: "parkway",
};

/** Cities commonly called by the name of their state ("New York" for New York City). */
const CITIES_CALLED_BY_STATE_NAME: Readonly<Record<string, string>> = {
  "new york": "new york city",
};

/** "New York state", "upstate New York", "Governor of New York": the state itself is meant. */
const STATE_MEANT = /^\s+state\b|^\s+(?:gov\.|governor|attorney general|legislature|assembly)\b/i;
const STATE_MEANT_BEFORE = /\b(?:upstate|state of|governor of)\s+$/i;

/** The key of a place's name with an abbreviated street word written out. */
function placeVariantKey(name: string): string {
  const words = key(name).split(" ");
  const last = words[words.length - 1] ?? "";
  const expanded = words.length > 1 ? STREET_ABBREVIATIONS[last] : undefined;
  if (expanded) words[words.length - 1] = expanded;
  return words.join(" ");
}

/**
 * "Main St." and "Main Street", "New York" and "New York City": one place written in full and
 * short joins one entity. A state's name stays apart where the text means the state ("New York
 * state", "upstate New York").
 */
function mergePlaceVariants(text: string, clusters: Cluster[], mentions: Mention[]): void {
  const places = clusters.filter((c) => c.type === "LOCATION" && c.mentionIds.length > 0);
  const byVariant = new Map<string, Cluster>();
  for (const cluster of places) {
    const variant = placeVariantKey(fullestName(cluster, mentions));
    const earlier = byVariant.get(variant);
    if (!earlier) {
      byVariant.set(variant, cluster);
      continue;
    }
    if (earlier.standardName !== null || cluster.standardName !== null) continue;
    earlier.mentionIds.push(...cluster.mentionIds);
    cluster.mentionIds = [];
  }
  for (const [stateName, cityName] of Object.entries(CITIES_CALLED_BY_STATE_NAME)) {
    const state = places.find(
      (c) => c.mentionIds.length > 0 && key(fullestName(c, mentions)) === stateName,
    );
    const city = places.find(
      (c) => c.mentionIds.length > 0 && key(fullestName(c, mentions)) === cityName,
    );
    if (!state || !city) continue;
    const stateMeant = state.mentionIds.some((id) => {
      const mention = mentions[id];
      if (!mention) return false;
      return (
        STATE_MEANT.test(text.slice(mention.end, mention.end + 24)) ||
        STATE_MEANT_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start))
      );
    });
    if (stateMeant) continue;
    city.mentionIds.push(...state.mentionIds);
    state.mentionIds = [];
  }
}

/**
 * "GW Bridge" for "George Washington Bridge", "JFK Airport" for "John F. Kennedy Airport": a name
 * whose first word is the initials of the words before the same head in one longer name of the
 * same type is that name.
 */
function mergeInitialedNames(clusters: Cluster[], mentions: Mention[]): void {
  const live = clusters.filter((c) => c.type !== "PERSON" && c.mentionIds.length > 0);
  for (const short of live) {
    const [letters, ...rest] = fullestName(short, mentions).split(" ");
    if (!letters || rest.length === 0 || !/^\p{Lu}{2,4}$/u.test(letters)) continue;
    const head = ` ${key(rest.join(" "))}`;
    const containing = live.filter((c) => {
      if (c === short || c.type !== short.type || c.mentionIds.length === 0) return false;
      const longName = fullestName(c, mentions);
      if (!key(longName).endsWith(head)) return false;
      const before = longName.split(" ").slice(0, -rest.length).join(" ");
      return before.split(" ").length >= 2 && initials(before) === letters;
    });
    const target = containing.length === 1 ? containing[0] : undefined;
    if (!target) continue;
    target.mentionIds.push(...short.mentionIds);
    short.mentionIds = [];
  }
}

/** "Coffeyville, KS" beside "Kansas": a state's postal code joins the state the article names. */
function mergePostalCodes(clusters: Cluster[], mentions: Mention[]): void {
  const places = clusters.filter((c) => c.type === "LOCATION" && c.mentionIds.length > 0);
  for (const code of places) {
    const texts = new Set(code.mentionIds.map((id) => mentions[id]?.text ?? ""));
    const [only] = texts;
    const state = texts.size === 1 && only ? STATE_POSTAL_CODES[only] : undefined;
    if (!state) continue;
    const target = places.find(
      (c) => c !== code && c.mentionIds.length > 0 && key(fullestName(c, mentions)) === key(state),
    );
    if (!target) continue;
    target.mentionIds.push(...code.mentionIds);
    code.mentionIds = [];
  }
}

/**
 * Whether two names of several words are one name with one word misspelt by a letter ("Lake
 * Vostak" and "Lake Vostok"): the same words but one, which is six letters or longer and not
 * the other's plural.
 */
function oneWordMisspelt(a: string, b: string): boolean {
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  if (wordsA.length < 2 || wordsA.length !== wordsB.length) return false;
  let differing = 0;
  for (let i = 0; i < wordsA.length; i++) {
    const wordA = wordsA[i] ?? "";
    const wordB = wordsB[i] ?? "";
    if (wordA === wordB) continue;
    if (++differing > 1 || Math.min(wordA.length, wordB.length) < 6) return false;
    if (wordA[0] !== wordB[0] || !withinOneEdit(wordA, wordB)) return false;
    // "Lundy Island" is one island of the "Lundy Islands": a plural is no typo.
    if (`${wordA}s` === wordB || `${wordB}s` === wordA) return false;
  }
  return differing === 1;
}

/** Merges names a single typo apart ("Magnitigorsk") into the better-attested spelling. */
function mergeTypos(clusters: Cluster[], mentions: Mention[]): void {
  for (const rare of clusters) {
    const rareName = key(fullestName(rare, mentions));
    if (rare.mentionIds.length === 0) continue;
    const severalWords = rareName.includes(" ");
    if (!severalWords && rareName.length < 8) continue;
    const target = clusters.find((c) => {
      if (c === rare || c.type !== rare.type || c.mentionIds.length < rare.mentionIds.length)
        return false;
      if (
        c.mentionIds.length === rare.mentionIds.length &&
        (c.mentionIds[0] ?? 0) > (rare.mentionIds[0] ?? 0)
      )
        return false;
      const name = key(fullestName(c, mentions));
      if (severalWords) return oneWordMisspelt(name, rareName);
      return !name.includes(" ") && name !== rareName && withinOneEdit(name, rareName);
    });
    if (!target) continue;
    target.mentionIds.push(...rare.mentionIds);
    rare.mentionIds = [];
  }
}

const fullestNameCache = new WeakMap<Cluster, { size: number; name: string; words: number }>();

/** The fullest name among a cluster's mentions: most words, then most characters, then earliest. */
function fullestName(cluster: Cluster, mentions: Mention[]): string {
  if (cluster.standardName) return cluster.standardName;
  const cached = fullestNameCache.get(cluster);
  const ids = cluster.mentionIds;
  if (cached && cached.size === ids.length) return cached.name;
  // Mention lists only grow until the end, so only the new mentions need a look.
  const resume = cached && cached.size < ids.length;
  let best = resume ? cached.name : "";
  let bestWords = resume ? cached.words : 0;
  for (let i = resume ? cached.size : 0; i < ids.length; i++) {
    const text = mentions[ids[i] ?? -1]?.text ?? "";
    const words = text.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && text.length > best.length)) {
      best = text;
      bestWords = words;
    }
  }
  fullestNameCache.set(cluster, { size: ids.length, name: best, words: bestWords });
  return best;
}

const SHOUTED = /^[\p{Lu}\p{N}\s.,'’&-]+$/u;

/**
 * A name written in capitals only because it stood in a dateline or a shouted line ("WEST PALM
 * BEACH") takes the form the article writes it in elsewhere, else each word in title case; acronyms
 * ("NATO") stay as they are.
 */
function properCaseName(cluster: Cluster, mentions: Mention[], name: string): string {
  if (!SHOUTED.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  const forms = cluster.mentionIds.map((id) => mentions[id]).filter((m) => m !== undefined);
  const nameKey = key(name);
  const written = forms.find((m) => key(m.text) === nameKey && !SHOUTED.test(m.text));
  if (written) return written.text;
  const fromDateline = forms.some((m) => m.zone === "dateline");
  // "US 169", "UN WFP": acronyms and numbers, nothing shouted.
  if ((!name.includes(" ") || !/\p{Lu}{4}/u.test(name)) && !fromDateline) return name;
  // "(VOA)", "(AFP)": the agency in a dateline is an acronym, not a shouted place.
  if (!name.includes(" ") && cluster.type === "ORGANIZATION") return name;
  return name.replace(/\p{Lu}[\p{Lu}'’]+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

function describe(cluster: Cluster, mentions: Mention[]): string | null {
  let best: string | null = null;
  for (const id of cluster.mentionIds) {
    const title = mentions[id]?.title;
    if (title && (best === null || title.length > best.length)) best = title;
  }
  return best;
}

/**
 * The place or organization whose possessive names an organization or facility right before it:
 * "Vienna's General Hospital", "Oxford University's Bodleian Library". The owner's name and the
 * 's join an alias, as the form the article uses for the whole name.
 */
function possessiveOwner(
  doc: Doc,
  mention: Mention,
  mentionEndingAt: Map<number, Mention>,
): Mention | undefined {
  if (mention.fullSpan) return undefined;
  const gapStart = mention.start - 3;
  if (!POSSESSIVE_GAP.test(doc.text.slice(gapStart, mention.start))) return undefined;
  const owner = mentionEndingAt.get(gapStart);
  if (!owner || owner.type === "PERSON" || owner.sentenceIndex !== mention.sentenceIndex)
    return undefined;
  return owner;
}

/** A name as it is read, not as it was wrapped: "Mont\nSaint-Hilaire" is "Mont Saint-Hilaire". */
function singleSpaced(name: string): string {
  return name.replace(/\s+/g, " ");
}

/** Builds one entity per cluster and sets every mention's entityId. */
export function resolveEntities(doc: Doc): { entities: Entity[]; mentions: Mention[] } {
  const mentions = doc.mentions.map((m, index) => ({ ...m, id: index }));
  const clusters = clusterMentions(doc, mentions);
  const mentionEndingAt = new Map<number, Mention>();
  for (const mention of mentions) mentionEndingAt.set(mention.end, mention);
  const entities: Entity[] = clusters.map((cluster, id) => {
    const name = singleSpaced(properCaseName(cluster, mentions, fullestName(cluster, mentions)));
    const aliases: string[] = [];
    const seen = new Set<string>([name]);
    for (const mentionId of cluster.mentionIds) {
      const mention = mentions[mentionId];
      if (!mention) continue;
      mention.entityId = id;
      mention.type = cluster.type;
      const forms = [mention.text];
      if (mention.fullSpan)
        forms.push(doc.text.slice(mention.fullSpan.start, mention.fullSpan.end));
      // "the Ural region", "Baghlan province": the place word joins an alias.
      // "China state media": "state" there modifies the noun after it.
      const trailing =
        cluster.type === "LOCATION"
          ? TRAILING_PLACE_WORD.exec(doc.text.slice(mention.end, mention.end + 32))
          : null;
      const placeWord = trailing?.[1];
      if (
        placeWord &&
        TRAILING_PLACE_WORDS.has(placeWord) &&
        !(placeWord === "state" && STATE_BODY_NOUN.test(trailing?.[2] ?? ""))
      )
        forms.push(`${mention.text} ${placeWord}`);
      const owner =
        cluster.type === "PERSON" ? undefined : possessiveOwner(doc, mention, mentionEndingAt);
      if (owner) forms.push(doc.text.slice(owner.start, mention.end));
      for (const form of forms.map(singleSpaced)) {
        if (seen.has(form)) continue;
        seen.add(form);
        aliases.push(form);
      }
    }
    return {
      id,
      name,
      type: cluster.type,
      key: key(name),
      description: describe(cluster, mentions),
      aliases,
      mentionIds: [...cluster.mentionIds],
    };
  });
  return { entities, mentions };
}

/** Stage 04: canonical entities with aliases; links every mention to its entity. */
export const coreferenceStage: Stage = {
  name: "coreference",
  run: (doc) => ({ ...doc, ...resolveEntities(doc) }),
};

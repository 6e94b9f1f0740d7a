import type { Doc, EntityType } from "../../types.js";
import { NON_NAME_WORDS } from "../../lexicon/common-capitalized.js";
import { acronymFitsWords } from "../../lexicon/acronyms.js";
import { FIRST_NAMES, LAST_NAMES, NAME_SUFFIXES } from "../../lexicon/person-names.js";
import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import {
  LOCATION_CUE_WORDS,
  TRAILING_PLACE_WORDS,
  countryFor,
  isKnownPlace,
} from "../../lexicon/gazetteer.js";
import { ORGANIZATION_CUE_WORDS, isKnownOrganization } from "../../lexicon/organizations.js";
import { MIN_TYPO_SURNAME, withinOneEdit } from "../../normalize.js";
import type { Candidate } from "./candidate.js";
import { phraseKey } from "./candidate.js";
import { ACRONYM_DEFINITION } from "./sentence-candidates.js";
import { isBodyNoun } from "./layout-mentions.js";
import { isClubName } from "./phrase-type.js";
import type { DocSignals } from "./word-classes.js";
import { isCommonTagged } from "./word-classes.js";
import type { Word } from "./words.js";

const PERSON_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);

/** "Mauer" for the surname "Maurer": one letter away from exactly one surname of a named person. */
function misspeltSurname(word: string, personParts: Map<string, number>): number | undefined {
  if (word.length < MIN_TYPO_SURNAME) return undefined;
  let found: number | undefined;
  let count = 0;
  for (const [part, strength] of personParts) {
    if (strength !== 2 || part.length < MIN_TYPO_SURNAME || !withinOneEdit(part, word)) continue;
    // "the Bernoullis": a family, not a misspelling.
    if (word === `${part}s`) return undefined;
    found = strength;
    count++;
  }
  return count === 1 ? found : undefined;
}

/**
 * Surnames (2) and given names (1) of the people the candidates name in full; the surname of a
 * person only guessed at (no title, lexicon or context) counts for less (0.5).
 */
/** Whether a name opens with a known place or country ("Asia Minor", "Texas Instruments"). */
function opensWithPlace(candidate: Candidate): boolean {
  const first = candidate.words[0]?.key ?? "";
  return isKnownPlace(first) || countryFor(first) !== undefined;
}

/** A full name's last word, or the one before a generational suffix ("Voss" of "Harlan Voss Jr."). */
function surnameWord(words: Word[]): Word | undefined {
  const last = words[words.length - 1];
  return words.length > 2 && last && NAME_SUFFIXES.has(last.key) ? words[words.length - 2] : last;
}

function namePartsOfPeople(candidates: Candidate[]): Map<string, number> {
  const personParts = new Map<string, number>();
  const setPart = (part: string, strength: number): void => {
    personParts.set(part, Math.max(strength, personParts.get(part) ?? 0));
  };
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || candidate.words.length < 2) continue;
    const firstWord = candidate.words[0];
    const lastWord = surnameWord(candidate.words);
    if (lastWord) {
      const strength = candidate.confidence >= 1 ? 2 : GUESSED_SURNAME;
      setPart(lastWord.lower, strength);
      // "al-Assad" is also written "Assad".
      const article = /^\p{L}{1,3}-(.+)$/u.exec(lastWord.lower);
      if (article?.[1]) setPart(article[1], strength);
    }
    // A guessed person lends its first word only when it may be a name: "Yang Buwei" makes "Yang"
    // a person, the guess "Internet Explorer" makes no person of "Internet" (a common noun).
    const lends =
      candidate.confidence >= 1 ||
      (firstWord !== undefined &&
        compromiseTags(firstWord.lower).every((t) => PERSON_NAME_TAGS.has(t)));
    if (firstWord && lends && (personParts.get(firstWord.lower) ?? 0) < 1)
      personParts.set(firstWord.lower, 1);
  }
  return personParts;
}

/**
 * "the Kennedy brothers", "the Warhol Polaroids": a guess after "the" opened by the surname of
 * someone named in full is about that person or family, so it stays a guessed person, not a body.
 */
function keepFamilyGuessesPeople(candidates: Candidate[], personParts: Map<string, number>): void {
  for (const candidate of candidates) {
    const first = candidate.words[0];
    if (!candidate.guessedFromArticle || !first || candidate.type !== "ORGANIZATION") continue;
    if (personParts.get(first.lower) === 2) candidate.type = "PERSON";
  }
}

/** The strength of the surname of a person the rules only guessed at. */
const GUESSED_SURNAME = 0.5;

/** Gives single unknown words the type of a longer name that ends or starts with them ("Lavrov"). */
export function resolveByNameParts(candidates: Candidate[]): void {
  keepFamilyGuessesPeople(candidates, namePartsOfPeople(candidates));
  const personParts = namePartsOfPeople(candidates);
  // Where each guessed person's full name is first written, by surname.
  const firstGuessedFullName = new Map<string, number>();
  for (const candidate of candidates) {
    const last = surnameWord(candidate.words);
    const start = candidate.words[0]?.start;
    if (candidate.type !== "PERSON" || candidate.words.length < 2 || !last || start === undefined)
      continue;
    firstGuessedFullName.set(
      last.lower,
      Math.min(start, firstGuessedFullName.get(last.lower) ?? Infinity),
    );
  }
  for (const candidate of candidates) {
    if (candidate.words.length !== 1 || candidate.definedAsPlace) continue;
    const word = candidate.words[0];
    if (!word) continue;
    // Only a word no lexicon knows may be a misspelt surname: "Paris" stays the city beside a "Parish".
    const part =
      personParts.get(word.lower) ??
      (candidate.confidence < 2 ? misspeltSurname(word.lower, personParts) : undefined);
    // A surname of someone named in full wins over a place of that name ("Medina"), never over a country.
    const overridable =
      candidate.confidence < 2 || (candidate.type === "LOCATION" && !countryFor(word.lower));
    if (part === 2 && candidate.type !== "PERSON" && overridable && candidate.type !== null) {
      candidate.type = "PERSON";
      candidate.confidence = 1.5;
    } else if (
      part !== undefined &&
      (candidate.type === null ||
        (candidate.confidence < 2 &&
          (part > GUESSED_SURNAME ||
            candidate.type !== "LOCATION" ||
            word.start > (firstGuessedFullName.get(word.lower) ?? Infinity))))
    ) {
      // "spread to Penteli and Nea Penteli": a place is a guessed person's surname only when the
      // full name came first, as people are introduced ("Henri Lyon … a letter to Lyon").
      candidate.type = "PERSON";
      candidate.confidence = Math.max(candidate.confidence, 1.5);
    }
  }
}

const COORDINATION_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

const PLACE_WORD_GAP = /^ (\p{Ll}+)((?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))$/u;

/** "the Rafah crossing and …", "Lake Tana region, …": a place's own lower-case noun, then the list. */
function placeWordThenList(gap: string): boolean {
  const word = PLACE_WORD_GAP.exec(gap)?.[1];
  return word !== undefined && TRAILING_PLACE_WORDS.has(word);
}

/**
 * "in Paramus, Hackensack and Edgewater", "Luzon and Palawan": an untyped name listed beside a place or
 * an organization is one of the same kind.
 */
export function resolveCoordinations(doc: Doc, candidates: Candidate[], signals: DocSignals): void {
  const peerOfKnownBody = (source: Candidate, target: Candidate): boolean => {
    const only = target.words.length === 1 ? target.words[0] : undefined;
    const next = source.words[0];
    return (
      only !== undefined &&
      next !== undefined &&
      source.type === "ORGANIZATION" &&
      source.confidence >= 2 &&
      /^\s+(?:and|&)\s+$/.test(doc.text.slice(only.end, next.start))
    );
  };
  const ordered = candidates
    .filter((c) => c.words.length > 0 && c.sentence.index >= 0)
    .sort((a, b) => (a.words[0]?.start ?? 0) - (b.words[0]?.start ?? 0));
  const listed = (a: Candidate, b: Candidate): boolean => {
    const aEnd = a.words[a.words.length - 1];
    const bStart = b.words[0];
    const bEnd = b.words[b.words.length - 1];
    if (!aEnd || !bStart || aEnd.possessive || bEnd?.possessive) return false;
    if (a.sentence.index !== b.sentence.index) return false;
    const gap = doc.text.slice(aEnd.end, bStart.start);
    return COORDINATION_GAP.test(gap) || (a.type === "LOCATION" && placeWordThenList(gap));
  };
  const typeFrom = (source: Candidate | undefined, target: Candidate | undefined): void => {
    if (!source || !target || target.type !== null || target.confidence < 0) return;
    // "I’m", "Food" in "Environment, Food and Rural Affairs": pronouns and common nouns are no names;
    // "Porsche and Audi said": a lone word opening a sentence right before "and" and a known body
    // is the body's peer.
    if (target.words[0]?.sentenceInitial && !peerOfKnownBody(source, target)) return;
    const only = target.words.length === 1 ? target.words[0] : undefined;
    const bare = only?.lower.replace(/['’].*$/u, "") ?? "";
    if (
      only &&
      (NON_NAME_WORDS.has(bare) || signals.seenLowercase.has(bare) || isCommonTagged(bare))
    )
      return;
    if (source.type !== "LOCATION" && source.type !== "ORGANIZATION") return;
    if (source.confidence < 1 || !(listed(source, target) || listed(target, source))) return;
    target.type = source.type;
    target.confidence = 1;
  };
  // "Ansel Adams, Walker Evans and Helmut Newton": a full name only guessed at, or a proper word
  // (below), listed beside a person's full name, is a person too.
  // "Ceres, Juno, Vesta and Diana": a given name alone, and each lone proper word typed a person
  // through the list, carries the type along it as a full name does.
  const listedPeople = new Set<Candidate>();
  const personSource = (source: Candidate): boolean => {
    if (source.type !== "PERSON") return false;
    if (source.words.length >= 2) return source.confidence >= 1.5;
    const only = source.words[0];
    if (listedPeople.has(source)) return true;
    return (
      only !== undefined &&
      source.confidence >= 1 &&
      source.title === null &&
      !only.sentenceInitial &&
      FIRST_NAMES.has(only.lower)
    );
  };
  const personFrom = (source: Candidate | undefined, target: Candidate | undefined): void => {
    if (!source || !target || !personSource(source)) return;
    if (target.confidence > 0.5) return;
    if (target.words.length < 2 && !properWord(target)) return;
    if (target.type === "LOCATION" || target.type === "PERSON") return;
    if (!(listed(source, target) || listed(target, source))) return;
    target.type = "PERSON";
    target.confidence = 1;
    if (source.words.length === 1 && target.words.length === 1) listedPeople.add(target);
  };
  // "spread to Penteli and Nea Penteli": a full name only guessed a person, listed beside a place
  // the context names as one, is a place too.
  const placeFrom = (source: Candidate | undefined, target: Candidate | undefined): void => {
    if (!source || !target || source.type !== "LOCATION" || source.confidence < 1) return;
    if (target.confidence > 0.5 || target.title !== null) return;
    // "crossed Syria and Asia Minor": a body guessed only from a place word inside it is a place too.
    const guess =
      target.type === "PERSON" || (target.type === "ORGANIZATION" && opensWithPlace(target));
    if (!guess) return;
    if (target.words.length < 2 || !(listed(source, target) || listed(target, source))) return;
    target.type = "LOCATION";
    target.confidence = 1;
  };
  // "Mark Twain, Morris and Goscinny": a lone word that is nowhere an ordinary word, listed beside
  // a person's full name, is a person named by one word.
  const properWord = (target: Candidate): boolean => {
    const only = target.words.length === 1 ? target.words[0] : undefined;
    if (!only || only.sentenceInitial || only.allCaps || only.possessive || target.confidence < 0)
      return false;
    return (
      !NON_NAME_WORDS.has(only.lower) &&
      !signals.seenLowercase.has(only.lower) &&
      !isCommonTagged(only.lower)
    );
  };
  // Two sweeps carry the type along a list in either direction.
  for (let i = 0; i + 1 < ordered.length; i++) {
    typeFrom(ordered[i], ordered[i + 1]);
    personFrom(ordered[i], ordered[i + 1]);
    placeFrom(ordered[i], ordered[i + 1]);
  }
  for (let i = ordered.length - 1; i > 0; i--) {
    typeFrom(ordered[i], ordered[i - 1]);
    personFrom(ordered[i], ordered[i - 1]);
    placeFrom(ordered[i], ordered[i - 1]);
  }
}

/** Gives acronyms defined in the text ("… Area (AfCFTA)") the type of the name they abbreviate. */
export function resolveDefinedAcronyms(doc: Doc, candidates: Candidate[]): void {
  const defined = new Map<string, EntityType>();
  for (const candidate of candidates) {
    const last = candidate.words[candidate.words.length - 1];
    if (!candidate.type || !last || candidate.words.length < 2) continue;
    const acronym = ACRONYM_DEFINITION.exec(doc.text.slice(last.end, last.end + 14))?.[1];
    if (acronym) defined.set(acronym, candidate.type);
  }
  for (const candidate of candidates) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    if (only?.acronym && candidate.type === null && namesDescribedBody(doc, only)) {
      defined.set(only.text, "ORGANIZATION");
    }
  }
  for (const candidate of candidates) {
    const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
    const type = only ? defined.get(only.text) : undefined;
    if (type && candidate.confidence < 2) {
      candidate.type = type;
      candidate.confidence = 2;
    }
  }
  typeAcronymsOfNamedBodies(candidates);
}

/** "statistics agency (INEGI)", "Geophysics Agency, known as BMKG,": a body's noun, then its acronym. */
const ACRONYM_OF_BODY =
  /\b(\p{L}+)(?:\s*\(\s*|,?\s+(?:known|abbreviated)\s+(?:locally\s+)?as\s+)$/u;

/** Whether an acronym is given right after a noun that describes an organization. */
function namesDescribedBody(doc: Doc, acronym: Word): boolean {
  const noun = ACRONYM_OF_BODY.exec(doc.text.slice(Math.max(0, acronym.start - 40), acronym.start));
  return noun?.[1] !== undefined && isBodyNoun(noun[1].toLowerCase());
}

/**
 * "NVU" beside "Northern Valley University": an untyped acronym whose letters are the initials
 * of an organization or place the article names takes that name's type.
 */
function typeAcronymsOfNamedBodies(candidates: Candidate[]): void {
  const untyped = candidates.filter(
    (c) => c.type === null && c.words.length === 1 && c.words[0]?.acronym,
  );
  if (untyped.length === 0) return;
  const bodies = new Map<string, EntityType>();
  for (const c of candidates) {
    if (c.words.length < 2 || (c.type !== "ORGANIZATION" && c.type !== "LOCATION")) continue;
    bodies.set(phraseKey(c.words), c.type);
  }
  const typeOf = new Map<string, EntityType | null>();
  for (const candidate of untyped) {
    const letters = (candidate.words[0]?.text ?? "").replace(/\./g, "").toLowerCase();
    if (!typeOf.has(letters)) {
      let found: EntityType | null = null;
      for (const [k, type] of bodies) {
        if (acronymFitsWords(letters, k.split(" "))) {
          found = type;
          break;
        }
      }
      typeOf.set(letters, found);
    }
    const type = typeOf.get(letters);
    if (type) {
      candidate.type = type;
      candidate.confidence = 1.5;
    }
  }
}

const TIE_ORDER: readonly EntityType[] = ["ORGANIZATION", "LOCATION", "PERSON"];

/** One sense per article: a name typed weakly takes the type its best-attested use has. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|near|outside|around)\s+$/i;

/** Whether a preposition of place stands right before the candidate ("near Dunmore"). */
function afterPlacePreposition(doc: Doc, candidate: Candidate): boolean {
  const start = candidate.words[0]?.start ?? 0;
  return PLACE_PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start));
}

export function unifyTypes(doc: Doc, candidates: Candidate[]): void {
  const best = new Map<string, Candidate>();
  // Uses of each name at its best confidence, by type: a tie goes to the type used most often.
  const votes = new Map<string, Map<EntityType, number>>();
  // "Lincoln, Neb." beside "Abraham Lincoln": the town the sentence defines keeps its type, and
  // the surname keeps its own.
  const personParts = namePartsOfPeople(candidates);
  const placeBesideSurname = (candidate: Candidate): boolean =>
    (candidate.definedAsPlace === true && personParts.get(phraseKey(candidate.words)) === 2) ||
    candidate.countryNamedPerson === true;
  for (const candidate of candidates) {
    if (!candidate.type || placeBesideSurname(candidate)) continue;
    const k = phraseKey(candidate.words);
    const current = best.get(k);
    if (!current || candidate.confidence > current.confidence) {
      best.set(k, candidate);
      votes.set(k, new Map([[candidate.type, 1]]));
    } else if (candidate.confidence === current.confidence) {
      const tally = votes.get(k);
      tally?.set(candidate.type, (tally.get(candidate.type) ?? 0) + 1);
    }
  }
  for (const [k, tally] of votes) {
    const current = best.get(k);
    if (!current?.type || tally.size < 2) continue;
    // Equal votes: an organization is also named in place-like ("of X") and person-like ("X said") frames.
    const ranked = [...tally].sort(
      ([typeA, a], [typeB, b]) => b - a || TIE_ORDER.indexOf(typeA) - TIE_ORDER.indexOf(typeB),
    );
    const winner = ranked[0]?.[0];
    if (winner && winner !== current.type) {
      const replacement = candidates.find(
        (c) => c.type === winner && c.confidence === current.confidence && phraseKey(c.words) === k,
      );
      if (replacement) best.set(k, replacement);
    }
  }
  const organizations = [...best.entries()].filter(
    ([, c]) => c.type === "ORGANIZATION" && c.confidence >= 1.5,
  );
  for (const candidate of candidates) {
    if (!candidate.type || placeBesideSurname(candidate)) continue;
    const k = phraseKey(candidate.words);
    const strongest = best.get(k);
    if (
      strongest &&
      strongest.type !== candidate.type &&
      strongest.confidence >= 1 &&
      strongest.confidence >= candidate.confidence
    ) {
      candidate.type = strongest.type;
    } else if (
      candidate.confidence < 1.5 &&
      candidate.type !== "ORGANIZATION" &&
      !(candidate.type === "LOCATION" && afterPlacePreposition(doc, candidate))
    ) {
      // "Severn Vale" beside "Severn Vale Water": the short form of an organization's name
      // ("near Dunmore" beside "Dunmore School" stays the town the school is named for).
      if (organizations.some(([name]) => name.startsWith(`${k} `))) candidate.type = "ORGANIZATION";
    }
  }
}

/**
 * "Demosisto's Nathan Law", "DAB's Starry Lee": an unknown name in the possessive right before a
 * person's full name is the party or employer the person belongs to.
 */
export function resolvePossessiveEmployers(candidates: Candidate[]): void {
  const people = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.type === "PERSON" && candidate.confidence >= 1.5 && candidate.words.length >= 2)
      people.set(`${candidate.sentence.start}:${candidate.first}`, candidate);
  }
  for (const candidate of candidates) {
    const last = candidate.words[candidate.words.length - 1];
    if (candidate.type !== null || candidate.confidence < 0 || !last?.possessive) continue;
    const next = `${candidate.sentence.start}:${candidate.first + candidate.words.length}`;
    if (!people.has(next)) continue;
    candidate.type = "ORGANIZATION";
    candidate.confidence = 1;
  }
}

/**
 * "Isaac Newton's Philosophiae Naturalis", "Jean Cocteau's La Machine Infernale": a name right after
 * a person's possessive, guessed a person with no given name, title or known name of its own, is
 * the person's work, not a second person.
 */
export function resolvePersonsWorks(candidates: Candidate[]): void {
  const owners = new Set<string>();
  for (const candidate of candidates) {
    const last = candidate.words[candidate.words.length - 1];
    if (candidate.type === "PERSON" && last?.possessive)
      owners.add(`${candidate.sentence.start}:${candidate.first + candidate.words.length}`);
  }
  if (owners.size === 0) return;
  for (const candidate of candidates) {
    if (candidate.type !== "PERSON" || candidate.title !== null || candidate.confidence >= 2)
      continue;
    if (!owners.has(`${candidate.sentence.start}:${candidate.first}`)) continue;
    const first = candidate.words[0];
    if (!first || FIRST_NAMES.has(first.lower) || LAST_NAMES.has(first.lower)) continue;
    candidate.type = null;
  }
}

/**
 * "Google Chrome", "Mozilla Firefox": a known organization's name followed by one unknown word with
 * no cue is the organization's product or programme, which is no entity (nor is the maker's name
 * inside it a mention of the organization).
 */
export function dropProductsOfKnownOrganizations(candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const [maker, product] = candidate.words;
    if (candidate.type !== "ORGANIZATION" || candidate.words.length !== 2 || !maker || !product)
      continue;
    // "the head of Gazprom Neft": a body with a leader or shareholders is no product.
    if (candidate.confidence >= 1.5) continue;
    if (maker.possessive || !product.joinedToPrevious || product.acronym) continue;
    // "NBA Cavaliers", "NFL Browns": a league and its team (a plural) are one name.
    if (/[^s]s$/.test(product.lower)) continue;
    // "Bayer Leverkusen": a club prefix and a town are a club, not a company's product.
    if (isClubName(candidate.words)) continue;
    if (!isKnownOrganization(maker.key) || isKnownOrganization(phraseKey(candidate.words)))
      continue;
    const productKey = product.key;
    if (ORGANIZATION_CUE_WORDS.has(product.lower) || LOCATION_CUE_WORDS.has(product.lower))
      continue;
    if (isKnownPlace(productKey) || countryFor(productKey) !== undefined) continue;
    if (isKnownOrganization(productKey)) continue;
    candidate.type = null;
  }
}

/** An article needs this many places named with evidence before its unknown names lean to places. */
const PLACE_ARTICLE_MIN_PLACES = 8;
/** ... and at most one person named with evidence per this many places. */
const PLACES_PER_PERSON = 4;

/**
 * A guide or report about places ("Terre de Bas", "Chehel Sotoun" among dozens of towns and
 * sights, with hardly a person named): a name typed PERSON only by default, with no given name,
 * title or other cue, is more likely one more place.
 */
export function resolveGuessesByArticleKind(candidates: Candidate[]): void {
  const evidenced = new Map<EntityType, Set<string>>();
  for (const candidate of candidates) {
    if (!candidate.type || candidate.confidence < 1.5) continue;
    const names = evidenced.get(candidate.type) ?? new Set<string>();
    names.add(phraseKey(candidate.words));
    evidenced.set(candidate.type, names);
  }
  const places = evidenced.get("LOCATION")?.size ?? 0;
  const people = evidenced.get("PERSON")?.size ?? 0;
  if (places < PLACE_ARTICLE_MIN_PLACES || people * PLACES_PER_PERSON > places) return;
  for (const candidate of candidates) {
    if (candidate.type === "PERSON" && candidate.confidence <= 0.5 && candidate.title === null)
      candidate.type = "LOCATION";
  }
}

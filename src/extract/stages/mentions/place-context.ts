import type { Doc } from "../../types.js";
import { NON_NAME_WORDS } from "../../lexicon/common-capitalized.js";
import { FIRST_NAMES, LAST_NAMES } from "../../lexicon/person-names.js";
import type { Candidate } from "./candidate.js";
import { phraseKey } from "./candidate.js";
import { candidatesWithWords, type MentionState } from "./state.js";
import {
  stateForAbbreviation,
  STATE_POSTAL_CODES,
  PLACE_PART_PREFIXES,
  PLACE_PART_SUFFIXES,
  TRAILING_PLACE_WORDS,
} from "../../lexicon/gazetteer.js";
import { isAdjectiveOrVerb, isCommonTagged } from "./word-classes.js";
import type { Word } from "./words.js";

/** Nouns that, as the head of "X is a …" or "X, a …", say X is a place. */
const PLACE_HEAD_NOUNS = new Set(
  (
    "town city village hamlet suburb neighborhood neighbourhood district borough county province region " +
    "state island islands archipelago peninsula river lake mountain volcano port municipality township " +
    "settlement capital country republic kingdom commune oasis resort valley desert"
  ).split(" "),
);

/** Words that may stand between the article and the head noun ("a small coastal town"). */
const MAX_MODIFIERS = 3;

/** Words after the head noun that end its phrase, so "a city councillor" is no city. */
const HEAD_ENDERS = new Set(
  "in of on near north south east west at along by with that which where known located and".split(
    " ",
  ),
);

/** Compass words before "of": "north of X", "20 km south-east of X". */
const DIRECTION = /^(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?(?:ern)?$/;

/**
 * Words before "of" that only a place completes: a part of it ("the outskirts of X"), the people
 * who live there ("residents of X") or the officials who run a town ("the mayor of X").
 */
const PLACE_PARTS_BEFORE_OF = new Set(
  "outskirts residents inhabitants mayor mayors governor governors edge heart centre center suburbs streets".split(
    " ",
  ),
);

/** Plural place nouns after a pair of names: "the Kunar and Nangarhar provinces". */
const PLURAL_PLACE_NOUNS = new Set(
  (
    "provinces districts regions states counties towns cities villages islands rivers lakes " +
    "mountains valleys neighborhoods neighbourhoods suburbs municipalities boroughs"
  ).split(" "),
);

/** Prepositions of movement or extent that take places far more often than people. */
const MOTION_PREPOSITIONS = new Set(["into", "through", "onto"]);

/** A candidate no lexicon, title or context has typed: untyped, or a person only by default. */
function weak(candidate: Candidate): boolean {
  if (candidate.title !== null) return false;
  if (candidate.type === null) return candidate.confidence >= 0;
  return candidate.type === "PERSON" && candidate.confidence <= 0.5;
}

/** A candidate typed at most from its context or a bare given name ("Gilbert", "said Karvanet"). */
function overridable(candidate: Candidate): boolean {
  if (weak(candidate)) return true;
  return candidate.title === null && candidate.type !== null && candidate.confidence <= 1;
}

/** "X is a town …", "X, a village in …": a definition whose head noun is a kind of place. */
function definedAsPlace(doc: Doc, words: Word[], last: number): boolean {
  const lastWord = words[last];
  const after = words[last + 1];
  if (!lastWord || !after || lastWord.possessive) return false;
  const gap = doc.text.slice(lastWord.end, after.start);
  let i = last + 1;
  if (/^\s*,\s*$/.test(gap)) {
    if (!/^(?:a|an)$/.test(after.lower)) return false;
  } else if (/^\s+$/.test(gap)) {
    if (!/^(?:is|was|lies|remains)$/.test(after.lower)) return false;
    i++;
    if (!/^(?:a|an|the)$/.test(words[i]?.lower ?? "")) return false;
  } else return false;
  for (let j = i + 1; j <= i + 1 + MAX_MODIFIERS; j++) {
    const word = words[j];
    if (!word || !word.joinedToPrevious || word.nameLike) return false;
    if (PLACE_HEAD_NOUNS.has(word.lower)) {
      const next = words[j + 1];
      return !next || !next.joinedToPrevious || HEAD_ENDERS.has(next.lower);
    }
  }
  return false;
}

/** United States postal codes, written in capitals after a town ("Paramus, NJ"). */
const POSTAL_CODES = new Set(Object.keys(STATE_POSTAL_CODES));

/** "Paramus, NJ", "Ferguson, Mo.", "Camden, N.J.": a name before a comma and a US state's abbreviation. */
function stateAfter(doc: Doc, words: Word[], last: number): boolean {
  const lastWord = words[last];
  const state = words[last + 1];
  if (!lastWord || !state || lastWord.possessive) return false;
  if (!/^\s*,\s*$/.test(doc.text.slice(lastWord.end, state.start))) return false;
  const code = state.text.replace(/['’]s$/u, "");
  if (POSTAL_CODES.has(code)) return true;
  // "D.C.", "N.Y.": a postal code written with dots.
  if (/^\p{Lu}\.\p{Lu}\.?$/u.test(code) && POSTAL_CODES.has(code.replace(/\./g, ""))) return true;
  // "N.J.", "Mo.": dotted wire abbreviations (the tokenizer may leave the final dot out).
  const dotted = code.includes(".") || doc.text[state.end] === ".";
  return (
    dotted &&
    (stateForAbbreviation(state.lower) !== undefined || POSTAL_CODES.has(state.lower.toUpperCase()))
  );
}

/** "north of X", "20 km north-west of X", "the outskirts of X", "the mayor of X". */
function directionBefore(words: Word[], first: number): boolean {
  const of = words[first - 1];
  const before = words[first - 2];
  if (of?.lower !== "of" || !before || !of.joinedToPrevious) return false;
  return DIRECTION.test(before.lower) || PLACE_PARTS_BEFORE_OF.has(before.lower);
}

/**
 * "Dana Holt, 34, of Reynoldsburg, was …", "Tom Reyes Jr., of Brookfield, said": the town a
 * person is "of" after a comma, straight after the person's name or age, in wire style.
 */
function hometownAfterPerson(words: Word[], c: Candidate): boolean {
  const of = words[c.first - 1];
  const before = words[c.first - 2];
  if (of?.lower !== "of" || of.joinedToPrevious || !before) return false;
  const after = words[c.first + c.words.length];
  if (after?.joinedToPrevious) return false;
  if (AGE.test(before.text))
    return !before.joinedToPrevious && words[c.first - 3]?.nameLike === true;
  return before.nameLike && words[c.first - 3]?.nameLike === true;
}

const AGE = /^\d{1,3}$/;

/** "the Thissio and Plaka districts": a name in a pair before a plural place noun. */
function pairBeforePlaceNoun(words: Word[], c: Candidate): boolean {
  const last = c.first + c.words.length - 1;
  const after = words[last + 1];
  if (after && after.joinedToPrevious && PLURAL_PLACE_NOUNS.has(after.lower)) {
    const and = words[c.first - 1];
    return and?.lower === "and" && words[c.first - 2]?.nameLike === true;
  }
  if (after?.lower !== "and" || !after.joinedToPrevious) return false;
  let next = last + 2;
  while (words[next]?.nameLike && words[next]?.joinedToPrevious) next++;
  const noun = words[next];
  return (
    next > last + 2 &&
    noun !== undefined &&
    noun.joinedToPrevious &&
    PLURAL_PLACE_NOUNS.has(noun.lower)
  );
}

/** A single word people are also called: a known given or family name. */
function personLike(candidate: Candidate): boolean {
  const only = candidate.words.length === 1 ? candidate.words[0] : undefined;
  return only !== undefined && (FIRST_NAMES.has(only.lower) || LAST_NAMES.has(only.lower));
}

/** A word that makes a capitalized phrase a title rather than a place ("Dazzling Hour", "Always Keep"). */
function titleWord(word: Word): boolean {
  return !PLACE_PART_WORDS.has(word.lower) && isAdjectiveOrVerb(word.lower);
}

/**
 * "the Tudor period", "the Garbo picture": the name only modifies what
 * comes after it; a place word after it ("the Kunar valley") keeps it a place.
 */
function modifierOfNoun(next: Word | undefined): boolean {
  if (!next?.joinedToPrevious || next.nameLike || TRAILING_PLACE_WORDS.has(next.lower))
    return false;
  if (next.lower === "and") return true;
  // "the Lakeland North electoral district": an adjective may still lead to a place noun.
  if (ADJECTIVE_ENDING.test(next.lower)) return false;
  return !NON_NAME_WORDS.has(next.lower) && !isAdjectiveOrVerb(next.lower);
}

const ADJECTIVE_ENDING = /(?:al|ic|ian|ern|ese)$/;

/** Adjectives that open or close place names ("Lakeland North", "Upper Manhattan"). */
const PLACE_PART_WORDS = new Set([...PLACE_PART_PREFIXES, ...PLACE_PART_SUFFIXES, "new"]);

/** ", where …": a name a later clause is set in. */
function whereAfter(doc: Doc, words: Word[], last: number): boolean {
  const lastWord = words[last];
  const after = words[last + 1];
  if (!lastWord || !after || after.lower !== "where" || lastWord.possessive) return false;
  return /^\s*,\s*$/.test(doc.text.slice(lastWord.end, after.start));
}

/** Each overridable candidate with its sentence's words, where the candidate starts a word. */
function* placed(state: MentionState): Generator<[Candidate, Word[]]> {
  for (const [c, words] of candidatesWithWords(state)) {
    if (c.sentence.index < 0 || !overridable(c)) continue;
    const only = c.words.length === 1 ? c.words[0] : undefined;
    const bare = only?.lower ?? "";
    if (only && (NON_NAME_WORDS.has(bare) || state.signals.seenLowercase.has(bare))) continue;
    yield [c, words];
  }
}

/**
 * Unknown names a sentence defines as places: "X is a town", "X, a village in …", "north of X",
 * "the A and B districts". These beat a bare given name ("Gilbert is a town") and a list.
 */
export function resolvePlacesByDefinition(state: MentionState): void {
  const { doc } = state;
  for (const [c, words] of placed(state)) {
    if (definesPlace(doc, words, c)) {
      c.type = "LOCATION";
      c.confidence = 1.6;
      c.definedAsPlace = true;
    } else if (pairBeforePlaceNoun(words, c) || (weak(c) && hometownAfterPerson(words, c))) {
      c.type = "LOCATION";
      c.confidence = 1.6;
    }
  }
  // A place the gazetteer knows ("Washington, D.C.") keeps the sentence's word for it too.
  for (const [c, words] of candidatesWithWords(state)) {
    if (c.type === "LOCATION" && c.sentence.index >= 0 && definesPlace(doc, words, c))
      c.definedAsPlace = true;
  }
}

/** "X is a town", "north of X", "X, Neb.": the sentence says in so many words that X is a place. */
function definesPlace(doc: Doc, words: Word[], c: Candidate): boolean {
  const last = c.first + c.words.length - 1;
  return (
    definedAsPlace(doc, words, last) ||
    directionBefore(words, c.first) ||
    stateAfter(doc, words, last)
  );
}

/** People named by where they live or come from, before "from" and a place. */
const ORIGIN_NOUNS: ReadonlySet<string> = new Set([
  "resident",
  "residents",
  "native",
  "natives",
  "villager",
  "villagers",
  "refugee",
  "refugees",
  "man",
  "men",
  "woman",
  "women",
  "family",
  "families",
  "people",
  "farmer",
  "farmers",
  "fisherman",
  "fishermen",
  "teacher",
  "teachers",
  "student",
  "students",
  "boy",
  "girl",
  "mother",
  "father",
]);

/**
 * Names still untyped after the tagger, in a frame of movement: "through X", "into X", one unknown
 * word after "from" or "to" ("ferries from Spodsbjerg"), or "X, where …".
 */
export function resolvePlacesByMovement(state: MentionState): void {
  const { doc } = state;
  for (const [c, words] of placed(state)) {
    // "a teacher from Khan Younis", "residents from Nova Kakhovka": where people come from is a
    // place, even against a guess or a context that read a person.
    if (
      words[c.first - 1]?.lower === "from" &&
      ORIGIN_NOUNS.has(words[c.first - 2]?.lower ?? "") &&
      c.type !== "ORGANIZATION"
    ) {
      c.type = "LOCATION";
      c.confidence = 1;
      continue;
    }
    if (!weak(c) || personLike(c)) continue;
    const last = c.first + c.words.length - 1;
    const before = words[c.first - 1]?.lower ?? "";
    const only = c.words.length === 1 ? c.words[0] : undefined;
    // "in the Lakeland North", "across the Visayas".
    const inThe =
      before === "the" &&
      /^(?:in|across|near|throughout|inside)$/.test(words[c.first - 2]?.lower ?? "") &&
      !c.words.some(titleWord) &&
      !modifierOfNoun(words[last + 1]);
    // "according to Statwise", "through example.com": a source or a web address is no place.
    const unknownWord =
      only !== undefined && !isCommonTagged(only.lower) && !only.text.includes(".");
    const source = before === "to" && words[c.first - 2]?.lower === "according";
    if (
      !source &&
      !only?.text.includes(".") &&
      (MOTION_PREPOSITIONS.has(before) ||
        inThe ||
        whereAfter(doc, words, last) ||
        (unknownWord && (before === "from" || before === "to")))
    ) {
      c.type = "LOCATION";
      c.confidence = 1;
    }
  }
}

const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)$/;

/** A place typed by some evidence (a lexicon, a cue word, a preposition, a list), not by a guess. */
function evidencedPlace(candidate: Candidate): boolean {
  return candidate.type === "LOCATION" && candidate.confidence >= 1;
}

/**
 * "Mesa, Tempe, Florence and Gilbert", "in Truro, Cornwall": a name listed among two or more
 * known places, or written after a known place and a comma where a place is expected, is a place
 * even when it is also a given name. A person listed among places needs a title or a full name.
 */
export function resolvePlaceLists(state: MentionState): void {
  const { doc } = state;
  const bySentence = new Map<number, Candidate[]>();
  for (const c of state.candidates) {
    if (c.words.length === 0 || c.sentence.index < 0) continue;
    const list = bySentence.get(c.sentence.start) ?? [];
    list.push(c);
    bySentence.set(c.sentence.start, list);
  }
  const wordsOf = new Map(state.sentences.map((s, i) => [s.start, state.sentenceWords[i] ?? []]));
  for (const [start, found] of bySentence) {
    if (found.length < 2 || !found.some((c) => overridable(c) && c.type !== "LOCATION")) continue;
    const ordered = [...found].sort((a, b) => (a.words[0]?.start ?? 0) - (b.words[0]?.start ?? 0));
    const listed = (a: Candidate, b: Candidate): boolean => {
      const aEnd = a.words[a.words.length - 1];
      const bStart = b.words[0];
      if (!aEnd || !bStart || aEnd.possessive) return false;
      return LIST_GAP.test(doc.text.slice(aEnd.end, bStart.start));
    };
    // Runs of listed names.
    const runs: Candidate[][] = [];
    for (const c of ordered) {
      const run = runs[runs.length - 1];
      const previous = run?.[run.length - 1];
      if (run && previous && listed(previous, c)) run.push(c);
      else runs.push([c]);
    }
    const words = wordsOf.get(start) ?? [];
    for (const run of runs) {
      const places = run.filter(evidencedPlace).length;
      for (const c of run) {
        if (!overridable(c) || c.type === "LOCATION" || c.words[c.words.length - 1]?.possessive)
          continue;
        // A full name no lexicon knows may be a person listed beside the places they went to.
        if (c.type === "PERSON" && c.words.length > 1 && c.confidence > 0.5) continue;
        const only = c.words.length === 1 ? c.words[0]?.lower : undefined;
        if (only && (NON_NAME_WORDS.has(only) || state.signals.seenLowercase.has(only))) continue;
        const index = run.indexOf(c);
        const previous = run[index - 1];
        const others = places - (evidencedPlace(c) ? 1 : 0);
        const afterPlace =
          index === 1 &&
          run.length === 2 &&
          previous !== undefined &&
          evidencedPlace(previous) &&
          /^\s*,\s*$/.test(
            doc.text.slice(previous.words[previous.words.length - 1]?.end, c.words[0]?.start),
          ) &&
          locativeBefore(words, previous.first) &&
          !words[c.first + c.words.length]?.joinedToPrevious;
        if (others >= 2 || afterPlace) {
          c.type = "LOCATION";
          c.confidence = 1.5;
        }
      }
    }
  }
}

/** A locative preposition right before the word at `first` ("in Truro"). */
function locativeBefore(words: Word[], first: number): boolean {
  return /^(?:in|at|near|from|of|outside)$/.test(words[first - 1]?.lower ?? "");
}

/**
 * "Upper Manhattan", "Kowloon West": a compass or part word before or after a name the article
 * types a place elsewhere names a part of that place.
 */
export function resolvePlaceParts(state: MentionState): void {
  const places = new Set<string>();
  for (const c of state.candidates) {
    if (c.type === "LOCATION" && c.confidence >= 1) places.add(phraseKey(c.words));
  }
  if (places.size === 0) return;
  for (const c of state.candidates) {
    if (c.words.length < 2 || !overridable(c) || c.type === "LOCATION") continue;
    if (c.words.some((w) => w.possessive)) continue;
    const first = c.words[0];
    const last = c.words[c.words.length - 1];
    const rest =
      first && PLACE_PART_PREFIXES.has(first.lower)
        ? c.words.slice(1)
        : last && PLACE_PART_SUFFIXES.has(last.lower)
          ? c.words.slice(0, -1)
          : null;
    if (rest && places.has(phraseKey(rest))) {
      c.type = "LOCATION";
      c.confidence = 1.5;
    }
  }
  resolveRiversNamedBare(state, places);
}

/** "the Shabelle" where the article names "the Shabelle River": a river without its word. */
function resolveRiversNamedBare(state: MentionState, places: ReadonlySet<string>): void {
  for (const [c, words] of candidatesWithWords(state)) {
    if (!overridable(c) || c.type === "LOCATION" || words[c.first - 1]?.lower !== "the") continue;
    if (c.words.some((w) => w.possessive)) continue;
    if (places.has(`${phraseKey(c.words)} river`)) {
      c.type = "LOCATION";
      c.confidence = 1.5;
    }
  }
}

/** Titles held of a place: "Earl of Morvenna", "Duke of Morvenna", "Bishop of Hexham". */
const TERRITORIAL_TITLES = new Set(
  (
    "earl duke duchess marquess marquis count countess baron baroness viscount bishop archbishop " +
    "prince princess lord"
  ).split(" "),
);

/**
 * "3rd Earl of Morvenna", "Duke of Morvenna": a guessed name that is a title of a place holds the
 * place; the name after "of" becomes the candidate.
 */
export function resolveTitlesOfPlaces(state: MentionState): void {
  for (const c of state.candidates) {
    if (!weak(c) || c.words.length < 3 || c.words[1]?.lower !== "of") continue;
    if (!TERRITORIAL_TITLES.has(c.words[0]?.lower ?? "")) continue;
    const place = c.words.slice(2);
    if (!place.every((w) => w.nameLike) || place.some((w) => w.possessive)) continue;
    c.words = place;
    c.first += 2;
    c.type = "LOCATION";
    c.confidence = 1.5;
  }
}

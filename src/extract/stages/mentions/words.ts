import { compromiseTags } from "../../lexicon/compromise-lexicon.js";
import type { Sentence, Span } from "../../types.js";
import { key } from "../../normalize.js";
import { COMPOUND_ADJECTIVE_TAILS } from "../../lexicon/common-capitalized.js";
import { ORGANIZATION_NOUNS, isKnownOrganization } from "../../lexicon/organizations.js";
import { countryFor, isDemonym, isKnownPlace } from "../../lexicon/gazetteer.js";

/** A word of a sentence with what the recognizer needs to know about it. */
export interface Word extends Span {
  /** Surface text without a possessive 's. */
  text: string;
  /** Lower case, dots removed ("U.S." → "us"). */
  lower: string;
  /** The normalized key of the word alone (see normalize.ts). */
  key: string;
  nameLike: boolean;
  allCaps: boolean;
  /** "U.S.", "NATO", "G7": an acronym or abbreviation in capitals. */
  acronym: boolean;
  possessive: boolean;
  /** True when only spaces (no punctuation or line break) separate it from the previous word. */
  joinedToPrevious: boolean;
  /** True when " & " separates it from the previous word ("Aviation & Space Museum"). */
  ampersandBefore: boolean;
  sentenceInitial: boolean;
}

// One word: letters/digits joined by inner dots, apostrophes, hyphens, dashes or ampersands,
// plus an optional final dot (kept only for abbreviations). Each step consumes one character.
const WORD_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’&\-–](?=[\p{L}\p{N}]))*\.?/gu;

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr sen rep gov gen lt col capt sgt adm prof rev inc corp co ltd mt ft no vs bros " +
    "ala ariz ark calif colo conn fla ill ind kan ky mass mich minn miss mont neb nev okla ore tenn tex wash wis wyo"
  ).split(" "),
);

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|ul)-\p{Lu}/u;

/** "d'Ettorre", "dell'Orto": an elided lower-case particle before a capitalized surname. */
const ELIDED_PARTICLE = /^(?:d|dell|dall|degl|l)['’]\p{Lu}/u;

const MAX_SENTENCE_CHARS = 200_000;

const PLAIN_LOWER = /^[a-z0-9]+$/;

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** True when the word has at least two letters and all of them are capitals. */
function hasOnlyCapitals(surface: string): boolean {
  let letters = 0;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) {
      letters++;
      continue;
    }
    if (code < 128) continue;
    const char = surface[i] ?? "";
    if (char === char.toLowerCase() && char === char.toUpperCase()) continue;
    if (!isUpper(char)) return false;
    letters++;
  }
  return letters > 1;
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // One line break is a space: a story hard-wrapped at a margin ("Prime Minister\nJustin
  // Trudeau") is one paragraph; a blank line never is.
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks += 1;
    else if (c !== 32 && c !== 9 && c !== 160 && c !== 13) return false;
  }
  return breaks <= 1;
}

/** Whether the gap before a word opens a sentence-like unit: a quote mark, bracket, colon or dash. */
function opensUnit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (
      c === '"' ||
      c === "“" ||
      c === "‘" ||
      c === "'" ||
      c === "(" ||
      c === "[" ||
      c === ":" ||
      c === "—" ||
      c === "–"
    )
      return true;
    if (c === "-" && text[i - 1] === " " && text[i + 1] === " ") return true;
  }
  return false;
}

function isAmpersandGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  return text.slice(from, to).trim() === "&";
}

/** compromise tags that leave a hyphenated tail a name syllable ("Man-cheung"). */
const NAME_TAGS_OF_SYLLABLES = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
]);

/**
 * "Cheng Chung-tai", "Kim Jong-un", "Lau Siu-lai": after a name word, a short capitalized syllable with a
 * short lower-case syllable that is no compound-adjective tail ("-based", "-era") is a hyphenated given name.
 */
function isGivenNameSyllables(
  surface: string,
  hyphenAt: number,
  previous: Word | undefined,
  text: string,
  previousEnd: number,
  localStart: number,
): boolean {
  if (!previous?.nameLike || previous.possessive || !isSpaceGap(text, previousEnd, localStart))
    return false;
  const head = surface.slice(0, hyphenAt);
  const tail = surface.slice(hyphenAt + 1);
  if (head.length > 7 || tail.length > 6 || /[-–]/.test(tail) || /[-–]/.test(head)) return false;
  if (hasOnlyCapitals(head)) return false;
  if (COMPOUND_ADJECTIVE_TAILS.has(tail) || tail.endsWith("ed")) return false;
  // "Prize-winner", "film-maker": a longer tail that is an English word is a compound's second half.
  const tags = compromiseTags(tail);
  return tail.length < 5 || tags.length === 0 || tags.some((t) => NAME_TAGS_OF_SYLLABLES.has(t));
}

/** Splits one sentence into words with absolute offsets. */
export function tokenizeSentence(sentence: Sentence): Word[] {
  const text =
    sentence.text.length > MAX_SENTENCE_CHARS
      ? sentence.text.slice(0, MAX_SENTENCE_CHARS)
      : sentence.text;
  const words: Word[] = [];
  let previousEnd = 0;
  WORD_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD_PATTERN.exec(text)) !== null) {
    let surface = match[0];
    const localStart = match.index;
    if (surface.endsWith(".")) {
      const stem = surface.slice(0, -1);
      const isAbbreviation =
        stem.length === 1 || stem.includes(".") || ABBREVIATIONS.has(stem.toLowerCase());
      if (!isAbbreviation) surface = stem;
    }
    let possessive = false;
    const lastChar = surface[surface.length - 1];
    const beforeLast = surface[surface.length - 2];
    if (
      (lastChar === "s" || lastChar === "S") &&
      (beforeLast === "'" || beforeLast === "’") &&
      surface.length > 2
    ) {
      surface = surface.slice(0, -2);
      possessive = true;
    } else if (lastChar === "s") {
      // Plural possessive ("the Turpins' children"): the apostrophe follows the word.
      const next = text[localStart + surface.length];
      possessive = (next === "'" || next === "’") && isUpper(surface[0] ?? "");
    }
    const capitalized = isUpper(surface[0] ?? "");
    const hyphenated = surface.includes("-") || surface.includes("–");
    let consumedEnd = localStart + match[0].length;
    if (hyphenated && capitalized && !possessive) {
      // "Helsinki-based", "Taliban-run": the capitalized head is a name, the lower-case tail is not.
      const hyphenTail = /[-–]\p{Ll}[\p{Ll}-]*$/u.exec(surface);
      if (
        hyphenTail &&
        !ARABIC_ARTICLE.test(surface) &&
        !isGivenNameSyllables(
          surface,
          hyphenTail.index,
          words[words.length - 1],
          text,
          previousEnd,
          localStart,
        )
      ) {
        surface = surface.slice(0, hyphenTail.index);
        // The next word is not joined to this one: "-run " lies between them.
        consumedEnd = localStart + surface.length;
      }
    }
    const nameLike =
      (capitalized && !isStanceAdjective(surface)) ||
      (hyphenated && ARABIC_ARTICLE.test(surface)) ||
      ELIDED_PARTICLE.test(surface) ||
      // "4chan", "eBay": a known organization written without a leading capital.
      (/^[\p{N}\p{Ll}]/u.test(surface) &&
        /[\p{Lu}\p{N}]/u.test(surface) &&
        isKnownOrganization(key(surface)));
    const allCaps = capitalized && hasOnlyCapitals(surface);
    const joinedToPrevious = words.length > 0 && isSpaceGap(text, previousEnd, localStart);
    const lower = surface.includes(".")
      ? surface.toLowerCase().replace(/\./g, "")
      : surface.toLowerCase();
    words.push({
      text: surface,
      start: sentence.start + localStart,
      end: sentence.start + localStart + surface.length,
      lower,
      key: PLAIN_LOWER.test(lower) ? lower : key(surface),
      nameLike,
      allCaps,
      acronym: capitalized && isAcronymShape(surface, allCaps),
      possessive,
      joinedToPrevious,
      ampersandBefore:
        !joinedToPrevious && words.length > 0 && isAmpersandGap(text, previousEnd, localStart),
      sentenceInitial:
        words.length === 0 ||
        (!joinedToPrevious && opensUnit(text, Math.max(previousEnd, localStart - 3), localStart)),
    });
    previousEnd = consumedEnd;
  }
  joinQuotedNicknames(words, text, sentence.start);
  keepApostropheOfBodies(words, text, sentence.start);
  return words;
}

const STANCE_PREFIX = /^(?:pro|anti)[-–](.+)$/iu;

/**
 * "Pro-Beijing camp", "Anti-Russian protests": a stance towards a place or its people is an
 * adjective even when capitalized; "Anti-Defamation League" keeps its name.
 */
function isStanceAdjective(surface: string): boolean {
  const target = STANCE_PREFIX.exec(surface)?.[1];
  if (!target) return false;
  const k = key(target);
  return isKnownPlace(k) || countryFor(k) !== undefined || isDemonym(k);
}

const NICKNAME_OPENING = /^ ["“]$/;
const NICKNAME_CLOSING = /^["”] $/;

/**
 * Marcus "Ace" Delaney: a one-word capitalized nickname in quotes between two capitalized words
 * (given names, then a surname) is part of the name, so the words join one run.
 */
function joinQuotedNicknames(words: Word[], text: string, offset: number): void {
  for (let i = 1; i + 1 < words.length; i++) {
    const given = words[i - 1] as Word;
    const nickname = words[i] as Word;
    const surname = words[i + 1] as Word;
    if (!given.nameLike || !nickname.nameLike || !surname.nameLike) continue;
    if (given.possessive || nickname.possessive || given.allCaps || nickname.allCaps) continue;
    if (!NICKNAME_OPENING.test(text.slice(given.end - offset, nickname.start - offset))) continue;
    if (!NICKNAME_CLOSING.test(text.slice(nickname.end - offset, surname.start - offset))) continue;
    nickname.joinedToPrevious = true;
    nickname.sentenceInitial = false;
    surname.joinedToPrevious = true;
    surname.sentenceInitial = false;
  }
}

/** Verbs after which a name's "'s" cannot mark a possessor: "Halden's said". */
const VERBS_AFTER_NAME = new Set(["said", "says"]);

/** Determiners that open a verb's object: "cut its forecast", "bought the chain". */
const OBJECT_DETERMINERS = new Set(["its", "the", "a", "an", "their", "his", "her"]);

/** Past forms that read as nouns alone: "cut", "set". */
const BARE_PAST_FORMS = new Set(["cut", "set", "put", "hit", "quit", "shut", "spread"]);

/** "Halden's raised its forecast": a past-tense verb then its object's determiner, so no noun. */
function verbWithObject(verb: Word, object: Word | undefined): boolean {
  return (
    object !== undefined &&
    object.joinedToPrevious &&
    OBJECT_DETERMINERS.has(object.text) &&
    (BARE_PAST_FORMS.has(verb.text) || compromiseTags(verb.text).includes("PastTense"))
  );
}

/**
 * "shares of the retailer Halden's.", "Halden's said": a name in "'s" after a company's noun and
 * before no other word, or before a verb ("said", "cut its …"), is a body named for its founder,
 * and the "'s" is its own.
 */
function keepApostropheOfBodies(words: Word[], text: string, offset: number): void {
  words.forEach((word, i) => {
    if (!word.possessive || !word.nameLike || word.allCaps) return;
    if (!/^['’]s$/iu.test(text.slice(word.end - offset, word.end - offset + 2))) return;
    const before = words[i - 1];
    const after = words[i + 1];
    // "the group Lantern's leader", "the group Lantern's Ann Roe": before a noun or a name the
    // "'s" still marks a possessor.
    const wordAfter = after !== undefined && after.joinedToPrevious;
    const bodyNounBefore =
      !wordAfter &&
      before !== undefined &&
      !before.nameLike &&
      word.joinedToPrevious &&
      ORGANIZATION_NOUNS.has(before.lower);
    const verbAfter =
      after !== undefined &&
      after.joinedToPrevious &&
      (VERBS_AFTER_NAME.has(after.text) || verbWithObject(after, words[i + 2]));
    if (!bodyNounBefore && !verbAfter) return;
    word.possessive = false;
    word.end += 2;
    word.text = text.slice(word.start - offset, word.end - offset);
    word.lower = word.text.toLowerCase();
    word.key = key(word.text);
  });
}

function isAcronymShape(text: string, allCaps: boolean): boolean {
  return (
    /^(?:\p{Lu}\.){2,}$/u.test(text) ||
    (allCaps && /^[\p{Lu}\p{N}&]{2,6}$/u.test(text)) ||
    /^\p{Lu}{1,3}\p{N}{1,2}$/u.test(text)
  );
}

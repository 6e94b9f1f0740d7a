import type { Doc } from "../../types.js";
import {
  PRODUCT_EDITIONS,
  PRODUCT_NOUNS,
  VEHICLE_NOUNS,
  WORK_NOUNS,
} from "../../lexicon/common-capitalized.js";
import { ROAD_NUMBER_KEYWORDS } from "../../lexicon/roads.js";
import type { Candidate } from "./candidate.js";
import { phraseKey } from "./candidate.js";
import { isPlaceOrOrgKey, lexicalType } from "./phrase-type.js";
import { isFunctionWord, personSignals } from "./word-classes.js";
import type { Word } from "./words.js";

const WORK_YEAR = /^ \((?:1[5-9]|20)\d\d\)/;
/** ", another horror film", ", a film based on": an apposition that says what the name is. */
const WORK_APPOSITION = /^, (?:a|an|another|the) ((?:[a-z-]+ ){0,2}[a-z-]+)\b/;

/** A work noun that says what a name is in an apposition; ", a character who" names a person. */
function isWorkInApposition(word: string): boolean {
  return WORK_NOUNS.has(word) && word !== "character" && word !== "characters";
}

/** A colon and a capitalized phrase of two or more words: "Starfall: The Second Voyage". */
const SUBTITLE = /^: (?:The |A )?\p{Lu}\p{Ll}+(?: (?:of |the |and )*\p{Lu}[\p{L}-]*)+/u;

/**
 * A subtitle after a colon ("Ironclad: Northern Front"), not a list of names after one
 * ("three inns in Dunmore: Harbour Inn, Quay Inn").
 */
function subtitleAt(text: string): boolean {
  const match = SUBTITLE.exec(text);
  if (!match) return false;
  return !/^,\s*\p{Lu}/u.test(text.slice(match[0].length));
}

/**
 * Names the article shows to be products or creative works: followed by a version number or an
 * edition ("Explorer 9", "Windows XP"), a product noun ("the Firefox browser"), a year in brackets
 * inside running text ("The Long Crossing (2004)"), after a work noun ("the film Stoker"), or before a
 * subtitle mid-sentence ("in Starfall: The Second Voyage").
 */
export function productAndWorkKeys(doc: Doc, sentenceWords: Word[][]): Set<string> {
  const keys = new Set<string>();
  for (const words of sentenceWords) {
    let i = 0;
    while (i < words.length) {
      if (!words[i]?.nameLike) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < words.length && words[j]?.nameLike && words[j]?.joinedToPrevious) {
        if (words[j - 1]?.possessive) break;
        j++;
      }
      let from = i;
      while (from < j - 1 && isFunctionWord(words[from] as Word)) from++;
      const run = words.slice(from, j);
      const next = words[j];
      const lastOfRun = run[run.length - 1];
      const before = words[from - 1];
      const edition = run.length > 1 && lastOfRun && PRODUCT_EDITIONS.has(lastOfRun.lower);
      // "Route 9" and "Highway 1" are roads, not versions.
      const version =
        next?.joinedToPrevious === true &&
        /^\p{N}{1,2}(?:\.\p{N})?$/u.test(next.text) &&
        !ROAD_NUMBER_KEYWORDS.has(lastOfRun?.lower ?? "");
      const productNoun = next?.joinedToPrevious === true && PRODUCT_NOUNS.has(next.lower);
      const workNoun =
        before !== undefined && run[0]?.joinedToPrevious && WORK_NOUNS.has(before.lower);
      const vehicle = namesVehicle(doc, words, from, j);
      const year =
        lastOfRun !== undefined &&
        (from > 0 || j < words.length - 1) &&
        WORK_YEAR.test(doc.text.slice(lastOfRun.end, lastOfRun.end + 8));
      const apposition = WORK_APPOSITION.exec(
        doc.text.slice(lastOfRun?.end ?? 0, (lastOfRun?.end ?? 0) + 40),
      )?.[1];
      const subtitle =
        lastOfRun !== undefined &&
        from > 0 &&
        !personSignals(run) &&
        subtitleAt(doc.text.slice(lastOfRun.end, lastOfRun.end + 80));
      const named = edition ? run.slice(0, -1) : run;
      const said =
        (workNoun || vehicle || (apposition?.split(" ").some(isWorkInApposition) ?? false)) &&
        !isPlaceOrOrgKey(phraseKey(run));
      if (
        said ||
        ((edition || version || productNoun || year || subtitle) && lexicalType(run)[1] < 2)
      ) {
        keys.add(phraseKey(run));
        keys.add(phraseKey(named));
      }
      i = j;
    }
  }
  keys.delete("");
  return keys;
}

/**
 * "the tanker Advantage Sweet", "the cruise ship, Ocean Lark", "on board the Ocean Lark": a name of
 * the words [from, end) after a vehicle noun (a comma between), or after "aboard" or "on board"
 * with nothing but punctuation after it.
 */
function namesVehicle(doc: Doc, words: Word[], from: number, end: number): boolean {
  const first = words[from];
  const before = words[from - 1];
  if (!first || !before) return false;
  const gap = doc.text.slice(before.end, first.start);
  if (VEHICLE_NOUNS.has(before.lower) && /^(?:\s*,)?\s+$/.test(gap)) return true;
  const boarded = before.lower === "the" ? words[from - 2] : before;
  if (boarded?.lower !== "aboard" && boarded?.lower !== "board") return false;
  if (boarded.lower === "board" && words[from - (before.lower === "the" ? 3 : 2)]?.lower !== "on")
    return false;
  const after = words[end];
  return after === undefined || !after.joinedToPrevious || NON_NOUN_AFTER_VEHICLE.test(after.lower);
}

/** Words after "aboard X" that show X ends its noun phrase (a verb or a preposition follows). */
const NON_NOUN_AFTER_VEHICLE =
  /^(?:in|on|at|to|from|for|with|when|where|as|and|was|were|is|had|off|near)$/;

/** Whether a candidate is one of the article's products or works, or a longer name that starts with one. */
export function isProductOrWork(candidate: Candidate, keys: Set<string>): boolean {
  if (keys.size === 0) return false;
  const k = phraseKey(candidate.words);
  if (isPlaceOrOrgKey(k) || (lexicalType(candidate.words)[1] >= 2 && !keys.has(k))) return false;
  if (keys.has(k)) return true;
  for (const product of keys) if (k.startsWith(`${product} `)) return true;
  return false;
}

import { compromiseTags } from "../lexicon/compromise-lexicon.js";
import { NON_NAME_WORDS } from "../lexicon/common-capitalized.js";
import { LOCATION_CUE_WORDS, countryFor, isDemonym, isKnownPlace } from "../lexicon/gazetteer.js";
import {
  ORGANIZATION_CUE_WORDS,
  ORGANIZATION_NOUNS,
  isKnownOrganization,
} from "../lexicon/organizations.js";
import { FIRST_NAMES, LAST_NAMES } from "../lexicon/person-names.js";
import { PLACE_PREPOSITIONS, SPEECH_VERBS } from "../lexicon/speech-and-context.js";
import { HONORIFICS, TITLE_HEADS } from "../lexicon/titles.js";
import { key } from "../normalize.js";

/** The tags the model predicts, strict IOB2 over the three entity types. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

/** Every token gets exactly this many feature hashes, one per template below. */
export const FEATURES_PER_TOKEN = 29;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixInt(hash: number, value: number): number {
  return Math.imul(hash ^ value, FNV_PRIME);
}

function mixString(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  // A separator, so that ("ab", "c") and ("a", "bc") differ when strings are chained.
  return Math.imul(h ^ 0x1f, FNV_PRIME);
}

function seed(template: number): number {
  return mixInt(FNV_OFFSET, template + 1);
}

/** The final avalanche of a feature hash; 0 is never produced (it marks an empty slot in the model table). */
function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** Word shape with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "G7" → "Xd", "1,200" → "d,d". */
export function wordShape(text: string): string {
  let shape = "";
  let last = "";
  for (let i = 0; i < text.length && shape.length < 12; i++) {
    const c = text[i] ?? "";
    let cls: string;
    if (c >= "0" && c <= "9") cls = "d";
    else if (c !== c.toLowerCase()) cls = "X";
    else if (c !== c.toUpperCase()) cls = "x";
    else cls = /\p{L}/u.test(c) ? "x" : c;
    if (cls !== last || (cls !== "X" && cls !== "x" && cls !== "d")) shape += cls;
    last = cls;
  }
  return shape;
}

// Lexicon flags of one token, as bits.
const FIRST_NAME = 1;
const LAST_NAME = 2;
const TITLE = 4;
const HONORIFIC = 8;
const ORG_CUE = 16;
const LOC_CUE = 32;
const DEMONYM = 64;
const KNOWN_PLACE = 128;
const KNOWN_ORG = 256;
const FUNCTION_WORD = 512;
const PLACE_PREPOSITION = 1024;
const SPEECH_VERB = 2048;
const ORG_NOUN = 4096;

/** What the rules' lexicons say about one token (lower case, dots removed). */
export function lexiconFlags(lower: string, normalized: string): number {
  let flags = 0;
  if (FIRST_NAMES.has(lower)) flags |= FIRST_NAME;
  if (LAST_NAMES.has(lower)) flags |= LAST_NAME;
  if (TITLE_HEADS.has(lower)) flags |= TITLE;
  if (HONORIFICS.has(lower)) flags |= HONORIFIC;
  if (ORGANIZATION_CUE_WORDS.has(lower)) flags |= ORG_CUE;
  if (LOCATION_CUE_WORDS.has(lower)) flags |= LOC_CUE;
  if (isDemonym(normalized)) flags |= DEMONYM;
  if (isKnownPlace(normalized) || countryFor(normalized) !== undefined) flags |= KNOWN_PLACE;
  if (isKnownOrganization(normalized)) flags |= KNOWN_ORG;
  if (NON_NAME_WORDS.has(lower)) flags |= FUNCTION_WORD;
  if (PLACE_PREPOSITIONS.has(lower)) flags |= PLACE_PREPOSITION;
  if (SPEECH_VERBS.has(lower)) flags |= SPEECH_VERB;
  if (ORGANIZATION_NOUNS.has(lower)) flags |= ORG_NOUN;
  return flags;
}

const MAX_GAZETTEER_TOKENS = 6;

// Gazetteer position codes: none, or B/I of a known place or of a known organization.
const GAZ_NONE = 0;
const GAZ_PLACE_BEGIN = 1;
const GAZ_PLACE_INSIDE = 2;
const GAZ_ORG_BEGIN = 3;
const GAZ_ORG_INSIDE = 4;

function isUpperInitial(text: string): boolean {
  const c = text[0] ?? "";
  return c !== c.toLowerCase();
}

/** Marks the longest known place or organization starting at each capitalized token (multi-word). */
export function gazetteerCodes(
  normalized: readonly string[],
  texts: readonly string[],
): Uint8Array {
  const codes = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    if (codes[i] !== GAZ_NONE || !isUpperInitial(texts[i] ?? "")) continue;
    let joined = "";
    let bestLength = 0;
    let bestIsPlace = false;
    for (let length = 1; length <= MAX_GAZETTEER_TOKENS && i + length <= texts.length; length++) {
      const part = normalized[i + length - 1] ?? "";
      if (part === "") break;
      joined = length === 1 ? part : `${joined} ${part}`;
      if (isKnownOrganization(joined)) {
        bestLength = length;
        bestIsPlace = false;
      } else if (isKnownPlace(joined) || countryFor(joined) !== undefined) {
        bestLength = length;
        bestIsPlace = true;
      }
    }
    for (let j = 0; j < bestLength; j++) {
      codes[i + j] = bestIsPlace
        ? j === 0
          ? GAZ_PLACE_BEGIN
          : GAZ_PLACE_INSIDE
        : j === 0
          ? GAZ_ORG_BEGIN
          : GAZ_ORG_INSIDE;
    }
  }
  return codes;
}

/** What the templates need to know about one word, whatever its neighbours; cached by surface. */
interface WordInfo {
  normalized: string;
  upperInitial: boolean;
  /** Hashes of the lower-case word and of its shape, to mix into context templates. */
  lowerHash: number;
  shapeHash: number;
  flags: number;
  /** The finished hashes of the templates that read this word alone. */
  own: Int32Array;
}

const OWN_TEMPLATES = 13;
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;

function wordInfo(text: string): WordInfo {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const lower = text.includes(".") ? text.toLowerCase().replace(/\./g, "") : text.toLowerCase();
  const normalized = /[\p{L}\p{N}]/u.test(text) ? key(text) : "";
  const shape = wordShape(text);
  const flags = normalized === "" ? 0 : lexiconFlags(lower, normalized);
  const own = new Int32Array(OWN_TEMPLATES);
  own[0] = finish(mixString(seed(1), text));
  own[1] = finish(mixString(seed(2), lower));
  own[2] = finish(mixString(seed(3), shape));
  own[3] = finish(mixString(seed(4), lower.slice(0, 2)));
  own[4] = finish(mixString(seed(5), lower.slice(0, 3)));
  own[5] = finish(mixString(seed(6), lower.slice(0, 4)));
  own[6] = finish(mixString(seed(7), lower.slice(-1)));
  own[7] = finish(mixString(seed(8), lower.slice(-2)));
  own[8] = finish(mixString(seed(9), lower.slice(-3)));
  own[9] = finish(mixString(seed(10), lower.slice(-4)));
  own[10] = finish(mixInt(seed(18), flags));
  own[11] = finish(mixString(seed(22), compromiseTags(lower)[0] ?? ""));
  own[12] = finish(mixString(mixInt(seed(28), flags), shape));
  const info: WordInfo = {
    normalized,
    upperInitial: isUpperInitial(text),
    lowerHash: mixString(FNV_OFFSET, lower),
    shapeHash: mixString(FNV_OFFSET, shape),
    flags,
    own,
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, info);
  return info;
}

const EDGE: WordInfo = {
  normalized: "",
  upperInitial: false,
  lowerHash: mixString(FNV_OFFSET, "<edge>"),
  shapeHash: mixString(FNV_OFFSET, "<edge>"),
  flags: -1,
  own: new Int32Array(OWN_TEMPLATES),
};

const OPENERS = new Set(["“", '"', "‘", "'", "(", "[", ":", "—", "–", "-"]);

/** Whether a token needs its features: it is capitalized or next to a capitalized token. */
export function needsFeatures(texts: readonly string[]): Uint8Array {
  const needed = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    if (!isUpperInitial(texts[i] ?? "")) continue;
    needed[i] = 1;
    if (i > 0) needed[i - 1] = 1;
    if (i + 1 < texts.length) needed[i + 1] = 1;
  }
  return needed;
}

/**
 * The feature hashes of every token of one sentence, FEATURES_PER_TOKEN per token in token order
 * (all zero for a token that `only` leaves out). Deterministic: the same tokens give the same hashes.
 */
export function sentenceFeatures(texts: readonly string[], only?: Uint8Array): Int32Array {
  const n = texts.length;
  const infos = texts.map(wordInfo);
  const gazetteer = gazetteerCodes(
    infos.map((w) => w.normalized),
    texts,
  );
  const out = new Int32Array(n * FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    if (only && only[i] === 0) continue;
    const word = infos[i] as WordInfo;
    const prev = infos[i - 1] ?? EDGE;
    const next = infos[i + 1] ?? EDGE;
    const prev2 = infos[i - 2] ?? EDGE;
    const next2 = infos[i + 2] ?? EDGE;
    const initial = i === 0 || OPENERS.has(texts[i - 1] ?? "") ? 1 : 0;
    const gaz = gazetteer[i] ?? 0;
    let f = i * FEATURES_PER_TOKEN;
    out[f++] = finish(seed(0));
    out.set(word.own, f);
    f += OWN_TEMPLATES;
    out[f++] = finish(mixInt(seed(11), prev.lowerHash));
    out[f++] = finish(mixInt(seed(12), next.lowerHash));
    out[f++] = finish(mixInt(seed(13), prev2.lowerHash));
    out[f++] = finish(mixInt(seed(14), next2.lowerHash));
    out[f++] = finish(mixInt(mixInt(seed(15), prev.shapeHash), word.shapeHash));
    out[f++] = finish(mixInt(mixInt(seed(16), word.shapeHash), next.shapeHash));
    out[f++] = finish(mixInt(mixInt(seed(17), initial), word.shapeHash));
    out[f++] = finish(mixInt(seed(19), prev.flags));
    out[f++] = finish(mixInt(seed(20), next.flags));
    out[f++] = finish(mixInt(mixInt(seed(21), gaz), initial));
    out[f++] = finish(mixInt(mixInt(seed(23), prev.lowerHash), word.shapeHash));
    out[f++] = finish(mixInt(mixInt(seed(24), word.shapeHash), next.lowerHash));
    out[f++] = finish(mixInt(mixInt(seed(25), prev.lowerHash), word.lowerHash));
    out[f++] = finish(mixInt(mixInt(seed(26), word.lowerHash), next.lowerHash));
    out[f++] = finish(mixInt(mixInt(seed(27), i > 0 ? (gazetteer[i - 1] ?? 0) : 9), gaz));
  }
  return out;
}

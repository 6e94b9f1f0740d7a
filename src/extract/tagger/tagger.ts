import type { EntityType, Span } from "../types.js";
import { NER_WEIGHTS } from "../model/ner-weights.js";
import { marginals, viterbi } from "./decode.js";
import { TAG_COUNT, TAGS, needsFeatures, sentenceFeatures } from "./features.js";
import { type NerModel, buildModel, decodeWeights, emissionScores } from "./model.js";
import { type TaggerToken, tokenize } from "./tokens.js";

/** A name the statistical tagger found, with how sure it is. */
export interface TaggedSpan extends Span {
  text: string;
  type: EntityType;
  /** The lowest probability, over the span's tokens, of the tag the best path gave it. */
  confidence: number;
  /** Mean probability over the span's tokens of each entity type (B- or I-). */
  typeProbability: Record<EntityType, number>;
}

const ENTITY_TYPE_OF: Readonly<Record<string, EntityType>> = {
  PER: "PERSON",
  ORG: "ORGANIZATION",
  LOC: "LOCATION",
};

/** Tag indexes of each type: [B, I]. */
const TYPE_TAGS: ReadonlyArray<readonly [EntityType, number, number]> = [
  ["PERSON", TAGS.indexOf("B-PER"), TAGS.indexOf("I-PER")],
  ["ORGANIZATION", TAGS.indexOf("B-ORG"), TAGS.indexOf("I-ORG")],
  ["LOCATION", TAGS.indexOf("B-LOC"), TAGS.indexOf("I-LOC")],
];

let bundled: NerModel | null = null;

/** The bundled model, decoded on first use and kept for the life of the process. */
export function bundledModel(): NerModel {
  bundled ??= buildModel(decodeWeights(NER_WEIGHTS));
  return bundled;
}

/** Groups IOB2 tags into spans over the tokens, with their confidence from the marginals. */
export function spansFromTags(
  text: string,
  tokens: readonly TaggerToken[],
  tags: Int8Array,
  probabilities: Float64Array,
  offset: number,
): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tag = TAGS[tags[i] ?? 0] ?? "O";
    if (tag === "O") {
      i++;
      continue;
    }
    const type = ENTITY_TYPE_OF[tag.slice(2)] ?? "PERSON";
    let end = i + 1;
    while (end < tokens.length && TAGS[tags[end] ?? 0] === `I-${tag.slice(2)}`) end++;
    let confidence = 1;
    const typeProbability: Record<EntityType, number> = {
      PERSON: 0,
      ORGANIZATION: 0,
      LOCATION: 0,
    };
    for (let k = i; k < end; k++) {
      confidence = Math.min(confidence, probabilities[k * TAG_COUNT + (tags[k] ?? 0)] ?? 0);
      for (const [name, b, inside] of TYPE_TAGS) {
        typeProbability[name] +=
          ((probabilities[k * TAG_COUNT + b] ?? 0) + (probabilities[k * TAG_COUNT + inside] ?? 0)) /
          (end - i);
      }
    }
    const first = tokens[i] as TaggerToken;
    const last = tokens[end - 1] as TaggerToken;
    spans.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start - offset, last.end - offset),
      type,
      confidence,
      typeProbability,
    });
    i = end;
  }
  return spans;
}

/** Scores and best tags of a sentence's tokens; tokens far from any capital are skipped as outside. */
export function tagTokens(
  model: NerModel,
  texts: readonly string[],
): { scores: Float64Array; tags: Int8Array } {
  const only = needsFeatures(texts);
  const scores = emissionScores(model, sentenceFeatures(texts, only), only);
  return { scores, tags: viterbi(scores, texts.length, model.transitions, model.start) };
}

/** Tokens of context kept on each side of a window: the features read two words either way. */
const WINDOW_CONTEXT = 3;
/** Characters read either side of a window before it is tokenized: more than three words' worth. */
const WINDOW_CHARS = 60;

/**
 * Tags one sentence (`text` starts at `offset` in the article); spans carry article offsets.
 * With `window` (article offsets) only the tokens it covers, plus a few either side, are tagged:
 * enough for the names inside it, at a fraction of the cost.
 */
export function tagSentence(
  text: string,
  offset = 0,
  model = bundledModel(),
  window?: Span,
): TaggedSpan[] {
  let tokens: TaggerToken[];
  if (window) {
    // Only the window and some words either side: cut the sentence at spaces before tokenizing.
    const from = Math.max(
      0,
      text.lastIndexOf(" ", Math.max(0, window.start - offset - WINDOW_CHARS)),
    );
    let to = text.indexOf(" ", Math.min(text.length, window.end - offset + WINDOW_CHARS));
    if (to < 0) to = text.length;
    tokens = tokenize(text.slice(from, to), offset + from);
  } else {
    tokens = tokenize(text, offset);
  }
  if (window) {
    let first = tokens.findIndex((t) => t.end > window.start);
    let last = tokens.findLastIndex((t) => t.start < window.end);
    if (first < 0 || last < first) return [];
    first = Math.max(0, first - WINDOW_CONTEXT);
    last = Math.min(tokens.length - 1, last + WINDOW_CONTEXT);
    tokens = tokens.slice(first, last + 1);
  }
  if (tokens.length === 0) return [];
  const { scores, tags } = tagTokens(
    model,
    tokens.map((t) => t.text),
  );
  if (!tags.some((t) => t !== 0)) return [];
  const probabilities = marginals(
    scores,
    tokens.length,
    model.transitions,
    model.start,
    model.temperature,
  );
  return spansFromTags(text, tokens, tags, probabilities, offset);
}

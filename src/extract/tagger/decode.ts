import { TAG_COUNT, TAGS } from "./features.js";

/** Whether `tag` may follow `previous` (−1: the sentence start) in strict IOB2: I-X only after B-X or I-X. */
export function allowedTransition(previous: number, tag: number): boolean {
  const name = TAGS[tag] ?? "O";
  if (!name.startsWith("I-")) return true;
  if (previous < 0) return false;
  return (TAGS[previous] ?? "O").slice(2) === name.slice(2);
}

const ALLOWED: readonly boolean[] = Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) =>
  allowedTransition(Math.floor(i / TAG_COUNT) - 1, i % TAG_COUNT),
);

function isAllowed(previous: number, tag: number): boolean {
  return ALLOWED[(previous + 1) * TAG_COUNT + tag] === true;
}

/**
 * The best tag sequence under per-token scores (`emissions`, n × TAG_COUNT), transition scores
 * (`transitions`, previous × tag) and start scores, obeying IOB2. Ties go to the lower tag index.
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
): Int8Array {
  const T = TAG_COUNT;
  const tags = new Int8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) {
    score[t] = isAllowed(-1, t) ? (start[t] ?? 0) + (emissions[t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let bestScore = -Infinity;
      let bestPrevious = 0;
      for (let p = 0; p < T; p++) {
        if (!isAllowed(p, t)) continue;
        const s = (score[(i - 1) * T + p] ?? -Infinity) + (transitions[p * T + t] ?? 0);
        if (s > bestScore) {
          bestScore = s;
          bestPrevious = p;
        }
      }
      score[i * T + t] = bestScore + (emissions[i * T + t] ?? 0);
      back[i * T + t] = bestPrevious;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) {
    if ((score[(n - 1) * T + t] ?? -Infinity) > (score[(n - 1) * T + last] ?? -Infinity)) last = t;
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * T + last] ?? 0;
  }
  return tags;
}

/**
 * Per-token tag probabilities (n × TAG_COUNT) by forward-backward over the same scores divided by
 * `temperature`: how sure the model is of each token's tag, not only which path wins. Works in
 * probability space with per-token rescaling, so it needs only TAG_COUNT exponentials per token.
 */
export function marginals(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  temperature: number,
): Float64Array {
  const T = TAG_COUNT;
  const result = new Float64Array(n * T);
  if (n === 0) return result;
  const trans = new Float64Array(T * T);
  for (let p = 0; p < T; p++) {
    for (let t = 0; t < T; t++) {
      trans[p * T + t] = isAllowed(p, t)
        ? Math.exp((transitions[p * T + t] ?? 0) / temperature)
        : 0;
    }
  }
  // Emission potentials, each token's scaled by its own maximum (the scale cancels out).
  const potential = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, (emissions[i * T + t] ?? 0) / temperature);
    for (let t = 0; t < T; t++) {
      potential[i * T + t] = Math.exp((emissions[i * T + t] ?? 0) / temperature - max);
    }
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  let sum = 0;
  for (let t = 0; t < T; t++) {
    const v = isAllowed(-1, t)
      ? Math.exp((start[t] ?? 0) / temperature) * (potential[t] as number)
      : 0;
    alpha[t] = v;
    sum += v;
  }
  for (let t = 0; t < T; t++) alpha[t] = (alpha[t] as number) / sum;
  for (let i = 1; i < n; i++) {
    sum = 0;
    for (let t = 0; t < T; t++) {
      let v = 0;
      for (let p = 0; p < T; p++)
        v += (alpha[(i - 1) * T + p] as number) * (trans[p * T + t] as number);
      v *= potential[i * T + t] as number;
      alpha[i * T + t] = v;
      sum += v;
    }
    for (let t = 0; t < T; t++) alpha[i * T + t] = (alpha[i * T + t] as number) / sum;
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    sum = 0;
    for (let p = 0; p < T; p++) {
      let v = 0;
      for (let t = 0; t < T; t++) {
        v +=
          (trans[p * T + t] as number) *
          (potential[(i + 1) * T + t] as number) *
          (beta[(i + 1) * T + t] as number);
      }
      beta[i * T + p] = v;
      sum += v;
    }
    for (let p = 0; p < T; p++) beta[i * T + p] = (beta[i * T + p] as number) / sum;
  }
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let t = 0; t < T; t++) z += (alpha[i * T + t] as number) * (beta[i * T + t] as number);
    for (let t = 0; t < T; t++) {
      result[i * T + t] =
        z > 0 ? ((alpha[i * T + t] as number) * (beta[i * T + t] as number)) / z : 0;
    }
  }
  return result;
}

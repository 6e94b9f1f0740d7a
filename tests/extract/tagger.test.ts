import { describe, expect, it } from "vitest";
import { allowedTransition, marginals, viterbi } from "../../src/extract/tagger/decode.js";
import {
  FEATURES_PER_TOKEN,
  TAG_COUNT,
  TAGS,
  gazetteerCodes,
  lexiconFlags,
  needsFeatures,
  sentenceFeatures,
  wordShape,
} from "../../src/extract/tagger/features.js";
import {
  type NerWeights,
  SKIPPED_OUTSIDE_SCORE,
  buildModel,
  decodeWeights,
  emissionScores,
  encodeWeights,
  slotOf,
} from "../../src/extract/tagger/model.js";
import { bundledModel, spansFromTags, tagSentence } from "../../src/extract/tagger/tagger.js";
import { tokenize } from "../../src/extract/tagger/tokens.js";
import { key } from "../../src/extract/normalize.js";
import { runStages } from "../../src/extract/pipeline.js";
import { makeCandidate } from "../../src/extract/stages/mentions/candidate.js";
import type { MentionState } from "../../src/extract/stages/mentions/state.js";
import {
  DEFAULT_TAGGER_USES,
  useTaggerEvidence,
} from "../../src/extract/stages/mentions/tagger-evidence.js";
import { collectSignals } from "../../src/extract/stages/mentions/word-classes.js";
import { tokenizeSentence } from "../../src/extract/stages/mentions/words.js";
import type { EntityType, Sentence } from "../../src/extract/types.js";

const tag = (name: (typeof TAGS)[number]): number => TAGS.indexOf(name);

describe("tagger tokens", () => {
  it.each<[string, string[]]>([
    [
      "The U.S. envoy met Kim Jong-un's aides.",
      ["The", "U.S.", "envoy", "met", "Kim", "Jong-un", "'s", "aides", "."],
    ],
    [
      '"We will rebuild," Mayor Ana Ruiz told Reuters on Friday.',
      [
        '"',
        "We",
        "will",
        "rebuild",
        ",",
        '"',
        "Mayor",
        "Ana",
        "Ruiz",
        "told",
        "Reuters",
        "on",
      ].concat(["Friday", "."]),
    ],
    ["Dr. Osei (WHO) left Accra.", ["Dr.", "Osei", "(", "WHO", ")", "left", "Accra", "."]],
  ])("splits %j", (sentence, expected) => {
    expect(tokenize(sentence).map((t) => t.text)).toEqual(expected);
  });

  it("gives offsets into the article text, whatever the sentence's position", () => {
    const article = "Headline here\n\nThe Red Cross’s team reached Tromsø at 6 p.m. on Tuesday.";
    const offset = article.indexOf("The Red");
    const tokens = tokenize(article.slice(offset), offset);
    expect(tokens.length).toBeGreaterThan(8);
    for (const token of tokens) expect(article.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toContain("’s");
    expect(tokens.map((t) => t.text)).toContain("Tromsø");
  });
});

describe("tagger features", () => {
  it.each([
    ["Obama", "Xx"],
    ["U.S.", "X.X."],
    ["NATO", "X"],
    ["G7", "Xd"],
    ["1,200", "d,d"],
    ["al-Assad", "x-Xx"],
  ])("wordShape(%j) = %j", (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });

  it("reads the rules' lexicons: given names, titles, known places", () => {
    const flagsOf = (word: string): number => lexiconFlags(word.toLowerCase(), key(word));
    expect(flagsOf("Maria")).not.toBe(0);
    expect(flagsOf("minister")).not.toBe(flagsOf("Maria"));
    expect(flagsOf("Germany")).not.toBe(0);
    expect(flagsOf("zxqv")).toBe(0);
  });

  it("marks a multi-word known place as one gazetteer span", () => {
    const texts = ["They", "flew", "to", "New", "Zealand", "today"];
    const codes = gazetteerCodes(
      texts.map((t) => key(t)),
      texts,
    );
    expect(codes[3]).not.toBe(0);
    expect(codes[4]).not.toBe(0);
    expect(codes[4]).not.toBe(codes[3]);
    expect(codes[0]).toBe(0);
    expect(codes[5]).toBe(0);
  });

  it("gives every token the same number of hashes, the same way every time", () => {
    const texts = ["Police", "in", "Lagos", "arrested", "Bola", "Adeyemi", "."];
    const a = sentenceFeatures(texts);
    expect(a.length).toBe(texts.length * FEATURES_PER_TOKEN);
    expect([...sentenceFeatures(texts)]).toEqual([...a]);
    expect(a.every((h) => h !== 0)).toBe(true);
  });

  it("changes context features, not word features, when a neighbour changes", () => {
    const one = sentenceFeatures(["talks", "in", "Lagos", "ended"]);
    const two = sentenceFeatures(["talks", "with", "Lagos", "ended"]);
    const word = 2 * FEATURES_PER_TOKEN;
    const ofWord = (f: Int32Array): number[] => [...f.slice(word, word + FEATURES_PER_TOKEN)];
    const shared = ofWord(one).filter((h, i) => h === ofWord(two)[i]).length;
    expect(shared).toBeGreaterThan(10);
    expect(shared).toBeLessThan(FEATURES_PER_TOKEN);
  });

  it("skips tokens far from any capitalized word", () => {
    const texts = ["the", "price", "of", "bread", "rose", "in", "Lagos", "this", "week"];
    expect([...needsFeatures(texts)]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0]);
    const features = sentenceFeatures(texts, needsFeatures(texts));
    expect(features.slice(0, FEATURES_PER_TOKEN).every((h) => h === 0)).toBe(true);
    expect(features[6 * FEATURES_PER_TOKEN]).not.toBe(0);
  });
});

/** Emission rows for a hand-made three-token example: scores per tag in TAGS order. */
function emissions(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

const NO_TRANSITIONS = new Float64Array(TAG_COUNT * TAG_COUNT);
const NO_START = new Float64Array(TAG_COUNT);

describe("Viterbi decoding", () => {
  it("follows the emissions when transitions are neutral", () => {
    //            O  B-PER I-PER B-ORG I-ORG B-LOC I-LOC
    const e = emissions([
      [0, 5, 0, 0, 0, 0, 0],
      [0, 0, 5, 0, 0, 0, 0],
      [5, 0, 0, 0, 0, 0, 0],
    ]);
    expect([...viterbi(e, 3, NO_TRANSITIONS, NO_START)]).toEqual([
      tag("B-PER"),
      tag("I-PER"),
      tag("O"),
    ]);
  });

  it("never starts a sentence or follows O with an I- tag", () => {
    expect(allowedTransition(-1, tag("I-LOC"))).toBe(false);
    expect(allowedTransition(tag("O"), tag("I-PER"))).toBe(false);
    expect(allowedTransition(tag("B-ORG"), tag("I-PER"))).toBe(false);
    expect(allowedTransition(tag("B-PER"), tag("I-PER"))).toBe(true);
    const e = emissions([
      [1, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 3],
    ]);
    // O then I-LOC is illegal; the strong I-LOC pulls a B-LOC before it (3 > O, O = 1).
    expect([...viterbi(e, 2, NO_TRANSITIONS, NO_START)]).toEqual([tag("B-LOC"), tag("I-LOC")]);
    expect([...viterbi(e.subarray(TAG_COUNT), 1, NO_TRANSITIONS, NO_START)]).toEqual([tag("O")]);
  });

  it("lets a transition weight overrule a weak emission", () => {
    const transitions = new Float64Array(TAG_COUNT * TAG_COUNT);
    transitions[tag("B-ORG") * TAG_COUNT + tag("I-ORG")] = 4;
    const e = emissions([
      [0, 0, 0, 3, 0, 0, 0],
      [2, 0, 0, 0, 0, 0, 0],
    ]);
    expect([...viterbi(e, 2, transitions, NO_START)]).toEqual([tag("B-ORG"), tag("I-ORG")]);
  });

  it("computes marginals equal to brute-force enumeration of all legal paths", () => {
    const transitions = Float64Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, i) => Math.sin(i));
    const start = Float64Array.from({ length: TAG_COUNT }, (_, i) => Math.cos(i));
    const e = Float64Array.from({ length: 3 * TAG_COUNT }, (_, i) => Math.sin(i * 1.7) * 2);
    const temperature = 1.5;
    const exact = new Float64Array(3 * TAG_COUNT);
    let total = 0;
    for (let a = 0; a < TAG_COUNT; a++)
      for (let b = 0; b < TAG_COUNT; b++)
        for (let c = 0; c < TAG_COUNT; c++) {
          if (!allowedTransition(-1, a) || !allowedTransition(a, b) || !allowedTransition(b, c))
            continue;
          const s =
            (start[a] ?? 0) +
            (e[a] ?? 0) +
            (transitions[a * TAG_COUNT + b] ?? 0) +
            (e[TAG_COUNT + b] ?? 0) +
            (transitions[b * TAG_COUNT + c] ?? 0) +
            (e[2 * TAG_COUNT + c] ?? 0);
          const weight = Math.exp(s / temperature);
          total += weight;
          exact[a] = (exact[a] ?? 0) + weight;
          exact[TAG_COUNT + b] = (exact[TAG_COUNT + b] ?? 0) + weight;
          exact[2 * TAG_COUNT + c] = (exact[2 * TAG_COUNT + c] ?? 0) + weight;
        }
    const computed = marginals(e, 3, transitions, start, temperature);
    for (let i = 0; i < exact.length; i++) {
      expect(computed[i]).toBeCloseTo((exact[i] ?? 0) / total, 10);
    }
  });

  it("groups tags into typed spans with article offsets", () => {
    const article = "Intro. Maria Silva joined Petrobras.";
    const offset = article.indexOf("Maria");
    const sentence = article.slice(offset);
    const tokens = tokenize(sentence, offset);
    const tags = Int8Array.from([tag("B-PER"), tag("I-PER"), tag("O"), tag("B-ORG"), tag("O")]);
    const certain = new Float64Array(tokens.length * TAG_COUNT);
    tags.forEach((t, i) => (certain[i * TAG_COUNT + t] = 1));
    const spans = spansFromTags(sentence, tokens, tags, certain, offset);
    expect(spans.map((s) => [s.text, s.type, article.slice(s.start, s.end)])).toEqual([
      ["Maria Silva", "PERSON", "Maria Silva"],
      ["Petrobras", "ORGANIZATION", "Petrobras"],
    ]);
    expect(spans[0]?.confidence).toBe(1);
    expect(spans[0]?.typeProbability.PERSON).toBe(1);
  });
});

describe("weights", () => {
  const weights: NerWeights = {
    hashes: Int32Array.from([7, -123456789, 99, 2147483647]),
    weights: Float32Array.from({ length: 4 * TAG_COUNT }, (_, i) => ((i % 9) - 4) * 0.25),
    transitions: Float32Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, i) => i / 10),
    start: Float32Array.from({ length: TAG_COUNT }, (_, i) => -i),
    temperature: 4,
  };

  it("survive encoding with every hash and weights within half a quantization step", () => {
    const decoded = decodeWeights(encodeWeights(weights));
    const model = buildModel(decoded);
    const original = buildModel(weights);
    expect(decoded.temperature).toBe(4);
    expect([...decoded.transitions]).toEqual([...weights.transitions]);
    for (const hash of weights.hashes) {
      const a = slotOf(original, hash);
      const b = slotOf(model, hash);
      expect(b).toBeGreaterThanOrEqual(0);
      for (let t = 0; t < TAG_COUNT; t++) {
        expect(
          Math.abs(
            (model.slotWeights[b * TAG_COUNT + t] ?? 0) -
              (original.slotWeights[a * TAG_COUNT + t] ?? 0),
          ),
        ).toBeLessThanOrEqual(1 / 127 / 2 + 1e-6);
      }
    }
    expect(slotOf(model, 12345)).toBe(-1);
  });

  it("encode to the same text every time", () => {
    expect(encodeWeights(weights)).toBe(encodeWeights(weights));
  });

  it("score a skipped token as certainly outside", () => {
    const model = buildModel(weights);
    const features = new Int32Array(2 * FEATURES_PER_TOKEN).fill(7);
    const scores = emissionScores(model, features, Uint8Array.from([0, 1]));
    expect(scores[0]).toBe(SKIPPED_OUTSIDE_SCORE);
    expect(scores[TAG_COUNT]).toBeCloseTo(FEATURES_PER_TOKEN * (weights.weights[0] ?? 0), 4);
  });
});

describe("the bundled model", () => {
  it("loads once and tags deterministically", () => {
    expect(bundledModel()).toBe(bundledModel());
    expect(bundledModel().rows).toBeGreaterThan(1000);
    const sentence = "Prime Minister Jacinda Ardern visited Wellington on Monday.";
    const first = tagSentence(sentence, 100);
    expect(tagSentence(sentence, 100)).toEqual(first);
    const person = first.find((s) => s.type === "PERSON");
    expect(person?.text).toBe("Jacinda Ardern");
    expect(person?.start).toBe(100 + sentence.indexOf("Jacinda"));
    for (const span of first) {
      expect(span.confidence).toBeGreaterThan(0);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("finds nothing in a sentence without capitals", () => {
    expect(tagSentence("prices rose again this week, traders said.")).toEqual([]);
  });
});

describe("tagging a window of a sentence", () => {
  it("finds the same name inside the window as in the whole sentence", () => {
    const sentence =
      "After a long day of talks in the capital, Prime Minister Jacinda Ardern visited Wellington on Monday with aides.";
    const offset = 40;
    const whole = tagSentence(sentence, offset).find((s) => s.text === "Jacinda Ardern");
    const start = offset + sentence.indexOf("Jacinda");
    const windowed = tagSentence(sentence, offset, undefined, {
      start,
      end: start + "Jacinda Ardern".length,
    });
    const found = windowed.find((s) => s.text === "Jacinda Ardern");
    expect(whole).toBeDefined();
    expect(found && [found.start, found.end, found.type]).toEqual([
      whole?.start,
      whole?.end,
      whole?.type,
    ]);
    // Marginals read the whole window, so the confidence moves only a little.
    expect(Math.abs((found?.confidence ?? 0) - (whole?.confidence ?? 0))).toBeLessThan(0.05);
    expect(windowed.every((s) => s.start >= offset + sentence.indexOf("the capital"))).toBe(true);
  });
});

describe("the tagger's evidence in the mentions stage", () => {
  const text = "Officials comment on the news\n\nPrime Minister Jacinda Ardern visited Wellington.";

  function stateWith(type: EntityType | null, confidence: number): MentionState {
    const doc = runStages(text, {}, "sentences");
    const sentences = doc.sentences;
    const sentenceWords = sentences.map(tokenizeSentence);
    const index = sentences.findIndex((s) => s.text.includes("Jacinda"));
    const sentence = sentences[index] as Sentence;
    const words = sentenceWords[index] ?? [];
    const first = words.findIndex((w) => w.text === "Jacinda");
    const candidate = makeCandidate(
      sentence,
      words.slice(first, first + 2),
      first,
      type,
      confidence,
      null,
      null,
    );
    return {
      doc,
      sentences,
      sentenceWords,
      signals: collectSignals(sentenceWords),
      candidates: [candidate],
      headlineLike: [],
    };
  }

  it("types a name the rules left untyped", () => {
    const state = stateWith(null, 0);
    useTaggerEvidence(DEFAULT_TAGGER_USES)(state);
    expect(state.candidates[0]?.type).toBe("PERSON");
    expect(state.candidates[0]?.confidence).toBe(1);
  });

  it.each<[EntityType | null, number]>([
    ["LOCATION", 2],
    ["ORGANIZATION", 1],
    [null, -1],
  ])("leaves a name typed %s with confidence %d as the rules left it", (type, confidence) => {
    const state = stateWith(type, confidence);
    useTaggerEvidence(DEFAULT_TAGGER_USES)(state);
    expect(state.candidates[0]?.type).toBe(type);
    expect(state.candidates[0]?.confidence).toBe(confidence);
  });

  it("does nothing with every use switched off", () => {
    const state = stateWith(null, 0);
    useTaggerEvidence({
      ...DEFAULT_TAGGER_USES,
      typeUntyped: false,
      dropUnseenGuesses: false,
      personSpeakers: false,
    })(state);
    expect(state.candidates[0]?.type).toBe(null);
  });

  it("makes a speaking unknown word a person only with that use on", () => {
    const speaking = (): MentionState => {
      const state = stateWith("ORGANIZATION", 1);
      const candidate = state.candidates[0];
      if (candidate) candidate.organizationGuess = "speaks";
      return state;
    };
    const on = speaking();
    useTaggerEvidence(DEFAULT_TAGGER_USES)(on);
    expect(on.candidates[0]?.type).toBe("PERSON");
    const off = speaking();
    useTaggerEvidence({ ...DEFAULT_TAGGER_USES, personSpeakers: false })(off);
    expect(off.candidates[0]?.type).toBe("ORGANIZATION");
  });

  it("keeps a default person guess where the tagger sees a name", () => {
    const state = stateWith("PERSON", 0.5);
    useTaggerEvidence(DEFAULT_TAGGER_USES)(state);
    expect(state.candidates[0]?.type).toBe("PERSON");
  });

  it("drops a default person guess where the tagger sees no name, unless that use is off", () => {
    const guessed = (): MentionState => {
      const doc = runStages(
        "Officials comment on the news\n\nCritics praised Historical Principles when it came out.",
        {},
        "sentences",
      );
      const sentenceWords = doc.sentences.map(tokenizeSentence);
      const index = doc.sentences.findIndex((s) => s.text.includes("Historical"));
      const words = sentenceWords[index] ?? [];
      const first = words.findIndex((w) => w.text === "Historical");
      const sentence = doc.sentences[index] as Sentence;
      const candidate = makeCandidate(
        sentence,
        words.slice(first, first + 2),
        first,
        "PERSON",
        0.5,
        null,
        null,
      );
      return {
        doc,
        sentences: doc.sentences,
        sentenceWords,
        signals: collectSignals(sentenceWords),
        candidates: [candidate],
        headlineLike: [],
      };
    };
    const dropped = guessed();
    useTaggerEvidence(DEFAULT_TAGGER_USES)(dropped);
    expect(dropped.candidates[0]?.type).toBe(null);
    const kept = guessed();
    useTaggerEvidence({ ...DEFAULT_TAGGER_USES, dropUnseenGuesses: false })(kept);
    expect(kept.candidates[0]?.type).toBe("PERSON");
  });
});

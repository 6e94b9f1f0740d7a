import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, STAGES } from "../../src/extract/pipeline.js";
import type { Extraction, Span, Stage } from "../../src/extract/types.js";

/** Checks the contract every extraction keeps, whatever the input. */
function expectWellFormed(text: string, result: Extraction) {
  const inText = (span: Span) => {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  };
  const entityIds = new Set(result.entities.map((e) => e.id));
  for (const sentence of result.sentences) inText(sentence);
  for (const mention of result.mentions) {
    inText(mention);
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    if (mention.fullSpan) inText(mention.fullSpan);
    if (mention.entityId !== null) expect(entityIds).toContain(mention.entityId);
  }
  for (const entity of result.entities) {
    expect(["PERSON", "ORGANIZATION", "LOCATION"]).toContain(entity.type);
    expect(entity.name.length).toBeGreaterThan(0);
  }
  for (const quote of result.quotes) {
    inText(quote);
    expect(quote.confidence).toBeGreaterThanOrEqual(0);
    expect(quote.confidence).toBeLessThanOrEqual(1);
    if (quote.speakerId !== null) expect(entityIds).toContain(quote.speakerId);
  }
  for (const event of result.events) {
    inText(event.triggerSpan);
    expect(event.evidence.length).toBeGreaterThan(0);
    for (const evidence of event.evidence) inText(evidence);
    for (const participant of event.participants) expect(entityIds).toContain(participant.entityId);
    if (event.locationId !== null) expect(entityIds).toContain(event.locationId);
    expect(event.code).toMatch(/^(0\d|1\d|20)$/);
    expect(event.confidence).toBeGreaterThanOrEqual(0);
    expect(event.confidence).toBeLessThanOrEqual(1);
    if (event.date) expect(event.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
  for (const date of result.dates) inText(date);
  // Strict runs rethrow, so a stage's fallback never hides a failure here.
  expect(result.degradedStages).toEqual([]);
}

/** Pieces of news copy: layout markers, names, quotes, verbs, dates and punctuation. */
const piece = fc.constantFrom(
  "\n",
  "\n\n",
  " ",
  ". ",
  ", ",
  '"',
  "“",
  "”",
  "'",
  "By Ana Ruiz and Tom Reed\n",
  "MOSCOW (Reuters) - ",
  "April 12 (UPI) -- ",
  "LONDON, March 3 (AFP) - ",
  "Photo by Ivan Petrov/EPA\n",
  "RELATED Leaders meet\n",
  "Advertisement\n",
  "President Vladimir Putin",
  "Secretary of State Rex Tillerson",
  "Tillerson",
  "he said",
  "she added",
  "according to the ministry",
  "the U.N. Security Council",
  "met",
  "vetoed the resolution",
  "launched airstrikes on",
  "would not meet",
  "early Friday",
  "last year",
  "in December",
  "two days later",
  "U.S.",
  "al-Assad",
  "(",
  ")",
  "—",
);
const articleLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: piece },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));

describe("extraction pipeline on any input", () => {
  it("never throws, is deterministic and keeps every span inside the text (article-like input)", () => {
    fc.assert(
      fc.property(articleLike, fc.constantFrom(undefined, "2017-04-12"), (text, publishedAt) => {
        const first = extract(text, { publishedAt, strict: true });
        expectWellFormed(text, first);
        expect(extract(text, { publishedAt, strict: true })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary unicode, including lone surrogates and control characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expectWellFormed(text, extract(text, { strict: true }));
      }),
      { numRuns: 300 },
    );
  });

  const hostile: [string, string][] = [
    ["empty", ""],
    ["whitespace", " \n\t\r\n  \n"],
    [
      "binary junk",
      Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(""),
    ],
    [
      "an HTML page",
      '<!doctype html><html><head><title>Leaders meet</title><script>var a = "x";</script></head><body><p>President Vladimir Putin met Rex Tillerson.</p></body></html>',
    ],
    [
      "no punctuation",
      "leaders met in moscow on tuesday and talked about syria and trade ".repeat(500),
    ],
    [
      "unbalanced quotes",
      'Putin said "the talks were useful and frank.\n\nTillerson said “we will see, he added.\n\n"',
    ],
    [
      "one giant paragraph",
      'Officials said the plan would pass. "It is a good plan for all," he said. '.repeat(12_000),
    ],
    [
      "5 MB",
      "The minister met his counterpart in Geneva on Friday, officials said.\n\n".repeat(72_000),
    ],
  ];
  for (const [name, text] of hostile) {
    it(`returns a well-formed extraction for ${name}`, () => {
      expectWellFormed(text, extract(text, { strict: true }));
    }, 120_000);
  }

  it("grows linearly with input length (quadruple input, at most ~8x time)", () => {
    const unit =
      'MOSCOW (Reuters) - President Vladimir Putin met U.S. Secretary of State Rex Tillerson on Wednesday. "The talks were frank," Tillerson said. Russia vetoed the resolution at the U.N. Security Council.\n\n';
    const time = (copies: number) => {
      const text = "Leaders meet\n\n" + unit.repeat(copies);
      const started = performance.now();
      extract(text, { publishedAt: "2017-04-12" });
      return performance.now() - started;
    };
    time(50); // warm up
    const small = Math.min(time(200), time(200));
    const large = Math.min(time(800), time(800));
    // A quadratic stage would take ~16x; linear takes ~4x. Leave room for noise.
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});

describe("a stage that fails on an unforeseen input", () => {
  const article =
    "Leaders meet in Geneva\n\nGENEVA (Reuters) - Foreign Minister Ana Ruiz met Tom Reed in " +
    'Geneva on Friday. "We made real progress on the ceasefire and will meet again," Ruiz said.';
  const failing = (name: string): Stage => ({
    name,
    run() {
      throw new TypeError(`cannot read properties of undefined (${name})`);
    },
  });
  /** The pipeline with `name`'s run replaced by one that throws, keeping its fallback. */
  const breaking = (name: string) =>
    STAGES.map((stage) =>
      stage.name === name ? { ...stage, ...failing(name), fallback: stage.fallback } : stage,
    );

  it("costs that stage's output only, and names the stage and the error", () => {
    const whole = extract(article);
    expect(whole.degradedStages).toEqual([]);
    expect(whole.quotes.length).toBeGreaterThan(0);
    expect(whole.events.length).toBeGreaterThan(0);

    const withoutQuotes = extract(article, {}, breaking("quotes"));
    expect(withoutQuotes.quotes).toEqual([]);
    expect(withoutQuotes.events).toEqual(whole.events);
    expect(withoutQuotes.entities).toEqual(whole.entities);
    expect(withoutQuotes.degradedStages).toEqual([
      // The error's kind and where it was thrown (here, this file).
      {
        stage: "quotes",
        error: expect.stringMatching(/^TypeError at pipeline-properties\.test\.ts:\d+:\d+$/),
      },
    ]);

    // Without a layout, the text is read one paragraph per line and the later stages still run.
    const withoutLayout = extract(article, {}, breaking("layout"));
    expect(withoutLayout.degradedStages.map((d) => d.stage)).toEqual(["layout"]);
    expect(withoutLayout.title).toBe("");
    expect(withoutLayout.entities.map((e) => e.name)).toContain("Ana Ruiz");
  });

  it("rethrows in a strict run", () => {
    expect(() => extract(article, { strict: true }, breaking("events"))).toThrow(
      "cannot read properties of undefined (events)",
    );
  });

  it("fails the extraction when later stages cannot do without it (no fallback)", () => {
    expect(STAGES.find((s) => s.name === "mentions")?.fallback).toBeUndefined();
    expect(() => extract(article, {}, breaking("mentions"))).toThrow(TypeError);
  });

  it("never records the error's message, which may quote the article", () => {
    const quoting: Stage = {
      name: "dates",
      run(doc) {
        // As a parser's message does: 'Unexpected token … in "<input>"'.
        JSON.parse(doc.text);
        return doc;
      },
      fallback: (doc) => ({ ...doc, dates: [] }),
    };
    const stages = STAGES.map((s) => (s.name === "dates" ? quoting : s));
    const [degraded] = extract(article, {}, stages).degradedStages;
    expect(degraded?.error).toMatch(/^SyntaxError at /);
    expect(degraded?.error).not.toMatch(/Geneva|Ruiz|Leaders/);
  });
});

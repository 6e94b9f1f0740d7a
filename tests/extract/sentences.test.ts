import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runStages } from "../../src/extract/pipeline.js";
import { splitSentences, tokenize } from "../../src/extract/stages/02-sentences.js";
import type { Doc } from "../../src/extract/types.js";

function sentencesOf(text: string): Doc {
  return runStages(text, {}, "sentences");
}

/** A headline plus one body paragraph; returns the body sentences' texts. */
function bodySentences(paragraph: string): string[] {
  return sentencesOf(`Storm hits the coast\n\n${paragraph}`)
    .sentences.filter((s) => s.zone === "body")
    .map((s) => s.text);
}

describe("sentence splitting", () => {
  const cases: [string, string, string[]][] = [
    ["plain periods", "The storm hit. Roads closed.", ["The storm hit.", "Roads closed."]],
    [
      "question and exclamation",
      "Who knew? Nobody did! Then it rained.",
      ["Who knew?", "Nobody did!", "Then it rained."],
    ],
    [
      "U.S. before a lower-case word",
      "U.S. officials said the storm hit.",
      ["U.S. officials said the storm hit."],
    ],
    [
      "U.S. before a capitalised noun",
      "The U.S. Coast Guard said the storm hit.",
      ["The U.S. Coast Guard said the storm hit."],
    ],
    [
      "U.S. closing a sentence",
      "The storm moved to the U.S. The damage was light.",
      ["The storm moved to the U.S.", "The damage was light."],
    ],
    [
      "U.N. agency",
      "The U.N. Security Council met. It voted.",
      ["The U.N. Security Council met.", "It voted."],
    ],
    ["Mr. and Dr.", "Mr. Lee met Dr. Ortiz on Monday.", ["Mr. Lee met Dr. Ortiz on Monday."]],
    [
      "Sen. and Gov.",
      "Sen. Ann Hall and Gov. Tim Reed spoke.",
      ["Sen. Ann Hall and Gov. Tim Reed spoke."],
    ],
    ["Lt. Gen.", "Lt. Gen. Omar Diaz led the unit.", ["Lt. Gen. Omar Diaz led the unit."]],
    [
      "month abbreviations",
      "It began Jan. 5 and ended Sept. 30 in the city.",
      ["It began Jan. 5 and ended Sept. 30 in the city."],
    ],
    [
      "No. before a number",
      "She was ranked No. 3 in the world.",
      ["She was ranked No. 3 in the world."],
    ],
    ["St. in a name", "They met at St. Paul's Cathedral.", ["They met at St. Paul's Cathedral."]],
    [
      "Inc. and Co. inside a clause",
      "Acme Inc. Chief Executive Bo Lin and Smith Co. Director Al Wu met.",
      ["Acme Inc. Chief Executive Bo Lin and Smith Co. Director Al Wu met."],
    ],
    [
      "Inc. closing a sentence",
      "He sued Acme Inc. The case is pending.",
      ["He sued Acme Inc.", "The case is pending."],
    ],
    [
      "Jr.",
      "Martin Luther King Jr. Day is a holiday.",
      ["Martin Luther King Jr. Day is a holiday."],
    ],
    [
      "newspaper named Sun",
      "He told the Sun. The paper ran it.",
      ["He told the Sun.", "The paper ran it."],
    ],
    ["middle initial", "Reporter Doug G. Ware wrote it.", ["Reporter Doug G. Ware wrote it."]],
    [
      "a.m. and p.m.",
      "It hit at 9 a.m. and left by 3 p.m. local time.",
      ["It hit at 9 a.m. and left by 3 p.m. local time."],
    ],
    [
      "p.m. closing a sentence",
      "It left at 3 p.m. The roads reopened.",
      ["It left at 3 p.m.", "The roads reopened."],
    ],
    [
      "decimal numbers",
      "Rain reached 3.5 inches. Winds hit 80 mph.",
      ["Rain reached 3.5 inches.", "Winds hit 80 mph."],
    ],
    [
      "ellipsis inside a sentence",
      "It was ... unexpected, she said.",
      ["It was ... unexpected, she said."],
    ],
    [
      "ellipsis between sentences",
      "We may see. ... I hope it ends.",
      ["We may see. ...", "I hope it ends."],
    ],
    [
      "period inside closing quote",
      '"The storm is over." Officials agreed.',
      ['"The storm is over."', "Officials agreed."],
    ],
    ["question inside curly quote", "“Is it over?” he asked.", ["“Is it over?” he asked."]],
    ["quote with attribution is one sentence", '"Hello," he said.', ['"Hello," he said.']],
    [
      "quote continues after attribution",
      '"We are safe," she said. "The water is falling."',
      ['"We are safe," she said.', '"The water is falling."'],
    ],
    [
      "a.m. before a weekday",
      "It hit at 10 a.m. Monday and left.",
      ["It hit at 10 a.m. Monday and left."],
    ],
    [
      "party and state after a name",
      "Sen. Ann Hall, D-N.Y., said it would pass. The House votes next.",
      ["Sen. Ann Hall, D-N.Y., said it would pass.", "The House votes next."],
    ],
    [
      "period glued to a word",
      "She earned a Ph.D. at Oxford and joined example.com later.",
      ["She earned a Ph.D. at Oxford and joined example.com later."],
    ],
    [
      "sentences glued together when a page was copied",
      "The council approved the depot on Monday.The vote was 30 to 12.",
      ["The council approved the depot on Monday.", "The vote was 30 to 12."],
    ],
    [
      "a quotation's opening mark glued to the sentence before",
      'The vote was 30 to 12, officials said."We have waited a long time," said Ruth Evans.',
      ["The vote was 30 to 12, officials said.", '"We have waited a long time," said Ruth Evans.'],
    ],
    [
      "a closing mark glued to the period still closes",
      'Evans said: "We have waited a long time."Then she left.',
      ['Evans said: "We have waited a long time."', "Then she left."],
    ],
    [
      "domains and degrees stay whole",
      "She joined Gawker.com and later Node.JS Labs.",
      ["She joined Gawker.com and later Node.JS Labs."],
    ],
    [
      "etc. closing a sentence",
      "They sent food, water, etc. The army helped.",
      ["They sent food, water, etc.", "The army helped."],
    ],
    [
      "sentence inside brackets",
      "(The vote is final.) Lawmakers went home.",
      ["(The vote is final.)", "Lawmakers went home."],
    ],
    [
      "single quotes",
      "'Is it over?' she asked. Nobody answered.",
      ["'Is it over?' she asked.", "Nobody answered."],
    ],
    [
      "sentence ending in a bracket",
      "The town flooded (again). Residents left.",
      ["The town flooded (again).", "Residents left."],
    ],
    ["no punctuation", "the storm hit the coast", ["the storm hit the coast"]],
    [
      "state abbreviation",
      "The storm hit Fresno, Calif., on Monday.",
      ["The storm hit Fresno, Calif., on Monday."],
    ],
  ];
  it.each(cases)("%s", (_name, paragraph, expected) => {
    expect(bodySentences(paragraph)).toEqual(expected);
  });
});

describe("tokens", () => {
  const cases: [string, string[]][] = [
    ["U.S. officials", ["U.S.", "officials"]],
    ["Bashar al-Assad's forces", ["Bashar", "al-Assad", "'s", "forces"]],
    ["Trump’s plan", ["Trump", "’s", "plan"]],
    ["don't stop", ["do", "n't", "stop"]],
    ["O'Brien said", ["O'Brien", "said"]],
    ["$3.5 billion, 1,000 people", ["$", "3.5", "billion", ",", "1,000", "people"]],
    ["at 2:14:04.", ["at", "2:14:04", "."]],
    ['"Yes," he said...', ['"', "Yes", ",", '"', "he", "said", "..."]],
    ["Dr. Ortiz", ["Dr.", "Ortiz"]],
    ["Sept. 30", ["Sept.", "30"]],
    ["the countries' leaders", ["the", "countries", "'", "leaders"]],
    ["AT&T -- U.S.-Russia", ["AT&T", "--", "U.S.", "-", "Russia"]],
    ["China-U.S. ties", ["China", "-", "U.S.", "ties"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    const tokens = tokenize(text, 10);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const token of tokens)
      expect(text.slice(token.start - 10, token.end - 10)).toBe(token.text);
  });
});

describe("zones and order", () => {
  const article = [
    "Storm hits the coast",
    "",
    '"We lost everything," a farmer said.',
    "By Ana Ruiz",
    "A boat on the river. Photo by Ivan Petrov/EPA",
    "",
    "MIAMI (AP) — The storm hit Monday. Roads closed.",
    "RELATED Storm season",
    "Power returned on Tuesday.",
  ].join("\r\n");

  it("covers headline, subtitle, captions and body in document order", () => {
    const doc = sentencesOf(article);
    expect(doc.sentences.map((s) => [s.zone, s.paragraphIndex, s.text])).toEqual([
      ["headline", -1, "Storm hits the coast"],
      ["subtitle", -1, '"We lost everything," a farmer said.'],
      ["caption", -1, "A boat on the river."],
      ["caption", -1, "Photo by Ivan Petrov/EPA"],
      ["body", 0, "The storm hit Monday."],
      ["body", 0, "Roads closed."],
      ["body", 1, "Power returned on Tuesday."],
    ]);
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("every sentence and token slices back to its text", () => {
    const doc = sentencesOf(article);
    for (const sentence of doc.sentences) {
      expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const token of sentence.tokens) {
        expect(doc.text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(sentence.start);
        expect(token.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });
});

describe("robustness", () => {
  const inputs: [string, string][] = [
    ["empty", ""],
    ["html", "<html><body><h1>Title</h1>\n<p>Some text. More.</p></body></html>"],
    [
      "binary junk",
      String.fromCharCode(...Array.from({ length: 3000 }, (_v, i) => (i * 7919) % 65536)),
    ],
    ["lone surrogates and dots", "Title\n\ud800. \udc00 .... . . ? ! \"\" '' ” “"],
  ];
  it.each(inputs)("does not throw on %s", (_name, text) => {
    const doc = sentencesOf(text);
    for (const sentence of doc.sentences)
      expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("splits any text into ordered, non-overlapping sentences whose tokens slice back", () => {
    const piece = fc.constantFrom(
      " ",
      ". ",
      "? ",
      '"',
      "”",
      "...",
      "U.S.",
      "Mr.",
      "p.m.",
      "'s",
      "(",
      ")",
      "A",
      "the",
      "3.5",
    );
    const paragraph = fc
      .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 50 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(paragraph, fc.nat({ max: 20 }), (text, offset) => {
        const documentText = "x".repeat(offset) + text;
        const block = { start: offset, end: documentText.length, zone: "body" as const, text };
        const sentences = splitSentences(documentText, block, 0, 0);
        let previousEnd = offset;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(documentText.slice(sentence.start, sentence.end)).toBe(sentence.text);
          for (const token of sentence.tokens)
            expect(documentText.slice(token.start, token.end)).toBe(token.text);
          previousEnd = sentence.end;
        }
        expect(sentences.flatMap((s) => s.tokens.map((t) => t.text)).join("")).toBe(
          text.replace(/\s+/gu, ""),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("stays fast on a long paragraph without punctuation", () => {
    const text = "Storm batters the coast\n" + "word ".repeat(200000);
    const started = performance.now();
    const doc = sentencesOf(text);
    expect(doc.sentences).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

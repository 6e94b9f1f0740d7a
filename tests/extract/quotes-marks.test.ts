import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { scanParagraphQuotes } from "../../src/extract/stages/06-quotes/quote-spans.js";

/** The quotations of an article, each with its speaker's canonical name (or null). */
function quotesOf(paragraphs: string[]): [string, string | null][] {
  const extraction = extract(paragraphs.join("\n\n"));
  return extraction.quotes.map((q) => [
    q.text,
    extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
  ]);
}

describe("quotations marked with two apostrophes", () => {
  it("are spans with exactly the words between the marks", () => {
    const text = "''We will appeal the ruling,'' she said. ''There is more to come.''";
    const spans = scanParagraphQuotes(text, 0, text.length, 0, false);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      "We will appeal the ruling,",
      "There is more to come.",
    ]);
    expect(spans.every((span) => span.closed)).toBe(true);
  });

  it("do not pair with a straight double mark", () => {
    const text = "''She called it \"a disgrace\" and left,'' he said.";
    const spans = scanParagraphQuotes(text, 0, text.length, 0, false);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('She called it "a disgrace" and left,');
  });

  it("are attributed like double-quoted ones", () => {
    const quotes = quotesOf([
      "City to fight bus lane ruling",
      "LONDON (Reuters) - A city council vowed on Tuesday to fight a court ruling on bus lanes.",
      "''We will take this all the way to the highest court,'' council leader Helen Marsh told reporters. ''The lanes save lives.''",
    ]);
    expect(quotes).toEqual([
      ["We will take this all the way to the highest court,", "Helen Marsh"],
      ["The lanes save lives.", "Helen Marsh"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { remapSpans, visibleText } from "../../src/extract/invisible.js";
import { extract } from "../../src/extract/pipeline.js";

const SOFT_HYPHEN = "\u00AD";
const ZERO_WIDTH_SPACE = "\u200B";
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

describe("invisible characters inside words", () => {
  const text =
    `Minister resigns over budget\n\nBritish Home Secretary Suella Braver${SOFT_HYPHEN}man resigned on Monday, ` +
    `Prime Minister Rishi Su${ZERO_WIDTH_SPACE}nak said. "I have done my duty and I am proud of it," Braver${SOFT_HYPHEN}man said.`;

  it("reads a name with a soft hyphen or a zero-width space as one name", () => {
    const names = extract(text, { publishedAt: "2023-11-13" }).entities.map((e) => e.name);
    expect(names).toContain("Suella Braverman");
    expect(names).toContain("Rishi Sunak");
    expect(names.some((name) => name === "Suella Braver" || name === "Rishi Su")).toBe(false);
  });

  it("gives every span in the original text, covering the same visible characters", () => {
    const extraction = extract(text, { publishedAt: "2023-11-13" });
    expect(extraction.mentions.length).toBeGreaterThan(0);
    for (const mention of extraction.mentions) {
      expect(text.slice(mention.start, mention.end).replace(INVISIBLE, "")).toBe(mention.text);
    }
    for (const quote of extraction.quotes) {
      expect(text.slice(quote.start, quote.end).replace(INVISIBLE, "")).toBe(quote.text);
    }
    const quote = extraction.quotes[0];
    const speaker = extraction.entities.find((e) => e.id === quote?.speakerId);
    expect(speaker?.name).toBe("Suella Braverman");
  });

  it("leaves a text without them as it is", () => {
    expect(visibleText("Rishi Sunak said.")).toBeNull();
  });

  it("maps visible indexes back past every removed character", () => {
    const visible = visibleText(`a${SOFT_HYPHEN}bc${ZERO_WIDTH_SPACE}${ZERO_WIDTH_SPACE}d`)!;
    expect(visible.text).toBe("abcd");
    const spans = {
      whole: { start: 0, end: 4 },
      middle: [{ start: 1, end: 3 }],
      empty: { start: 3, end: 3 },
    };
    remapSpans(spans, visible.toOriginal);
    expect(spans.whole).toEqual({ start: 0, end: 7 });
    expect(spans.middle[0]).toEqual({ start: 2, end: 4 });
    expect(spans.empty).toEqual({ start: 6, end: 6 });
  });
});

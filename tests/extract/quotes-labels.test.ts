import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The quoted texts found in a short article whose second paragraph is `sentence`. */
function quotedTexts(sentence: string): string[] {
  const article = [
    "Council approves harbor budget",
    "PORTLAND, Maine (AP) — The city council approved a budget for the old harbor on Monday.",
    sentence,
    "The council will meet again next week.",
  ].join("\n\n");
  return extract(article).quotes.map((quote) => quote.text);
}

describe("a quoted slogan, title or name", () => {
  const labels = [
    'The mayor ran on the slogan "clean water for every home" last year.',
    'The paper ran the headline "harbor plan sinks in council vote" on Friday.',
    'Residents shared the hashtag "save our old harbor now" all week.',
    'The plan, known locally as "the big dig under the bay", will cost millions.',
    'The band closed with the song "we are still here tonight" after midnight.',
  ];
  it.each(labels)("is not a quotation: %s", (sentence) => {
    expect(quotedTexts(sentence)).toEqual([]);
  });

  const speech = [
    'Fishermen chanted "give us back our harbor" outside the hall.',
    'The mayor described the plan as "the best deal the city has seen" on Monday.',
  ];
  it.each(speech)("leaves speech a quotation: %s", (sentence) => {
    expect(quotedTexts(sentence)).toHaveLength(1);
  });
});

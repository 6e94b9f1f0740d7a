import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";

/** The quotations of an article, each with its speaker's canonical name (or null). */
function quotesOf(paragraphs: string[]): [string, string | null][] {
  const extraction = extract(paragraphs.join("\n\n"));
  return extraction.quotes.map((q) => [
    q.text,
    extraction.entities.find((e) => e.id === q.speakerId)?.name ?? null,
  ]);
}

describe("a speaker named only by a role", () => {
  it("is not the last person named when that person holds another title", () => {
    const quotes = quotesOf([
      "Ferry strike ends after three days",
      "HELSINKI (Reuters) - A ferry strike ended on Friday, Mayor Anna Virtanen said.",
      'The minister said talks had gone well. "Both sides gave up something to reach this deal," the minister said.',
    ]);
    expect(quotes).toEqual([["Both sides gave up something to reach this deal,", null]]);
  });

  it("is not the last person named when a role set beside that name by a comma is another", () => {
    const quotes = quotesOf([
      "River talks stall",
      "GENEVA (Reuters) - Kenya's foreign minister, Musalia Mudavadi, said on Tuesday the talks had stalled.",
      '"Neither side trusts the other enough to sign," the envoy said.',
      'Tanzania\'s water minister, Jumaa Aweso, disagreed. "We are close to a deal now," the minister said.',
    ]);
    expect(quotes).toEqual([
      ["Neither side trusts the other enough to sign,", null],
      ["We are close to a deal now,", "Jumaa Aweso"],
    ]);
  });

  it("is the last person named when the role beside that name after a comma is the same", () => {
    const quotes = quotesOf([
      "River talks stall",
      "GENEVA (Reuters) - Musalia Mudavadi, Kenya's foreign minister, said on Tuesday the talks had stalled.",
      '"Neither side trusts the other enough to sign," the minister said.',
    ]);
    expect(quotes).toEqual([["Neither side trusts the other enough to sign,", "Musalia Mudavadi"]]);
  });

  it("may be a titled person when the role is a family one", () => {
    const quotes = quotesOf([
      "Former mayor wins state seat",
      "AUSTIN, Texas (AP) — Former Mayor Linda Garza won a state Senate seat on Tuesday, beating John Miller by 300 votes.",
      '"I never expected to win a race like this at my age," the grandmother said.',
    ]);
    expect(quotes).toEqual([
      ["I never expected to win a race like this at my age,", "Linda Garza"],
    ]);
  });

  it("is the parent talked about in 'the father of three said'", () => {
    const quotes = quotesOf([
      "Former mayor wins state seat",
      "AUSTIN, Texas (AP) — Former Mayor Linda Garza won a state Senate seat on Tuesday, beating John Miller by 300 votes.",
      '"We ran a clean campaign and I am proud of every volunteer," the father of three said.',
    ]);
    expect(quotes).toEqual([
      ["We ran a clean campaign and I am proud of every volunteer,", "John Miller"],
    ]);
  });

  it("is the last person named when that person holds the role", () => {
    const quotes = quotesOf([
      "Ferry strike ends after three days",
      "HELSINKI (Reuters) - A ferry strike ended on Friday, Labour Minister Anna Virtanen said.",
      '"Both sides gave up something to reach this deal," the minister said.',
    ]);
    expect(quotes).toEqual([["Both sides gave up something to reach this deal,", "Anna Virtanen"]]);
  });
});

describe("an organization named by a common noun", () => {
  it("is not a union or association when the noun is 'the government'", () => {
    const quotes = quotesOf([
      "Nurses vote to strike over pay",
      "CARDIFF (Reuters) - Nurses in Wales voted to strike over pay, the Royal College of Nursing said on Tuesday.",
      'In a statement, the government said: "We have made a fair offer and urge the college to return to talks."',
    ]);
    expect(quotes).toEqual([
      ["We have made a fair offer and urge the college to return to talks.", null],
    ]);
  });

  it("is the body a spokesperson spoke for earlier", () => {
    const quotes = quotesOf([
      "Airline cancels flights as pilots strike",
      "DUBLIN (Reuters) - Hundreds of flights were cancelled on Friday as pilots walked out, officials said.",
      "Aoife Byrne, a spokeswoman for Aer Lingus, said passengers would be offered refunds.",
      '"We apologise to every customer whose plans have been disrupted," the airline said in a statement.',
    ]);
    expect(quotes).toEqual([
      ["We apologise to every customer whose plans have been disrupted,", "Aer Lingus"],
    ]);
  });
});

describe("a speaker named before appositives", () => {
  it("is the name before an age and a description", () => {
    const quotes = quotesOf([
      "Harbor residents vow to fight expansion",
      "GDANSK, Poland (Reuters) - Residents vowed on Monday to fight plans to expand the harbor.",
      '"We are not going to give up on this harbor," Anna Kowal, 54, a retired teacher, told Reuters.',
    ]);
    expect(quotes).toEqual([["We are not going to give up on this harbor,", "Anna Kowal"]]);
  });

  it("is the name before the tag", () => {
    const quotes = quotesOf([
      "House passes farm bill",
      "WASHINGTON (AP) — The House passed a farm bill on Thursday after months of delay.",
      'Rep. Angie Craig, D-Minn., called the bill "a lifeline for thousands of struggling family farms."',
    ]);
    expect(quotes).toEqual([
      ["a lifeline for thousands of struggling family farms.", "Angie Craig"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { datesStage } from "../../src/extract/stages/05-dates.js";
import { docOf } from "./sentence-doc.js";

function datesOf(sentence: string, publishedAt = "2027-03-03") {
  const doc = datesStage.run(docOf([sentence], publishedAt));
  return doc.dates.map((date) => [date.text, date.value]);
}

// Reference: Wednesday 2027-03-03. A past act that fixes a later day dates that day ahead.
const cases: [string, string, [string, string][]][] = [
  [
    "an election announced for a later day",
    "The electoral board on Wednesday announced a general election for August 9.",
    [
      ["Wednesday", "2027-03-03"],
      ["August 9", "2027-08-09"],
    ],
  ],
  [
    "a referendum called on a later day",
    "The president called a referendum on June 5.",
    [["June 5", "2027-06-05"]],
  ],
  [
    "a trial postponed until a later month",
    "The court postponed the trial until September.",
    [["September", "2027-09"]],
  ],
  [
    "a strike called for a weekday",
    "Dockers called a strike for Friday.",
    [["Friday", "2027-03-05"]],
  ],
  [
    "a past act on a named day still looks back",
    "The electoral board announced on August 9 that it would resign.",
    [["August 9", "2026-08-09"]],
  ],
  [
    "a holiday fixed for a vote",
    "The president set the runoff for Christmas Eve.",
    [["Christmas Eve", "2027-12-24"]],
  ],
  [
    "a possessive day after 'for' is a past happening's",
    "Police arrested two men for Sunday's bombing.",
    [["Sunday", "2027-02-28"]],
  ],
  ["an obligation looks ahead", "Companies must comply by June 30.", [["June 30", "2027-06-30"]]],
  [
    "a guess about the past looks back",
    "The gunman must have fled in January.",
    [["January", "2027-01"]],
  ],
  [
    "an aim looks ahead",
    "Ministers hope to finish the talks by September.",
    [["September", "2027-09"]],
  ],
  [
    "a rule's start looks ahead",
    "The new rules apply from August 1.",
    [["August 1", "2027-08-01"]],
  ],
  [
    "a present-tense vote looks ahead",
    "Voters head to the polls on October 4.",
    [["October 4", "2027-10-04"]],
  ],
  [
    "'in' a month after a called election may be when it was called",
    "The prime minister called a snap election in January.",
    [["January", "2027-01"]],
  ],
  ["a past happening looks back", "The election was held on June 5.", [["June 5", "2026-06-05"]]],
];

describe("dates fixed in advance by a past act", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe("a headline's plan", () => {
  function headlineDates(headline: string) {
    const doc = docOf([headline], "2027-03-03");
    const sentences = doc.sentences.map((sentence) => ({ ...sentence, zone: "headline" as const }));
    return datesStage.run({ ...doc, sentences }).dates.map((date) => [date.text, date.value]);
  }

  it("reads 'X to hold … on' a past-looking day as the next one", () => {
    expect(headlineDates("Chile to hold referendum on June 13")).toEqual([
      ["June 13", "2027-06-13"],
    ]);
  });

  it("leaves a headline without a plan verb looking back", () => {
    expect(headlineDates("Chile returned to power on June 13")).toEqual([
      ["June 13", "2026-06-13"],
    ]);
  });
});

describe("a body sentence told in headline style", () => {
  it("reads 'X to vote on <weekday>, officials said' as the coming day", () => {
    expect(datesOf("Portugal to vote on Monday, officials said.")).toEqual([
      ["Monday", "2027-03-08"],
    ]);
  });

  it("reads 'X to hold … on <month day>' already past as next year's", () => {
    expect(datesOf("Chile to hold a referendum on February 14, the government said.")).toEqual([
      ["February 14", "2028-02-14"],
    ]);
  });

  it("leaves a plan verb after a finite verb looking back", () => {
    expect(datesOf("Parliament voted to ban smoking on Monday.")).toEqual([
      ["Monday", "2027-03-01"],
    ]);
  });

  it("leaves an article and a common noun before 'to' looking back", () => {
    expect(datesOf("The decision to hold a vote on Monday surprised many.")).toEqual([
      ["Monday", "2027-03-01"],
    ]);
  });
});

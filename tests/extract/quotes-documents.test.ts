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

const LEAD = [
  "Lender freezes withdrawals after hack",
  "NEW YORK (AP) — Harbor Trust Bank froze customer withdrawals on Friday after hackers broke into its systems.",
];

describe("words quoted from a document", () => {
  it("belong to the body named after the document, not the person quoted before", () => {
    const quotes = quotesOf([
      ...LEAD,
      '"We are working closely with the police on this matter," chief executive Mark Dalton said. A message on Harbor Trust Bank\'s website stated: "Online banking is down while we look into an incident."',
    ]);
    expect(quotes).toEqual([
      ["We are working closely with the police on this matter,", "Mark Dalton"],
      ["Online banking is down while we look into an incident.", "Harbor Trust Bank"],
    ]);
  });

  it("have no speaker when the document names no issuer", () => {
    const quotes = quotesOf([
      ...LEAD,
      '"We are working closely with the police on this matter," chief executive Mark Dalton said.',
      'Dalton spoke briefly to reporters. The letter sent to customers read, "We are sorry for the trouble this may cause you."',
      'Dalton left without further comment. A notice posted on the branch door said: "This branch will stay closed until further notice."',
    ]);
    expect(quotes.slice(1)).toEqual([
      ["We are sorry for the trouble this may cause you.", null],
      ["This branch will stay closed until further notice.", null],
    ]);
  });

  it("belong to the owner written before the document", () => {
    const quotes = quotesOf([
      ...LEAD,
      '"We are working closely with the police on this matter," chief executive Mark Dalton said. Harbor Trust Bank\'s brief statement to customers said, "No customer money has been lost in the attack."',
    ]);
    expect(quotes[1]).toEqual([
      "No customer money has been lost in the attack.",
      "Harbor Trust Bank",
    ]);
  });

  it("belong to the body a noun after the document refers to", () => {
    const quotes = quotesOf([
      "Ministry warns of fuel shortages",
      "NAIROBI, Kenya (AP) — Kenya's Ministry of Energy warned on Monday of fuel shortages after a pipeline leak.",
      '"Drivers should not buy more fuel than they need this week," the statement from the ministry said.',
    ]);
    expect(quotes).toEqual([
      ["Drivers should not buy more fuel than they need this week,", "Ministry of Energy"],
    ]);
  });

  it("belong to the sender, not to the person the document was sent to", () => {
    const quotes = quotesOf([
      "Surgeons warn over waiting lists",
      "LONDON (Reuters) - Senior doctors warned the government on Monday about hospital waiting lists.",
      'Health Secretary Wes Streeting said he would study the warning. A letter to Health Secretary Wes Streeting from the Royal College of Surgeons said: "Patients are dying while they wait for routine operations."',
    ]);
    expect(quotes).toEqual([
      ["Patients are dying while they wait for routine operations.", "Royal College of Surgeons"],
    ]);
  });

  it("keep the speaker of a clause whose document is only an object", () => {
    const quotes = quotesOf([
      ...LEAD,
      'Chief executive Mark Dalton read a short letter to staff and said: "Every customer will be repaid in full by Monday."',
    ]);
    expect(quotes).toEqual([["Every customer will be repaid in full by Monday.", "Mark Dalton"]]);
  });
});

describe("a speaker named in the sentence after the quotation", () => {
  it("is the person a back-reference names within the same paragraph", () => {
    const quotes = quotesOf([
      "Town vows to rebuild after floods",
      "DRESDEN, Germany (AP) — Floodwaters fell on Tuesday in the town of Pirna, leaving homes in ruins.",
      '"Every house and every street will be rebuilt." Those were the words of Mayor Ann Lee on Tuesday as she toured the damage.',
    ]);
    expect(quotes).toEqual([["Every house and every street will be rebuilt.", "Ann Lee"]]);
  });

  it("is the person a 'that is how' sentence names, in the next paragraph or the same one", () => {
    const quotes = quotesOf([
      "Town vows to rebuild after floods",
      "DRESDEN, Germany (AP) — Floodwaters fell on Tuesday in the town of Pirna.",
      "Mayor Ann Lee toured the damage on Tuesday.",
      '"It sounded like a train coming through the wall."',
      "That is how shop owner Tomasz Wojcik described the moment the river broke its banks.",
      '"The water was up to my chest within minutes." That\'s how resident Maria Vogel recalled the night.',
    ]);
    expect(quotes).toEqual([
      ["It sounded like a train coming through the wall.", "Tomasz Wojcik"],
      ["The water was up to my chest within minutes.", "Maria Vogel"],
    ]);
  });
});

describe("a quotation inside parentheses", () => {
  const lead = [
    "Minister rules out new taxes",
    "BERLIN (Reuters) - Germany's finance minister ruled out tax rises on Wednesday.",
  ];

  it("belongs to the name a relative clause in the parenthesis refers to", () => {
    const quotes = quotesOf([
      ...lead,
      'Finance Minister Klaus Richter (who said "the books will balance without any new taxes") spoke at a party meeting in Berlin.',
    ]);
    expect(quotes).toEqual([["the books will balance without any new taxes", "Klaus Richter"]]);
  });

  it("belongs to the name right before the parenthesis", () => {
    const quotes = quotesOf([
      ...lead,
      "Opposition leader Sabine Vogt (“this budget rests on hope and little else”) voted against the plan.",
    ]);
    expect(quotes).toEqual([["this budget rests on hope and little else", "Sabine Vogt"]]);
  });
});

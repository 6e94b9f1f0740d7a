import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { datesStage } from "../../src/extract/stages/05-dates.js";
import type { Extraction } from "../../src/extract/types.js";
import { docOf } from "./sentence-doc.js";

function datesOf(sentences: string[], publishedAt: string): [string, string][] {
  return datesStage.run(docOf(sentences, publishedAt)).dates.map((date) => [date.text, date.value]);
}

function nameOf(extraction: Extraction, id: number | null): string | null {
  if (id === null) return null;
  return extraction.entities.find((entity) => entity.id === id)?.name ?? null;
}

/** [code, date, location] of every event, in order. */
function summary(extraction: Extraction): [string, string | null, string | null][] {
  return extraction.events.map((event) => [
    event.code,
    event.date,
    nameOf(extraction, event.locationId),
  ]);
}

describe("event places", () => {
  it("places a happening at a town named after a part noun ('on the edge of X')", () => {
    const extraction = extract(
      "Council approves new depot\n\nPlans for a bus depot on the edge of Sheffield were approved by the Corvale County Council on Monday.\n\nPolice arrested two men on the outskirts of Glasgow on Sunday, the Norland Police Service said.",
      { publishedAt: "2025-04-01" },
    );
    expect(summary(extraction)).toEqual([
      ["00", "2025-03-31", "Sheffield"],
      ["17", "2025-03-30", "Glasgow"],
    ]);
  });
});

describe("a town a violent verb takes as object", () => {
  it("is where it struck, not the place of the one who reports it", () => {
    const extraction = extract(
      "Shelling\n\nWednesday, March 12, 2025\n\nA spokesman for the Norland Army in Varen said troops of the Norland Army had shelled Kharkiv on Monday.",
    );
    expect(summary(extraction)).toEqual([["19", "2025-03-10", "Kharkiv"]]);
  });
});

describe("a place in apposition to a place noun", () => {
  it("places the act at the name after 'in the capital,'", () => {
    const extraction = extract(
      "Wave of attacks\n\nWednesday, March 12, 2025\n\nTaliban fighters attacked a police station in the capital, Kabul, on Tuesday, officials said.\n\nHamas fighters fired rockets at the southern Israeli city of Ashkelon on Monday.",
    );
    expect(summary(extraction)).toEqual([
      ["18", "2025-03-11", "Kabul"],
      ["19", "2025-03-10", "Ashkelon"],
    ]);
  });
});

describe("a place right after a place noun", () => {
  it.each([
    "Taliban fighters attacked a police station in the capital Kabul on Tuesday, officials said.",
    "Taliban fighters attacked a police station in the Afghan capital Kabul on Tuesday, officials said.",
  ])("%s", (sentence) => {
    const extraction = extract(`Attack\n\nWednesday, March 12, 2025\n\n${sentence}`);
    expect(summary(extraction)).toEqual([["18", "2025-03-11", "Kabul"]]);
  });
});

describe("days of the month without a month", () => {
  // Reference: Monday 2025-06-02.
  const cases: [string, string[], [string, string][]][] = [
    [
      "a day after the publication day's is last month's",
      ["The mayor met council leaders on the 28th."],
      [["the 28th", "2025-05-28"]],
    ],
    [
      "a day up to the publication day's is this month's",
      ["The audit began on the 1st, officials said."],
      [["the 1st", "2025-06-01"]],
    ],
    [
      "a plan looks ahead",
      ["The council will vote on a successor on the 12th."],
      [["the 12th", "2025-06-12"]],
    ],
    [
      "later in the month a sentence told",
      ["The talks opened on March 3.", "They collapsed on the 25th of the month."],
      [
        ["March 3", "2025-03-03"],
        ["the 25th of the month", "2025-03-25"],
      ],
    ],
    ["an ordinal of a floor is no date", ["Fire broke out on the 10th floor."], []],
    ["an ordinal of an anniversary is no date", ["They met on the 20th anniversary."], []],
  ];
  it.each(cases)("%s", (_name, sentences, expected) => {
    expect(datesOf(sentences, "2025-06-02")).toEqual(expected);
  });

  it("dates the act by that day", () => {
    const extraction = extract(
      "Mayor resigns\n\nUpdated 1:05 AM EDT, June 2, 2025\n\nCORVALE, Norland (AP) — The mayor of Corvale, Lena Varga, resigned on Sunday.\n\nVarga met leaders of the Norland Audit Office on the 28th.",
    );
    expect(extraction.events.map((event) => [event.code, event.date])).toEqual([
      ["08", "2025-06-01"],
      ["04", "2025-05-28"],
    ]);
  });
});

describe("the month May before a noun", () => {
  it.each([
    ["a May report", ["A May report by the regulator warned of delays."], [["May", "2025-05"]]],
    ["the May election", ["Voters in the May election backed the plan."], [["May", "2025-05"]]],
    ["the modal verb", ["The May government may fall."], []],
  ] as [string, string[], [string, string][]][])("%s", (_name, sentences, expected) => {
    expect(datesOf(sentences, "2025-06-02")).toEqual(expected);
  });
});

describe("named days", () => {
  // Reference: Wednesday 2025-01-01.
  it.each([
    [
      "a day of the month a report gives",
      "The ministry said on the 30th that the talks had failed.",
      [["the 30th", "2024-12-30"]],
    ],
    [
      "the day before yesterday",
      "He was arrested the day before yesterday.",
      [["the day before yesterday", "2024-12-30"]],
    ],
    [
      "a fixed holiday looks back",
      "Shops were looted on Christmas Day, police said.",
      [["Christmas Day", "2024-12-25"]],
    ],
    [
      "a fixed holiday with a curly apostrophe",
      "Fireworks injured dozens on New Year\u2019s Eve.",
      [["New Year\u2019s Eve", "2024-12-31"]],
    ],
    [
      "a fixed holiday in a plan looks ahead",
      "The couple will marry on Valentine's Day.",
      [["Valentine's Day", "2025-02-14"]],
    ],
  ] as [string, string, [string, string][]][])("%s", (_name, sentence, expected) => {
    expect(datesOf([sentence], "2025-01-01")).toEqual(expected);
  });
});

describe("publication date lines copied from pages", () => {
  it.each([
    ["a zone with its offset glued to the label", "March 12, 20253:12 PM GMT+1Updated 4 hours ago"],
    ["an 'Originally published' label", "Originally published March 12, 2025 at 5:00 am"],
    ["a day-first date printed twice, run together", "Published On 12 Mar 202512 Mar 2025"],
    ["a numeric date run into the written one", "03/12/2025March 12, 2025"],
    ["an 'Issued on' label", "Issued on: 12/03/2025 - 09:00 Modified: 12/03/2025 - 11:00"],
    ["month and weekday in capitals", "WED, MARCH 12, 2025"],
    ["a line set in capitals", "MARCH 12, 2025 / 5:03 AM / UPDATED 2 HOURS AGO"],
  ])("%s", (_name, line) => {
    const extraction = extract(
      `Storm hits the coast\n\n${line}\n\nA storm struck the coast of Norland on Tuesday, officials said.`,
    );
    expect(extraction.publishedAt).toBe("2025-03-12");
  });
});

describe("which act a date of the sentence dates", () => {
  const publishedAt = "2025-03-12";
  it("gives a date before a participle clause to the act it follows", () => {
    const extraction = extract(
      "Ceasefire\n\nIsrael and Hamas agreed to a ceasefire on Tuesday, ending fighting that began in October 2023.",
      { publishedAt },
    );
    const agreed = extraction.events.find((event) => event.code === "03");
    // Dated by its own words, not by the story's day.
    expect([agreed?.date, agreed?.dateInferred ?? false]).toEqual(["2025-03-11", false]);
  });

  it("keeps a date closing a relative clause off the act after the comma", () => {
    const extraction = extract(
      "Talks\n\nTalks between Russia and Ukraine, which began in Riyadh on Sunday, collapsed on Tuesday.",
      { publishedAt },
    );
    expect(extraction.events.map((event) => [event.trigger, event.date])).toEqual([
      ["Talks", "2025-03-09"],
      ["collapsed", "2025-03-11"],
    ]);
  });
});

describe("a span of days after or before a happening", () => {
  it.each([
    [
      "what follows 'after' happened that much before the day told",
      "Rebels seized the town on Monday, a day after the army withdrew.",
      [
        ["Monday", "2025-03-10"],
        ["a day after", "2025-03-09"],
      ],
    ],
    [
      "what follows 'before' happened that much after it",
      "He resigned on Monday, a week before the election.",
      [
        ["Monday", "2025-03-10"],
        ["a week before", "2025-03-17"],
      ],
    ],
    ["no day told in the sentence", "Two days after the vote, protesters stormed parliament.", []],
    [
      "hours later is the day just told",
      "Rebels attacked on Monday, and hours later police arrested five men.",
      [
        ["Monday", "2025-03-10"],
        ["hours later", "2025-03-10"],
      ],
    ],
    ["hours later with no day told", "Police arrived minutes later.", []],
  ] as [string, string, [string, string][]][])("%s", (_name, sentence, expected) => {
    expect(datesOf([sentence], "2025-03-12")).toEqual(expected);
  });

  it("dates the earlier meeting of the sentence", () => {
    const extraction = extract(
      "Meetings\n\nWednesday, March 12, 2025\n\nKeir Starmer met Emmanuel Macron in Paris last Thursday, two days after Macron met Olaf Scholz in Berlin.",
    );
    expect(extraction.events.map((event) => event.date)).toEqual(["2025-03-06", "2025-03-04"]);
  });
});

describe("an update stamped the day after publication", () => {
  it.each([
    ["printed after the publication", "Published March 30, 2025 | Updated March 31, 2025"],
    ["printed before the publication", "Updated: March 31, 2025 (Published: March 30, 2025)"],
  ])("%s: the publication day is the story's", (_name, line) => {
    const extraction = extract(
      `Dock strike\n\n${line}\n\nDockworkers walked off the job yesterday, leaders of the Varenholt Port Union said.`,
    );
    expect(extraction.publishedAt).toBe("2025-03-30");
    expect(extraction.dates.map((date) => [date.text, date.value])).toEqual([
      ["yesterday", "2025-03-29"],
    ]);
  });
});

describe("a weekday that begins a name", () => {
  it.each([
    ["a newspaper", "The Sunday Chronicle reported the deal.", []],
    ["a caucus", "The Tuesday Group of moderate lawmakers met.", []],
    [
      "a weekday before a common noun",
      "The Monday meeting was cancelled.",
      [["Monday", "2025-03-10"]],
    ],
    [
      "a weekday opening a sentence",
      "On Sunday President Ana Duarte spoke.",
      [["Sunday", "2025-03-09"]],
    ],
  ] as [string, string, [string, string][]][])("%s", (_name, sentence, expected) => {
    expect(datesOf([sentence], "2025-03-12")).toEqual(expected);
  });
});

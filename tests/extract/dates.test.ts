import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/pipeline.js";
import { datesStage } from "../../src/extract/stages/05-dates.js";
import { docOf } from "./sentence-doc.js";

function datesOf(sentence: string | string[], publishedAt: string | null = "2017-04-12") {
  const doc = datesStage.run(docOf(Array.isArray(sentence) ? sentence : [sentence], publishedAt));
  return doc.dates.map((date) => [date.text, date.value]);
}

// Reference: Wednesday 2017-04-12.
const cases: [string, string | string[], [string, string][]][] = [
  [
    "weekday on the publication day",
    "The minister met his counterpart on Wednesday.",
    [["Wednesday", "2017-04-12"]],
  ],
  ["weekday earlier in the week", "The talks collapsed on Monday.", [["Monday", "2017-04-10"]]],
  [
    "the end of the month is a month, not its last day",
    "The rules agreed in March take effect at the end of the month.",
    [
      ["March", "2017-03"],
      ["end of the month", "2017-04"],
    ],
  ],
  ["early weekday", "The missiles struck early Friday.", [["early Friday", "2017-04-07"]]],
  [
    "weekday with night",
    "Rebels shelled the town on Tuesday night.",
    [["Tuesday night", "2017-04-11"]],
  ],
  ["last weekday", "The ceasefire was signed last Wednesday.", [["last Wednesday", "2017-04-05"]]],
  ["yesterday", "Police arrested the suspect yesterday.", [["yesterday", "2017-04-11"]]],
  ["this morning", "Police arrested the suspect this morning.", [["this morning", "2017-04-12"]]],
  ["this afternoon", "The court will rule this afternoon.", [["this afternoon", "2017-04-12"]]],
  ["a morning that is no date", "The suspect said the morning was cold.", []],
  ["today", "The court ruled today.", [["today", "2017-04-12"]]],
  ["month and day", "The alleged April 4 attack killed dozens.", [["April 4", "2017-04-04"]]],
  ["month crossing the year", "Sanctions were imposed in December.", [["December", "2016-12"]]],
  ["earlier month of the year", "A March airstrike killed civilians.", [["March", "2017-03"]]],
  ["month and year", "They were arrested in January 2018.", [["January 2018", "2018-01"]]],
  ["full date", "He was born on Sept. 11, 1961.", [["Sept. 11, 1961", "1961-09-11"]]],
  ["bare year", "The civil war began in 2011.", [["2011", "2011"]]],
  ["last year", "Exports fell last year.", [["last year", "2016"]]],
  ["last month", "The envoy resigned last month.", [["last month", "2017-03"]]],
  ["last week", "Troops crossed the border last week.", [["last week", "2017-04"]]],
  [
    "earlier this week",
    "Ministers met earlier this week in Rome.",
    [["earlier this week", "2017-04"]],
  ],
  ["this month", "The plant closed this month.", [["this month", "2017-04"]]],
  ["days ago", "The vessel sank three days ago.", [["three days ago", "2017-04-09"]]],
  [
    "days later relative to the date just mentioned",
    "The April 4 attack drew a retaliatory strike two days later.",
    [
      ["April 4", "2017-04-04"],
      ["two days later", "2017-04-06"],
    ],
  ],
  [
    "a full date far back but close ahead reads ahead",
    "A second strike runs from May 3.",
    [["May 3", "2017-05-03"]],
  ],
  [
    "a recent full date stays in the past",
    "The vote took place on March 30.",
    [["March 30", "2017-03-30"]],
  ],
  [
    "future clause looks forward",
    "The two leaders will meet on Friday.",
    [["Friday", "2017-04-14"]],
  ],
  [
    "Easter Sunday, the most recent one",
    "Churches were full on Easter Sunday.",
    [["Easter Sunday", "2016-03-27"]],
  ],
  [
    "Easter Monday in a plan",
    "The strike will end on Easter Monday.",
    [["Easter Monday", "2017-04-17"]],
  ],
  [
    "Good Friday in a plan",
    "The ceasefire is due to begin on Good Friday.",
    [["Good Friday", "2017-04-14"]],
  ],
  [
    "a modal looks forward",
    "The first strikes could take place in November.",
    [["November", "2017-11"]],
  ],
  ["'might' looks forward", "Talks might resume on Friday.", [["Friday", "2017-04-14"]]],
  [
    "'could not be reached' stays in the past",
    "The owner could not be reached for comment on Monday.",
    [["Monday", "2017-04-10"]],
  ],
  [
    "'might have' stays in the past",
    "Police said the gunman might have fled on Sunday.",
    [["Sunday", "2017-04-09"]],
  ],
  [
    "'late May' is the month May, not the verb",
    "Talks broke down in late May.",
    [["late May", "2016-05"]],
  ],
  [
    "'mid-May' in a plan looks forward",
    "The bridge will reopen in mid-May.",
    [["mid-May", "2017-05"]],
  ],
  [
    "a closing bracket after a weekday is not part of its span",
    "The ship sank early on Tuesday (2300 GMT Monday).",
    [
      ["Tuesday", "2017-04-11"],
      ["Monday", "2017-04-10"],
    ],
  ],
  ["'last May' is the month", "Parliament was dissolved last May.", [["last May", "2016-05"]]],
  ["'next May' looks forward", "Elections are held next May.", [["next May", "2017-05"]]],
  ["'since May' is the month", "Exports have fallen since May.", [["May", "2016-05"]]],
  [
    "a second month of a pair is a month too",
    "Exports fell in February and May.",
    [
      ["February", "2017-02"],
      ["May", "2016-05"],
    ],
  ],
  [
    "'since May' followed by a verb is the name May",
    "The party has been split since May resigned.",
    [],
  ],
  [
    "'that night' after a day told in the paragraph is that day",
    ["Observers arrived on Monday.", "That night, the rebels withdrew from the hills."],
    [
      ["Monday", "2017-04-10"],
      ["That night", "2017-04-10"],
    ],
  ],
  [
    "'that night' as the start of a noun phrase is no date",
    ["Observers arrived on Monday.", "The general said that night patrols would end."],
    [["Monday", "2017-04-10"]],
  ],
  [
    "'the same day' and 'later that day' are the day told",
    [
      "The treaty was signed on April 3.",
      "The same day, and again later that day, crowds gathered.",
    ],
    [
      ["April 3", "2017-04-03"],
      ["The same day", "2017-04-03"],
      ["later that day", "2017-04-03"],
    ],
  ],
  [
    "'the previous evening' is the evening before the day told",
    ["Troops entered the city on Sunday.", "The previous evening, the mayor had fled."],
    [
      ["Sunday", "2017-04-09"],
      ["The previous evening", "2017-04-08"],
    ],
  ],
  [
    "'this past weekend' is the weekend just gone",
    "Volunteers cleared the beach this past weekend.",
    [["this past weekend", "2017-04"]],
  ],
  [
    "a bare 'overnight' is the night before publication",
    "Floodwater swept through two villages overnight.",
    [["overnight", "2017-04-11"]],
  ],
  ["'overnight' as a figure of speech is no date", "Prices doubled almost overnight.", []],
  ["'an overnight stay' is no date", "Visitors can book an overnight stay at the lodge.", []],
  [
    "'overnight' before a weekday leaves the weekday to date it",
    "Gunmen stormed the hotel overnight Sunday.",
    [["Sunday", "2017-04-09"]],
  ],
  [
    "a plan told in reported speech looks forward",
    "Forecasters warned that more snow was expected on Saturday.",
    [["Saturday", "2017-04-15"]],
  ],
  [
    "a past 'was expected' outside reported speech stays behind",
    "The verdict was expected on Monday but was delayed.",
    [["Monday", "2017-04-10"]],
  ],
  [
    "a deadline still running looks forward",
    "Strikers said the deadline is midnight Friday for an improved offer.",
    [["midnight Friday", "2017-04-14"]],
  ],
  [
    "'have until' a weekday looks forward",
    "Landlords have until Monday to register their properties.",
    [["Monday", "2017-04-17"]],
  ],
  [
    "a deadline that passed stays behind",
    "The deadline passed on Monday without a reply.",
    [["Monday", "2017-04-10"]],
  ],
  [
    "scheduled month-day looks forward",
    "The launch is scheduled for April 29.",
    [["April 29", "2017-04-29"]],
  ],
  [
    "a full date just behind in a future clause stays this year",
    "The exhibition is to run from April 8 through May 30.",
    [["April 8 through May 30", "2017-04-08"]],
  ],
  ["next week", "Talks are set to resume next week.", [["next week", "2017-04"]]],
  ["time of day alone is skipped", "The blast happened at 3 p.m.", []],
  ["durations are skipped", "After a two-hour summit he said he had served for three years.", []],
  ["ages and counts are skipped", "The 45-year-old man paid 2011 dollars.", []],
  ["modal may is not a month", "Russia may strike again.", []],
  ["march the verb is not a month", "Protesters plan to march to the square.", []],
  ["an expected vote looks forward", "The vote is expected on Friday.", [["Friday", "2017-04-14"]]],
  ["a verdict due looks forward", "A verdict is due Thursday.", [["Thursday", "2017-04-13"]]],
  [
    "voters going to the polls look forward",
    "Voters go to the polls on Sunday.",
    [["Sunday", "2017-04-16"]],
  ],
  [
    "this Friday is in the publication's week",
    "The vote is on this Friday.",
    [["this Friday", "2017-04-14"]],
  ],
  [
    "this Monday is in the publication's week",
    "The plant closed this Monday.",
    [["this Monday", "2017-04-10"]],
  ],
  ["a vote set for a day looks forward", "The vote is set for Friday.", [["Friday", "2017-04-14"]]],
  [
    "the night of a date is that date",
    "The strike ended on the night of April 3.",
    [["April 3", "2017-04-03"]],
  ],
  [
    "the end of a named month is the month",
    "The report is due by the end of May.",
    [["end of May", "2017-05"]],
  ],
  ["talks that begin look forward", "The talks begin on Monday.", [["Monday", "2017-04-17"]]],
  ["a committee that meets looks forward", "The committee meets in June.", [["June", "2017-06"]]],
  [
    "a rule that takes effect looks forward",
    "The rule takes effect on May 1.",
    [["May 1", "2017-05-01"]],
  ],
  ["what took effect stays back", "The rule took effect on March 1.", [["March 1", "2017-03-01"]]],
  ["what was expected stays back", "The vote was expected on Friday.", [["Friday", "2017-04-07"]]],
  ["named days are not dates", "Shops opened on Black Friday.", []],
];

describe("dates stage", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });

  it("resolves only absolute dates without a publication date", () => {
    expect(
      datesOf("The treaty was signed on Monday, and on March 3, 2015 it took effect.", null),
    ).toEqual([["March 3, 2015", "2015-03-03"]]);
  });

  it("anchors a later relative date on an earlier sentence of the paragraph", () => {
    expect(datesOf(["Fighting broke out on Sunday.", "The next day, troops withdrew."])).toEqual([
      ["Sunday", "2017-04-09"],
      ["The next day", "2017-04-10"],
    ]);
  });

  it("resolves 'that year' against the year just mentioned", () => {
    expect(
      datesOf([
        "The agency opened its inquiry in 2019.",
        "Officers arrested him in November of that year.",
      ]),
    ).toEqual([
      ["2019", "2019"],
      ["November of that year", "2019-11"],
    ]);
    expect(datesOf("The plant opened in 2008 and closed later that year.")).toEqual([
      ["2008", "2008"],
      ["later that year", "2008"],
    ]);
  });

  it("reads 'January of last year' as one month", () => {
    expect(datesOf("The couple were arrested in January of last year.")).toEqual([
      ["January of last year", "2016-01"],
    ]);
  });

  it("ignores captions and keeps exact spans", () => {
    const doc = docOf(["Talks ended on Monday."], "2017-04-12");
    const captioned = {
      ...doc,
      sentences: doc.sentences.map((s) => ({ ...s, zone: "caption" as const })),
    };
    expect(datesStage.run(captioned).dates).toEqual([]);
    const dated = datesStage.run(doc).dates[0];
    expect(dated && doc.text.slice(dated.start, dated.end)).toBe("Monday");
  });

  it("never throws on junk", () => {
    for (const junk of [
      "",
      "\u0000\u0001",
      "<p>on Monday</p>".repeat(1000),
      "(((((".repeat(5000),
    ]) {
      expect(() => datesStage.run(docOf([junk], "2017-04-12"))).not.toThrow();
    }
  });
});

/** Dates of the events the whole pipeline reads from a short wire story (published Wednesday 2017-04-12). */
function eventDatesOf(paragraphs: string[]): [string, string | null][] {
  const text = `Officials report the day's news\n\nBy Staff Writer\n\n${paragraphs.join("\n\n")}`;
  return extract(text, { publishedAt: "2017-04-12" }).events.map((event) => [
    event.trigger,
    event.date,
  ]);
}

// Each case: the story's paragraphs and the [trigger, date] of every event expected from them.
const eventDating: [string, string[], [string, string | null][]][] = [
  [
    "a weekday in the act's own clause, against the publication date",
    ["Police arrested Tomas Ferreira in Madrid on Monday."],
    [["arrested", "2017-04-10"]],
  ],
  [
    "a warning is dated by the report, not by the day it warns about",
    ["Kenya's weather service warned that more rain was expected on Saturday."],
    [["warned", "2017-04-12"]],
  ],
  [
    "'the previous day' opening a paragraph counts from the day told before it",
    [
      "Helena Costa won the Lisbon Marathon on Sunday.",
      "Just the previous day, Tomas Ferreira set the mark in Madrid.",
    ],
    [
      ["won", "2017-04-09"],
      ["set the mark", "2017-04-08"],
    ],
  ],
  [
    "'yesterday'",
    ["The Red Cross evacuated 200 people from Aleppo yesterday."],
    [["evacuated", "2017-04-11"]],
  ],
  [
    "'last month' gives the month only",
    ["Helena Costa resigned from the Labour Party last month."],
    [["resigned", "2017-03"]],
  ],
  [
    "'earlier this year' gives nothing finer than the year, so no date",
    ["Helena Costa resigned from the Labour Party earlier this year."],
    [["resigned", null]],
  ],
  [
    "a past-tense report deep in the story takes the story's day",
    [
      "Police arrested Tomas Ferreira in Madrid on Monday.",
      "The banker ran a fund that collapsed in 2015, costing savers millions.",
      "Prosecutors in Lisbon have long sought him.",
      "Helena Costa resigned from the Labour Party over the affair.",
    ],
    [
      ["arrested", "2017-04-10"],
      ["resigned", "2017-04-10"],
    ],
  ],
  [
    "an act the clause sets further back ('had') stays undated",
    [
      "Police arrested Tomas Ferreira in Madrid on Monday.",
      "The banker ran a fund for a decade.",
      "Prosecutors in Lisbon have long sought him.",
      "Helena Costa had resigned from the Labour Party over the affair.",
    ],
    [
      ["arrested", "2017-04-10"],
      ["resigned", null],
    ],
  ],
];

describe("event dates", () => {
  it.each(eventDating)("%s", (_name, paragraphs, expected) => {
    expect(eventDatesOf(paragraphs)).toEqual(expected);
  });
});

describe("a weekday under a US evening stamp", () => {
  // Saturday 2024-06-15, printed at 11:42 PM EDT: Sunday had begun where the story was written.
  function aheadDatesOf(sentence: string, ahead: boolean) {
    const doc = docOf([sentence], "2024-06-15");
    doc.layout.localDayMayBeAhead = ahead;
    return datesStage.run(doc).dates.map((date) => [date.text, date.value]);
  }
  it("reads the day after the stamp as the local day, not six days back", () => {
    expect(aheadDatesOf("Rescuers pulled more bodies from the mud on Sunday.", true)).toEqual([
      ["Sunday", "2024-06-16"],
    ]);
  });
  it("keeps other weekdays and 'last Sunday' looking back", () => {
    expect(aheadDatesOf("The rain began on Friday.", true)).toEqual([["Friday", "2024-06-14"]]);
    expect(aheadDatesOf("The rain began last Sunday.", true)).toEqual([
      ["last Sunday", "2024-06-09"],
    ]);
  });
  it("keeps six days back without the stamp", () => {
    expect(aheadDatesOf("Rescuers pulled more bodies from the mud on Sunday.", false)).toEqual([
      ["Sunday", "2024-06-09"],
    ]);
  });
});

describe("weekends", () => {
  it.each([
    [
      "Protesters marched through the city over the weekend.",
      "2017-05-01",
      "over the weekend",
      "2017-04",
    ],
    ["The festival took place this weekend.", "2017-05-01", "this weekend", "2017-04"],
    ["The festival will open this weekend.", "2017-04-27", "this weekend", "2017-04"],
    ["The festival will open this weekend.", "2017-04-30", "this weekend", "2017-04"],
    ["Fans packed the stadium last weekend.", "2017-04-02", "last weekend", "2017-03"],
  ])("%s (%s)", (sentence, publishedAt, text, value) => {
    expect(datesOf(sentence, publishedAt)).toEqual([[text, value]]);
  });
});

describe("a day told relative to the paragraph before", () => {
  function paragraphDates(paragraphs: string[]) {
    const doc = docOf(paragraphs, "2017-04-12");
    doc.sentences.forEach((sentence, index) => (sentence.paragraphIndex = index));
    return datesStage.run(doc).dates.map((date) => [date.text, date.value]);
  }
  it("takes 'the previous day' from the day the paragraph before ended on", () => {
    expect(
      paragraphDates([
        "The gunman opened fire late on Monday.",
        "He had bought the rifle the previous day, police said.",
      ]),
    ).toEqual([
      ["Monday", "2017-04-10"],
      ["the previous day", "2017-04-09"],
    ]);
  });
  it("does not reach past a paragraph without a day", () => {
    expect(
      paragraphDates([
        "The gunman opened fire late on Monday.",
        "Police have not named him.",
        "Two days later, his brother was arrested.",
      ]),
    ).toEqual([["Monday", "2017-04-10"]]);
  });
});

import { describe, expect, it } from "vitest";
import type {
  FormatArticle,
  FormatEntity,
  FormatEvent,
  FormatQuote,
} from "../../src/eval/format.js";
import { formatReport, genreOf } from "../../src/eval/run.js";
import {
  dateAgrees,
  normalizeSurface,
  prf,
  quoteOverlap,
  scoreArticle,
  sumCounts,
} from "../../src/eval/score.js";

const person = (name: string, ...aliases: string[]): FormatEntity => ({
  name,
  type: "PERSON",
  aliases,
});
const place = (name: string, ...aliases: string[]): FormatEntity => ({
  name,
  type: "LOCATION",
  aliases,
});
const org = (name: string, ...aliases: string[]): FormatEntity => ({
  name,
  type: "ORGANIZATION",
  aliases,
});
const quote = (text: string, speaker: string | null): FormatQuote => ({ text, speaker });
const event = (type: string, participants: string[], date: string | null = null): FormatEvent => ({
  type,
  date,
  location: null,
  participants,
  trigger: "",
  summary: "",
});
const article = (parts: Partial<FormatArticle>): FormatArticle => ({
  publishedAt: null,
  entities: [],
  quotes: [],
  events: [],
  ...parts,
});

describe("normalizeSurface", () => {
  it.each([
    ["The Kremlin", "kremlin"],
    ["U.S.", "us"],
    ["  Bashar  al-Assad ", "bashar alassad"],
    ["Theresa May", "theresa may"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSurface(input)).toBe(expected);
  });
});

describe("entity matching", () => {
  const goldEntities = [
    person("Angela Merkel", "Merkel"),
    place("Germany", "Berlin"),
    org("European Union", "EU"),
  ];
  it.each<[string, FormatEntity[], { matched: number; typed: number; splits: number }]>([
    ["perfect match", goldEntities, { matched: 3, typed: 3, splits: 0 }],
    [
      "match through an alias, ignoring case, dots and a leading the",
      [person("merkel"), place("the Germany"), org("E.U.")],
      { matched: 3, typed: 3, splits: 0 },
    ],
    [
      "a type mismatch counts untyped only",
      [person("Angela Merkel"), org("Germany"), org("European Union")],
      { matched: 3, typed: 2, splits: 0 },
    ],
    [
      "two predicted entities for one gold entity is a split",
      [person("Angela Merkel"), person("Merkel"), place("Germany"), org("EU")],
      { matched: 3, typed: 3, splits: 1 },
    ],
    ["nothing shared", [person("Olaf Scholz")], { matched: 0, typed: 0, splits: 0 }],
  ])("%s", (_name, predictedEntities, expected) => {
    const score = scoreArticle(
      article({ entities: predictedEntities }),
      article({ entities: goldEntities }),
    );
    expect(score.entities).toEqual({
      matched: expected.matched,
      predicted: predictedEntities.length,
      gold: 3,
    });
    expect(score.typedEntities.matched).toBe(expected.typed);
    expect(score.splits).toBe(expected.splits);
  });

  it("lets a capital match both the city and the country that uses it as an alias", () => {
    const gold = article({ entities: [place("Russia", "Moscow"), place("Moscow")] });
    const predicted = article({ entities: [place("Moscow"), place("Russia")] });
    expect(scoreArticle(predicted, gold).entities.matched).toBe(2);
  });

  it("pairs entities of the same canonical name when several pairings are possible", () => {
    const gold = article({ entities: [place("Japan", "Tokyo"), place("Tokyo")] });
    const predicted = article({ entities: [place("Tokyo"), place("Japan", "Tokyo")] });
    expect(scoreArticle(predicted, gold).alignments.entities.pairs).toEqual([
      { predicted: 1, gold: 0 },
      { predicted: 0, gold: 1 },
    ]);
  });
});

describe("quote matching", () => {
  const gold = article({
    entities: [person("Rex Tillerson", "Tillerson", "U.S. Secretary of State Rex Tillerson")],
    quotes: [quote("There is a low level of trust between our two countries,", "Rex Tillerson")],
  });
  it.each<
    [string, FormatQuote[], { matched: number; speakerCorrect: number; speakerTotal: number }]
  >([
    [
      "exact text and canonical speaker",
      [quote("There is a low level of trust between our two countries,", "Rex Tillerson")],
      { matched: 1, speakerCorrect: 1, speakerTotal: 1 },
    ],
    [
      "partial overlap above the threshold, speaker by alias",
      [quote("a low level of trust", "Tillerson")],
      { matched: 1, speakerCorrect: 1, speakerTotal: 1 },
    ],
    [
      "wrong speaker",
      [quote("There is a low level of trust between our two countries", "Sergei Lavrov")],
      { matched: 1, speakerCorrect: 0, speakerTotal: 1 },
    ],
    [
      "missing speaker",
      [quote("There is a low level of trust between our two countries", null)],
      { matched: 1, speakerCorrect: 0, speakerTotal: 1 },
    ],
    [
      "overlap below the threshold",
      [quote("We look forward to a frank exchange on trust", "Rex Tillerson")],
      { matched: 0, speakerCorrect: 0, speakerTotal: 0 },
    ],
  ])("%s", (_name, predictedQuotes, expected) => {
    const score = scoreArticle(article({ entities: gold.entities, quotes: predictedQuotes }), gold);
    expect(score.quotes.matched).toBe(expected.matched);
    expect(score.speakers).toEqual({
      correct: expected.speakerCorrect,
      total: expected.speakerTotal,
    });
  });

  it("matches one to one: a second copy of a quote is a false positive", () => {
    const text = "There is a low level of trust between our two countries";
    const score = scoreArticle(article({ quotes: [quote(text, null), quote(text, null)] }), gold);
    expect(score.quotes).toEqual({ matched: 1, predicted: 2, gold: 1 });
  });

  it.each([
    ["Hello there my friend", "hello, there, my friend!", 1],
    ["one two three four", "one two three six seven eight", 0.75],
    ["one two three four", "one two five six", 0],
    ["", "one two", 0],
    ["the minister", "the minister said the talks would resume", 0],
    ["talks would resume", "the minister said the talks would resume", 1],
  ])("overlap of %j and %j is %d", (a, b, expected) => {
    expect(quoteOverlap(a, b)).toBe(expected);
  });
});

describe("event matching", () => {
  const gold = article({
    entities: [
      person("Rex Tillerson", "Tillerson"),
      person("Vladimir Putin", "Putin"),
      place("Russia", "Moscow"),
    ],
    events: [
      event("04 CONSULT", ["Rex Tillerson", "Vladimir Putin"], "2017-04-12"),
      event("12 REJECT", ["Russia"], "2017-04"),
    ],
  });
  it.each<[string, FormatEvent[], { matched: number; datesCorrect: number; datesTotal: number }]>([
    [
      "same root, participant by alias, exact dates",
      [event("04 CONSULT", ["Putin"], "2017-04-12"), event("12", ["Moscow"], "2017-04-12")],
      { matched: 2, datesCorrect: 2, datesTotal: 2 },
    ],
    [
      "a day agrees with a month-precision gold date, a month does not agree with a day",
      [event("04 CONSULT", ["Tillerson"], "2017-04"), event("12 REJECT", ["Russia"], "2017-04-12")],
      { matched: 2, datesCorrect: 1, datesTotal: 2 },
    ],
    [
      "different root does not match",
      [event("03 EXPRESS INTENT TO COOPERATE", ["Putin"], "2017-04-12")],
      { matched: 0, datesCorrect: 0, datesTotal: 0 },
    ],
    [
      "no shared participant does not match",
      [event("04 CONSULT", ["Sergei Lavrov"], "2017-04-12")],
      { matched: 0, datesCorrect: 0, datesTotal: 0 },
    ],
    [
      "one predicted event matches one gold event only",
      [event("04 CONSULT", ["Putin", "Tillerson"], null)],
      { matched: 1, datesCorrect: 0, datesTotal: 1 },
    ],
  ])("%s", (_name, predictedEvents, expected) => {
    const score = scoreArticle(article({ entities: gold.entities, events: predictedEvents }), gold);
    expect(score.events.matched).toBe(expected.matched);
    expect(score.eventDates).toEqual({
      correct: expected.datesCorrect,
      total: expected.datesTotal,
    });
  });

  it.each<[string, string | null, number]>([
    ["the same place", "Moscow", 1],
    ["another place", "Kremlin", 0],
    ["no place", null, 0],
  ])("judges the location against the gold location: %s", (_name, location, correct) => {
    const withPlaces = article({
      entities: [...gold.entities, place("Moscow"), place("Kremlin")],
      events: [{ ...event("04 CONSULT", ["Putin"]), location: "Moscow" }],
    });
    const predicted = article({ events: [{ ...event("04", ["Putin"]), location }] });
    expect(scoreArticle(predicted, withPlaces).eventLocations).toEqual({ correct, total: 1 });
  });

  it("lets the gold event that a prediction states exactly choose it before an earlier, looser one", () => {
    const agency = article({
      entities: [org("National Aeronautics and Space Administration", "NASA")],
      events: [
        event("00 OTHER", ["NASA"], "2011-07-08"),
        event("00 OTHER", ["NASA"], "2012-04-17"),
      ],
    });
    const predicted = article({ events: [event("00", ["NASA"], "2012-04-17")] });
    const score = scoreArticle(predicted, agency);
    expect(score.events.matched).toBe(1);
    expect(score.eventDates).toEqual({ correct: 1, total: 1 });
  });

  it("resolves a predicted participant through the aliases of the predicted entity", () => {
    const predicted = article({
      entities: [person("Putin", "President Putin", "Vladimir Putin")],
      events: [event("04 CONSULT", ["Putin"])],
    });
    expect(scoreArticle(predicted, gold).events.matched).toBe(1);
  });

  it.each<[string, string | null, boolean]>([
    ["2017-04", "2017-04-12", true],
    ["2017-04-12", "2017-04-12", true],
    ["2017-04-12", "2017-04", false],
    ["2017-04", "2017-05-01", false],
    ["2017-04-12", null, false],
  ])("gold date %s, predicted %s agrees: %s", (goldDate, predictedDate, expected) => {
    expect(dateAgrees(goldDate, predictedDate)).toBe(expected);
  });
});

describe("totals", () => {
  it("judges publishedAt only where the gold file has one", () => {
    const gold = article({ publishedAt: "2020-01-31" });
    expect(scoreArticle(article({ publishedAt: "2020-01-31" }), gold).publishedAt).toEqual({
      correct: 1,
      total: 1,
    });
    expect(scoreArticle(article({}), gold).publishedAt).toEqual({ correct: 0, total: 1 });
    expect(scoreArticle(article({}), article({})).publishedAt).toEqual({ correct: 0, total: 0 });
  });

  it("micro-averages by summing counts", () => {
    const gold = article({ entities: [person("Ana Brnabic"), person("Edi Rama")] });
    const a = scoreArticle(article({ entities: [person("Ana Brnabic")] }), gold);
    const b = scoreArticle(article({ entities: [person("Edi Rama"), person("Xi Jinping")] }), gold);
    const total = sumCounts([a, b]);
    expect(total.entities).toEqual({ matched: 2, predicted: 3, gold: 4 });
    expect(prf(total.entities).precision).toBeCloseTo(2 / 3);
    expect(prf(total.entities).recall).toBeCloseTo(0.5);
  });

  it("scores only the layers a gold file lists", () => {
    const gold = article({ layers: ["entities"], entities: [person("Ana Brnabic")] });
    const predicted = article({
      entities: [person("Ana Brnabic")],
      quotes: [quote("we will not give up on this plan", "Ana Brnabic")],
      events: [event("04 CONSULT", ["Ana Brnabic"])],
    });
    const score = scoreArticle(predicted, gold);
    expect(score.entities).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(score.quotes).toEqual({ matched: 0, predicted: 0, gold: 0 });
    expect(score.events).toEqual({ matched: 0, predicted: 0, gold: 0 });
    expect(score.scoredArticles).toEqual({ entities: 1, quotes: 0, events: 0 });
    // Without "layers" every layer is scored, so the extra quote and event count against it.
    const unlayered = scoreArticle(predicted, { ...gold, layers: undefined });
    expect(unlayered.quotes.predicted).toBe(1);
    expect(unlayered.scoredArticles).toEqual({ entities: 1, quotes: 1, events: 1 });
  });

  it("gives P, R and F1 of 1 for nothing predicted against nothing expected", () => {
    expect(prf({ matched: 0, predicted: 0, gold: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe("formatReport", () => {
  it("ends with the four TOTAL lines that the hook reads with tail -n 4", () => {
    const gold = article({ publishedAt: "2024-01-01", entities: [person("Ana Brnabic")] });
    const predicted = article({ entities: [person("Ana Brnabic")] });
    const score = scoreArticle(predicted, gold);
    const report = formatReport({
      directory: "fixtures",
      articles: [{ name: "a", predicted, gold, score, milliseconds: 1, error: null }],
      totals: sumCounts([score]),
      milliseconds: 1,
    });
    const lastLines = report.split("\n").slice(-4);
    expect(lastLines.map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "TOTAL entities",
      "TOTAL quotes",
      "TOTAL events",
      "TOTAL articles",
    ]);
    expect(lastLines[0]).toContain("F1 1.00");
    expect(lastLines[3]).toContain("publishedAt 0.00 (0/1)");
  });

  it("prints totals per genre before the overall totals, and marks layers nobody annotates", () => {
    const entityGold = article({ layers: ["entities"], entities: [person("Ana Brnabic")] });
    const fullGold = article({
      entities: [person("Edi Rama")],
      quotes: [quote("we will not give up on this plan", "Edi Rama")],
    });
    const predicted = article({ entities: [person("Ana Brnabic")] });
    const rows = [
      { name: "bio-brnabic", gold: entityGold },
      { name: "news-rama", gold: fullGold },
    ].map(({ name, gold }) => ({
      name,
      predicted,
      gold,
      score: scoreArticle(predicted, gold),
      milliseconds: 1,
      error: null,
    }));
    const report = formatReport({
      directory: "gum",
      articles: rows,
      totals: sumCounts(rows.map((row) => row.score)),
      milliseconds: 2,
    });
    const lines = report.split("\n");
    expect(lines).toContain("BIO quotes    not annotated");
    expect(lines.find((line) => line.startsWith("BIO entities"))).toContain("F1 1.00");
    expect(lines.find((line) => line.startsWith("NEWS quotes"))).toContain("R 0.00");
    expect(lines.at(-3)).toMatch(/^TOTAL quotes .* over 1 annotated articles$/);
    expect(lines.at(-4)).toContain("(1/2 pred, 2 gold)");
  });

  it("has no genres for numbered fixtures", () => {
    expect(genreOf("01-upi-japan-korea-security-talks")).toBeNull();
    expect(genreOf("news-iodine")).toBe("news");
  });
});

import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec } from "./event-test-kit.js";

/**
 * Match reports use words of force for play: "struck late", "Sunday's derby clash", "a title
 * battle". The guide codes a result 00; the play is no fight. Invented sentences in the style
 * of agency football and cricket copy.
 */

const NAMES: EntitySpec[] = [
  { name: "Harlow Rovers", type: "ORGANIZATION", aliases: ["Rovers"] },
  { name: "Dunmore City", type: "ORGANIZATION", aliases: ["City"] },
  { name: "Tomas Varga", type: "PERSON", aliases: ["Varga"] },
  { name: "Kellsbridge", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

const codes = (paragraphs: string[][]): string[] =>
  eventsOf({ paragraphs, publishedAt: "2017-04-12" }).map((event) => event.code);

describe("force words in match reports", () => {
  it("reads a late strike as play, leaving the result", () => {
    expect(
      codes([
        [
          "Tomas Varga struck in stoppage time as Harlow Rovers beat Dunmore City 2-1 in Kellsbridge on Saturday.",
        ],
      ]),
    ).toEqual(["00"]);
  });

  it("reads a strike that seals the win as play", () => {
    expect(codes([["Varga struck late to seal the win for Harlow Rovers on Sunday."]])).toEqual([]);
  });

  it("reads a clash as a match in an article about a league", () => {
    expect(
      codes([
        ["Harlow Rovers scored twice in the first half and stayed unbeaten in the league."],
        ["Rovers face Dunmore City in Sunday's clash at Kellsbridge."],
      ]),
    ).toEqual([]);
  });

  it("keeps a clash with police at a match as force", () => {
    expect(
      codes([
        [
          "Supporters of Dunmore City clashed with police outside the ground in Kellsbridge after the derby on Saturday.",
        ],
      ]),
    ).toContain("19");
  });

  it("keeps a strike in war news with a capitalized League as force", () => {
    expect(
      codes([
        [
          "The Arab League said Dunmore City militia struck Kellsbridge on Monday, a day after the peace talks.",
        ],
      ]),
    ).toContain("19");
  });
});

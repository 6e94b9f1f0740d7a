import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec } from "./event-test-kit.js";

/**
 * Local crime copy names the force once and then writes "officers" or "police": the arrest
 * is that force's. Invented sentences in the style of regional papers.
 */

const NAMES: EntitySpec[] = [
  { name: "Wessex Valley Police", type: "ORGANIZATION" },
  { name: "Harnham", type: "LOCATION" },
  { name: "Stoke Lacy", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

const arrests = (second: string) =>
  eventsOf({
    paragraphs: [
      ["A man was stabbed in Harnham on Saturday night, Wessex Valley Police said."],
      [second],
    ],
  }).filter((event) => event.code === "17");

describe("arrests by the force the story names", () => {
  it("gives 'officers' the named force", () => {
    expect(arrests("Officers arrested a 19-year-old in Stoke Lacy on Sunday.")).toMatchObject([
      {
        participants: ["ACTOR:Wessex Valley Police"],
        date: "2017-04-09",
        location: "Stoke Lacy",
      },
    ]);
  });

  it("gives a sentence-opening 'Police' the named force", () => {
    expect(arrests("Police arrested a 19-year-old in Stoke Lacy on Sunday.")).toMatchObject([
      { participants: ["ACTOR:Wessex Valley Police"], date: "2017-04-09" },
    ]);
  });

  it("gives 'detectives' the named force", () => {
    expect(arrests("Detectives detained two teenagers in Stoke Lacy on Monday.")).toMatchObject([
      { participants: ["ACTOR:Wessex Valley Police"], date: "2017-04-10" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Regulators' penalties, withheld chances and home towns, as business and wire desks write
 * them. Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Competition Authority", type: "ORGANIZATION" },
  { name: "Halvard Bank", type: "ORGANIZATION" },
  { name: "Brightwell Group", type: "ORGANIZATION" },
  { name: "Tarsk", type: "LOCATION" },
  { name: "Ellmouth", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "17 penalty: fined, with the amount between the verb and its reason",
    "The Competition Authority on Tuesday fined Halvard Bank a record 1.2 billion crowns for rigging rates, the largest penalty ever imposed by the regulator.",
    [
      {
        code: "17",
        participants: ["ACTOR:Competition Authority", "TARGET:Halvard Bank"],
        date: "2017-04-11",
      },
    ],
  ],
  [
    "17 penalty: a fine imposed is no sanction between states",
    "The Competition Authority imposed a fine on Brightwell Group on Monday.",
    [{ code: "17", participants: ["ACTOR:Competition Authority", "TARGET:Brightwell Group"] }],
  ],
  ["a fine day is no penalty", "Halvard Bank said it was a fine day for a merger.", []],
  [
    "withholding a chance is no denial said",
    "Brightwell Group denied smaller rivals the chance to bid in Tarsk on Monday.",
    [],
  ],
  [
    "18 attack: the home town of the one attacked is not where the attack was",
    "Brightwell Group guards attacked a man from Ellmouth on Monday.",
    [{ code: "18", location: null }],
  ],
  [
    "18 attack: a home town named for the people is not where the attack was",
    "Two tourists from Ellmouth were among those hurt in an attack on a market in Tarsk on Monday.",
    [{ code: "18", location: "Tarsk" }],
  ],
];

describe("penalties, withheld chances and home towns", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

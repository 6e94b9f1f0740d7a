import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Rulings and concessions as court and election reporters write them: a court that blocks an
 * act rules against it (17), the act it blocked did not happen, and a loser conceding defeat
 * yields once. Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Constitutional Court", type: "ORGANIZATION" },
  { name: "Ministry of Defence", type: "ORGANIZATION" },
  { name: "Petra Lind", type: "PERSON", aliases: ["Lind"] },
  { name: "Dravia", type: "LOCATION" },
  { name: "Solvik", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "17 ruling: a court blocks the government, and the blocked deployment did not happen",
    "The Constitutional Court on Monday blocked the Ministry of Defence from deploying troops to Dravia.",
    [
      {
        code: "17",
        participants: ["ACTOR:Constitutional Court", "TARGET:Ministry of Defence"],
        date: "2017-04-10",
        location: null,
      },
    ],
  ],
  [
    "17 ruling: a court rejects an appeal",
    "The Constitutional Court rejected an appeal by Petra Lind on Tuesday.",
    [
      {
        code: "17",
        participants: ["ACTOR:Constitutional Court", "TARGET:Petra Lind"],
        date: "2017-04-11",
      },
    ],
  ],
  [
    "an act someone refrained from is no act",
    "The Ministry of Defence refrained from attacking Dravia on Monday.",
    [],
  ],
  [
    "08 yield: conceding defeat is one act, not a second defeat",
    "Petra Lind conceded defeat in Solvik on Monday.",
    [{ code: "08", participants: ["ACTOR:Petra Lind"], date: "2017-04-10", location: "Solvik" }],
  ],
];

describe("rulings, prevented acts and concessions", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Aid told by its arrival, as relief desks write it: "an aid convoy reached the town", "the
 * first food trucks entered the enclave". Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "World Food Programme", type: "ORGANIZATION" },
  { name: "Norwegian Refugee Council", type: "ORGANIZATION" },
  { name: "Tal Hamra", type: "LOCATION" },
  { name: "Qasrin Gate", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "07 aid: a named body's aid convoy reached a town",
    "A World Food Programme aid convoy reached the besieged town of Tal Hamra on Monday.",
    [
      {
        code: "07",
        participants: ["ACTOR:World Food Programme"],
        date: "2017-04-10",
        location: "Tal Hamra",
      },
    ],
  ],
  [
    "07 aid: relief trucks entered a place, told by a source",
    "The first relief trucks entered Tal Hamra through the Qasrin Gate on Tuesday, the Norwegian Refugee Council said.",
    [
      {
        code: "07",
        participants: ["OTHER:Norwegian Refugee Council"],
        date: "2017-04-11",
        location: "Tal Hamra",
      },
    ],
  ],
  [
    "07 aid: medical supplies arrived",
    "Medical supplies arrived in Tal Hamra on Monday, the World Food Programme said.",
    [
      {
        code: "07",
        participants: ["OTHER:World Food Programme"],
        date: "2017-04-10",
        location: "Tal Hamra",
      },
    ],
  ],
  [
    "07 aid: carriers that had reached a town with food",
    "The World Food Programme said its trucks had reached Tal Hamra on Tuesday carrying flour for 5,000 families.",
    [{ code: "07", participants: ["OTHER:World Food Programme"], date: "2017-04-11" }],
  ],
  [
    "trucks carrying no aid are no aid",
    "Army trucks reached Tal Hamra on Tuesday carrying ammunition.",
    [],
  ],
  [
    "food prices reaching a high are no aid",
    "Food prices reached a record high in Tal Hamra on Monday.",
    [],
  ],
  ["a convoy alone may be an army's", "A convoy reached Tal Hamra on Monday.", []],
  [
    "reaching an aid target is no delivery",
    "The World Food Programme said its aid budget would reach a record this year.",
    [],
  ],
];

describe("aid told by its arrival", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

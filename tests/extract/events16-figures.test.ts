import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Words of force and weather used as figures, as political, business and fire desks write:
 * an attack with words, a storm of criticism, a legal battle, firefighters battling a blaze.
 * Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Lena Hartwig", type: "PERSON", aliases: ["Hartwig"] },
  { name: "Otto Brandt", type: "PERSON", aliases: ["Brandt"] },
  { name: "Corvane Motors", type: "ORGANIZATION" },
  { name: "Kessing", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "11 disapproval: a plan attacked with words",
    "Lena Hartwig on Monday attacked Otto Brandt's budget plan as reckless.",
    [
      {
        code: "11",
        participants: ["ACTOR:Lena Hartwig", "TARGET:Otto Brandt"],
        date: "2017-04-10",
      },
    ],
  ],
  [
    "11 disapproval: attacked someone for what they did",
    "Lena Hartwig attacked Otto Brandt for ignoring the strike on Tuesday.",
    [{ code: "11", participants: ["ACTOR:Lena Hartwig", "TARGET:Otto Brandt"] }],
  ],
  [
    "18 assault: an attack with force stays one",
    "Lena Hartwig was attacked by Otto Brandt outside a bar in Kessing on Monday.",
    [{ code: "18" }],
  ],
  [
    "a storm of criticism is no storm",
    "Corvane Motors faced a storm of criticism in Kessing on Monday.",
    [],
  ],
  [
    "a legal battle is no fighting",
    "Corvane Motors lost a legal battle with Otto Brandt in Kessing on Monday.",
    [],
  ],
  [
    "00 disaster: firefighters battling a wildfire tell the wildfire, not a fight",
    "Firefighters battled a wildfire near Kessing on Tuesday.",
    [{ code: "00", participants: ["OTHER:Kessing"], date: "2017-04-11" }],
  ],
];

describe("figures of force and weather", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

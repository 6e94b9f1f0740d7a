import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Diplomatic acts as foreign desks word them: envoys ordered out, declared persona non grata,
 * a mediator thanked. Invented sentences.
 */

const NAMES: EntitySpec[] = [
  { name: "Lithuania", type: "LOCATION" },
  { name: "Belarus", type: "LOCATION" },
  { name: "Mara Quist", type: "PERSON", aliases: ["Quist"] },
];

const { eventsOf } = eventTestKit(NAMES);

// Publication date: Wednesday 2017-04-12.
const cases: [string, string, Expected[]][] = [
  [
    "16 expulsion: envoys ordered to leave",
    "Lithuania on Monday ordered 10 Belarus diplomats to leave the country within a week.",
    [{ code: "16", participants: ["ACTOR:Lithuania", "TARGET:Belarus"], date: "2017-04-10" }],
  ],
  [
    "16 expulsion: an ambassador told to leave",
    "Lithuania told the Belarus ambassador to leave on Tuesday.",
    [{ code: "16", participants: ["ACTOR:Lithuania", "TARGET:Belarus"], date: "2017-04-11" }],
  ],
  [
    "an order to leave given to no envoy is no expulsion",
    "Lithuania ordered the crowds to leave the square on Tuesday.",
    [],
  ],
  [
    "16 expulsion: declared persona non grata",
    "Belarus declared two envoys persona non grata on Monday.",
    [{ code: "16", participants: ["ACTOR:Belarus"], date: "2017-04-10" }],
  ],
  [
    "05 praise: a mediator thanked",
    "Mara Quist thanked Belarus on Tuesday for its mediation.",
    [{ code: "05", participants: ["ACTOR:Mara Quist", "TARGET:Belarus"], date: "2017-04-11" }],
  ],
  ["'thanks to' is no act", "Thanks to the rain, Lithuania had a good harvest.", []],
];

describe("diplomatic acts", () => {
  it.each(cases)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

describe("a launch told again", () => {
  it("reads 'the launch' after a missile firing as that firing, not a launch of its own", () => {
    const events = eventsOf({
      paragraphs: [
        ["Belarus fired a ballistic missile off its coast on Monday."],
        ["Lithuania's Prime Minister Mara Quist condemned the launch on Tuesday."],
      ],
    });
    expect(events.map((event) => event.code)).toEqual(["15", "11"]);
    expect(events[0]?.participants).toEqual(["ACTOR:Belarus"]);
  });
});

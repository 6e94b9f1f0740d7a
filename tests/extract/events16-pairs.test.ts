import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec } from "./event-test-kit.js";

/**
 * Diplomatic copy tells what came of talks with the pair as subject: "The two sides agreed to
 * …", "Both leaders pledged …". The pair is the parties of the happening just told. Invented
 * sentences in agency style.
 */

const NAMES: EntitySpec[] = [
  { name: "Ilse Marten", type: "PERSON", aliases: ["Marten"] },
  { name: "Raul Okafor", type: "PERSON", aliases: ["Okafor"] },
  { name: "Vessland", type: "LOCATION" },
  { name: "Orlova", type: "LOCATION" },
];

const { eventsOf } = eventTestKit(NAMES);

describe("a pair standing for the parties just told", () => {
  it("gives 'the two sides' the parties of the talks before", () => {
    const events = eventsOf({
      paragraphs: [
        ["Ilse Marten held talks with Raul Okafor in Orlova on Monday."],
        ["The two sides agreed to reopen the border crossing, officials said."],
      ],
    });
    expect(events.find((event) => event.code === "03")).toMatchObject({
      participants: ["ACTOR:Ilse Marten", "OTHER:Raul Okafor"],
      date: "2017-04-10",
    });
  });

  it("gives 'both leaders' the parties of the meeting before", () => {
    const events = eventsOf({
      paragraphs: [
        ["Marten met Okafor in Orlova on Tuesday.", "Both leaders also pledged to cut tariffs."],
      ],
    });
    expect(events.find((event) => event.code === "03")?.participants).toEqual([
      "ACTOR:Ilse Marten",
      "OTHER:Raul Okafor",
    ]);
  });

  it("leaves a pair with no two-party happening before it without parties", () => {
    const events = eventsOf({
      paragraphs: [
        ["Marten arrived in Orlova on Tuesday."],
        ["The two sides agreed to reopen the border crossing."],
      ],
    });
    expect(events.map((event) => event.code)).not.toContain("03");
  });
});

import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** Acts of things named by their owner ("NASA's probe, which …"). Sentences are invented. */

const { eventsOf } = eventTestKit([
  { name: "Kestrel Aerospace", type: "ORGANIZATION" },
  { name: "India", type: "LOCATION" },
  { name: "Oxfam", type: "ORGANIZATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("a relative clause on an owned thing", () => {
  it("reads the owner as the actor of 'X's probe, which returned samples'", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Only one other mission has done so: Kestrel Aerospace's Wren probe, which returned samples from a comet on Monday.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["ACTOR:Kestrel Aerospace"], date: "2017-04-10" },
    ]);
  });

  it("reads a country owning a lander as its actor", () => {
    const events = eventsOf({
      paragraphs: [
        ["It follows India's lander, which touched down near the lunar pole on Monday."],
      ],
    });
    expect(events).toMatchObject([{ code: "00", participants: ["ACTOR:India"] }]);
  });

  it("still leaves out an act told in a relative clause on an unowned thing", () => {
    const events = eventsOf({
      paragraphs: [["Oxfam backed a resolution, which condemned the blockade."]],
    });
    expect(events.filter((event) => event.code === "11")).toEqual([]);
  });
});

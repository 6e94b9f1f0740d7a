import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** A dated plan told without its party, after the sentence that announced it. Invented wire-style sentences. */

const { eventsOf } = eventTestKit([
  { name: "Chile", type: "LOCATION" },
  { name: "Gabriel Boric", type: "PERSON", aliases: ["Boric"] },
]);

// Publication date: Wednesday 2017-04-12.
describe("a plan announced, then dated", () => {
  it("gives the dated referendum the actor who intends to hold it", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Chile intends to hold two referendums on its new charter.",
          "The opening referendum is to take place on June 13.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["ACTOR:Chile"], date: "2017-06-13" },
    ]);
  });

  it("takes the actor of a firm but undated plan too", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Gabriel Boric will hold a referendum on pension reform.",
          "The referendum is expected on June 13.",
        ],
      ],
    });
    expect(events).toMatchObject([{ participants: ["ACTOR:Gabriel Boric"], date: "2017-06-13" }]);
  });

  it("does not lend the actor to a plan of another kind", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Chile intends to hold two referendums on its new charter.",
          "A summit is to be held on June 13.",
        ],
      ],
    });
    expect(events).toEqual([]);
  });
});

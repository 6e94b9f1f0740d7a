import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** Publications of studies. Sentences are invented, in wire style. */

const { eventsOf } = eventTestKit([
  { name: "University of Leeds", type: "ORGANIZATION" },
  { name: "The Lancet", type: "ORGANIZATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("a study's publication", () => {
  it("names the journal of a study published in an earlier paragraph", () => {
    const events = eventsOf({
      paragraphs: [
        ["Adults who nap after lunch sleep less at night, according to a study published Monday."],
        ["The findings appear in the journal The Lancet."],
      ],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["OTHER:The Lancet"], date: "2017-04-10" },
    ]);
  });

  it("does not read appearing in court or on television as a publication", () => {
    const events = eventsOf({
      paragraphs: [["The dean of the University of Leeds appeared on television on Monday."]],
    });
    expect(events).toEqual([]);
  });
});

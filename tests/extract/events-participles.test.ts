import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** Participle clauses after a comma. Sentences are invented, in wire style. */

const { eventsOf } = eventTestKit([
  { name: "Lena Holm", type: "PERSON" },
  { name: "Oxfam", type: "ORGANIZATION" },
]);

describe("a participle after a past clause", () => {
  it("does not read an 'other' happening in the participle as an event of its own", () => {
    const events = eventsOf({
      paragraphs: [["Lena Holm finished four minutes clear, completing the course in 2:20:11."]],
    });
    expect(events).toEqual([]);
  });

  it("still reads a directed act in the participle", () => {
    const events = eventsOf({
      paragraphs: [["Lena Holm spoke to reporters on Monday, accusing Oxfam of hiding losses."]],
    });
    expect(events).toMatchObject([
      { code: "11", participants: ["ACTOR:Lena Holm", "TARGET:Oxfam"] },
    ]);
  });
});

describe("a present perfect with a counted subject", () => {
  const { eventsOf: eventsOfStates } = eventTestKit([
    { name: "Chile", type: "LOCATION" },
    { name: "Peru", type: "LOCATION" },
    { name: "Andean Water Pact", type: "ORGANIZATION" },
  ]);

  it("reads 'all but two of the members have signed' as a tally, not a signing", () => {
    const events = eventsOfStates({
      paragraphs: [
        [
          "With the latest signings, all but two of the 30 members of the Andean Water Pact have signed the accord.",
        ],
      ],
    });
    expect(events).toEqual([]);
  });

  it("reads '14 nations have signed' as a tally", () => {
    const events = eventsOfStates({
      paragraphs: [["Only 14 nations have signed the Andean Water Pact so far."]],
    });
    expect(events).toEqual([]);
  });

  it("still reads a named party's signing told in the present perfect", () => {
    const events = eventsOfStates({
      paragraphs: [["Chile and Peru have signed the Andean Water Pact on Monday."]],
    });
    expect(events).toHaveLength(1);
  });
});

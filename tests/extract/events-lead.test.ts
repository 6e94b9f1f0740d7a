import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** The lead's happening when no trigger reports it. Sentences are invented, in wire style. */

const { eventsOf } = eventTestKit([
  { name: "Lena Holm", type: "PERSON", aliases: ["Holm"] },
  { name: "Senate Finance Committee", type: "ORGANIZATION" },
  { name: "Bergen", type: "LOCATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("a lead no trigger reported", () => {
  it("reads a lead with another verb as the story's happening, on the story's day", () => {
    const events = eventsOf({
      headline: "Festival and hearing news",
      paragraphs: [
        [
          "The Bergen harbour fair got under way on Tuesday night when mayor Lena Holm greeted the first visitors in Bergen.",
        ],
        ["Crowds filled the harbour."],
      ],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["ACTOR:Lena Holm"], date: "2017-04-11", location: "Bergen" },
    ]);
  });

  it("reads a lead that tells lawmakers something as the statement that is the news", () => {
    const events = eventsOf({
      headline: "Festival and hearing news",
      paragraphs: [
        [
          "Lena Holm told the Senate Finance Committee on Tuesday that the bank was in no hurry to move.",
        ],
      ],
    });
    expect(events).toMatchObject([
      {
        code: "01",
        participants: ["ACTOR:Lena Holm", "OTHER:Senate Finance Committee"],
        date: "2017-04-11",
      },
    ]);
  });

  it("adds nothing when the lead names no person or organisation", () => {
    const events = eventsOf({
      headline: "Festival and hearing news",
      paragraphs: [["Crowds were out in force in Bergen on Tuesday night."]],
    });
    expect(events).toEqual([]);
  });

  it("adds nothing to a text without a headline, which has no lead", () => {
    const events = eventsOf({
      paragraphs: [
        ["Lena Holm told the Senate Finance Committee on Tuesday that rates would hold."],
      ],
    });
    expect(events).toEqual([]);
  });

  it("adds nothing to a lead a trigger already reported", () => {
    const events = eventsOf({
      headline: "Festival and hearing news",
      paragraphs: [["Lena Holm met the Senate Finance Committee in Bergen on Tuesday."]],
    });
    expect(events.map((event) => event.code)).toEqual(["04"]);
  });
});

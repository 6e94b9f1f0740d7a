import { describe, expect, it } from "vitest";
import { eventTestKit } from "./event-test-kit.js";

/** Planned acts and consultations told through the host. Sentences are invented, in wire style. */

const { eventsOf } = eventTestKit([
  { name: "Mark Carney", type: "PERSON", aliases: ["Carney"] },
  { name: "Emmanuel Macron", type: "PERSON", aliases: ["Macron"] },
  { name: "Ottawa", type: "LOCATION" },
  { name: "Rideau Hall", type: "LOCATION" },
]);

// Publication date: Wednesday 2017-04-12.
describe("hosting leaders", () => {
  it("reads hosting a leader as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Mark Carney hosted French President Emmanuel Macron in Ottawa on Monday."]],
    });
    expect(events).toMatchObject([
      { code: "04", participants: ["ACTOR:Mark Carney", "TARGET:Emmanuel Macron"] },
    ]);
    expect(events[0]?.date).toBe("2017-04-10");
  });

  it("does not read hosting a dinner or a show as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Mark Carney hosted a charity dinner in Ottawa on Monday."]],
    });
    expect(events).toEqual([]);
  });
});

describe("a planned act inside a dated happening's sentence", () => {
  it("dates 'where X is due to host' by the meeting it belongs to", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Markets will watch a meeting at Rideau Hall on Friday, where Mark Carney is due to host provincial leaders.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "04", participants: ["ACTOR:Mark Carney"], date: "2017-04-14" },
    ]);
  });

  it("leaves an undated plan out", () => {
    const events = eventsOf({
      paragraphs: [["Mark Carney is due to host provincial leaders at Rideau Hall."]],
    });
    expect(events).toEqual([]);
  });
});

describe("a relative clause on a scheduled happening", () => {
  const { eventsOf: eventsOfAgency } = eventTestKit([
    { name: "Kestrel Aerospace", type: "ORGANIZATION" },
    { name: "Florida", type: "LOCATION" },
  ]);

  // A story about one agency: its unowned happenings are its own.
  const agencyStory = [
    "Kestrel Aerospace has flown the capsule nine times.",
    "Kestrel Aerospace builds it in Florida.",
    "Kestrel Aerospace employs 900 people.",
    "Kestrel Aerospace also sells parts.",
  ];

  it("reads 'its final flight, which launches July 9' as the launch", () => {
    const events = eventsOfAgency({
      paragraphs: [
        agencyStory,
        [
          "Kestrel Aerospace will retire the capsule after its final flight, which launches July 9.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["OTHER:Kestrel Aerospace"], date: "2017-07-09" },
    ]);
  });

  it("still leaves out an act told in a relative clause on another thing", () => {
    const events = eventsOfAgency({
      paragraphs: [
        agencyStory,
        ["Kestrel Aerospace will retire the capsule, which launches satellites, on July 9."],
      ],
    });
    expect(events).toEqual([]);
  });
});

describe("a plan whose date is not set", () => {
  it("leaves out a meeting told with 'though no date has been set'", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Mark Carney is expected to travel to Ottawa in May for a meeting with Emmanuel Macron, officials said, though no date has been set.",
        ],
      ],
    });
    expect(events).toEqual([]);
  });

  it("keeps a past meeting told beside an unset date", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Mark Carney met Emmanuel Macron in Ottawa on Monday, but no date has been set for further talks.",
        ],
      ],
    });
    expect(events).toMatchObject([
      {
        code: "04",
        participants: ["ACTOR:Mark Carney", "TARGET:Emmanuel Macron"],
        date: "2017-04-10",
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { eventTestKit, type EntitySpec, type Expected } from "./event-test-kit.js";

/**
 * Events found on real text that the main events tests do not cover: aid verbs, reported
 * appeals and the like. Sentences are invented, in wire style.
 */

const PEOPLE_AND_PLACES: EntitySpec[] = [
  { name: "Oxfam", type: "ORGANIZATION" },
  { name: "Nordvik Telecom", type: "ORGANIZATION" },
  { name: "Kestrel Software", type: "ORGANIZATION" },
  { name: "Marlow", type: "LOCATION" },
  { name: "Anna Lindqvist", type: "PERSON", aliases: ["Lindqvist"] },
];

const { eventsOf } = eventTestKit(PEOPLE_AND_PLACES);

// Publication date: Wednesday 2017-04-12. Each case: one sentence, the events expected from it.
const single: [string, string, Expected[]][] = [
  [
    "07 aid: relief facilities set up",
    "Oxfam said it had set up two field hospitals near Marlow on Tuesday.",
    [{ code: "07", participants: ["ACTOR:Oxfam"], date: "2017-04-11" }],
  ],
  ["setting up a company is no aid", "Anna Lindqvist set up a consultancy in Marlow.", []],
  [
    "01 statement: promoted a campaign in public",
    "Anna Lindqvist promoted the campaign for a new town charter on Monday.",
    [{ code: "01", participants: ["ACTOR:Anna Lindqvist"], date: "2017-04-10" }],
  ],
  [
    "promoting a person or a product is no statement",
    "Nordvik Telecom promoted its new phone and promoted Anna Lindqvist to chief executive.",
    [],
  ],
  [
    "07 aid: provided food and shelter",
    "Oxfam provided food and shelter to 3,000 families on Monday.",
    [{ code: "07", participants: ["ACTOR:Oxfam"], date: "2017-04-10" }],
  ],
  [
    "07 aid: distributed relief supplies",
    "Oxfam distributed relief supplies in Marlow on Monday.",
    [{ code: "07", participants: ["ACTOR:Oxfam"], date: "2017-04-10", location: "Marlow" }],
  ],
  ["providing a service is no aid", "Nordvik Telecom provided internet access to Marlow.", []],
  [
    "07 aid: survivors pulled from the rubble",
    "Oxfam pulled eight people alive from the rubble on Monday.",
    [{ code: "07", participants: ["ACTOR:Oxfam"], date: "2017-04-10" }],
  ],
  ["pulling out of a deal is no rescue", "Nordvik Telecom pulled out of the merger on Monday.", []],
  [
    "02 appeal: announced that it was time for others to act",
    "Kestrel Software announced on Monday that it was time for customers to stop using its old browser.",
    [{ code: "02", participants: ["ACTOR:Kestrel Software"], date: "2017-04-10" }],
  ],
  [
    "02 appeal: announced what others should do",
    "Kestrel Software announced on Monday that customers should update their phones.",
    [{ code: "02", participants: ["ACTOR:Kestrel Software"] }],
  ],
  [
    "01 statement: the announcer's own duty is no appeal",
    "Kestrel Software announced on Monday that it must close its plant in Marlow.",
    [{ code: "01", participants: ["ACTOR:Kestrel Software"] }],
  ],
  [
    "02 appeal: asked another party to act",
    "Oxfam asked Nordvik Telecom to restore phone service in Marlow.",
    [{ code: "02", participants: ["ACTOR:Oxfam", "TARGET:Nordvik Telecom"] }],
  ],
  ["a question asked is no appeal", "Anna Lindqvist asked about the plant in Marlow.", []],
  [
    "a present 'ask' inside a speaker's words is no appeal of its own",
    '"We ask our customers to be patient," Anna Lindqvist said.',
    [],
  ],
  [
    "10 demand: another party's requests complied with",
    "Nordvik Telecom is complying with Kestrel Software's requests to remove the files.",
    [
      { code: "08", participants: ["ACTOR:Nordvik Telecom", "TARGET:Kestrel Software"] },
      { code: "10", participants: ["ACTOR:Kestrel Software", "OTHER:Nordvik Telecom"] },
    ],
  ],
  [
    "a reporter's request for comment is no demand",
    "Nordvik Telecom did not answer a request for comment from Kestrel Software.",
    [],
  ],
  [
    "10 demand: told to do something, in the passive",
    "Anna Lindqvist was told to leave Marlow on Monday.",
    [{ code: "10", participants: ["TARGET:Anna Lindqvist"], date: "2017-04-10" }],
  ],
  ["telling reporters is speech", "Anna Lindqvist told reporters in Marlow to stay calm.", []],
  [
    "a participle before its noun describes a thing, reports no act",
    "Oxfam was one of the recipients of donated computers from Kestrel Software.",
    [],
  ],
  [
    "a participle with its object still reports the act",
    "Kestrel Software donated computers to Oxfam on Monday.",
    [{ code: "07", participants: ["ACTOR:Kestrel Software", "TARGET:Oxfam"] }],
  ],
  ["declining to comment rejects no one", "Anna Lindqvist declined to comment on the plan.", []],
  [
    "12 reject: declined to act",
    "Kestrel Software declined to sign the agreement with Nordvik Telecom.",
    [{ code: "12", participants: ["ACTOR:Kestrel Software", "TARGET:Nordvik Telecom"] }],
  ],
  [
    "a market's demand is no demand",
    "Nordvik Telecom said it would hire 40 engineers, citing strong demand from Marlow.",
    [],
  ],
  [
    "10 demand: demanded",
    "Oxfam demanded the release of Anna Lindqvist.",
    [{ code: "10", participants: ["ACTOR:Oxfam", "TARGET:Anna Lindqvist"] }],
  ],
  [
    "a participle after an act's comma tells how it was done",
    "Kestrel Software rejected the offer from Nordvik Telecom, demanding a higher price.",
    [{ code: "12", participants: ["ACTOR:Kestrel Software", "TARGET:Nordvik Telecom"] }],
  ],
];

describe("events on real text", () => {
  it.each(single)("%s", (_name, sentence, expected) => {
    const events = eventsOf({ paragraphs: [[sentence]] });
    expect(events).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(events[index]).toMatchObject(want));
  });
});

describe("events told with a pronoun", () => {
  it("keeps the events of a passive act whose subject is a pronoun for a person named before", () => {
    const events = eventsOf({
      paragraphs: [
        ["Anna Lindqvist arrived in Marlow in 2009.", "In 2011 she was told to leave the town."],
      ],
    });
    expect(events).toMatchObject([{ code: "10", participants: ["TARGET:Anna Lindqvist"] }]);
  });

  it("reads 'it' as the organisation the sentence before opened with, though it told no act", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Nordvik Telecom is the largest employer in Marlow.",
          "It sued Kestrel Software on Monday.",
        ],
      ],
    });
    expect(events).toMatchObject([
      { code: "11", participants: ["ACTOR:Nordvik Telecom", "TARGET:Kestrel Software"] },
    ]);
  });

  it("does not read a possessive opening the sentence before as the subject 'it' stands for", () => {
    const events = eventsOf({
      paragraphs: [
        [
          "Nordvik Telecom's new mast is the tallest in Marlow.",
          "It sued Kestrel Software on Monday.",
        ],
      ],
    });
    expect(events).toMatchObject([{ code: "11", participants: ["TARGET:Kestrel Software"] }]);
  });
});

describe("reactions to a happening told before", () => {
  it("aims the reaction at the doer of the happening its object names", () => {
    const events = eventsOf({
      paragraphs: [
        ["Nordvik Telecom attacked Kestrel Software in a lawsuit filed on Monday."],
        ["Oxfam condemned the attack on Tuesday."],
      ],
    });
    const reaction = events.find((event) => event.code === "11" && event.date === "2017-04-11");
    expect(reaction?.participants).toEqual(["ACTOR:Oxfam", "TARGET:Nordvik Telecom"]);
  });

  it("keeps whoever reacts out of the parties of the happening reacted to", () => {
    const { eventsOf: eventsWithUnion } = eventTestKit([
      ...PEOPLE_AND_PLACES,
      { name: "African Union", type: "ORGANIZATION" },
    ]);
    const events = eventsWithUnion({
      paragraphs: [
        ["Nordvik Telecom attacked a bus depot near Marlow on Sunday, killing 12 guards."],
        ["The African Union condemned the attack on Monday and called for calm."],
      ],
    });
    const attack = events.find((event) => event.code === "18");
    expect(attack?.participants).toEqual(["ACTOR:Nordvik Telecom"]);
  });
});

describe("votes", () => {
  const { eventsOf: eventsWithCouncil } = eventTestKit([
    { name: "Marlow Town Council", type: "ORGANIZATION" },
  ]);

  it("reads a body voting on a measure as a happening", () => {
    const events = eventsWithCouncil({
      paragraphs: [["Marlow Town Council voted on the bypass plan on Monday."]],
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["ACTOR:Marlow Town Council"], date: "2017-04-10" },
    ]);
  });

  it("keeps a vote the body is expected to hold on a given day, as a plan", () => {
    const events = eventsWithCouncil({
      paragraphs: [["Marlow Town Council is expected to vote on the bypass plan on Friday."]],
    });
    expect(events).toMatchObject([{ code: "00", participants: ["ACTOR:Marlow Town Council"] }]);
    expect(events[0]?.summary).toContain("(Planned)");
  });
});

describe("verbs joined to a negated one", () => {
  it("reports a past verb joined to a negated bare one", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist said she would not resign and accused Oxfam of lying."]],
    });
    expect(events).toMatchObject([
      { code: "11", participants: ["ACTOR:Anna Lindqvist", "TARGET:Oxfam"] },
    ]);
  });

  it("still lets a negated passive cover the participle joined to it", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist was not arrested and charged, Oxfam said."]],
    });
    expect(events).toEqual([]);
  });
});

describe("verbs joined after a month", () => {
  it("reads 'May' as the month, not a modal; both joined verbs take its date, each its own object", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist visited Marlow in May and urged Oxfam to send more aid."]],
      publishedAt: "2017-06-20",
    });
    expect(events).toMatchObject([
      { code: "04", participants: ["ACTOR:Anna Lindqvist"], date: "2017-05" },
      { code: "02", participants: ["ACTOR:Anna Lindqvist", "TARGET:Oxfam"], date: "2017-05" },
    ]);
  });

  it("reads a capitalized 'IF' inside a name as no condition, but a quote's opening 'If' as one", () => {
    const { eventsOf: eventsWithUnion } = eventTestKit([
      ...PEOPLE_AND_PLACES,
      { name: "IF Metall", type: "ORGANIZATION" },
    ]);
    const union = eventsWithUnion({
      paragraphs: [["The IF Metall union threatened to strike at the plant in Marlow."]],
    });
    expect(union).toMatchObject([{ code: "13", participants: ["ACTOR:IF Metall"] }]);
    const condition = eventsWithUnion({
      paragraphs: [['"If we find breaches, we will sue Oxfam," Anna Lindqvist said.']],
    });
    expect(condition).toEqual([]);
  });

  it("still reads a lower-case 'may' as a modal", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist may urge Oxfam to send more aid."]],
    });
    expect(events).toEqual([]);
  });
});

describe("standing states", () => {
  it("reads an event noun after a span of years as a state, not a happening", () => {
    const events = eventsOf({
      paragraphs: [["Oxfam said the deal was aimed at ending decades of fighting near Marlow."]],
    });
    expect(events).toEqual([]);
  });

  it("still reads a fight of the story's days after 'days of'", () => {
    const events = eventsOf({
      paragraphs: [["Two days of fighting near Marlow ended on Monday, Oxfam said."]],
    });
    expect(events).toMatchObject([{ code: "19" }]);
  });
});

describe("phone calls", () => {
  it("reads speaking to a party by phone as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist spoke to the head of Oxfam by phone on Monday."]],
    });
    expect(events).toMatchObject([
      { code: "04", participants: ["ACTOR:Anna Lindqvist", "TARGET:Oxfam"], date: "2017-04-10" },
    ]);
  });

  it("reads a phone call with a party as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist held a phone call with Oxfam on Monday."]],
    });
    expect(events).toMatchObject([{ code: "04", date: "2017-04-10" }]);
  });

  it("does not read talking to investors by phone as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist spoke to investors by phone on Monday."]],
    });
    expect(events).toEqual([]);
  });

  it("does not read talking to reporters by phone as a consultation", () => {
    const events = eventsOf({
      paragraphs: [["Anna Lindqvist spoke to reporters in Marlow by phone on Monday."]],
    });
    expect(events).toEqual([]);
  });
});

describe("a disaster and its aftermath", () => {
  const { eventsOf: eventsInTurkey } = eventTestKit([
    { name: "Turkey", type: "LOCATION" },
    { name: "Ankara", type: "LOCATION" },
    { name: "Malatya", type: "LOCATION" },
    { name: "Greece", type: "LOCATION" },
  ]);

  it("reads 'an earthquake struck' as the disaster, not an attack", () => {
    const events = eventsInTurkey({
      paragraphs: [
        ["An earthquake struck eastern Turkey on Sunday, killing 41 people in Malatya."],
      ],
      datelinePlace: "Ankara",
      publishedAt: "2025-02-11",
    });
    expect(events.map((event) => event.code)).toEqual(["00"]);
  });

  it("reads search teams sent as aid", () => {
    const events = eventsInTurkey({
      paragraphs: [["Greece sent search teams to Malatya on Monday."]],
      publishedAt: "2025-02-11",
    });
    expect(events).toMatchObject([
      { code: "07", participants: ["ACTOR:Greece"], date: "2025-02-10" },
    ]);
  });

  it("reads bare 'prosecutors' as the dateline's state, and dates their act, not the inquiry after", () => {
    const events = eventsInTurkey({
      paragraphs: [
        ["Turkey mourned its dead."],
        [
          "Prosecutors detained 18 builders on Tuesday as part of an investigation into the damage.",
        ],
      ],
      datelinePlace: "Ankara",
      publishedAt: "2025-02-12",
    });
    expect(events).toMatchObject([
      { code: "17", participants: ["ACTOR:Turkey"], date: "2025-02-11" },
    ]);
  });
  it("keeps a rescue by unnamed rescuers, with the place its clause names as party", () => {
    const events = eventsInTurkey({
      paragraphs: [["Rescuers pulled 12 people alive from the rubble in Malatya on Monday."]],
      publishedAt: "2025-02-11",
    });
    expect(events).toMatchObject([
      { code: "07", participants: ["OTHER:Malatya"], date: "2025-02-10", location: "Malatya" },
    ]);
  });

  it("places a pluperfect rescue dated in the story's days at the scene, as reported news", () => {
    const { eventsOf: eventsWithCrescent } = eventTestKit([
      { name: "Turkey", type: "LOCATION" },
      { name: "Malatya", type: "LOCATION" },
      { name: "Red Crescent", type: "ORGANIZATION" },
    ]);
    const events = eventsWithCrescent({
      paragraphs: [
        ["An earthquake struck eastern Turkey on Sunday, killing 41 people in Malatya."],
        ["The Red Crescent said its teams had pulled 12 people alive from the rubble on Monday."],
      ],
      publishedAt: "2025-02-11",
    });
    expect(events[1]).toMatchObject({
      code: "07",
      participants: ["OTHER:Red Crescent"],
      date: "2025-02-10",
      location: events[0]?.location,
    });
    expect(events[1]?.location).not.toBeNull();
  });
});

describe("a rescue halted and taken up again", () => {
  const { eventsOf: eventsWithAgency } = eventTestKit([
    { name: "Izmir", type: "LOCATION" },
    { name: "Civil Protection Agency", type: "ORGANIZATION", aliases: ["the agency"] },
  ]);

  it("reads a resumed rescue as aid by the organisation that ran it before", () => {
    const events = eventsWithAgency({
      paragraphs: [
        ["A hotel collapsed in Izmir on Sunday."],
        ["Civil Protection Agency teams rescued nine people from the rubble on Monday."],
        ["The search was called off at nightfall on Tuesday. Rescue work resumed on Wednesday."],
      ],
      publishedAt: "2025-03-06",
    });
    expect(events.at(-1)).toMatchObject({
      code: "07",
      participants: ["ACTOR:Civil Protection Agency"],
      date: "2025-03-05",
    });
  });

  it("does not read a resumed police search as aid", () => {
    const events = eventsWithAgency({
      paragraphs: [["The search for the gunman resumed in Izmir on Wednesday."]],
      publishedAt: "2025-03-06",
    });
    expect(events).toEqual([]);
  });
});

describe("a body sentence told in headline style", () => {
  const { eventsOf: eventsOfStates } = eventTestKit([
    { name: "Portugal", type: "LOCATION" },
    { name: "Spain", type: "LOCATION" },
  ]);

  it("reads 'X to vote on <weekday>, officials said' as a plan for the coming day", () => {
    const events = eventsOfStates({
      paragraphs: [["Portugal to vote on Sunday, officials said."]],
      publishedAt: "2025-03-05",
    });
    expect(events).toMatchObject([
      { code: "00", participants: ["ACTOR:Portugal"], date: "2025-03-09" },
    ]);
    expect(events[0]?.summary).toContain("(Planned)");
  });

  it("reads 'X to hold talks with Y on <weekday>' as planned talks", () => {
    const events = eventsOfStates({
      paragraphs: [["Portugal to hold talks with Spain on Friday, the ministry said."]],
      publishedAt: "2025-03-05",
    });
    expect(events).toMatchObject([{ code: "04", date: "2025-03-07" }]);
  });
});

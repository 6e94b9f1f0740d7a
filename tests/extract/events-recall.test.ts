import { describe, expect, it } from "vitest";
import { emptyDoc } from "../../src/extract/pipeline.js";
import { datesStage } from "../../src/extract/stages/05-dates.js";
import { eventsStage } from "../../src/extract/stages/07-events/index.js";
import type { Doc, Entity, EntityType, Mention, Sentence, Zone } from "../../src/extract/types.js";

/**
 * Events found on real text that the main events tests do not cover: aid verbs, reported
 * appeals and the like. Sentences are invented, in wire style.
 */

interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to find in the text; the name itself is always looked for. */
  aliases?: string[];
}

const PEOPLE_AND_PLACES: EntitySpec[] = [
  { name: "Oxfam", type: "ORGANIZATION" },
  { name: "Nordvik Telecom", type: "ORGANIZATION" },
  { name: "Kestrel Software", type: "ORGANIZATION" },
  { name: "Marlow", type: "LOCATION" },
  { name: "Anna Lindqvist", type: "PERSON", aliases: ["Lindqvist"] },
];

interface Built {
  paragraphs: string[][];
  publishedAt?: string | null;
  zone?: Zone;
  datelinePlace?: string;
}

/** Builds a document as the earlier stages would: one string per sentence, names found by exact match. */
function buildDoc({
  paragraphs,
  publishedAt = "2017-04-12",
  zone = "body",
  datelinePlace,
}: Built): Doc {
  const text = paragraphs.map((sentences) => sentences.join(" ")).join("\n\n");
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const sentenceText of paragraph) {
      sentences.push({
        index: sentences.length,
        start: offset,
        end: offset + sentenceText.length,
        zone,
        paragraphIndex,
        text: sentenceText,
        tokens: [],
      });
      offset += sentenceText.length + 1;
    }
    offset += 1;
  });
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const spec of PEOPLE_AND_PLACES) {
    const forms = [spec.name, ...(spec.aliases ?? [])].sort((a, b) => b.length - a.length);
    const entity: Entity = {
      id: entities.length,
      name: spec.name,
      type: spec.type,
      key: spec.name.toLowerCase(),
      description: null,
      aliases: spec.aliases ?? [],
      mentionIds: [],
    };
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        const covered = mentions.some((mention) => at < mention.end && end > mention.start);
        const wordEdge = !/\w/.test(text[at - 1] ?? "") && !/\w/.test(text[end] ?? "");
        const sentence = sentences.find((item) => at >= item.start && end <= item.end);
        if (covered || !wordEdge || !sentence) continue;
        mentions.push({
          id: mentions.length,
          start: at,
          end,
          text: form,
          type: spec.type,
          sentenceIndex: sentence.index,
          zone: sentence.zone,
          title: null,
          fullSpan: null,
          entityId: entity.id,
        });
        entity.mentionIds.push(mentions.length - 1);
      }
    }
    entities.push(entity);
  }
  mentions.sort((a, b) => a.start - b.start);
  const doc = emptyDoc(text);
  const place = datelinePlace ?? null;
  return datesStage.run({
    ...doc,
    publishedAt,
    sentences,
    mentions,
    entities,
    layout: {
      ...doc.layout,
      dateline:
        place === null
          ? null
          : {
              start: 0,
              end: 0,
              place,
              placeSpan: null,
              agency: null,
              month: null,
              day: null,
              year: null,
            },
    },
  });
}

interface Expected {
  code: string;
  participants?: string[];
  date?: string | null;
  location?: string | null;
  summary?: string;
}

function eventsOf(built: Built): Expected[] {
  const doc = eventsStage.run(buildDoc(built));
  const name = (id: number | null): string | null =>
    id === null ? null : (doc.entities.find((entity) => entity.id === id)?.name ?? null);
  return doc.events.map((event) => ({
    code: event.code,
    participants: event.participants.map(
      (participant) => `${participant.role}:${name(participant.entityId) ?? "?"}`,
    ),
    date: event.date,
    location: name(event.locationId),
    summary: event.summary,
  }));
}

// Publication date: Wednesday 2017-04-12. Each case: one sentence, the events expected from it.
const single: [string, string, Expected[]][] = [
  [
    "07 aid: relief facilities set up",
    "Oxfam said it had set up two field hospitals near Marlow on Tuesday.",
    [{ code: "07", participants: ["ACTOR:Oxfam"], date: "2017-04-11" }],
  ],
  ["setting up a company is no aid", "Anna Lindqvist set up a consultancy in Marlow.", []],
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
});

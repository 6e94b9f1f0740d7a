import type { Extraction, ExtractOptions } from "../../src/extract/types.js";
import type { Extractor } from "../../src/ingest/ingest.js";
import { key } from "../../src/extract/normalize.js";

export interface EntitySpec {
  name: string;
  type?: "PERSON" | "ORGANIZATION" | "LOCATION";
  aliases?: string[];
}

export interface EventSpec {
  code?: Extraction["events"][number]["code"];
  trigger?: string;
  date?: string;
  participants: string[];
  location?: string;
  /** The date comes from the story's narrative, not the event's own words. */
  dateInferred?: boolean;
}

/**
 * An extractor that ignores the text's meaning and returns the given
 * entities (each mentioned once, in order) and events, with spans inside the
 * text. Lets database and API tests control the graph exactly.
 */
export function fakeExtractor(spec: {
  entities: EntitySpec[];
  events?: EventSpec[];
  quotes?: { text: string; speaker: string }[];
}): Extractor {
  return (text: string, options: ExtractOptions): Extraction => {
    const entities = spec.entities.map((e, id) => ({
      id,
      name: e.name,
      type: e.type ?? "PERSON",
      key: key(e.name),
      description: null,
      aliases: e.aliases ?? [],
      mentionIds: [id],
    }));
    const idOf = (name: string) => {
      const found = entities.find((e) => e.name === name);
      if (!found) throw new Error(`unknown entity ${name}`);
      return found.id;
    };
    const span = Math.min(5, text.length);
    // Facts sit where their words occur in the text, so span-based queries see real positions.
    const spanOf = (words: string) => {
      const start = text.indexOf(words);
      return start >= 0 ? { start, end: start + words.length } : { start: 0, end: span };
    };
    return {
      extractorVersion: "test",
      degradedStages: [],
      title: text.split("\n")[0]!.slice(0, 80),
      subtitle: null,
      authors: [],
      datelinePlace: null,
      agency: null,
      publishedAt: typeof options.publishedAt === "string" ? options.publishedAt : null,
      body: text,
      sentences: [{ start: 0, end: text.length }],
      entities,
      mentions: entities.map((e) => ({
        id: e.id,
        ...spanOf(e.name),
        text: e.name,
        type: e.type,
        sentenceIndex: 0,
        zone: "body" as const,
        title: null,
        fullSpan: null,
        entityId: e.id,
      })),
      dates: [],
      quotes: (spec.quotes ?? []).map((q) => ({
        ...spanOf(q.text),
        text: q.text,
        speakerId: idOf(q.speaker),
        verb: "said",
        confidence: 0.9,
        sentenceIndex: 0,
        paragraphIndex: 0,
        // Everything sits in one paragraph, so every quote is about every event.
        eventIndexes: (spec.events ?? []).map((_, i) => i),
      })),
      events: (spec.events ?? []).map((ev) => ({
        code: ev.code ?? "04",
        trigger: ev.trigger ?? "met",
        triggerSpan: { start: 0, end: span },
        summary: `${ev.participants.join(" and ")} ${ev.trigger ?? "met"}`,
        date: ev.date ?? null,
        precision: ev.date ? ("DAY" as const) : null,
        ...(ev.dateInferred ? { dateInferred: true } : {}),
        locationId: ev.location ? idOf(ev.location) : null,
        participants: ev.participants.map((p, i) => ({
          entityId: idOf(p),
          role: i === 0 ? ("ACTOR" as const) : ("TARGET" as const),
        })),
        evidence: [{ start: 0, end: span, sentenceIndex: 0 }],
        confidence: 0.8,
      })),
    };
  };
}

/** One summit story's facts: two people meeting in Moscow, and a quote of one of them. */
export const summitExtractor = fakeExtractor({
  entities: [
    { name: "Rex Tillerson", aliases: ["Tillerson"] },
    { name: "Vladimir Putin", aliases: ["Putin"] },
    { name: "Moscow", type: "LOCATION" },
  ],
  events: [
    { participants: ["Rex Tillerson", "Vladimir Putin"], date: "2017-04-12", location: "Moscow" },
  ],
  quotes: [{ text: "There is a low level of trust", speaker: "Rex Tillerson" }],
});

import type { Extraction, Span } from "../extract/types.js";
import { cameoLabel } from "../extract/lexicon/cameo.js";

/** One entity of the FORMAT.md JSON. */
export interface FormatEntity {
  name: string;
  type: string;
  aliases: string[];
}

/** One quote of the FORMAT.md JSON; `speaker` is a canonical entity name or null. */
export interface FormatQuote {
  text: string;
  speaker: string | null;
  span?: Span;
}

/** One event of the FORMAT.md JSON; `type` is "NN NAME" with a CAMEO root code. */
export interface FormatEvent {
  type: string;
  date: string | null;
  location: string | null;
  participants: string[];
  trigger: string;
  summary: string;
  triggerSpan?: Span;
}

/** The annotation layers a gold file can carry; a file without `"layers"` annotates all three. */
export const LAYERS = ["entities", "quotes", "events"] as const;
export type Layer = (typeof LAYERS)[number];

/** The extraction JSON of FORMAT.md; gold files share this shape. */
export interface FormatArticle {
  title?: string;
  /** Gold only: the layers this file annotates; the scorer ignores the others. */
  layers?: Layer[];
  publishedAt: string | null;
  entities: FormatEntity[];
  quotes: FormatQuote[];
  events: FormatEvent[];
}

/** Converts a pipeline extraction to the JSON object described in FORMAT.md. */
export function toFormatJson(extraction: Extraction): FormatArticle {
  const namesById = new Map<number, string>();
  for (const entity of extraction.entities) namesById.set(entity.id, entity.name);
  const nameOf = (id: number | null): string | null =>
    id === null ? null : (namesById.get(id) ?? null);

  return {
    title: extraction.title,
    publishedAt: extraction.publishedAt,
    entities: extraction.entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
    })),
    quotes: extraction.quotes.map((quote) => ({
      text: quote.text,
      speaker: nameOf(quote.speakerId),
      span: { start: quote.start, end: quote.end },
    })),
    events: extraction.events.map((event) => ({
      type: cameoLabel(event.code),
      date: event.date,
      location: nameOf(event.locationId),
      participants: event.participants
        .map((participant) => nameOf(participant.entityId))
        .filter((name): name is string => name !== null),
      trigger: event.trigger,
      summary: event.summary,
      triggerSpan: event.triggerSpan,
    })),
  };
}

/**
 * Reads an untrusted JSON value (a gold file) as a FormatArticle, filling
 * missing lists with [] and reporting the first malformed field.
 */
export function parseFormatArticle(value: unknown, source = "input"): FormatArticle {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  if (typeof value !== "object" || value === null) fail("not a JSON object");
  const record = value as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => {
    const items = record[key] ?? [];
    if (!Array.isArray(items)) fail(`"${key}" is not an array`);
    return (items as unknown[]).map((item, index) => {
      if (typeof item !== "object" || item === null) fail(`${key}[${index}] is not an object`);
      return item as Record<string, unknown>;
    });
  };
  const text = (item: Record<string, unknown>, key: string, where: string): string => {
    const field = item[key];
    if (typeof field !== "string") fail(`${where}.${key} is not a string`);
    return field as string;
  };
  const nullableText = (item: Record<string, unknown>, key: string, where: string) => {
    const field = item[key] ?? null;
    if (field !== null && typeof field !== "string")
      fail(`${where}.${key} is not a string or null`);
    return field as string | null;
  };
  const texts = (item: Record<string, unknown>, key: string, where: string): string[] => {
    const field = item[key] ?? [];
    if (!Array.isArray(field) || field.some((x) => typeof x !== "string")) {
      fail(`${where}.${key} is not an array of strings`);
    }
    return field as string[];
  };

  const publishedAt = nullableText(record, "publishedAt", "article");
  let layers: Layer[] | undefined;
  if (record.layers !== undefined) {
    const named = texts(record, "layers", "article");
    const unknown = named.find((layer) => !(LAYERS as readonly string[]).includes(layer));
    if (unknown !== undefined) fail(`unknown layer "${unknown}" (known: ${LAYERS.join(", ")})`);
    layers = named as Layer[];
  }
  return {
    ...(typeof record.title === "string" ? { title: record.title } : {}),
    ...(layers ? { layers } : {}),
    publishedAt,
    entities: list("entities").map((item, i) => ({
      name: text(item, "name", `entities[${i}]`),
      type: text(item, "type", `entities[${i}]`),
      aliases: texts(item, "aliases", `entities[${i}]`),
    })),
    quotes: list("quotes").map((item, i) => ({
      text: text(item, "text", `quotes[${i}]`),
      speaker: nullableText(item, "speaker", `quotes[${i}]`),
    })),
    events: list("events").map((item, i) => ({
      type: text(item, "type", `events[${i}]`),
      date: nullableText(item, "date", `events[${i}]`),
      location: nullableText(item, "location", `events[${i}]`),
      participants: texts(item, "participants", `events[${i}]`),
      trigger: typeof item.trigger === "string" ? item.trigger : "",
      summary: typeof item.summary === "string" ? item.summary : "",
    })),
  };
}

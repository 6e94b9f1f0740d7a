import { emptyDoc } from "../../src/extract/pipeline.js";
import { datesStage } from "../../src/extract/stages/05-dates.js";
import { eventsStage } from "../../src/extract/stages/07-events/index.js";
import type { Doc, Entity, EntityType, Mention, Sentence, Zone } from "../../src/extract/types.js";

/** Builds documents for the events tests as the earlier stages would, over a fixed set of names. */

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to find in the text; the name itself is always looked for. */
  aliases?: string[];
}

export interface Built {
  paragraphs: string[][];
  publishedAt?: string | null;
  zone?: Zone;
  datelinePlace?: string;
  /** A headline above the text, which makes its first paragraph an article's lead. */
  headline?: string;
}

export interface Expected {
  code: string;
  participants?: string[];
  date?: string | null;
  location?: string | null;
  summary?: string;
}

export function eventTestKit(names: readonly EntitySpec[]) {
  /** Builds a document as the earlier stages would: one string per sentence, names found by exact match. */
  function buildDoc({
    paragraphs,
    publishedAt = "2017-04-12",
    zone = "body",
    datelinePlace,
    headline,
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
    for (const spec of names) {
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
        headline:
          headline === undefined ? null : { start: 0, end: 0, zone: "headline", text: headline },
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
  return { buildDoc, eventsOf };
}

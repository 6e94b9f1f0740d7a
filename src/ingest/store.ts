import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { announceChange } from "./changes.js";
import type { Extraction } from "../extract/types.js";
import { acquireMergeLocks } from "./locks.js";
import { eventLocks, storeEvents } from "./merge-events.js";
import { entityLocks, resolveEntities } from "./resolve-entities.js";

type Tx = Prisma.TransactionClient;

/**
 * Writes an article's extraction (entities with aliases, mentions, quotes,
 * events with participants and evidence, which events each quote is about), resolving entities and merging
 * events with those of earlier articles. Runs inside the caller's
 * transaction and first takes the advisory locks that keep concurrent ingests
 * from creating duplicates; statement count does not grow with the number of
 * facts.
 */
export async function storeExtraction(
  tx: Tx,
  articleId: number,
  extraction: Extraction,
  publishedAt: string | null = extraction.publishedAt,
) {
  await acquireMergeLocks(tx, [
    ...entityLocks(extraction.entities),
    ...eventLocks(extraction.events, publishedAt),
  ]);
  const entityIds = await resolveEntities(tx, extraction.entities);
  const idOf = (localId: number | null | undefined) =>
    localId == null ? null : (entityIds.get(localId) ?? null);

  const mentions = extraction.mentions.flatMap((m) => {
    const entityId = idOf(m.entityId);
    return entityId == null ? [] : [{ ...m, entityId }];
  });
  // Bulk rows go in as one array per column: Prisma's createMany spends about
  // ten times the CPU on building an article's worth of rows (bench/ingest.ts).
  if (mentions.length > 0) {
    await tx.$executeRaw`
      INSERT INTO mention (article_id, entity_id, start, "end", text, sentence_index)
      SELECT ${articleId}::int, t.* FROM unnest(
        ${mentions.map((m) => m.entityId)}::int[], ${mentions.map((m) => m.start)}::int[],
        ${mentions.map((m) => m.end)}::int[], ${mentions.map((m) => m.text)}::text[],
        ${mentions.map((m) => m.sentenceIndex)}::int[])
        AS t(entity_id, start, "end", text, sentence_index)`;
  }

  const quotes = extraction.quotes;
  if (quotes.length > 0) {
    await tx.$executeRaw`
      INSERT INTO quote (article_id, speaker_id, text, start, "end", sentence_index, verb, confidence)
      SELECT ${articleId}::int, t.* FROM unnest(
        ${quotes.map((q) => idOf(q.speakerId))}::int[], ${quotes.map((q) => q.text)}::text[],
        ${quotes.map((q) => q.start)}::int[], ${quotes.map((q) => q.end)}::int[],
        ${quotes.map((q) => q.sentenceIndex)}::int[], ${quotes.map((q) => q.verb)}::text[],
        ${quotes.map((q) => q.confidence)}::float8[])
        AS t(speaker_id, text, start, "end", sentence_index, verb, confidence)`;
  }

  const places = new Set(extraction.entities.filter((e) => e.type === "LOCATION").map((e) => e.id));
  const eventIds = await storeEvents(
    tx,
    articleId,
    publishedAt,
    extraction.events.map((e) => ({
      extracted: e,
      locationId: idOf(e.locationId),
      participants: uniqueBy(
        e.participants.flatMap((p) => {
          const entityId = idOf(p.entityId);
          return entityId == null
            ? []
            : [{ entityId, role: p.role, place: places.has(p.entityId) }];
        }),
        (p) => `${p.entityId}:${p.role}`,
      ),
    })),
  );

  // The extractor decided which events each quote speaks about; quotes are found again by start.
  const links = quotes.flatMap((q) =>
    q.eventIndexes.flatMap((i) => {
      const eventId = eventIds[i];
      return eventId === undefined ? [] : [{ start: q.start, eventId }];
    }),
  );
  if (links.length > 0) {
    await tx.$executeRaw`
      INSERT INTO quote_event (quote_id, event_id)
      SELECT q.id, t.event_id FROM unnest(
        ${links.map((l) => l.start)}::int[], ${links.map((l) => l.eventId)}::int[]) AS t(start, event_id)
      JOIN quote q ON q.article_id = ${articleId}::int AND q.start = t.start
      ON CONFLICT DO NOTHING`;
  }
}

/**
 * Removes an article's mentions, quotes and event reports, then the events
 * and entities that only this article supported. The article row stays.
 */
export async function deleteArticleFacts(tx: Tx, articleId: number) {
  const touched = await tx.$queryRaw<{ kind: "entity" | "event"; id: number }[]>`
    WITH m AS (DELETE FROM mention WHERE article_id = ${articleId} RETURNING entity_id),
         q AS (DELETE FROM quote WHERE article_id = ${articleId} RETURNING speaker_id),
         r AS (DELETE FROM event_mention WHERE article_id = ${articleId} RETURNING event_id)
    SELECT 'entity' AS kind, entity_id AS id FROM m
    UNION SELECT 'entity', speaker_id FROM q WHERE speaker_id IS NOT NULL
    UNION SELECT 'event', event_id FROM r`;
  const ids = (kind: string) => touched.filter((t) => t.kind === kind).map((t) => t.id);
  await pruneOrphans(tx, ids("entity"), ids("event"));
}

/**
 * Among the given candidates, deletes events left without reports, then
 * entities left without mentions, quotes or events.
 */
async function pruneOrphans(tx: Tx, entityIds: number[], eventIds: number[]) {
  if (eventIds.length > 0) {
    const freed = await tx.$queryRaw<{ id: number }[]>`
      WITH gone AS (
        DELETE FROM event e WHERE e.id = ANY(${eventIds}::int[])
          AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id)
        RETURNING e.id, e.location_id)
      SELECT p.entity_id AS id FROM event_participant p JOIN gone ON gone.id = p.event_id
      UNION SELECT location_id FROM gone WHERE location_id IS NOT NULL`;
    entityIds = [...entityIds, ...freed.map((f) => f.id)];
    // A merged event keeps only participants some remaining report still mentions.
    const dropped = await tx.$queryRaw<{ id: number }[]>`
      DELETE FROM event_participant p WHERE p.event_id = ANY(${eventIds}::int[])
        AND NOT EXISTS (
          SELECT 1 FROM event_mention r JOIN mention m
            ON m.article_id = r.article_id AND m.entity_id = p.entity_id
          WHERE r.event_id = p.event_id)
      RETURNING p.entity_id AS id`;
    entityIds = [...entityIds, ...dropped.map((d) => d.id)];
  }
  if (entityIds.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM entity e
    WHERE e.id = ANY(${[...new Set(entityIds)]}::int[])
      AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.speaker_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM event_participant p WHERE p.entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM event v WHERE v.location_id = e.id)`;
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => (seen.has(keyOf(item)) ? false : (seen.add(keyOf(item)), true)));
}

/** Deletes an article with its facts and whatever only it supported. False when it did not exist. */
export async function deleteArticle(prisma: PrismaClient, articleId: number): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await deleteArticleFacts(tx, articleId);
    const deleted = await tx.article.deleteMany({ where: { id: articleId } });
    if (deleted.count > 0) await announceChange(tx, "deleted", articleId);
    return deleted.count > 0;
  });
}

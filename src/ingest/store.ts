import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import type { EntityType } from "../generated/prisma/enums.js";
import { key as normalizeKey } from "../extract/normalize.js";
import type { Extraction } from "../extract/types.js";

type Tx = Prisma.TransactionClient;

/**
 * Writes an article's extraction (entities with aliases, mentions, quotes,
 * events with participants and evidence). Runs inside the caller's
 * transaction; statement count does not grow with the number of facts.
 */
export async function storeExtraction(tx: Tx, articleId: number, extraction: Extraction) {
  const entityIds = await resolveEntities(tx, extraction);
  const idOf = (localId: number | null | undefined) =>
    localId == null ? null : (entityIds.get(localId) ?? null);

  const mentions = extraction.mentions.flatMap((m) => {
    const entityId = idOf(m.entityId);
    return entityId == null
      ? []
      : [
          {
            articleId,
            entityId,
            start: m.start,
            end: m.end,
            text: m.text,
            sentenceIndex: m.sentenceIndex,
          },
        ];
  });
  if (mentions.length > 0) await tx.mention.createMany({ data: mentions });

  if (extraction.quotes.length > 0) {
    await tx.quote.createMany({
      data: extraction.quotes.map((q) => ({
        articleId,
        speakerId: idOf(q.speakerId),
        text: q.text,
        start: q.start,
        end: q.end,
        sentenceIndex: q.sentenceIndex,
        verb: q.verb,
        confidence: q.confidence,
      })),
    });
  }

  if (extraction.events.length === 0) return;
  const events = await tx.event.createManyAndReturn({
    data: extraction.events.map((e) => ({
      code: e.code,
      trigger: e.trigger,
      date: e.date ? dateOfValue(e.date) : null,
      datePrecision: e.date ? e.precision : null,
      locationId: idOf(e.locationId),
      summary: e.summary,
      confidence: e.confidence,
    })),
    select: { id: true },
  });
  const participants = extraction.events.flatMap((e, i) => {
    const seen = new Set<string>();
    return e.participants.flatMap((p) => {
      const entityId = idOf(p.entityId);
      const key = `${entityId}:${p.role}`;
      if (entityId == null || seen.has(key)) return [];
      seen.add(key);
      return [{ eventId: events[i]!.id, entityId, role: p.role }];
    });
  });
  if (participants.length > 0) await tx.eventParticipant.createMany({ data: participants });
  const evidence = extraction.events.flatMap((e, i) =>
    uniqueBy(e.evidence, (s) => s.start).map((s) => ({
      eventId: events[i]!.id,
      articleId,
      start: s.start,
      end: s.end,
      sentenceIndex: s.sentenceIndex,
      confidence: e.confidence,
    })),
  );
  if (evidence.length > 0) await tx.eventMention.createMany({ data: evidence });
}

/**
 * Maps each extracted entity to a database entity: the one with the same
 * type and key, else the only entity of that type carrying the name as an
 * alias, else a new one. Adds every surface form as an alias.
 */
async function resolveEntities(tx: Tx, extraction: Extraction): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  if (extraction.entities.length === 0) return result;
  const keys = [...new Set(extraction.entities.map((e) => e.key))];
  const known = await tx.$queryRaw<
    { via: "key" | "alias"; key: string; type: EntityType; ids: number[] }[]
  >`
    SELECT 'key' AS via, e.key, e.type, array_agg(e.id) AS ids
    FROM entity e WHERE e.key = ANY(${keys}::text[]) GROUP BY e.key, e.type
    UNION ALL
    SELECT 'alias' AS via, a.key, e.type, array_agg(DISTINCT e.id) AS ids
    FROM entity_alias a JOIN entity e ON e.id = a.entity_id
    WHERE a.key = ANY(${keys}::text[]) GROUP BY a.key, e.type`;
  const lookup = new Map(known.map((k) => [`${k.via}|${k.type}|${k.key}`, k.ids]));

  // Entities found neither by key nor by a unique alias are created, one row per (type, key).
  const missing = new Map<
    string,
    { name: string; type: EntityType; key: string; description: string | null }
  >();
  for (const entity of extraction.entities) {
    const typed = `${entity.type}|${entity.key}`;
    const byKey = lookup.get(`key|${typed}`);
    // A short form ("Tillerson") that exactly one known entity carries as an alias is that entity.
    const byAlias = lookup.get(`alias|${typed}`);
    const id = byKey?.[0] ?? (byAlias?.length === 1 ? byAlias[0] : undefined);
    if (id !== undefined) result.set(entity.id, id);
    else if (!missing.has(typed)) {
      missing.set(typed, {
        name: entity.name,
        type: entity.type,
        key: entity.key,
        description: entity.description,
      });
    }
  }
  if (missing.size > 0) {
    const rows = [...missing.values()];
    // ON CONFLICT keeps concurrent ingests of the same entity from creating twins.
    const created = await tx.$queryRaw<{ id: number; type: EntityType; key: string }[]>`
      INSERT INTO entity (name, type, key, description)
      SELECT name, type::"EntityType", key, description FROM unnest(
        ${rows.map((r) => r.name)}::text[],
        ${rows.map((r) => r.type)}::text[],
        ${rows.map((r) => r.key)}::text[],
        ${rows.map((r) => r.description)}::text[]) AS t(name, type, key, description)
      ON CONFLICT (type, key) DO UPDATE SET description = COALESCE(entity.description, EXCLUDED.description)
      RETURNING id, type, key`;
    const createdIds = new Map(created.map((r) => [`${r.type}|${r.key}`, r.id]));
    for (const entity of extraction.entities) {
      if (!result.has(entity.id))
        result.set(entity.id, createdIds.get(`${entity.type}|${entity.key}`)!);
    }
  }

  const aliasRows = extraction.entities.flatMap((entity) =>
    [...new Set([entity.name, ...entity.aliases])].map((alias) => ({
      entityId: result.get(entity.id)!,
      alias,
      key: normalizeKey(alias),
    })),
  );
  if (aliasRows.length > 0)
    await tx.entityAlias.createMany({ data: aliasRows, skipDuplicates: true });
  return result;
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

/** First day of the period a date value names ("2016-12" → 2016-12-01). */
function dateOfValue(value: string): Date {
  const [year, month = "01", day = "01"] = value.split("-");
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
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
    return deleted.count > 0;
  });
}

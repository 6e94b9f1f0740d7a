import type { Prisma } from "../generated/prisma/client.js";
import type { EntityType } from "../generated/prisma/enums.js";
import { key as normalizeKey } from "../extract/normalize.js";
import type { Entity as ExtractedEntity } from "../extract/types.js";
import type { MergeLock } from "./locks.js";

type Tx = Prisma.TransactionClient;

/** Words left out of initials ("Organisation for the Prohibition of Chemical Weapons" → "opcw"). */
const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in"]);

/**
 * The key a short form must equal to refer to an entity: a person's surname,
 * the initials of a multi-word organization or place ("united nations" → "un"),
 * else the key itself. The SQL backfill in the match_key migration mirrors it.
 */
export function matchKeyOf(type: EntityType, key: string): string {
  const words = key.split(" ").filter(Boolean);
  if (words.length < 2) return key;
  if (type === "PERSON") return words[words.length - 1]!;
  const initials = words
    .filter((w) => !INITIALS_SKIP.has(w))
    .map((w) => w[0])
    .join("");
  return initials || key;
}

/** A one-word key: a bare surname, an acronym or a single-word name. */
function isShortForm(key: string): boolean {
  return !key.includes(" ");
}

/** Advisory locks that serialize ingests which could resolve to, or merge, the same entities. */
export function entityLocks(entities: ExtractedEntity[]): MergeLock[] {
  return entities.flatMap((entity) => {
    const keys = [entity.key, matchKeyOf(entity.type, entity.key)];
    for (const alias of entity.aliases) {
      const aliasKey = normalizeKey(alias);
      if (isShortForm(aliasKey)) keys.push(aliasKey);
    }
    return keys.map((k) => ({ name: `entity|${entity.type}|${k}`, shared: false }));
  });
}

interface KnownEntity {
  id: number | null;
  type: EntityType;
  key: string;
  matchKey: string;
  aliasKeys: Set<string>;
}

/** Full names of one person: equal, or equal once middle initials are ignored ("Donald J. Trump"). */
function sameFullName(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (words: string[]) =>
    words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(" ");
  return strip(a.split(" ")) === strip(b.split(" "));
}

/** Whether a full-name entity may be what a short form refers to. */
function shortFormFits(shortKey: string, full: KnownEntity): boolean {
  return full.matchKey === shortKey || full.aliasKeys.has(shortKey);
}

/**
 * The title words a person is named with ("president" from "President Obama" or "U.S. President
 * Barack Obama"): the last word before the entity's own name in each alias.
 */
function titleHeads(entity: KnownEntity): Set<string> {
  const heads = new Set<string>();
  for (const alias of entity.aliasKeys) {
    if (!alias.endsWith(` ${entity.key}`)) continue;
    const head = alias
      .slice(0, -entity.key.length - 1)
      .split(" ")
      .pop();
    if (head) heads.add(head);
  }
  return heads;
}

/**
 * Of several people a surname fits, the one named with the same title ("President Obama" →
 * "President Barack Obama", not "First Lady Michelle Obama"); all of them when the title does not
 * single one out.
 */
function narrowByTitle(short: KnownEntity, fitting: KnownEntity[]): KnownEntity[] {
  if (fitting.length < 2 || short.type !== "PERSON") return fitting;
  const heads = titleHeads(short);
  if (heads.size === 0) return fitting;
  const agreeing = fitting.filter((k) => [...titleHeads(k)].some((h) => heads.has(h)));
  return agreeing.length === 1 ? agreeing : fitting;
}

/** Whether two full-name entities name the same thing. */
function fullNamesAgree(incoming: KnownEntity, known: KnownEntity): boolean {
  if (incoming.key === known.key) return true;
  if (incoming.type === "PERSON" && sameFullName(incoming.key, known.key)) return true;
  const multiWord = (keys: Set<string>) => [...keys].filter((k) => !isShortForm(k));
  return (
    multiWord(incoming.aliasKeys).some((k) => k === known.key || known.aliasKeys.has(k)) ||
    multiWord(known.aliasKeys).includes(incoming.key)
  );
}

/**
 * Maps each extracted entity to a database entity, across articles:
 * a full name joins the entity with the same full name; a short form
 * ("Tillerson", "UN") joins the one full-name entity of its type it fits,
 * else stays its own entity; types never mix. When a full name arrives, short
 * forms stored earlier that now fit only it are merged into it (mentions,
 * quotes, participations and aliases re-pointed), so the outcome does not
 * depend on the order articles arrive in. Adds every surface form as an alias.
 * Must run under the locks of entityLocks().
 */
export async function resolveEntities(
  tx: Tx,
  entities: ExtractedEntity[],
): Promise<Map<number, number>> {
  const result = new Map<number, number>();
  if (entities.length === 0) return result;

  const incoming = entities.map((entity) => ({
    extracted: entity,
    known: {
      id: null,
      type: entity.type,
      key: entity.key,
      matchKey: matchKeyOf(entity.type, entity.key),
      aliasKeys: new Set([entity.name, ...entity.aliases].map(normalizeKey)),
    } satisfies KnownEntity,
  }));
  const stored = await loadCandidates(
    tx,
    incoming.map((i) => i.known),
  );
  const known: KnownEntity[] = [...stored];
  const fullsOfType = (type: EntityType) =>
    known.filter((k) => k.type === type && !isShortForm(k.key));

  // Resolution target per incoming entity: a stored entity, or a row to create.
  const target = new Map<number, KnownEntity>();
  const exact = (type: EntityType, key: string) =>
    known.find((k) => k.type === type && k.key === key);
  const adopt = (entity: KnownEntity, aliasKeys: Set<string>) => {
    for (const aliasKey of aliasKeys) entity.aliasKeys.add(aliasKey);
    return entity;
  };

  const byKey = (a: KnownEntity, b: KnownEntity) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const { extracted, known: candidate } of incoming) {
    if (isShortForm(candidate.key)) continue;
    const agreeing = fullsOfType(candidate.type)
      .filter((k) => fullNamesAgree(candidate, k))
      .sort(byKey);
    const found = exact(candidate.type, candidate.key) ?? agreeing[0];
    if (found) target.set(extracted.id, adopt(found, candidate.aliasKeys));
    else {
      known.push(candidate);
      target.set(extracted.id, candidate);
    }
  }
  for (const { extracted, known: candidate } of incoming) {
    if (!isShortForm(candidate.key)) continue;
    const fitting = narrowByTitle(
      candidate,
      fullsOfType(candidate.type).filter((k) => shortFormFits(candidate.key, k)),
    );
    if (fitting.length === 1) {
      target.set(extracted.id, adopt(fitting[0]!, candidate.aliasKeys));
      continue;
    }
    const found = exact(candidate.type, candidate.key);
    if (found) target.set(extracted.id, adopt(found, candidate.aliasKeys));
    else {
      known.push(candidate);
      target.set(extracted.id, candidate);
    }
  }

  await createMissing(
    tx,
    incoming
      .filter(({ extracted }) => target.get(extracted.id)?.id === null)
      .map(({ extracted, known: k }) => ({ extracted, known: k })),
  );

  // Stored short forms that now fit exactly one full-name entity of this article join it.
  const merges = new Map<number, number>();
  const touchedFulls = new Set([...target.values()].filter((k) => !isShortForm(k.key)));
  // Only a short form that was itself probed has every full name it fits loaded.
  const probed = new Set(
    incoming.flatMap(({ known: k }) =>
      [k.key, k.matchKey, ...k.aliasKeys].map((p) => `${k.type}|${p}`),
    ),
  );
  for (const short of known) {
    if (short.id === null || !isShortForm(short.key)) continue;
    if (!probed.has(`${short.type}|${short.key}`)) continue;
    const fitting = narrowByTitle(
      short,
      fullsOfType(short.type).filter((k) => shortFormFits(short.key, k)),
    );
    const only = fitting[0];
    if (fitting.length === 1 && only && touchedFulls.has(only) && only.id !== null) {
      merges.set(short.id, only.id);
      adopt(only, short.aliasKeys);
      for (const [localId, t] of target) if (t === short) target.set(localId, only);
    }
  }
  if (merges.size > 0) await mergeEntities(tx, merges);

  for (const [localId, t] of target) result.set(localId, t.id!);
  const aliasRows = entities.flatMap((entity) =>
    [...new Set([entity.name, ...entity.aliases])].map((alias) => ({
      entityId: result.get(entity.id)!,
      alias,
      key: normalizeKey(alias),
    })),
  );
  if (aliasRows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO entity_alias (entity_id, alias, key)
      SELECT * FROM unnest(${aliasRows.map((a) => a.entityId)}::int[],
        ${aliasRows.map((a) => a.alias)}::text[], ${aliasRows.map((a) => a.key)}::text[])
      ON CONFLICT DO NOTHING`;
  }
  return result;
}

/** Stored entities that any incoming entity could resolve to or absorb, with their alias keys. */
async function loadCandidates(tx: Tx, incoming: KnownEntity[]): Promise<KnownEntity[]> {
  const probes = new Map<string, { type: EntityType; key: string }>();
  for (const entity of incoming) {
    for (const k of [entity.key, entity.matchKey, ...entity.aliasKeys]) {
      probes.set(`${entity.type}|${k}`, { type: entity.type, key: k });
    }
  }
  const types = [...probes.values()].map((p) => p.type);
  const keys = [...probes.values()].map((p) => p.key);
  const rows = await tx.$queryRaw<
    { id: number; type: EntityType; key: string; matchKey: string; aliasKeys: string[] }[]
  >`
    WITH probe AS MATERIALIZED (
      SELECT type::"EntityType" AS type, key FROM unnest(${types}::text[], ${keys}::text[]) AS p(type, key))
    SELECT e.id, e.type::text AS type, e.key, e.match_key AS "matchKey",
           ARRAY(SELECT DISTINCT a.key FROM entity_alias a WHERE a.entity_id = e.id) AS "aliasKeys"
    FROM entity e
    WHERE e.id IN (
      SELECT x.id FROM probe p JOIN entity x ON x.type = p.type AND x.key = p.key
      UNION SELECT x.id FROM probe p JOIN entity x ON x.type = p.type AND x.match_key = p.key
      -- Aliases by key first (indexed): joining probes to entities by type first multiplied
      -- every probe by every entity of its type (30 ms at 500 entities, growing with the graph).
      UNION SELECT a.entity_id FROM entity_alias a JOIN entity x ON x.id = a.entity_id
        WHERE a.key IN (SELECT key FROM probe)
          AND EXISTS (SELECT 1 FROM probe p WHERE p.key = a.key AND p.type = x.type))
    ORDER BY e.id`;
  return rows.map((r) => ({ ...r, aliasKeys: new Set(r.aliasKeys) }));
}

/** Inserts the new entities (one row per type and key) and records their ids. */
async function createMissing(
  tx: Tx,
  pending: { extracted: ExtractedEntity; known: KnownEntity }[],
): Promise<void> {
  const rows = new Map<string, { extracted: ExtractedEntity; known: KnownEntity }>();
  for (const p of pending) rows.set(`${p.known.type}|${p.known.key}`, p);
  if (rows.size === 0) return;
  const list = [...rows.values()];
  // ON CONFLICT keeps an ingest that bypassed the locks from creating twins.
  const created = await tx.$queryRaw<{ id: number; type: EntityType; key: string }[]>`
    INSERT INTO entity (name, type, key, match_key, description)
    SELECT name, type::"EntityType", key, match_key, description FROM unnest(
      ${list.map((r) => r.extracted.name)}::text[],
      ${list.map((r) => r.known.type)}::text[],
      ${list.map((r) => r.known.key)}::text[],
      ${list.map((r) => r.known.matchKey)}::text[],
      ${list.map((r) => r.extracted.description)}::text[]) AS t(name, type, key, match_key, description)
    ON CONFLICT (type, key) DO UPDATE SET description = COALESCE(entity.description, EXCLUDED.description)
    RETURNING id, type::text AS type, key`;
  const ids = new Map(created.map((r) => [`${r.type}|${r.key}`, r.id]));
  for (const { known } of list) known.id = ids.get(`${known.type}|${known.key}`)!;
}

/** Re-points everything of each merged entity (map key) to its survivor (map value), then deletes it. */
async function mergeEntities(tx: Tx, merges: Map<number, number>): Promise<void> {
  const from = [...merges.keys()];
  const to = [...merges.values()];
  await tx.$executeRaw`
    UPDATE mention m SET entity_id = p.to_id
    FROM unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id) WHERE m.entity_id = p.from_id`;
  await tx.$executeRaw`
    UPDATE quote q SET speaker_id = p.to_id
    FROM unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id) WHERE q.speaker_id = p.from_id`;
  await tx.$executeRaw`
    DELETE FROM event_participant d USING unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id)
    WHERE d.entity_id = p.from_id AND EXISTS (
      SELECT 1 FROM event_participant k
      WHERE k.event_id = d.event_id AND k.entity_id = p.to_id AND k.role = d.role)`;
  await tx.$executeRaw`
    UPDATE event_participant d SET entity_id = p.to_id
    FROM unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id) WHERE d.entity_id = p.from_id`;
  await tx.$executeRaw`
    UPDATE event e SET location_id = p.to_id
    FROM unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id) WHERE e.location_id = p.from_id`;
  await tx.$executeRaw`
    INSERT INTO entity_alias (entity_id, alias, key)
    SELECT p.to_id, a.alias, a.key
    FROM entity_alias a JOIN unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id)
      ON a.entity_id = p.from_id
    ON CONFLICT (entity_id, alias) DO NOTHING`;
  await tx.$executeRaw`
    UPDATE entity f SET description = COALESCE(f.description, b.description)
    FROM unnest(${from}::int[], ${to}::int[]) AS p(from_id, to_id)
    JOIN entity b ON b.id = p.from_id
    WHERE f.id = p.to_id`;
  await tx.$executeRaw`DELETE FROM entity WHERE id = ANY(${from}::int[])`;
}

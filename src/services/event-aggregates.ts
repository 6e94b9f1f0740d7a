import { Prisma, type EntityType } from "../generated/prisma/client.js";
import { LIST_LIMITS } from "../graphql/list-limits.js";
import { eventSqlCondition, hasEventCriteria, type EventCriteria } from "./event-filter.js";

export type TimeInterval = "DAY" | "WEEK" | "MONTH";

/**
 * Matching events per bucket and CAMEO root, one GROUP BY statement: rows
 * `bucket` (first day), `total`, and `codes` and `counts` (parallel arrays, most
 * frequent first: arrays, not JSON, so the compiled path unnests them without parsing), in bucket order, the latest LIST_LIMITS.timelineBuckets
 * buckets. Only events dated at least as precisely as the interval count.
 * The enum is compared as itself (a text cast per row hid its selectivity from the
 * planner, which then sorted instead of hashing) and a day truncates without a time zone.
 */
export function timelineSql(criteria: EventCriteria, interval: TimeInterval): Prisma.Sql {
  const unit = interval.toLowerCase();
  const precisions = interval === "MONTH" ? ["DAY", "MONTH"] : ["DAY"];
  return Prisma.sql`
    SELECT * FROM (
      SELECT bucket, sum(n)::int AS total,
             array_agg(code ORDER BY n DESC, code) AS codes,
             array_agg(n ORDER BY n DESC, code) AS counts
      FROM (
        SELECT date_trunc(${unit}, e.date::timestamp)::date AS bucket, e.code, count(*)::int AS n
        FROM event e
        WHERE e.date IS NOT NULL AND e.date_precision = ANY(${precisions}::"DatePrecision"[])
          AND ${eventSqlCondition(criteria)}
        GROUP BY 1, 2) per_type
      GROUP BY bucket ORDER BY bucket DESC LIMIT ${LIST_LIMITS.timelineBuckets}) latest
    ORDER BY bucket`;
}

/** Matching events per CAMEO root: rows `code`, `count`, most frequent first. */
export function typeBreakdownSql(criteria: EventCriteria): Prisma.Sql {
  return Prisma.sql`
    SELECT e.code, count(*)::int AS count FROM event e
    WHERE ${eventSqlCondition(criteria)}
    GROUP BY e.code ORDER BY count DESC, e.code`;
}

/**
 * The `limit` entities (of `type` when given) in most matching events: rows
 * `entityId`, `eventCount` and `quoteCount` (quotes they said in articles
 * reporting those events), most events first.
 */
export function topEntitiesSql(
  criteria: EventCriteria,
  type: EntityType | null,
  limit: number,
): Prisma.Sql {
  const { matching, entities } = participationJoins(criteria, type);
  return Prisma.sql`
    WITH ev AS (SELECT e.id FROM event e WHERE ${eventSqlCondition(criteria)}),
    counts AS (
      SELECT p.entity_id, count(DISTINCT p.event_id)::int AS events
      FROM event_participant p ${matching(Prisma.sql`p`)} ${entities}
      GROUP BY p.entity_id ORDER BY events DESC, p.entity_id LIMIT ${limit}),
    said AS (
      SELECT q.speaker_id, count(*)::int AS n FROM quote q
      WHERE q.speaker_id IN (SELECT entity_id FROM counts)
        AND EXISTS (SELECT 1 FROM event_mention m ${matching(Prisma.sql`m`)}
                    WHERE m.article_id = q.article_id)
      GROUP BY q.speaker_id)
    SELECT c.entity_id AS "entityId", c.events AS "eventCount", COALESCE(s.n, 0) AS "quoteCount"
    FROM counts c LEFT JOIN said s ON s.speaker_id = c.entity_id
    ORDER BY c.events DESC, c.entity_id`;
}

/**
 * Joins that restrict rows with an event_id to the matching events (`ev`)
 * and participants to entities of `type`, each only when it restricts
 * anything: without criteria every event matches (5× faster unjoined).
 */
function participationJoins(criteria: EventCriteria, type: EntityType | null) {
  const filtered = hasEventCriteria(criteria);
  return {
    matching: (alias: Prisma.Sql) =>
      filtered ? Prisma.sql`JOIN ev ON ev.id = ${alias}.event_id` : Prisma.empty,
    entities: type
      ? Prisma.sql`JOIN entity n ON n.id = p.entity_id WHERE n.type = ${type}::"EntityType"`
      : Prisma.empty,
  };
}

/**
 * The co-participation network as a WITH query ending in `select`, which
 * reads its two results: `top` (entity_id, weight: the `limit` entities of
 * `type` in most matching events) and `pairs` (s, t, shared: pairs of them
 * sharing at least `minShared` events, s < t, the LIST_LIMITS.networkEdges
 * sharing the most).
 */
export function entityNetworkSql(
  criteria: EventCriteria,
  type: EntityType | null,
  minShared: number,
  limit: number,
  select: Prisma.Sql,
): Prisma.Sql {
  const { matching, entities } = participationJoins(criteria, type);
  return Prisma.sql`
    WITH ev AS (SELECT e.id FROM event e WHERE ${eventSqlCondition(criteria)}),
    part AS (
      SELECT DISTINCT p.event_id, p.entity_id FROM event_participant p
      ${matching(Prisma.sql`p`)} ${entities}),
    top AS (
      SELECT entity_id, count(*)::int AS weight FROM part
      GROUP BY entity_id ORDER BY weight DESC, entity_id LIMIT ${limit}),
    pairs AS (
      SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS shared
      FROM part a JOIN part b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
      WHERE a.entity_id IN (SELECT entity_id FROM top) AND b.entity_id IN (SELECT entity_id FROM top)
      GROUP BY 1, 2 HAVING count(*) >= ${Math.max(1, minShared)}
      ORDER BY shared DESC, s, t LIMIT ${LIST_LIMITS.networkEdges})
    ${select}`;
}

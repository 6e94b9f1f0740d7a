/** The graph's integrity after a load run: what the load benchmarks count as violations. */
import type pg from "pg";
import { SAID_AGAIN_CODES } from "../src/ingest/merge-events.js";

/**
 * Counts violations in the graph behind `client`: acknowledged articles (by
 * content hash) that were not stored, and duplicates that a merge lost to a
 * race would leave. Every count should be 0.
 */
export async function graphIntegrity(
  client: pg.Client,
  acknowledgedHashes: Iterable<string>,
): Promise<Record<string, number>> {
  const scalar = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? Number.NaN);
  const storedHashes = new Set(
    (await client.query<{ h: string }>(`SELECT content_hash AS h FROM article`)).rows.map(
      (r) => r.h,
    ),
  );
  return {
    "acknowledged articles missing": [...acknowledgedHashes].filter((h) => !storedHashes.has(h))
      .length,
    "duplicate entities (same type and key)": await scalar(
      `SELECT count(*) AS n FROM (SELECT 1 FROM entity GROUP BY type, key HAVING count(*) > 1) d`,
    ),
    // A duplicate is one happening stored as two events for different articles (a merge
    // lost to a race). Not counted: two events that share a report (that article told of
    // two acts, and later reports each joined one of them), and undated acts a party
    // performs again and again in words, by one party only, which the merge keeps apart on
    // purpose (two statements on two days; see SAID_AGAIN_CODES).
    "duplicate events (same code, day, location, participants; no shared report)": await scalar(
      `WITH x AS (
         SELECT e.id, e.code, e.anchor_date, e.location_id,
                (SELECT array_agg(p.entity_id ORDER BY p.entity_id, p.role)
                 FROM event_participant p WHERE p.event_id = e.id) AS who,
                (SELECT array_agg(DISTINCT m.article_id)
                 FROM event_mention m WHERE m.event_id = e.id) AS reports
         FROM event e
         WHERE NOT (e.code = ANY('{${[...SAID_AGAIN_CODES].join(",")}}'::text[])
                    AND (e.date IS NULL OR e.date_inferred)
                    AND (SELECT count(*) FROM event_participant p WHERE p.event_id = e.id) < 2))
       SELECT count(*) AS n FROM (
         SELECT DISTINCT a.code, a.anchor_date, a.location_id, a.who
         FROM x a JOIN x b
           ON a.id < b.id AND a.code = b.code AND a.who IS NOT DISTINCT FROM b.who
          AND a.anchor_date IS NOT DISTINCT FROM b.anchor_date
          AND a.location_id IS NOT DISTINCT FROM b.location_id
          AND NOT (coalesce(a.reports, '{}') && coalesce(b.reports, '{}'))) d`,
    ),
    "duplicate event participants": await scalar(
      `SELECT count(*) AS n FROM (SELECT 1 FROM event_participant GROUP BY event_id, entity_id, role HAVING count(*) > 1) d`,
    ),
    "events without a report": await scalar(
      `SELECT count(*) AS n FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id)`,
    ),
    "articles without mentions": await scalar(
      `SELECT count(*) AS n FROM article a WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id)`,
    ),
  };
}

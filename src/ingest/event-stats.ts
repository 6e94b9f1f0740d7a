import { Prisma, type PrismaClient } from "../generated/prisma/client.js";

/** Who reported an event and when. */
export interface EventReportStats {
  articleCount: number;
  /** Distinct publishers: syndicated copies of one outlet count once; an article without a source counts alone. */
  sourceCount: number;
  /** Earliest publication day of a report (its ingest day when undated), YYYY-MM-DD. */
  firstReportedAt: string | null;
  lastReportedAt: string | null;
}

/**
 * The statistics as columns articles, sources, first, last over the reporting
 * articles `r` (event_article: one row per article, however many passages
 * report the event) joined to their article `a`, grouped by event.
 */
export const REPORT_STATS_COLUMNS = Prisma.sql`count(DISTINCT a.id)::int AS articles,
  count(DISTINCT COALESCE(lower(btrim(a.source)), '#' || a.id))::int AS sources,
  to_char(min(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS first,
  to_char(max(COALESCE(a.published_at, a.ingested_at::date)), 'YYYY-MM-DD') AS last`;

/** Report statistics for the given events, in one statement; events without reports get zeros. */
export async function loadEventReportStats(
  prisma: PrismaClient,
  eventIds: readonly number[],
): Promise<EventReportStats[]> {
  const rows = await prisma.$queryRaw<
    { eventId: number; articles: number; sources: number; first: string; last: string }[]
  >`
    SELECT r.event_id AS "eventId", ${REPORT_STATS_COLUMNS}
    FROM event_article r JOIN article a ON a.id = r.article_id
    WHERE r.event_id = ANY(${[...eventIds]}::int[])
    GROUP BY r.event_id`;
  const byId = new Map(rows.map((r) => [r.eventId, r]));
  return eventIds.map((id) => {
    const row = byId.get(id);
    return {
      articleCount: row?.articles ?? 0,
      sourceCount: row?.sources ?? 0,
      firstReportedAt: row?.first ?? null,
      lastReportedAt: row?.last ?? null,
    };
  });
}

import type { Prisma } from "../generated/prisma/client.js";

/** The PostgreSQL channel every committed change to the graph is announced on. */
export const CHANGES_CHANNEL = "newsgraph_changes";

/**
 * One committed write to the graph. `eventIds` are the events the article
 * reports after the write (none for a deletion).
 */
export interface CommittedChange {
  kind: "ingested" | "reprocessed" | "deleted";
  articleId: number;
  eventIds: number[];
}

/** The notification's text as sent by announceChange: short keys keep it under the 8000-byte limit. */
interface ChangePayload {
  k: CommittedChange["kind"];
  a: number;
  /** null when the list would not fit in one notification; the listener then looks the ids up. */
  e: number[] | null;
}

/**
 * Announces a change from inside its transaction with `pg_notify`: PostgreSQL
 * (and PGlite) deliver it to every listener only when the transaction commits,
 * and never when it rolls back. The article's event ids are read in the same
 * statement; a list too long for one notification is left out.
 */
export async function announceChange(
  tx: Prisma.TransactionClient,
  kind: CommittedChange["kind"],
  articleId: number,
): Promise<void> {
  await tx.$executeRaw`
    WITH ids AS (
      SELECT coalesce(json_agg(DISTINCT event_id), '[]'::json) AS e
      FROM event_mention WHERE article_id = ${articleId})
    SELECT pg_notify(${CHANGES_CHANNEL}, CASE
      WHEN length(e::text) < 7000 THEN json_build_object('k', ${kind}::text, 'a', ${articleId}::int, 'e', e)::text
      ELSE json_build_object('k', ${kind}::text, 'a', ${articleId}::int, 'e', null)::text END)
    FROM ids`;
}

/** The change a notification carries, or null for text that is not one (another sender). */
export function parseChange(text: string):
  | (Omit<CommittedChange, "eventIds"> & {
      eventIds: number[] | null;
    })
  | null {
  try {
    const payload = JSON.parse(text) as ChangePayload;
    if (!["ingested", "reprocessed", "deleted"].includes(payload.k)) return null;
    if (!Number.isInteger(payload.a)) return null;
    const eventIds = Array.isArray(payload.e) ? payload.e.filter(Number.isInteger) : null;
    return { kind: payload.k, articleId: payload.a, eventIds };
  } catch {
    return null;
  }
}

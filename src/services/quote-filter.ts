import { Prisma } from "../generated/prisma/client.js";
import { quotesAboutEvent } from "./quote-event-link.js";

/** A decoded QuoteFilter: database ids and search words. */
export interface QuoteCriteria {
  speakerId?: number | null;
  articleId?: number | null;
  /** About this event (see quotesAboutEvent). */
  eventId?: number | null;
  /** The quoted span contains a mention of this entity. */
  mentionsEntityId?: number | null;
  /** PostgreSQL full-text search over the quoted words (English). */
  search?: string | null;
}

/**
 * The criteria Prisma cannot express (event links, mentions inside the quoted
 * span, full-text search) as SQL over the quote table aliased `q`.
 */
export function quoteSqlConditions(c: QuoteCriteria): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (c.eventId != null) conditions.push(quotesAboutEvent(Prisma.sql`${c.eventId}::int`));
  if (c.mentionsEntityId != null) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM mention n WHERE n.article_id = q.article_id
      AND n.entity_id = ${c.mentionsEntityId} AND n.start >= q.start AND n."end" <= q."end")`);
  }
  const search = c.search?.trim();
  if (search) {
    conditions.push(
      Prisma.sql`to_tsvector('english', q.text) @@ websearch_to_tsquery('english', ${search})`,
    );
  }
  return conditions;
}

/** Every criterion as one SQL boolean over `q`. */
export function quoteSqlCondition(c: QuoteCriteria): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`, ...quoteSqlConditions(c)];
  if (c.speakerId != null) conditions.push(Prisma.sql`q.speaker_id = ${c.speakerId}`);
  if (c.articleId != null) conditions.push(Prisma.sql`q.article_id = ${c.articleId}`);
  return Prisma.join(conditions, " AND ");
}

import { Prisma } from "../generated/prisma/client.js";

/**
 * When a quote (alias `q`) speaks about an event reported at `m` (an
 * event_mention row): the extractor linked them (quote_event), which it does
 * only when the quote's paragraph is about the event — its report is in that
 * paragraph, or in the paragraph before by an event the speaker takes part in.
 * One definition shared by Event.quotes, Quote.events and the quotes(eventId) filter.
 */
export const QUOTE_ABOUT_EVENT = Prisma.sql`EXISTS (SELECT 1 FROM quote_event l
  WHERE l.quote_id = q.id AND l.event_id = m.event_id)`;

/** Quotes (alias `q`) about the event whose id is `eventId`, read by the link table's index. */
export function quotesAboutEvent(eventId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`q.id IN (SELECT l.quote_id FROM quote_event l WHERE l.event_id = ${eventId})`;
}

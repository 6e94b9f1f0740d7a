-- Events newest first, as `events` pages them by default (the dashboard's order): an index scan
-- that stops at the page instead of sorting every event. Prisma's schema language cannot say
-- NULLS LAST, so schema.prisma declares this index without it.
CREATE INDEX "event_date_id_desc_idx" ON "event"("date" DESC NULLS LAST, "id" DESC);

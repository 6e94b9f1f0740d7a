-- Quotes link to the events their paragraph is about, as decided by the extractor
-- (stage quote-events), instead of by sentence distance at read time.

-- CreateTable
CREATE TABLE "quote_event" (
    "quote_id" INTEGER NOT NULL,
    "event_id" INTEGER NOT NULL,

    CONSTRAINT "quote_event_pkey" PRIMARY KEY ("quote_id","event_id")
);

-- CreateIndex
CREATE INDEX "quote_event_event_id_idx" ON "quote_event"("event_id");

-- AddForeignKey
ALTER TABLE "quote_event" ADD CONSTRAINT "quote_event_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_event" ADD CONSTRAINT "quote_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill stored articles with the rule read-time linking used before (same article, said by a
-- participant or within two sentences of a report); `newsgraph reprocess --all` relinks them by paragraph.
INSERT INTO "quote_event" ("quote_id", "event_id")
SELECT DISTINCT q."id", m."event_id" FROM "quote" q
JOIN "event_mention" m ON m."article_id" = q."article_id"
WHERE abs(q."sentence_index" - m."sentence_index") <= 2
   OR EXISTS (SELECT 1 FROM "event_participant" p WHERE p."event_id" = m."event_id" AND p."entity_id" = q."speaker_id");

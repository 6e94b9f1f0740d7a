-- Cross-article resolution: entities get a match key (surname of a person,
-- initials of a multi-word organization or place) and events an anchor day.

-- AlterTable
ALTER TABLE "entity" ADD COLUMN     "match_key" TEXT;

-- Backfill with the rule of matchKeyOf() in src/ingest/resolve-entities.ts; `newsgraph reprocess --all` recomputes everything.
UPDATE "entity" SET "match_key" = CASE
    WHEN "type" = 'PERSON' OR position(' ' IN "key") = 0 THEN regexp_replace("key", '^.* ', '')
    ELSE COALESCE(NULLIF(array_to_string(ARRAY(
        SELECT left(w, 1) FROM regexp_split_to_table("key", ' ') AS w
        WHERE w NOT IN ('of', 'the', 'and', 'for', 'on', 'in')), ''), ''), "key")
  END;

ALTER TABLE "entity" ALTER COLUMN "match_key" SET NOT NULL;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "anchor_date" DATE;

UPDATE "event" e SET "anchor_date" = COALESCE(e."date", (
    SELECT min(a."published_at") FROM "event_mention" m JOIN "article" a ON a."id" = m."article_id"
    WHERE m."event_id" = e."id"));

-- CreateIndex
CREATE INDEX "entity_type_match_key_idx" ON "entity"("type", "match_key");

-- CreateIndex
CREATE INDEX "event_code_anchor_date_idx" ON "event"("code", "anchor_date");

-- Each entity's number of mentions, kept by triggers in the same transaction as the mention rows,
-- so `entities` ordered by mentions reads an index instead of counting every mention row on every
-- request (a 1 MB article adds ~24,000 mentions of a few people, and that count ran per read).

-- AlterTable
ALTER TABLE "entity" ADD COLUMN "mention_count" INTEGER NOT NULL DEFAULT 0;

UPDATE "entity" e SET "mention_count" = n.total
FROM (SELECT "entity_id", count(*)::int AS total FROM "mention" GROUP BY "entity_id") n
WHERE n."entity_id" = e."id";

-- CreateIndex
CREATE INDEX "entity_mention_count_id_idx" ON "entity"("mention_count" DESC, "id");

-- One statement's changes, grouped per entity; the rows are locked in id order first so that
-- two ingests touching the same entities never deadlock on these counters.
CREATE FUNCTION "entity_mention_count_apply"(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "entity" e
    WHERE e."id" IN (SELECT (d.key)::int FROM jsonb_each_text(deltas) d)
    ORDER BY e."id" FOR NO KEY UPDATE;
  UPDATE "entity" e SET "mention_count" = e."mention_count" + (d.value)::int
    FROM jsonb_each_text(deltas) d
    WHERE e."id" = (d.key)::int AND (d.value)::int <> 0;
END $$;

CREATE FUNCTION "entity_mention_count_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "entity_mention_count_apply"(
    (SELECT coalesce(jsonb_object_agg(entity_id, n), '{}') FROM
      (SELECT entity_id, count(*) AS n FROM added GROUP BY entity_id) c));
  RETURN NULL;
END $$;

CREATE FUNCTION "entity_mention_count_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "entity_mention_count_apply"(
    (SELECT coalesce(jsonb_object_agg(entity_id, -n), '{}') FROM
      (SELECT entity_id, count(*) AS n FROM removed GROUP BY entity_id) c));
  RETURN NULL;
END $$;

CREATE FUNCTION "entity_mention_count_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "entity_mention_count_apply"(
    (SELECT coalesce(jsonb_object_agg(entity_id, n), '{}') FROM
      (SELECT entity_id, sum(n)::int AS n FROM (
         SELECT entity_id, 1 AS n FROM after_rows
         UNION ALL SELECT entity_id, -1 FROM before_rows) moved
       GROUP BY entity_id HAVING sum(n) <> 0) c));
  RETURN NULL;
END $$;

CREATE TRIGGER "mention_count_insert" AFTER INSERT ON "mention"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT
  EXECUTE FUNCTION "entity_mention_count_after_insert"();
CREATE TRIGGER "mention_count_delete" AFTER DELETE ON "mention"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
  EXECUTE FUNCTION "entity_mention_count_after_delete"();
CREATE TRIGGER "mention_count_update" AFTER UPDATE ON "mention"
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "entity_mention_count_after_update"();

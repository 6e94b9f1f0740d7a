-- One row per event and article reporting it, kept by triggers in the same transaction as the
-- event_mention rows. An article may report one event in hundreds of passages (a long digest
-- repeating a story); an event's articles and its report statistics read these rows instead of
-- every passage.

-- CreateTable
CREATE TABLE "event_article" (
    "event_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "reports" INTEGER NOT NULL,

    CONSTRAINT "event_article_pkey" PRIMARY KEY ("event_id","article_id")
);

-- CreateIndex
CREATE INDEX "event_article_article_id_idx" ON "event_article"("article_id");

-- AddForeignKey
ALTER TABLE "event_article" ADD CONSTRAINT "event_article_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_article" ADD CONSTRAINT "event_article_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "event_article" ("event_id", "article_id", "reports")
SELECT "event_id", "article_id", count(*)::int FROM "event_mention" GROUP BY 1, 2;

-- Adds one statement's new report rows, per event and article (in key order, so that two
-- transactions adding reports of the same pairs wait for each other instead of deadlocking).
CREATE FUNCTION "event_article_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "event_article" ("event_id", "article_id", "reports")
    SELECT event_id, article_id, count(*)::int FROM added GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("event_id", "article_id")
    DO UPDATE SET "reports" = "event_article"."reports" + EXCLUDED."reports";
  RETURN NULL;
END $$;

-- Takes one statement's removed report rows away; a pair without reports left goes.
CREATE FUNCTION "event_article_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "event_article" ea
    WHERE (ea."event_id", ea."article_id") IN (SELECT event_id, article_id FROM removed)
    ORDER BY ea."event_id", ea."article_id" FOR NO KEY UPDATE;
  UPDATE "event_article" ea SET "reports" = ea."reports" - r.n
    FROM (SELECT event_id, article_id, count(*)::int AS n FROM removed GROUP BY 1, 2) r
    WHERE ea."event_id" = r.event_id AND ea."article_id" = r.article_id;
  DELETE FROM "event_article" ea
    WHERE ea."reports" <= 0
      AND (ea."event_id", ea."article_id") IN (SELECT event_id, article_id FROM removed);
  RETURN NULL;
END $$;

-- A report row moved to another event (or article) leaves its old pair and joins its new one.
CREATE FUNCTION "event_article_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "event_article" ea
    WHERE (ea."event_id", ea."article_id") IN (SELECT event_id, article_id FROM before_rows)
    ORDER BY ea."event_id", ea."article_id" FOR NO KEY UPDATE;
  UPDATE "event_article" ea SET "reports" = ea."reports" - r.n
    FROM (SELECT event_id, article_id, count(*)::int AS n FROM before_rows GROUP BY 1, 2) r
    WHERE ea."event_id" = r.event_id AND ea."article_id" = r.article_id;
  INSERT INTO "event_article" ("event_id", "article_id", "reports")
    SELECT event_id, article_id, count(*)::int FROM after_rows GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("event_id", "article_id")
    DO UPDATE SET "reports" = "event_article"."reports" + EXCLUDED."reports";
  DELETE FROM "event_article" ea
    WHERE ea."reports" <= 0
      AND (ea."event_id", ea."article_id") IN (SELECT event_id, article_id FROM before_rows);
  RETURN NULL;
END $$;

CREATE TRIGGER "event_article_insert" AFTER INSERT ON "event_mention"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT
  EXECUTE FUNCTION "event_article_add"();
CREATE TRIGGER "event_article_delete" AFTER DELETE ON "event_mention"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
  EXECUTE FUNCTION "event_article_remove"();
CREATE TRIGGER "event_article_update" AFTER UPDATE ON "event_mention"
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "event_article_move"();

-- Statistics now: without them the planner guesses dozens of articles per event and hashes the
-- whole article table for each event's articles (17 ms instead of 0.8 for 20 events).
ANALYZE "event_article";

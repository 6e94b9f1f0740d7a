-- Stages of the extraction that failed on an article and fell back (their facts are missing):
-- operators find such articles and reprocess them once the extractor is fixed.
ALTER TABLE "article" ADD COLUMN "degraded_stages" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

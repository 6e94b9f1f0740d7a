-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('PERSON', 'ORGANIZATION', 'LOCATION');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('ACTOR', 'TARGET', 'OTHER');

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "source" TEXT,
    "url" TEXT,
    "content_hash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "authors" TEXT[],
    "dateline_place" TEXT,
    "published_at" DATE,
    "text" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sentence_bounds" INTEGER[],
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractor_version" TEXT NOT NULL,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "type" "EntityType" NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entity_alias" (
    "id" SERIAL NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "entity_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sentence_index" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "speaker_id" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence_index" INTEGER NOT NULL,
    "verb" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "date" DATE,
    "date_precision" "DatePrecision",
    "location_id" INTEGER,
    "summary" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_mention" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence_index" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "event_mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "article_source_published_at_idx" ON "article"("source", "published_at");

-- CreateIndex
CREATE INDEX "entity_name_idx" ON "entity"("name");

-- CreateIndex
CREATE UNIQUE INDEX "entity_type_key_key" ON "entity"("type", "key");

-- CreateIndex
CREATE INDEX "entity_alias_key_idx" ON "entity_alias"("key");

-- CreateIndex
CREATE UNIQUE INDEX "entity_alias_entity_id_alias_key" ON "entity_alias"("entity_id", "alias");

-- CreateIndex
CREATE INDEX "mention_entity_id_article_id_idx" ON "mention"("entity_id", "article_id");

-- CreateIndex
CREATE INDEX "mention_article_id_start_idx" ON "mention"("article_id", "start");

-- CreateIndex
CREATE INDEX "quote_speaker_id_idx" ON "quote"("speaker_id");

-- CreateIndex
CREATE INDEX "quote_article_id_start_idx" ON "quote"("article_id", "start");

-- CreateIndex
CREATE INDEX "event_date_code_idx" ON "event"("date", "code");

-- CreateIndex
CREATE INDEX "event_code_date_idx" ON "event"("code", "date");

-- CreateIndex
CREATE INDEX "event_location_id_idx" ON "event"("location_id");

-- CreateIndex
CREATE INDEX "event_participant_entity_id_event_id_idx" ON "event_participant"("entity_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_event_id_entity_id_role_key" ON "event_participant"("event_id", "entity_id", "role");

-- CreateIndex
CREATE INDEX "event_mention_article_id_idx" ON "event_mention"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_mention_event_id_article_id_start_key" ON "event_mention"("event_id", "article_id", "start");

-- AddForeignKey
ALTER TABLE "entity_alias" ADD CONSTRAINT "entity_alias_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_mention" ADD CONSTRAINT "event_mention_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_mention" ADD CONSTRAINT "event_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


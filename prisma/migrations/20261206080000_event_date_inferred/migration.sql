-- Whether an event's date was told by a report in its own words or inferred from the story's day:
-- a later report recalls a said-again act (a statement, an appeal) only into an event whose
-- date a report gave, so two undated statements by one speaker days apart stay two events.

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "date_inferred" BOOLEAN NOT NULL DEFAULT false;

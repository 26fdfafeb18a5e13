-- Source.cleanText was written at ingest and never read: the desk and the reader show originalText
-- (citations are passages of it) and the engine does its own cleaning of originalText on every build.
-- AlterTable
ALTER TABLE "Source" DROP COLUMN "cleanText";


-- Issue 9: stories can be archived, and audit events name their story (for the log story filter).
-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "storyId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_storyId_createdAt_idx" ON "AuditEvent"("storyId", "createdAt");

-- Existing events: the story is in details.storyId, or the event is about the story itself.
UPDATE "AuditEvent" SET "storyId" = "details"->>'storyId' WHERE jsonb_typeof("details") = 'object' AND ("details"->>'storyId') IS NOT NULL;
UPDATE "AuditEvent" SET "storyId" = "entityId" WHERE "storyId" IS NULL AND "entityType" = 'Story';

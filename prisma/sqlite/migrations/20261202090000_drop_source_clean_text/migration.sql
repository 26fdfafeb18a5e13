-- Source.cleanText was written at ingest and never read: the desk and the reader show originalText
-- (citations are passages of it) and the engine does its own cleaning of originalText on every build.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storyId" TEXT NOT NULL,
    "outlet" TEXT,
    "headline" TEXT,
    "byline" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "originalText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "origin" TEXT NOT NULL,
    "fileName" TEXT,
    "fileType" TEXT,
    "included" BOOLEAN NOT NULL DEFAULT true,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Source_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("byline", "contentHash", "createdAt", "fileName", "fileType", "headline", "id", "included", "origin", "originalText", "outlet", "publishedAt", "storyId", "updatedAt", "uploadedById", "url", "wordCount") SELECT "byline", "contentHash", "createdAt", "fileName", "fileType", "headline", "id", "included", "origin", "originalText", "outlet", "publishedAt", "storyId", "updatedAt", "uploadedById", "url", "wordCount" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_storyId_createdAt_idx" ON "Source"("storyId", "createdAt");
CREATE UNIQUE INDEX "Source_storyId_contentHash_key" ON "Source"("storyId", "contentHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- AlterTable
ALTER TABLE "Briefing" ADD COLUMN     "withdrawalReason" TEXT;

-- CreateTable
CREATE TABLE "PublishedPdf" (
    "briefingId" TEXT NOT NULL,
    "pageSize" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedPdf_pkey" PRIMARY KEY ("briefingId","pageSize")
);

-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" SERIAL NOT NULL,
    "tags" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");

-- AddForeignKey
ALTER TABLE "PublishedPdf" ADD CONSTRAINT "PublishedPdf_briefingId_fkey" FOREIGN KEY ("briefingId") REFERENCES "Briefing"("id") ON DELETE CASCADE ON UPDATE CASCADE;


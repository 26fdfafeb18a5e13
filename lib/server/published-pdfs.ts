import "server-only";
import { db } from "./db";
import { getPublishedBriefing, type PublishedView } from "./published";
import { renderBriefingPdf, type PdfPageSize } from "@/lib/pdf";
import { buildBriefingPdfInput } from "@/lib/reader/pdf-input";

// A published version's PDF is rendered once and stored with it, so no reader waits for a render
// (a cold render costs about a second, a warm one a few hundred milliseconds: BENCHMARKS.md).

export const STORED_PAGE_SIZES: readonly PdfPageSize[] = ["A4", "LETTER"];

/** The stored PDF of a published version, rendering and storing it first if it is missing. */
export async function publishedPdf(view: PublishedView, pageSize: PdfPageSize): Promise<Buffer> {
  const key = { briefingId: view.briefingId, pageSize };
  const stored = await db.publishedPdf.findUnique({ where: { briefingId_pageSize: key }, select: { bytes: true } });
  if (stored) return Buffer.from(stored.bytes);
  const pdf = await renderBriefingPdf(buildBriefingPdfInput(view, pageSize));
  // Two instances may render the same file at once: both are the same document, either may win.
  await db.publishedPdf.upsert({
    where: { briefingId_pageSize: key },
    create: { ...key, bytes: new Uint8Array(pdf) },
    update: {},
  });
  return pdf;
}

/** Renders and stores every page size of a version just published (called after the publish). */
export async function storePublishedPdfs(slug: string, version: number): Promise<number> {
  const view = await getPublishedBriefing(slug, version);
  if (!view) return 0;
  for (const size of STORED_PAGE_SIZES) await publishedPdf(view, size);
  return STORED_PAGE_SIZES.length;
}

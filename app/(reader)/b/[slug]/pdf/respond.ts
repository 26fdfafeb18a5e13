import { briefingPdfFileName, renderBriefingPdf } from "@/lib/pdf";
import { getPublishedBriefing } from "@/lib/server/published";
import { buildBriefingPdfInput, parsePdfPageSize } from "@/lib/reader/pdf-input";
import { parseVersionParam } from "@/lib/reader/format";
import { PdfCache } from "@/lib/reader/pdf-cache";

// A demo briefing's PDF is ~60 KiB; 32 MB holds hundreds while bounding memory per instance.
const pdfCache = new PdfCache({ maxEntries: 200, maxBytes: 32 * 1024 * 1024 });

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The PDF of a published version (the latest when `rawVersion` is undefined). Public: the data
 * function returns published versions only, so drafts and unpublished versions are a 404.
 */
export async function respondWithBriefingPdf(request: Request, slug: string, rawVersion?: string): Promise<Response> {
  const size = parsePdfPageSize(new URL(request.url).searchParams.get("size"));
  if (!size.ok) return plain(400, size.message);

  let version: number | undefined;
  if (rawVersion !== undefined) {
    const parsed = parseVersionParam(rawVersion);
    if (parsed === null) return plain(404, "No published briefing at this address.");
    version = parsed;
  }

  const view = await getPublishedBriefing(slug, version);
  if (!view) return plain(404, "No published briefing at this address.");

  const pdf = await pdfCache.getOrRender(buildBriefingPdfInput(view, size.pageSize), renderBriefingPdf);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${briefingPdfFileName(view.story.slug, view.version)}"`,
      "Content-Length": String(pdf.byteLength),
      // Published versions never change, but "latest" moves when a new one is published.
      "Cache-Control": "public, max-age=60",
    },
  });
}

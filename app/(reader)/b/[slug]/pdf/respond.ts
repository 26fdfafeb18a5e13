import { briefingPdfFileName } from "@/lib/pdf";
import { getPublishedBriefing } from "@/lib/server/published";
import { publishedPdf } from "@/lib/server/published-pdfs";
import { parsePdfPageSize } from "@/lib/reader/pdf-input";
import { parseVersionParam } from "@/lib/reader/format";

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The PDF of a published version (the latest when `rawVersion` is undefined). Public: the data
 * function returns published versions only, so drafts and unpublished versions are a 404. The
 * route caches the response; the bytes come from the copy stored at publish time.
 */
export async function respondWithBriefingPdf(slug: string, rawVersion: string | undefined, rawSize: string) {
  const size = parsePdfPageSize(rawSize);
  if (!size.ok) return plain(400, size.message);

  let version: number | undefined;
  if (rawVersion !== undefined) {
    const parsed = parseVersionParam(rawVersion);
    if (parsed === null) return plain(404, "No published briefing at this address.");
    version = parsed;
  }

  const view = await getPublishedBriefing(slug, version);
  if (!view) return plain(404, "No published briefing at this address.");

  const pdf = await publishedPdf(view, size.pageSize);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${briefingPdfFileName(view.story.slug, view.version)}"`,
      "Content-Length": String(pdf.byteLength),
    },
  });
}

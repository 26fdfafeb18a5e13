import { briefingPdfFileName } from "@/lib/pdf";
import { getPublishedBriefing, getWithdrawnBriefing } from "@/lib/server/published";
import { IMMUTABLE, LATEST, LATEST_CDN, NOT_YET } from "@/lib/reader/reader-state.mjs";
import { publishedPdf } from "@/lib/server/published-pdfs";
import { parsePdfPageSize } from "@/lib/reader/pdf-input";
import { parseVersionParam } from "@/lib/reader/format";

function plain(status: number, message: string, cacheControl = "no-store"): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControl },
  });
}

/** 410 with the editor's reason for a withdrawn version, else 404 (briefly cacheable: it may be published). */
export async function notPublic(slug: string, version: number | undefined): Promise<Response> {
  const withdrawn = await getWithdrawnBriefing(slug, version);
  if (withdrawn) {
    const reason = withdrawn.reason ? ` Reason: ${withdrawn.reason}` : "";
    return plain(410, `Version ${withdrawn.version} of this briefing was withdrawn by the desk.${reason}`);
  }
  return plain(404, "No published briefing at this address.", NOT_YET);
}

/**
 * The PDF of a published version (the latest when `rawVersion` is undefined). Public: the data
 * function returns published versions only; a withdrawn version is a 410, anything else a 404.
 * The route caches the response (refreshed on withdrawal); the bytes are stored at publish time.
 */
export async function respondWithBriefingPdf(slug: string, rawVersion: string | undefined, rawSize: string) {
  const size = parsePdfPageSize(rawSize);
  if (!size.ok) return plain(400, size.message);

  let version: number | undefined;
  if (rawVersion !== undefined) {
    const parsed = parseVersionParam(rawVersion);
    if (parsed === null) return plain(404, "No published briefing at this address.", NOT_YET);
    version = parsed;
  }

  const view = await getPublishedBriefing(slug, version);
  if (!view) return notPublic(slug, version);

  const pdf = await publishedPdf(view, size.pageSize);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${briefingPdfFileName(view.story.slug, view.version)}"`,
      "Content-Length": String(pdf.byteLength),
      // Cached here until the version is withdrawn; a CDN may keep a version's PDF for good.
      "Cache-Control": version === undefined ? LATEST : IMMUTABLE,
      ...(version === undefined ? { "CDN-Cache-Control": LATEST_CDN } : {}),
    },
  });
}

// From a published view to the PDF builder's input, and the one query option the PDF routes take.
// Pure, so the route handlers stay thin and this is tested without a server.

import type { BriefingPdfInput, PdfPageSize, PdfSourceMeta } from "@/lib/pdf";
import type { PublishedView } from "@/lib/server/published";
import { summariseChanges } from "./change-summary";
import { withoutStatusPrefix } from "./format";
import { nameSourcesInBriefing } from "./source-names";

export type PageSizeParse = { ok: true; pageSize: PdfPageSize } | { ok: false; message: string };

const SIZES: Record<string, PdfPageSize> = { a4: "A4", letter: "LETTER" };

/** `?size=` absent → A4; `a4` or `letter` in any case; anything else is refused, not guessed. */
export function parsePdfPageSize(raw: string | null): PageSizeParse {
  if (raw === null || raw === "") return { ok: true, pageSize: "A4" };
  const pageSize = SIZES[raw.trim().toLowerCase()];
  if (pageSize) return { ok: true, pageSize };
  return { ok: false, message: `Unknown page size "${raw.slice(0, 40)}". Use size=a4 (the default) or size=letter.` };
}

type ViewForPdf = Pick<PublishedView, "story" | "version" | "publishedAt" | "briefing" | "sources"> &
  Partial<Pick<PublishedView, "changes">>;

export function buildBriefingPdfInput(view: ViewForPdf, pageSize: PdfPageSize): BriefingPdfInput {
  const sources: PdfSourceMeta[] = view.sources.map((s) => {
    const meta: PdfSourceMeta = { id: s.id, contentHash: s.contentHash };
    if (s.outlet) meta.outlet = s.outlet;
    if (s.headline) meta.headline = s.headline;
    if (s.url) meta.url = s.url;
    if (s.retrievedAt) meta.retrievedAt = s.retrievedAt;
    if (s.publishedAt) meta.publishedAt = s.publishedAt;
    return meta;
  });
  const named = nameSourcesInBriefing(view.briefing, view.sources);
  const input: BriefingPdfInput = {
    // Engine wording may name a source by id or file name; the PDF names it as the page does. A
    // deal term's leading "Agreed:" or "Demanded (party):" is dropped as on the page: the PDF's
    // status pill and "Proposed by" say it, as the editor set them.
    briefing: { ...named, dealTerms: named.dealTerms.map((t) => ({ ...t, text: withoutStatusPrefix(t.text) })) },
    storyTitle: view.story.title,
    slug: view.story.slug,
    version: view.version,
    publishedAt: view.publishedAt.toISOString(),
    sources,
    pageSize,
  };
  if (view.changes)
    input.changes = { since: view.changes.since, summary: summariseChanges(view.changes.diff).headline };
  return input;
}

import { sourceLabel } from "@/components/reader/source-index";
import { parseVersionParam } from "@/lib/reader/format";
import { sourceTextPayload } from "@/lib/reader/source-text";
import { getPublishedBriefing } from "@/lib/server/published";
import { IMMUTABLE, NOT_YET } from "@/lib/reader/reader-state.mjs";
import { notPublic } from "../../../../../pdf/respond";

// One source's text for the citation popovers, fetched when a reader opens a passage. Immutable
// like the version, so it is rendered once and served from cache; a withdrawn version's is a 410.
export const runtime = "nodejs";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

function notFound(): Response {
  return Response.json(
    { error: "No such source in a published briefing." },
    { status: 404, headers: { "Cache-Control": NOT_YET } },
  );
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; n: string; number: string }> },
) {
  const { slug, n, number } = await params;
  const version = parseVersionParam(n);
  const sourceNumber = parseVersionParam(number);
  if (version === null || sourceNumber === null) return notFound();
  const view = await getPublishedBriefing(slug, version);
  if (!view) return notPublic(slug, version);
  const source = view.sources.find((s) => s.number === sourceNumber);
  if (!source || source.text === null) return notFound();
  return Response.json(sourceTextPayload(source.number, sourceLabel(source), source.text), {
    headers: { "Cache-Control": IMMUTABLE },
  });
}

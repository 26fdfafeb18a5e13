import { respondWithBriefingPdf } from "../../../../pdf/respond";

// /b/<slug>/v/<n>/pdf?size=letter arrives here (a rewrite in next.config.ts): one cached file per size.
export const runtime = "nodejs";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; n: string; size: string }> },
) {
  const { slug, n, size } = await params;
  return respondWithBriefingPdf(slug, n, size);
}

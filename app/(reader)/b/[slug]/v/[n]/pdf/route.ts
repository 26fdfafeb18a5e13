import { respondWithBriefingPdf } from "../../../pdf/respond";

// Rendered (or read from the copy stored at publish time) once, then served from cache.
export const runtime = "nodejs";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return respondWithBriefingPdf(slug, n, "a4");
}

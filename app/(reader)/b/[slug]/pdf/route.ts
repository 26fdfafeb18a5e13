import { respondWithBriefingPdf } from "./respond";

// The latest version's PDF: cached, refreshed with the latest page (lib/server/reader-cache.ts).
export const runtime = "nodejs";
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondWithBriefingPdf(slug, undefined, "a4");
}

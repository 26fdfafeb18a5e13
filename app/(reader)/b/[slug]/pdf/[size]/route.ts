import { respondWithBriefingPdf } from "../respond";

export const runtime = "nodejs";
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; size: string }> }) {
  const { slug, size } = await params;
  return respondWithBriefingPdf(slug, undefined, size);
}

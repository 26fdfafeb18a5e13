import { respondWithBriefingPdf } from "./respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondWithBriefingPdf(request, slug);
}

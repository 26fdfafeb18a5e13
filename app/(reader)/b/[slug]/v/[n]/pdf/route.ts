import { respondWithBriefingPdf } from "../../../pdf/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return respondWithBriefingPdf(request, slug, n);
}

import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PublishedBriefingView } from "@/components/reader/published-briefing";
import { ReaderHeader } from "@/components/reader/reader-header";
import { briefingPath, excerpt } from "@/lib/reader/format";
import { getWithdrawnBriefing } from "@/lib/server/published";
import { loadPublishedBriefing } from "./load";

// The latest public version, cached and refreshed on every publish, unpublish or withdrawal
// (lib/server/reader-cache.ts), with a time limit as a backstop.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const view = await loadPublishedBriefing(slug);
  if (!view) return { title: "Briefing not found" };
  return { title: view.story.title, description: excerpt(view.briefing.summary, 200) };
}

export default async function LatestBriefingPage({ params }: Params) {
  const { slug } = await params;
  const view = await loadPublishedBriefing(slug);
  if (!view) {
    // Every version withdrawn: send readers to the latest one, which answers 410 with the reason.
    const withdrawn = await getWithdrawnBriefing(slug);
    if (withdrawn) redirect(briefingPath(slug, withdrawn.version));
    notFound();
  }
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PublishedBriefingView view={view} pinned={false} />
      </main>
    </>
  );
}

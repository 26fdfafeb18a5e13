import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedBriefingView } from "@/components/reader/published-briefing";
import { ReaderHeader } from "@/components/reader/reader-header";
import { excerpt, parseVersionParam } from "@/lib/reader/format";
import { loadPublishedBriefing } from "../../load";

// A published version never changes: rendered once, then served from cache until it is
// unpublished or withdrawn (then proxy.ts sends its readers to the withdrawn page).
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string; n: string }> };

async function load(params: Params["params"]) {
  const { slug, n } = await params;
  const version = parseVersionParam(n);
  return version === null ? null : loadPublishedBriefing(slug, version);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = await load(params);
  if (!view) return { title: "Briefing not found" };
  return { title: `${view.story.title} (version ${view.version})`, description: excerpt(view.briefing.summary, 200) };
}

export default async function BriefingVersionPage({ params }: Params) {
  const view = await load(params);
  if (!view) notFound();
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PublishedBriefingView view={view} pinned />
      </main>
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedBriefingView } from "@/components/reader/published-briefing";
import { ReaderHeader } from "@/components/reader/reader-header";
import { WithdrawnPage } from "@/components/reader/withdrawn-notice";
import { excerpt, parseVersionParam } from "@/lib/reader/format";
import { getWithdrawnBriefing } from "@/lib/server/published";
import { loadPublishedBriefing } from "../../load";

// A published version never changes: rendered once, then served from cache until it is
// unpublished or withdrawn. A withdrawn version's page says so and why; the cache handler sends
// it with HTTP 410 and never keeps it (lib/reader/versioned-answer.mjs).
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

async function loadWithdrawn(params: Params["params"]) {
  const { slug, n } = await params;
  const version = parseVersionParam(n);
  return version === null ? null : getWithdrawnBriefing(slug, version);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = await load(params);
  if (view) {
    return { title: `${view.story.title} (version ${view.version})`, description: excerpt(view.briefing.summary, 200) };
  }
  if (await loadWithdrawn(params)) return { title: "Briefing withdrawn", robots: { index: false } };
  return { title: "Briefing not found" };
}

export default async function BriefingVersionPage({ params }: Params) {
  const view = await load(params);
  if (!view) {
    const withdrawn = await loadWithdrawn(params);
    if (withdrawn) return <WithdrawnPage view={withdrawn} />;
    notFound();
  }
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PublishedBriefingView view={view} pinned />
      </main>
    </>
  );
}

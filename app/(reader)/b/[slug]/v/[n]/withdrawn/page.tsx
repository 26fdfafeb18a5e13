import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReaderHeader } from "@/components/reader/reader-header";
import { WithdrawnNotice } from "@/components/reader/withdrawn-notice";
import { parseVersionParam } from "@/lib/reader/format";
import { getWithdrawnBriefing } from "@/lib/server/published";

// proxy.ts rewrites a withdrawn version's URLs here with status 410. Rare, so never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Briefing withdrawn", robots: { index: false } };

export default async function WithdrawnVersionPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const version = parseVersionParam(n);
  const view = version === null ? null : await getWithdrawnBriefing(slug, version);
  if (!view) notFound();
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <WithdrawnNotice view={view} />
      </main>
    </>
  );
}

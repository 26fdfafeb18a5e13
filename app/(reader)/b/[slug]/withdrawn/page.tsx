import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReaderHeader } from "@/components/reader/reader-header";
import { WithdrawnNotice } from "@/components/reader/withdrawn-notice";
import { getWithdrawnBriefing } from "@/lib/server/published";

// A story whose every version was withdrawn: proxy.ts rewrites /b/<slug> here with status 410.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Briefing withdrawn", robots: { index: false } };

export default async function WithdrawnStoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const view = await getWithdrawnBriefing((await params).slug);
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

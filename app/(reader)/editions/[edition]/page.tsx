import Link from "next/link";
import { notFound } from "next/navigation";
import { listPublishedBriefings } from "@/lib/server/published";
import { BriefingList } from "@/components/reader/briefing-list";
import { HOME_EDITION } from "@/lib/reader/cache-paths";

// Served at "/" (a rewrite in next.config.ts). Rendered on the first request after a start or a
// publish and then served from cache; a dynamic segment, so `next build` never renders it without
// the database.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const briefings = await listPublishedBriefings();
  return (
    <>
      <header className="border-b-4 border-double border-ink">
        <div className="mx-auto max-w-3xl px-4 pb-5 pt-6">
          <nav aria-label="Site" className="no-print flex justify-end">
            <Link
              href="/sign-in"
              className="rounded px-2 py-1 text-xs font-medium text-stone-600 underline-offset-2 hover:text-ink hover:underline"
            >
              Editor sign-in
            </Link>
          </nav>
          <h1 className="text-center font-serif text-4xl font-bold tracking-tight sm:text-5xl">Briefing Desk</h1>
          <p className="mt-2 text-center text-sm text-stone-700">
            What every outlet reports about a story, side by side: each statement cited to the passage it comes from.
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h2 className="sr-only">Published briefings</h2>
        <BriefingList briefings={briefings} />
      </main>
    </>
  );
}

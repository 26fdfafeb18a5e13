import Link from "next/link";
import { listPublishedBriefings } from "@/lib/server/published";
import { BriefingList } from "@/components/reader/briefing-list";

// The list changes whenever an editor publishes; it must never be frozen at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
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

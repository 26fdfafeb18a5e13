import Link from "next/link";
import { briefingPath, excerpt, formatDate, formatDateRange } from "@/lib/reader/format";

export interface BriefingListEntry {
  slug: string;
  title: string;
  version: number;
  publishedAt: Date;
  summary: string;
  sourceCount: number;
  /** The sources' own publication dates: when the story happened, not when the desk published. */
  storyDates: { first: Date; last: Date } | null;
}

/** The front page's list of published briefings, newest first as given. */
export function BriefingList({ briefings }: { briefings: BriefingListEntry[] }) {
  if (briefings.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-400 p-10 text-center text-stone-700">
        No briefings have been published yet. When the desk publishes one, it will appear here.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-300 border-y border-stone-300">
      {briefings.map((b) => (
        <li key={b.slug} data-testid="briefing-entry">
          <article aria-labelledby={`briefing-${b.slug}`} className="py-6">
            <p className="text-xs font-semibold uppercase tracking-widest text-stone-700" data-testid="entry-dates">
              {b.storyDates ? (
                <>
                  <time dateTime={b.storyDates.last.toISOString()}>{formatDateRange(b.storyDates)}</time> ·{" "}
                </>
              ) : null}
              {b.sourceCount} {b.sourceCount === 1 ? "source" : "sources"}
            </p>
            <h2 id={`briefing-${b.slug}`} className="mt-1 font-serif text-2xl font-bold leading-snug">
              <Link href={briefingPath(b.slug)} className="hover:text-accent hover:underline">
                {b.title}
              </Link>
            </h2>
            {b.summary ? (
              <p className="mt-2 font-serif leading-relaxed text-stone-800">{excerpt(b.summary, 260)}</p>
            ) : null}
            <p className="mt-2 text-xs text-stone-700">
              {b.version > 1 ? "Updated" : "Published"} by the desk{" "}
              <time dateTime={b.publishedAt.toISOString()}>{formatDate(b.publishedAt)}</time> · version {b.version}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

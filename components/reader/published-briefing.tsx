import Link from "next/link";
import type { PublishedView } from "@/lib/server/published";
import { SECTION_TITLES } from "@/components/briefing/section-meta";
import { BRIEFING_SECTIONS } from "@/lib/briefing/types";
import { briefingPath, formatDate, formatDateTime } from "@/lib/reader/format";
import { nameSourcesInBriefing } from "@/lib/reader/source-names";
import {
  DealTermsSection,
  DiscrepanciesSection,
  PlainSection,
  PositionsSection,
  TimelineSection,
  sectionId,
} from "./briefing-sections";
import { CitedPassages } from "./cited-passages";
import { PdfLinks } from "./pdf-links";
import { ReaderSourceList } from "./reader-source-list";
import { indexSources } from "./source-index";

function VersionNote({ view, pinned }: { view: PublishedView; pinned: boolean }) {
  const slug = view.story.slug;
  if (view.version < view.latestVersion) {
    return (
      <p role="note" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        You are reading version {view.version}, an earlier version of this briefing.{" "}
        <Link href={briefingPath(slug)} className="font-semibold underline underline-offset-2">
          Read the latest (version {view.latestVersion})
        </Link>
      </p>
    );
  }
  if (pinned) {
    return (
      <p className="mt-4 text-sm text-stone-600">
        This is the latest version.{" "}
        <Link href={briefingPath(slug)} className="underline underline-offset-2">
          Permanent link to the latest
        </Link>
      </p>
    );
  }
  return null;
}

function VersionList({ view }: { view: PublishedView }) {
  if (view.versions.length < 2) return null;
  return (
    <nav aria-label="Versions" className="no-print">
      <h2 className="font-serif text-lg font-bold">All versions</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {view.versions.map((v) => (
          <li key={v.version}>
            <Link
              href={briefingPath(view.story.slug, v.version)}
              aria-current={v.version === view.version ? "page" : undefined}
              className={`inline-block rounded-md border px-2.5 py-1 ${
                v.version === view.version
                  ? "border-ink bg-ink text-white"
                  : "border-stone-300 bg-white hover:border-ink"
              }`}
            >
              Version {v.version}
              {v.publishedAt ? <span className="ml-1 text-xs opacity-80">· {formatDate(v.publishedAt)}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A published briefing version as readers see it. `pinned`: reached at /b/<slug>/v/<n>. */
export function PublishedBriefingView({ view, pinned }: { view: PublishedView; pinned: boolean }) {
  const briefing = nameSourcesInBriefing(view.briefing, view.sources);
  const sources = indexSources(view.sources);
  const basePath = pinned ? briefingPath(view.story.slug, view.version) : briefingPath(view.story.slug);
  const isLatest = view.version === view.latestVersion;

  return (
    <article aria-labelledby="briefing-title" className="space-y-10">
      <header>
        <p className="no-print text-sm">
          <Link href="/" className="text-stone-600 hover:text-ink hover:underline">
            ← All briefings
          </Link>
        </p>
        <p className="mt-4 text-xs font-semibold uppercase tracking-widest text-accent">
          Briefing · Version {view.version}
          {isLatest ? " · Latest" : ""}
        </p>
        <h1 id="briefing-title" className="mt-1 font-serif text-3xl font-bold leading-tight text-balance sm:text-4xl">
          {briefing.title}
        </h1>
        <p className="mt-2 text-sm text-stone-700">
          Published <time dateTime={view.publishedAt.toISOString()}>{formatDateTime(view.publishedAt)}</time> by{" "}
          {view.publishedBy} · {view.sources.length} {view.sources.length === 1 ? "source" : "sources"}
        </p>
        <VersionNote view={view} pinned={pinned} />
        <div className="mt-4">
          <PdfLinks basePath={basePath} />
        </div>
      </header>

      <nav aria-label="In this briefing" className="no-print rounded-md border border-stone-300 bg-white px-4 py-3">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-stone-600">In this briefing</h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {BRIEFING_SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${sectionId(section)}`} className="text-ink underline-offset-2 hover:underline">
                {SECTION_TITLES[section]} <span className="text-stone-600">({briefing[section].length})</span>
              </a>
            </li>
          ))}
          <li>
            <a href="#sources" className="text-ink underline-offset-2 hover:underline">
              Sources <span className="text-stone-600">({view.sources.length})</span>
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="summary-heading" data-testid="summary">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <p className="border-l-4 border-accent pl-4 font-serif text-lg leading-relaxed text-ink sm:text-xl">
          {briefing.summary || "The sources do not yet support a summary."}
        </p>
      </section>

      <PositionsSection briefing={briefing} sources={sources} />
      <DealTermsSection briefing={briefing} sources={sources} />
      <PlainSection section="keyFigures" briefing={briefing} sources={sources} />
      <PlainSection section="openQuestions" briefing={briefing} sources={sources} />
      <DiscrepanciesSection briefing={briefing} sources={sources} />
      <TimelineSection briefing={briefing} sources={sources} />
      <ReaderSourceList sources={view.sources} />
      <CitedPassages briefing={briefing} sources={sources} />
      <VersionList view={view} />
    </article>
  );
}

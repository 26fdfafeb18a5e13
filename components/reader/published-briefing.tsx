import Link from "next/link";
import type { PublishedView } from "@/lib/server/published";
import { storyDates } from "@/lib/reader/story-dates";
import { SECTION_TITLES } from "@/components/briefing/section-meta";
import { BRIEFING_SECTIONS } from "@/lib/briefing/types";
import { summariseChanges } from "@/lib/reader/change-summary";
import { briefingPath, formatDate, formatDateRange, formatDateTime } from "@/lib/reader/format";
import { nameSourcesInBriefing } from "@/lib/reader/source-names";
import {
  DealTermsSection,
  DiscrepanciesSection,
  PlainSection,
  PositionsSection,
  TimelineSection,
  sectionId,
} from "./briefing-sections";
import { MethodNote } from "./method-note";
import { PdfLinks } from "./pdf-links";
import { ReaderSourceList } from "./reader-source-list";
import { ShareLink } from "./share-link";
import { SourceTextsProvider } from "./citation-disclosure";
import { indexSources } from "./source-index";

/**
 * On a pinned version: a link to the latest. Nothing here may depend on later versions, because a
 * version's page is cached for good (a CDN keeps it immutable): it never claims to be the latest.
 */
function VersionNote({ view, pinned }: { view: PublishedView; pinned: boolean }) {
  if (!pinned) return null;
  return (
    <p role="note" className="no-print mt-4 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
      This is version {view.version}, as published on {formatDate(view.publishedAt)}; it never changes.{" "}
      <Link href={briefingPath(view.story.slug)} className="font-semibold underline underline-offset-2">
        Read the latest version
      </Link>
    </p>
  );
}

function WhatChanged({ view }: { view: PublishedView }) {
  if (!view.changes) return null;
  const summary = summariseChanges(view.changes.diff);
  const shown = summary.lines.slice(0, 12);
  return (
    <section aria-labelledby="changes-heading" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm">
      <h2 id="changes-heading" className="font-semibold text-sky-950">
        What changed since version {view.changes.since}
      </h2>
      <p className="mt-1 text-sky-950" data-testid="changes-headline">
        {summary.headline}
      </p>
      {shown.length > 0 ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-sky-950 underline underline-offset-2">Show the changes</summary>
          <ul className="mt-2 space-y-1 text-stone-800">
            {shown.map((line, i) => (
              <li key={i}>
                <span className="font-semibold">
                  {line.kind === "added"
                    ? "Added"
                    : line.kind === "removed"
                      ? "Removed"
                      : line.kind === "summary" || line.kind === "title"
                        ? "Changed"
                        : "Revised"}
                  {line.section ? ` (${SECTION_TITLES[line.section]})` : ""}:
                </span>{" "}
                {line.text}
              </li>
            ))}
            {summary.lines.length > shown.length ? <li>… and {summary.lines.length - shown.length} more.</li> : null}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function VersionList({ view, pinned }: { view: PublishedView; pinned: boolean }) {
  // A pinned page lists only earlier versions, so it stays true when later ones appear.
  const versions = pinned ? view.versions.filter((v) => v.version <= view.version) : view.versions;
  if (versions.length < 2) return null;
  return (
    <nav aria-label="Versions" className="no-print">
      <h2 className="font-serif text-lg font-bold">{pinned ? "This and earlier versions" : "All versions"}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {versions.map((v) => (
          <li key={v.version}>
            <Link
              href={briefingPath(view.story.slug, v.version)}
              aria-current={v.version === view.version ? "page" : undefined}
              className={`inline-block rounded-md border px-2.5 py-1 ${
                v.version === view.version
                  ? "border-ink bg-ink text-paper"
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
  const versionPath = briefingPath(view.story.slug, view.version);
  const sources = indexSources(view.sources, versionPath);
  const basePath = pinned ? versionPath : briefingPath(view.story.slug);
  const dates = storyDates(view.sources.map((s) => s.publishedAt));
  const firstPublished = view.versions[view.versions.length - 1]?.publishedAt ?? null;
  const updated = view.changes !== null;

  return (
    <SourceTextsProvider versionPath={versionPath}>
      <article aria-labelledby="briefing-title" className="space-y-10">
        <header>
          <p className="no-print text-sm">
            <Link href="/" className="text-stone-700 hover:text-ink hover:underline">
              ← All briefings
            </Link>
          </p>
          <p className="mt-4 text-xs font-semibold uppercase tracking-widest text-accent">
            Briefing · Version {view.version}
            {dates ? (
              <>
                {" · "}
                <span data-testid="story-dates">{formatDateRange(dates)}</span>
              </>
            ) : null}
          </p>
          <h1 id="briefing-title" className="mt-1 font-serif text-3xl font-bold leading-tight text-balance sm:text-4xl">
            {briefing.title}
          </h1>
          <p className="mt-2 text-sm text-stone-700" data-testid="publication-line">
            {updated ? "Updated" : "Published"}{" "}
            <time dateTime={view.publishedAt.toISOString()}>{formatDateTime(view.publishedAt)}</time> by{" "}
            {view.publishedBy}
            {updated && firstPublished && !pinned ? <> · first published {formatDate(firstPublished)}</> : null} ·{" "}
            {view.sources.length} {view.sources.length === 1 ? "source" : "sources"}
            {dates ? <> · reporting from {formatDateRange(dates)}</> : null}
          </p>
          <VersionNote view={view} pinned={pinned} />
          <div className="no-print mt-4 flex flex-wrap items-center gap-3">
            <PdfLinks basePath={basePath} />
            <ShareLink path={versionPath} title={briefing.title} />
          </div>
        </header>

        <WhatChanged view={view} />

        <nav aria-label="In this briefing" className="no-print rounded-md border border-stone-300 bg-white px-4 py-3">
          <h2 className="text-xs font-semibold uppercase tracking-wide text-stone-700">In this briefing</h2>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {BRIEFING_SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${sectionId(section)}`} className="text-ink underline-offset-2 hover:underline">
                  {SECTION_TITLES[section]} <span className="text-stone-700">({briefing[section].length})</span>
                </a>
              </li>
            ))}
            <li>
              <a href="#sources" className="text-ink underline-offset-2 hover:underline">
                Sources <span className="text-stone-700">({view.sources.length})</span>
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

        <MethodNote />
        <PositionsSection briefing={briefing} sources={sources} />
        <DealTermsSection briefing={briefing} sources={sources} />
        <PlainSection section="keyFigures" briefing={briefing} sources={sources} />
        <PlainSection section="openQuestions" briefing={briefing} sources={sources} />
        <DiscrepanciesSection briefing={briefing} sources={sources} />
        <TimelineSection briefing={briefing} sources={sources} />
        <ReaderSourceList sources={view.sources} index={sources} />
        <VersionList view={view} pinned={pinned} />
      </article>
    </SourceTextsProvider>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReaderHeader } from "@/components/reader/reader-header";
import { sourceLabel } from "@/components/reader/source-index";
import { WithdrawnPage } from "@/components/reader/withdrawn-notice";
import { cleanSource } from "@/lib/briefing/clean";
import { briefingPath, formatIsoDate, parseVersionParam } from "@/lib/reader/format";
import { getWithdrawnBriefing } from "@/lib/server/published";
import { loadPublishedBriefing } from "../../../../load";

// One source's full text as the briefing's version analysed it. Loaded only when a reader asks
// for it (the briefing page carries just the cited paragraphs); immutable like the version, and
// like it, a withdrawn version's source page says so (HTTP 410, lib/reader/versioned-answer.mjs).
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string; n: string; number: string }> };

async function load(params: Params["params"]) {
  const { slug, n, number } = await params;
  const version = parseVersionParam(n);
  const sourceNumber = parseVersionParam(number);
  if (version === null || sourceNumber === null) return null;
  const view = await loadPublishedBriefing(slug, version);
  const source = view?.sources.find((s) => s.number === sourceNumber);
  return view && source ? { view, source } : null;
}

async function loadWithdrawn(params: Params["params"]) {
  const { slug, n } = await params;
  const version = parseVersionParam(n);
  return version === null ? null : getWithdrawnBriefing(slug, version);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await load(params);
  if (found) return { title: `${sourceLabel(found.source)} · ${found.view.story.title}` };
  if (await loadWithdrawn(params)) return { title: "Briefing withdrawn", robots: { index: false } };
  return { title: "Source not found" };
}

export default async function SourceTextPage({ params }: Params) {
  const found = await load(params);
  if (!found) {
    const withdrawn = await loadWithdrawn(params);
    if (withdrawn) return <WithdrawnPage view={withdrawn} />;
    notFound();
  }
  const { view, source } = found;
  const cleaned = source.text === null ? null : cleanSource(source.text);
  const published = formatIsoDate(source.publishedAt);
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <article aria-labelledby="source-title" className="space-y-4">
          <p className="text-sm">
            <Link href={`${briefingPath(view.story.slug, view.version)}#source-${source.number}`} className="underline">
              ← Back to the briefing (version {view.version})
            </Link>
          </p>
          <p className="text-xs font-semibold uppercase tracking-widest text-accent">
            Source {source.number} of “{view.story.title}”
          </p>
          <h1 id="source-title" className="font-serif text-3xl font-bold leading-tight">
            {source.headline ?? sourceLabel(source)}
          </h1>
          <p className="text-sm text-stone-700">
            {source.outlet ?? `Source ${source.number}`}
            {published ? ` · ${published}` : ""}
            {source.url ? (
              <>
                {" · "}
                <a href={source.url} rel="noopener noreferrer nofollow" className="text-accent underline">
                  Read the original
                </a>
              </>
            ) : null}
          </p>
          {cleaned ? (
            <>
              <p className="text-xs text-stone-700">
                The text as the desk analysed it.
                {cleaned.removed.length > 0
                  ? ` ${cleaned.removed.length} lines of page furniture (navigation, adverts, share buttons) are left out.`
                  : ""}
              </p>
              <div className="space-y-4 font-serif text-lg leading-relaxed" data-testid="source-text">
                {cleaned.lines.map((line) =>
                  line.kind === "heading" ? (
                    <h2 key={line.start} className="font-sans text-base font-semibold">
                      {line.text}
                    </h2>
                  ) : (
                    <p key={line.start}>{line.text}</p>
                  ),
                )}
              </div>
            </>
          ) : (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              This source has changed since the version was published, so its text is not shown here. The quotes in the
              briefing are as published.
            </p>
          )}
        </article>
      </main>
    </>
  );
}

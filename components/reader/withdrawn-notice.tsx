import Link from "next/link";
import type { WithdrawnView } from "@/lib/server/published";
import { briefingPath, formatDateTime } from "@/lib/reader/format";
import { ReaderHeader } from "./reader-header";

/** What a reader sees at a withdrawn version's address (served with HTTP 410 Gone). */
export function WithdrawnNotice({ view }: { view: WithdrawnView }) {
  return (
    <article aria-labelledby="withdrawn-title" className="space-y-4" data-testid="withdrawn">
      <p className="text-xs font-semibold uppercase tracking-widest text-accent">
        Briefing · Version {view.version} · Withdrawn
      </p>
      <h1 id="withdrawn-title" className="font-serif text-3xl font-bold leading-tight text-balance">
        {view.story.title}
      </h1>
      <p className="text-stone-800">
        The desk withdrew version {view.version} of this briefing
        {view.withdrawnAt ? (
          <>
            {" "}
            on <time dateTime={view.withdrawnAt.toISOString()}>{formatDateTime(view.withdrawnAt)}</time>
          </>
        ) : null}
        . It is no longer published.
      </p>
      <section aria-labelledby="withdrawn-reason" className="rounded-md border border-amber-300 bg-amber-50 p-4">
        <h2 id="withdrawn-reason" className="text-sm font-semibold text-amber-950">
          The editor&apos;s reason
        </h2>
        <p className="mt-1 font-serif text-lg text-ink" data-testid="withdrawn-reason">
          {view.reason ?? "No reason was recorded when this version was withdrawn."}
        </p>
      </section>
      <p className="text-sm">
        {view.latestPublicVersion !== null ? (
          <Link href={briefingPath(view.story.slug)} className="font-semibold text-accent underline underline-offset-2">
            Read the current version (version {view.latestPublicVersion})
          </Link>
        ) : (
          <Link href="/" className="font-semibold text-accent underline underline-offset-2">
            See all published briefings
          </Link>
        )}
      </p>
    </article>
  );
}

/**
 * A withdrawn version's page, at the version's own address and its source pages'. The cache
 * handler sends it with HTTP 410 and never keeps it (lib/reader/versioned-answer.mjs).
 */
export function WithdrawnPage({ view }: { view: WithdrawnView }) {
  return (
    <>
      <ReaderHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <WithdrawnNotice view={view} />
      </main>
    </>
  );
}

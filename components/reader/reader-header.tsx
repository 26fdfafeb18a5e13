import Link from "next/link";

/** The site bar on every reader page: the masthead link home and the way in for editors. */
export function ReaderHeader() {
  return (
    <header className="no-print border-b border-stone-300 bg-paper">
      <nav aria-label="Site" className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="font-serif text-lg font-bold tracking-tight text-ink hover:text-accent">
          Briefing Desk
        </Link>
        <Link
          href="/sign-in"
          className="rounded px-2 py-1 text-xs font-medium text-stone-600 underline-offset-2 hover:text-ink hover:underline"
        >
          Editor sign-in
        </Link>
      </nav>
    </header>
  );
}

export function ReaderFooter() {
  return (
    <footer className="mt-16 border-t border-stone-300 print:mt-8">
      <p className="mx-auto max-w-3xl px-4 py-6 text-xs text-stone-600">
        Every statement in a briefing is cited to a verbatim passage of an outlet&apos;s reporting. Published versions
        never change; corrections appear as a new version.
      </p>
    </footer>
  );
}

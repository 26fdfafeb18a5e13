import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">That page is not here</h1>
      <p className="mt-3 text-stone-600">The briefing or story may have been unpublished, renamed or never existed.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white">
        Go to the briefings
      </Link>
    </main>
  );
}

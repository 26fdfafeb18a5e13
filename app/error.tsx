"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-stone-600">
        The page could not be shown. Nothing you saved was lost. Try again; if it keeps happening, give an administrator
        this reference: <code className="rounded bg-stone-100 px-1">{error.digest ?? "none"}</code>.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white"
      >
        Try again
      </button>
    </main>
  );
}

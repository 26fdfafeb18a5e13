// Shown while a published briefing is read from the database; shaped like the article so the
// page does not jump when it arrives.
export default function Loading() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <div role="status" aria-label="Loading the briefing" className="animate-pulse space-y-4">
        <div className="h-4 w-1/4 rounded bg-stone-200" />
        <div className="h-9 w-3/4 rounded bg-stone-200" />
        <div className="h-4 w-1/3 rounded bg-stone-200" />
        <div className="h-24 rounded bg-stone-100" />
        <div className="h-40 rounded bg-stone-100" />
      </div>
    </main>
  );
}

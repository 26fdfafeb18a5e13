export default function Loading() {
  return (
    <div className="mx-auto max-w-3xl animate-pulse px-4 py-10" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading the briefing…</span>
      <div className="h-4 w-40 rounded bg-stone-200" />
      <div className="mt-4 h-9 w-3/4 rounded bg-stone-200" />
      <div className="mt-3 h-4 w-1/2 rounded bg-stone-200" />
      <div className="mt-8 space-y-3">
        <div className="h-4 rounded bg-stone-200" />
        <div className="h-4 rounded bg-stone-200" />
        <div className="h-4 w-5/6 rounded bg-stone-200" />
      </div>
    </div>
  );
}

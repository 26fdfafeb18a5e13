/**
 * Always in reach, on a phone too: how much is left to review and the two things an editor does
 * most after reviewing, without tabbing through every item.
 */
export function DeskActionBar({ pending, total }: { pending: number; total: number }) {
  return (
    <nav
      aria-label="Desk actions"
      className="sticky top-0 z-20 -mx-4 flex flex-wrap items-center gap-2 border-b border-stone-200 bg-white/95 px-4 py-2 text-sm shadow-sm backdrop-blur"
      data-testid="desk-action-bar"
    >
      <span className={`min-w-0 flex-1 ${pending ? "text-amber-900" : "text-green-800"}`}>
        {pending ? `${pending} of ${total} not reviewed` : "All reviewed"}
      </span>
      <a href="#add-item" className="rounded-md border border-stone-300 px-3 py-1 font-medium hover:bg-stone-50">
        Add an item
      </a>
      <a href="#publish" className="rounded-md bg-ink px-3 py-1 font-semibold text-white hover:bg-stone-700">
        Publish…
      </a>
    </nav>
  );
}

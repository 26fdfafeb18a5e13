"use client";

export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: "j / k", does: "Next / previous item" },
  { keys: "n", does: "Next item not reviewed" },
  { keys: "a", does: "Accept the selected item" },
  { keys: "r", does: "Reject the selected item" },
  { keys: "e", does: "Edit the selected item" },
  { keys: "Esc", does: "Close the editor or this help" },
  { keys: "?", does: "Show or hide this help" },
];

export function ShortcutHelp({ shortcuts, onClose }: { shortcuts: typeof SHORTCUTS; onClose: () => void }) {
  return (
    <section
      aria-labelledby="shortcuts-heading"
      className="rounded-md border border-stone-300 bg-stone-50 p-3 text-sm"
      data-testid="shortcut-help"
    >
      <div className="flex items-center justify-between">
        <h3 id="shortcuts-heading" className="font-semibold">
          Keyboard shortcuts
        </h3>
        <button type="button" onClick={onClose} className="text-xs underline">
          Close
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-600">They work whenever you are not typing in a field.</p>
      <dl className="mt-2 grid grid-cols-[5rem_minmax(0,1fr)] gap-x-3 gap-y-1">
        {shortcuts.map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-white px-1 font-mono text-xs">{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** How a briefing is made and what its marks mean, for readers who want to weigh it. */
export function MethodNote() {
  return (
    <details className="rounded-md border border-stone-300 bg-white px-4 py-3 text-sm" data-testid="method-note">
      <summary className="cursor-pointer font-semibold text-ink">How this briefing is made</summary>
      <div className="mt-2 space-y-2 text-stone-800">
        <p>
          The desk collects several outlets&apos; reporting on one story. Software reads all of them and drafts every
          line you see from their text: each statement is tied to the exact words it rests on, which open when you press
          a citation number such as <span className="font-semibold text-accent">[2]</span>. Editors then check, reword,
          reject or add items before publishing. Nothing is written from outside the sources.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>“3 outlets”</strong> counts the independent outlets that report an item. Two outlets running the
            same wire copy count once, and so do two articles by one outlet.
          </li>
          <li>
            <strong>Near-copy</strong>: a source that largely repeats another one; it is listed but not counted as
            independent.
          </li>
          <li>
            <strong>Aggregator</strong>: a page that summarises other outlets&apos; reporting rather than reporting
            first-hand; weigh it less.
          </li>
          <li>
            <strong>Edited by the desk</strong>: an editor changed the wording; the cited passages are unchanged.
          </li>
          <li>
            A published version never changes. Corrections appear as a new version, and a withdrawn version says why.
          </li>
        </ul>
      </div>
    </details>
  );
}

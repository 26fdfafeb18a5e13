import type { PublishedSource } from "@/lib/server/published";
import { formatIsoDate, shortHash, sourceAnchorId } from "@/lib/reader/format";
import { describeSourceFlags } from "@/lib/reader/source-flags";
import { sourceLabel } from "./source-index";

/** The numbered sources a briefing cites, as they were when it was published. */
export function ReaderSourceList({ sources }: { sources: PublishedSource[] }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const describe = (id: string) => {
    const other = byId.get(id);
    return other ? `source ${other.number} (${sourceLabel(other)})` : null;
  };
  return (
    <section aria-labelledby="sources-heading" id="sources" className="scroll-mt-6">
      <h2 id="sources-heading" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
        Sources
      </h2>
      <ol className="mt-3 space-y-4">
        {sources.map((source) => {
          const retrieved = formatIsoDate(source.retrievedAt);
          const notes = describeSourceFlags(source.flags, describe);
          return (
            <li
              key={source.id}
              id={sourceAnchorId(source.number)}
              className="flex scroll-mt-6 gap-3 break-inside-avoid rounded-md target:bg-amber-50"
              data-testid="reader-source"
            >
              <span className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-ink text-sm font-semibold text-white print:border print:border-ink print:bg-transparent print:text-ink">
                {source.number}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {source.outlet ?? <span className="italic text-stone-600">Outlet not named</span>}
                </p>
                {source.headline ? <p className="font-serif text-stone-800">{source.headline}</p> : null}
                {source.url ? (
                  <p className="mt-0.5 text-sm">
                    <a
                      href={source.url}
                      rel="noopener noreferrer nofollow"
                      className="break-all text-accent underline underline-offset-2"
                    >
                      {source.url}
                    </a>
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-stone-600">
                  {source.words.toLocaleString("en")} words
                  {retrieved ? <> · retrieved {retrieved}</> : null}
                  {source.contentHash ? (
                    <>
                      {" "}
                      · content hash{" "}
                      <code className="font-mono" title={`SHA-256 ${source.contentHash}`}>
                        {shortHash(source.contentHash)}
                      </code>
                    </>
                  ) : null}
                </p>
                {notes.length > 0 ? (
                  <ul className="mt-1.5 space-y-1 text-sm">
                    {notes.map((note) => (
                      <li key={note.flag} className="flex gap-2">
                        <span
                          className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold ${
                            note.caution ? "bg-amber-100 text-amber-900" : "bg-stone-200 text-stone-800"
                          }`}
                        >
                          {note.label}
                        </span>
                        <span className="text-stone-700">{note.explanation}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

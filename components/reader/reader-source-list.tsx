import type { PublishedSource } from "@/lib/server/published";
import { formatIsoDate, shortHash, sourceAnchorId } from "@/lib/reader/format";
import { describeSourceFlags } from "@/lib/reader/source-flags";
import { sourceLabel, type SourceIndex } from "./source-index";

/** The numbered sources a briefing cites, as they were when it was published. */
export function ReaderSourceList({ sources, index }: { sources: PublishedSource[]; index: SourceIndex }) {
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
          const published = formatIsoDate(source.publishedAt);
          const textPath = index.get(source.id)?.textPath ?? null;
          const notes = describeSourceFlags(source.flags, describe);
          return (
            <li
              key={source.id}
              id={sourceAnchorId(source.number)}
              className="flex scroll-mt-6 gap-3 break-inside-avoid rounded-md target:bg-amber-50"
              data-testid="reader-source"
            >
              <span className="source-number">{source.number}</span>
              <div className="min-w-0 flex-1">
                <p className="font-semibold" data-testid="source-outlet">
                  {source.outlet ?? `Source ${source.number}`}
                  {published ? (
                    <span className="font-normal text-stone-700">
                      {" · "}
                      <time dateTime={source.publishedAt ?? undefined}>{published}</time>
                    </span>
                  ) : null}
                </p>
                {source.headline ? <p className="font-serif text-stone-800">{source.headline}</p> : null}
                <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm">
                  {source.url ? (
                    <a
                      href={source.url}
                      rel="noopener noreferrer nofollow"
                      className="break-all text-accent underline underline-offset-2"
                      data-testid="source-original"
                    >
                      Read the original<span className="sr-only"> at {source.outlet ?? source.url}</span>
                      <span className="hidden print:inline"> ({source.url})</span>
                    </a>
                  ) : (
                    <span className="text-stone-700">No link to the original was recorded.</span>
                  )}
                  {textPath ? (
                    <a href={textPath} className="no-print text-ink underline underline-offset-2">
                      Text as analysed<span className="sr-only"> (source {source.number})</span>
                    </a>
                  ) : null}
                </p>
                <p className="mt-1 text-xs text-stone-700">
                  {source.words.toLocaleString("en")} words
                  {published ? null : <> · publication date not recorded</>}
                  {retrieved ? <> · added to the desk {retrieved}</> : null}
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

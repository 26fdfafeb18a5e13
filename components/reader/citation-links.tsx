import type { Citation } from "@/lib/briefing/types";
import { citationAnchorId, excerpt } from "@/lib/reader/format";
import { CitationDisclosure } from "./citation-disclosure";
import { citationsBySource, type SourceIndex } from "./source-index";

/** "[1] [3]" after an item: each opens its passage in place, under the item. */
export function CitationLinks({
  itemKey,
  citations,
  sources,
}: {
  itemKey: string;
  citations: Citation[];
  sources: SourceIndex;
}) {
  return (
    <>
      {citationsBySource(citations, sources).map(({ citation, index: i, source }) => (
        <CitationDisclosure
          key={i}
          id={citationAnchorId(itemKey, i)}
          number={source?.number ?? null}
          label={source ? excerpt(source.label, 80) : "Source not listed"}
          quote={citation.quote}
          textUrl={source?.textPath ? `${source.textPath}/text` : null}
          fullTextPath={source?.textPath ?? null}
        />
      ))}
    </>
  );
}

/** "3 outlets": how many distinct sources back an item. */
export function OutletCount({ count }: { count: number }) {
  return (
    <span
      className={`outlet-count ${
        count >= 3
          ? "bg-green-100 text-green-900"
          : count === 2
            ? "bg-sky-100 text-sky-900"
            : "bg-stone-200 text-stone-800"
      }`}
      data-testid="corroboration"
    >
      {count} {count === 1 ? "outlet" : "outlets"}
    </span>
  );
}

/** In print the passages cannot open: the source numbers stand alone. */
export function PrintedCitations({ citations, sources }: { citations: Citation[]; sources: SourceIndex }) {
  const numbers = [...new Set(citationsBySource(citations, sources).map((c) => c.source?.number ?? "?"))];
  return <span className="hidden text-sm print:inline">{numbers.map((n) => `[${n}]`).join(" ")}</span>;
}

export function EditedMarker() {
  return (
    <span
      className="text-xs italic text-stone-600"
      title="The wording was edited by the desk; the citations are unchanged."
    >
      edited by the desk
    </span>
  );
}

import type { Citation } from "@/lib/briefing/types";
import { citationAnchorId } from "@/lib/reader/format";
import { citationsBySource, type SourceIndex } from "./source-index";

/** "[1] [3]" after an item: each opens the quoted passage in the cited-passages list. */
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
    <span className="inline-flex flex-wrap gap-x-0.5 align-baseline text-sm font-semibold">
      {citationsBySource(citations, sources).map(({ index: i, source }) => {
        // The accessible name starts with the visible "[n]", so voice users can say what they see.
        const label = source ? `[${source.number}] ${source.label}: cited passage` : "[?] Cited passage";
        return (
          <a
            key={i}
            href={`#${citationAnchorId(itemKey, i)}`}
            className="rounded px-1 py-0.5 text-accent no-underline hover:bg-accent/10 hover:underline"
            aria-label={label}
            data-testid="citation-link"
          >
            [{source?.number ?? "?"}]
          </a>
        );
      })}
    </span>
  );
}

/** "3 outlets": how many distinct sources back an item. */
export function OutletCount({ count }: { count: number }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ${
        count >= 3
          ? "bg-green-100 text-green-900"
          : count === 2
            ? "bg-sky-100 text-sky-900"
            : "bg-stone-200 text-stone-800"
      }`}
      title={`Reported by ${count} ${count === 1 ? "outlet" : "outlets"}`}
      data-testid="corroboration"
    >
      {count} {count === 1 ? "outlet" : "outlets"}
    </span>
  );
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

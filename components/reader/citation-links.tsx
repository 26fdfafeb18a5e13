import type { Citation } from "@/lib/briefing/types";
import { excerpt } from "@/lib/reader/format";
import { CitationDisclosure } from "./citation-disclosure";
import { citationsBySource, type SourceIndex } from "./source-index";

/** "[1] [3]" after an item: each opens its passage in place, under the item. */
export function CitationLinks({ citations, sources }: { citations: Citation[]; sources: SourceIndex }) {
  return (
    <>
      {citationsBySource(citations, sources).map(({ citation, index: i, source }) => (
        <CitationDisclosure
          key={i}
          number={source?.number ?? null}
          label={source ? excerpt(source.label, 80) : "Source not listed"}
          quote={citation.quote}
          hasText={source?.text !== null && source?.text !== undefined}
        />
      ))}
    </>
  );
}

/** "3 outlets": how many independent outlets back an item (`outletCount`). */
export function OutletCount({ count }: { count: number }) {
  return (
    <span className={`outlet-count ${count >= 3 ? "many" : count === 2 ? "two" : "one"}`} data-testid="corroboration">
      {`${count} ${count === 1 ? "outlet" : "outlets"}`}
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

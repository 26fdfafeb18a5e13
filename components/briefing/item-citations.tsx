import type { Citation } from "@/lib/briefing/types";
import { CitationPassage } from "./citation-passage";

export interface SourceRef {
  id: string;
  number: number;
  label: string;
  text: string;
  /** The outlet as the desk has it, and the engine's flags: what corroboration counts by. */
  outlet: string | null;
  flags: string[];
}

export function CorroborationBadge({ count }: { count: number }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ${
        count >= 3
          ? "bg-green-100 text-green-800"
          : count === 2
            ? "bg-sky-100 text-sky-800"
            : "bg-stone-100 text-stone-700"
      }`}
      title={`Backed by ${count} independent ${count === 1 ? "outlet" : "outlets"}`}
      data-testid="corroboration"
    >
      {count} {count === 1 ? "outlet" : "outlets"}
    </span>
  );
}

/** Every citation, expandable to the quoted passage highlighted in its source. */
export function ItemCitations({ citations, sources }: { citations: Citation[]; sources: Map<string, SourceRef> }) {
  return (
    <ul className="mt-1.5 flex flex-wrap gap-1.5">
      {citations.map((citation, i) => {
        const source = sources.get(citation.sourceId);
        return (
          <li key={`${citation.sourceId}-${i}`} className="w-full sm:w-auto">
            <details className="group">
              <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded border border-stone-200 bg-stone-50 px-1.5 py-0.5 text-xs text-stone-700 hover:border-stone-400">
                <span className="font-semibold">[{source?.number ?? "?"}]</span>
                <span className="max-w-[14rem] truncate">{source?.label ?? "Removed source"}</span>
              </summary>
              <div className="mt-2 w-full sm:w-[36rem] sm:max-w-[70vw]">
                {source ? (
                  <CitationPassage sourceText={source.text} quote={citation.quote} />
                ) : (
                  <p className="text-sm text-stone-600">“{citation.quote}” (source no longer in this story)</p>
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

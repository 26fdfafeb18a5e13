import type { Citation } from "@/lib/briefing/types";
import type { PublishedSource } from "@/lib/server/published";
import { corroboration } from "@/lib/briefing/corroboration";

export interface IndexedSource {
  number: number;
  label: string;
  /** The outlet's name, when known: sources of one outlet count once. */
  outlet: string | null;
  /** Null when the stored source changed after publishing: only the quote can be shown. */
  text: string | null;
  flags: string[];
  /** The full-text page of this source in this version. */
  textPath: string | null;
}

export type SourceIndex = ReadonlyMap<string, IndexedSource>;

/** The outlet, else the headline, else "Source n": never a file name or an internal id. */
export function sourceLabel(source: Pick<PublishedSource, "outlet" | "headline" | "number">): string {
  return source.outlet ?? source.headline ?? `Source ${source.number}`;
}

export function sourceTextPath(versionPath: string, sourceNumber: number): string {
  return `${versionPath}/sources/${sourceNumber}`;
}

/** `versionPath`: the pinned version's URL, under which each source's full text lives. */
export function indexSources(sources: PublishedSource[], versionPath: string): SourceIndex {
  return new Map(
    sources.map((s) => [
      s.id,
      {
        number: s.number,
        label: sourceLabel(s),
        outlet: s.outlet,
        text: s.text,
        flags: s.flags,
        textPath: s.text === null ? null : sourceTextPath(versionPath, s.number),
      },
    ]),
  );
}

/** Independent outlets behind an item (lib/briefing/corroboration.ts, as on the desk and in the PDF). */
export function outletCount(citations: Citation[], sources: SourceIndex): number {
  return corroboration(citations, sources);
}

export interface NumberedCitation {
  citation: Citation;
  /** Position in the item's own list: it names the passage anchor, whatever the display order. */
  index: number;
  source: IndexedSource | undefined;
}

/** An item's citations in source-number order, the order readers scan "[1] [2] [4]" in. */
export function citationsBySource(citations: Citation[], sources: SourceIndex): NumberedCitation[] {
  return citations
    .map((citation, index) => ({ citation, index, source: sources.get(citation.sourceId) }))
    .sort((a, b) => (a.source?.number ?? Number.MAX_SAFE_INTEGER) - (b.source?.number ?? Number.MAX_SAFE_INTEGER));
}

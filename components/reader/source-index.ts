import type { Citation } from "@/lib/briefing/types";
import type { PublishedSource } from "@/lib/server/published";
import { independentSourceCount } from "@/lib/reader/source-flags";

export interface IndexedSource {
  number: number;
  label: string;
  /** Null when the stored source changed after publishing: only the quote can be shown. */
  text: string | null;
  flags: string[];
}

export type SourceIndex = ReadonlyMap<string, IndexedSource>;

export function sourceLabel(source: Pick<PublishedSource, "outlet" | "headline" | "number">): string {
  return source.outlet ?? source.headline ?? `Source ${source.number}`;
}

export function indexSources(sources: PublishedSource[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, { number: s.number, label: sourceLabel(s), text: s.text, flags: s.flags }]));
}

/** Independent outlets behind an item (a near-copy counts as the source it copies). */
export function outletCount(citations: Citation[], sources: SourceIndex): number {
  const flags = new Map([...sources].map(([id, s]) => [id, s.flags]));
  return independentSourceCount(citations, flags);
}

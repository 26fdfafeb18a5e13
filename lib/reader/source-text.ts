// A source's text as the passage popovers need it: the text and the lines the engine kept, as
// compact [start, end, paragraph] triples. Served per source from a cached route, so the
// briefing page itself carries no source text (docs/reader.md, "Page weight").

import { cleanSource } from "@/lib/briefing/clean";
import type { KeptLines } from "./passage";

export interface SourceTextPayload {
  number: number;
  label: string;
  text: string;
  kept: [number, number, number][];
}

export function sourceTextPayload(number: number, label: string, text: string): SourceTextPayload {
  return { number, label, text, kept: cleanSource(text).lines.map((l) => [l.start, l.end, l.para]) };
}

export function keptFromPayload(kept: SourceTextPayload["kept"]): KeptLines {
  return kept.map(([start, end, para]) => ({ start, end, para }));
}

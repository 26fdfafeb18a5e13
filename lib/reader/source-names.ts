// Engine wording sometimes names a source by its internal id ("cmwr8qu1…" in "Quote wording
// differs: cmwr8qu1…, Internewscast …"). Readers know sources by outlet or number, so ids in
// item text are shown as those. Only whole tokens are replaced, so an id never matches inside a word.

import { BRIEFING_SECTIONS, type BriefingSection } from "@/lib/briefing/types";

type BriefingLike = { summary: string } & Record<BriefingSection, { text: string }[]>;

export interface NamedSource {
  id: string;
  number: number;
  outlet: string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function sourceIdNamer(sources: readonly NamedSource[]): (text: string) => string {
  const names = new Map(sources.filter((s) => s.id.length > 0).map((s) => [s.id, s.outlet ?? `source ${s.number}`]));
  if (names.size === 0) return (text) => text;
  // Longest first, so an id that is a prefix of another never wins.
  const ids = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${ids.join("|")})(?![\\p{L}\\p{N}_-])`, "gu");
  return (text) => text.replace(pattern, (id) => names.get(id) ?? id);
}

/** The briefing with source ids in its summary and item texts replaced by source names. */
export function nameSourcesInBriefing<B extends BriefingLike>(briefing: B, sources: readonly NamedSource[]): B {
  const name = sourceIdNamer(sources);
  const out = { ...briefing, summary: name(briefing.summary) };
  for (const section of BRIEFING_SECTIONS) {
    (out as BriefingLike)[section] = briefing[section].map((item) => ({ ...item, text: name(item.text) }));
  }
  return out;
}

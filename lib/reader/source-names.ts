// Engine wording sometimes names a source by its internal id ("cmwr8qu1…" in "Quote wording
// differs: cmwr8qu1…, Internewscast …") or its file name ("001_10cb37417b3e5c1c.txt"). Readers know sources by outlet or number, so ids in
// item text are shown as those. Only whole tokens are replaced, so an id never matches inside a word.

import { BRIEFING_SECTIONS, type BriefingSection } from "@/lib/briefing/types";

type BriefingLike = { summary: string } & Record<BriefingSection, { text: string }[]>;

export interface NamedSource {
  id: string;
  number: number;
  outlet: string | null;
  /** The uploaded file's name: the engine names sources by it when it has no outlet. */
  file?: string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function sourceIdNamer(sources: readonly NamedSource[]): (text: string) => string {
  const names = new Map<string, string>();
  for (const s of sources) {
    const name = s.outlet ?? `source ${s.number}`;
    if (s.id.length > 0) names.set(s.id, name);
    if (s.file) names.set(s.file, name);
  }
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

// "What changed since version N", in a reader's words, from the diff between two published
// versions (lib/curation/diff.ts).

import { BRIEFING_SECTIONS, type BriefingSection } from "@/lib/briefing/types";
import type { BriefingDiff } from "@/lib/curation";

const SECTION_NAMES: Record<BriefingSection, [string, string]> = {
  positions: ["position", "positions"],
  dealTerms: ["deal term", "deal terms"],
  keyFigures: ["key figure", "key figures"],
  openQuestions: ["open question", "open questions"],
  discrepancies: ["point of disagreement", "points of disagreement"],
  timeline: ["timeline event", "timeline events"],
};

export interface ChangeLine {
  kind: "added" | "removed" | "reworded" | "updated" | "summary" | "title";
  section?: BriefingSection;
  text: string;
}

export interface ChangeSummary {
  /** One sentence: "2 positions added, 1 deal term updated." */
  headline: string;
  lines: ChangeLine[];
}

function count(n: number, section: BriefingSection): string {
  const [one, many] = SECTION_NAMES[section];
  return `${n} ${n === 1 ? one : many}`;
}

export function summariseChanges(diff: BriefingDiff): ChangeSummary {
  const parts: string[] = [];
  const lines: ChangeLine[] = [];
  if (diff.title) lines.push({ kind: "title", text: `Title now reads “${diff.title.after}”.` });
  if (diff.summary) {
    parts.push("summary rewritten");
    lines.push({ kind: "summary", text: "The summary was rewritten." });
  }
  for (const section of BRIEFING_SECTIONS) {
    const s = diff.sections[section];
    if (s.added.length) parts.push(`${count(s.added.length, section)} added`);
    if (s.removed.length) parts.push(`${count(s.removed.length, section)} removed`);
    const changed = s.reworded.length + s.updated.length;
    if (changed) parts.push(`${count(changed, section)} revised`);
    for (const item of s.added) lines.push({ kind: "added", section, text: item.text });
    for (const item of s.removed) lines.push({ kind: "removed", section, text: item.text });
    for (const item of s.reworded) lines.push({ kind: "reworded", section, text: item.after });
    for (const item of s.updated) {
      const what = item.changes.map((c) => `${c.field} ${c.before || "—"} → ${c.after || "—"}`).join("; ");
      lines.push({ kind: "updated", section, text: `${item.text} (${what})` });
    }
  }
  if (parts.length === 0) return { headline: "No change to the items; the version was republished as it was.", lines };
  const sentence = parts.join(", ");
  return { headline: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`, lines };
}

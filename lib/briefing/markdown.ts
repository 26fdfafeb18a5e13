// Readable Markdown for a Briefing, with [^n] footnotes carrying every citation. Pure: the CLI
// prints it and other front ends can reuse it.

import type { Briefing, BriefingItemBase, Citation } from "./types";

const SECTION_TITLES: Array<[keyof Briefing, string]> = [
  ["positions", "Positions"],
  ["dealTerms", "Deal terms"],
  ["keyFigures", "Key figures"],
  ["openQuestions", "Open questions"],
  ["discrepancies", "Discrepancies between sources"],
  ["timeline", "Timeline"],
];

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function renderMarkdown(b: Briefing): string {
  const notes: string[] = [];
  const label = new Map(b.sources.map((s) => [s.id, s.outlet ?? s.file ?? s.id]));
  const cite = (cs: Citation[]) =>
    cs
      .map((c) => {
        notes.push(`${label.get(c.sourceId) ?? c.sourceId}: “${oneLine(c.quote)}”`);
        return `[^${notes.length}]`;
      })
      .join("");
  const out: string[] = [`# ${oneLine(b.title)}`, ""];
  if (b.summary) out.push(oneLine(b.summary), "");
  for (const [key, title] of SECTION_TITLES) {
    const items = b[key] as unknown as Array<BriefingItemBase & { actor?: string; when?: string; status?: string }>;
    out.push(`## ${title}`, "");
    if (items.length === 0) out.push("_None found._", "");
    for (const it of items) {
      const prefix = it.when ? `**${oneLine(it.when)}** — ` : "";
      out.push(`- ${prefix}${oneLine(it.text)} ${cite(it.citations)}`.trimEnd());
    }
    if (items.length > 0) out.push("");
  }
  out.push("## Sources", "");
  for (const s of b.sources) {
    const name = [s.outlet, s.file].filter(Boolean).join(" — ") || s.id;
    const flags = s.flags.length ? ` (${s.flags.join(", ")})` : "";
    out.push(`- ${s.id}: ${name}${s.headline ? `: ${oneLine(s.headline)}` : ""}, ${s.words} words${flags}`);
  }
  out.push("");
  notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`));
  return out.join("\n") + "\n";
}

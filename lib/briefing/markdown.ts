// Readable Markdown for a Briefing, with [^n] footnotes carrying every citation. Pure: the CLI
// prints it and other front ends can reuse it.

import { BRIEFING_SECTIONS, SECTION_TITLES, type Briefing, type BriefingItemBase, type Citation } from "./types";

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function renderMarkdown(b: Briefing): string {
  const notes: string[] = [];
  // A source is named by its outlet, else by its number: never by a file name or an id.
  const label = new Map(b.sources.map((s, i) => [s.id, s.outlet ?? `Source ${i + 1}`]));
  const cite = (cs: Citation[]) =>
    cs
      .map((c) => {
        notes.push(`${label.get(c.sourceId) ?? c.sourceId}: “${oneLine(c.quote)}”`);
        return `[^${notes.length}]`;
      })
      .join("");
  const out: string[] = [`# ${oneLine(b.title)}`, ""];
  if (b.summary) out.push(oneLine(b.summary), "");
  for (const key of BRIEFING_SECTIONS) {
    const title = SECTION_TITLES[key];
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
    const name = `${label.get(s.id) ?? s.id}${s.file ? ` (file ${s.file})` : ""}`;
    const flags = s.flags.length ? ` (${s.flags.join(", ")})` : "";
    out.push(`- ${s.id}: ${name}${s.headline ? `: ${oneLine(s.headline)}` : ""}, ${s.words} words${flags}`);
  }
  out.push("");
  notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`));
  return out.join("\n") + "\n";
}

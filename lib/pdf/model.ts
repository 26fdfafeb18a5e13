import { corroboration, type CorroboratingSource } from "../briefing/corroboration";
import { SECTION_TITLES, type BriefingItemBase, type DealTermStatus } from "../briefing/types";
import type { BriefingPdfInput } from "./types";

// The layout components only draw; every decision about numbering, grouping and labelling
// is made here so it can be tested without rendering a PDF.

export interface ModelItem {
  text: string;
  /** Endnote numbers, ascending, one per distinct (source, passage) the item cites. */
  notes: number[];
  /** Independent outlets among the item's citations (lib/briefing/corroboration.ts). */
  corroboration: number;
}

export interface PositionGroup {
  actor: string;
  items: ModelItem[];
}

export interface DealTermModel extends ModelItem {
  status: DealTermStatus;
  proposedBy?: string;
  figures: string[];
}

export interface TimelineModel extends ModelItem {
  when: string;
}

export type SectionModel =
  | { kind: "positions"; title: string; groups: PositionGroup[] }
  | { kind: "dealTerms"; title: string; items: DealTermModel[] }
  | { kind: "list"; key: "keyFigures" | "openQuestions" | "discrepancies"; title: string; items: ModelItem[] }
  | { kind: "timeline"; title: string; items: TimelineModel[] };

export interface NoteModel {
  n: number;
  sourceId: string;
  /** Outlet, else headline, else file name, else the source id. */
  sourceLabel: string;
  quote: string;
}

export interface AppendixEntry {
  id: string;
  /** The source's number in the briefing (1, 2, …): what readers see, never the internal id. */
  number: number;
  label: string;
  outlet?: string;
  headline?: string;
  url?: string;
  file?: string;
  retrievedAt?: string;
  publishedAt?: string;
  /** Absent only for a cited source the caller gave no metadata for. */
  contentHash?: string;
  notes: number[];
}

export interface BriefingPdfModel {
  sections: SectionModel[];
  notes: NoteModel[];
  appendix: AppendixEntry[];
}

export { SECTION_TITLES };

interface SourceInfo {
  outlet?: string;
  headline?: string;
  url?: string;
  file?: string;
  retrievedAt?: string;
  publishedAt?: string;
  contentHash?: string;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Whitespace and quote style differ between sources and briefing; they are not a different passage. */
function passageKey(quote: string): string {
  return quote
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function buildPdfModel(input: BriefingPdfInput): BriefingPdfModel {
  const { briefing } = input;

  // The caller's metadata (retrieval, hash) wins; the briefing's own source list fills gaps
  // such as the file name of an uploaded document.
  const info = new Map<string, SourceInfo>();
  for (const s of briefing.sources) {
    info.set(s.id, { outlet: clean(s.outlet), headline: clean(s.headline), url: clean(s.url), file: clean(s.file) });
  }
  for (const s of input.sources) {
    const prev = info.get(s.id) ?? {};
    info.set(s.id, {
      outlet: clean(s.outlet) ?? prev.outlet,
      headline: clean(s.headline) ?? prev.headline,
      url: clean(s.url) ?? prev.url,
      file: prev.file,
      retrievedAt: clean(s.retrievedAt),
      publishedAt: clean(s.publishedAt),
      contentHash: clean(s.contentHash),
    });
  }

  // Numbered as on the reader page: the caller's order, then any source only the briefing lists.
  const numberOf = new Map<string, number>();
  for (const s of [...input.sources, ...briefing.sources]) {
    if (!numberOf.has(s.id)) numberOf.set(s.id, numberOf.size + 1);
  }
  // Readers know a source by outlet, headline or number; a file name or an internal id means
  // nothing to them (and ids printed in a narrow column overprinted the names).
  const labelOf = (id: string): string => {
    const s = info.get(id);
    if (!numberOf.has(id)) numberOf.set(id, numberOf.size + 1);
    return s?.outlet ?? s?.headline ?? `Source ${numberOf.get(id)}`;
  };
  // The caller's outlet names (as the reader shows them) with the engine's near-copy flags.
  const flagsOf = new Map(briefing.sources.map((s) => [s.id, s.flags]));
  const corroborating = new Map<string, CorroboratingSource>(
    [...info].map(([id, s]) => [id, { outlet: s.outlet, flags: flagsOf.get(id) ?? [] }]),
  );

  const notes: NoteModel[] = [];
  const noteByKey = new Map<string, number>();

  // Called in reading order, so note numbers rise monotonically through the document.
  const toItem = (item: BriefingItemBase): ModelItem => {
    const numbers = new Set<number>();
    for (const c of item.citations) {
      const key = `${c.sourceId}\u0000${passageKey(c.quote)}`;
      let n = noteByKey.get(key);
      if (n === undefined) {
        n = notes.length + 1;
        noteByKey.set(key, n);
        notes.push({ n, sourceId: c.sourceId, sourceLabel: labelOf(c.sourceId), quote: c.quote });
      }
      numbers.add(n);
    }
    return {
      text: item.text,
      notes: [...numbers].sort((a, b) => a - b),
      corroboration: corroboration(item.citations, corroborating),
    };
  };

  const sections: SectionModel[] = [];

  if (briefing.positions.length > 0) {
    // Grouped before numbering so the notes follow the order the reader sees.
    const buckets = new Map<string, { actor: string; items: BriefingItemBase[] }>();
    for (const p of briefing.positions) {
      const actor = clean(p.actor) ?? "Unattributed";
      const key = actor.toLocaleLowerCase("en");
      const bucket = buckets.get(key) ?? { actor, items: [] };
      bucket.items.push(p);
      buckets.set(key, bucket);
    }
    const groups = [...buckets.values()].map((b) => ({ actor: b.actor, items: b.items.map(toItem) }));
    sections.push({ kind: "positions", title: SECTION_TITLES.positions, groups });
  }

  if (briefing.dealTerms.length > 0) {
    sections.push({
      kind: "dealTerms",
      title: SECTION_TITLES.dealTerms,
      items: briefing.dealTerms.map((t) => ({
        ...toItem(t),
        status: t.status,
        proposedBy: clean(t.proposedBy),
        figures: t.figures.map((f) => f.trim()).filter((f) => f.length > 0),
      })),
    });
  }

  for (const key of ["keyFigures", "openQuestions", "discrepancies"] as const) {
    const items = briefing[key];
    if (items.length > 0) {
      sections.push({ kind: "list", key, title: SECTION_TITLES[key], items: items.map(toItem) });
    }
  }

  if (briefing.timeline.length > 0) {
    sections.push({
      kind: "timeline",
      title: SECTION_TITLES.timeline,
      items: briefing.timeline.map((e) => ({ ...toItem(e), when: e.when.trim() })),
    });
  }

  const notesBySource = new Map<string, number[]>();
  for (const note of notes) {
    const list = notesBySource.get(note.sourceId) ?? [];
    list.push(note.n);
    notesBySource.set(note.sourceId, list);
  }

  const appendix: AppendixEntry[] = [];
  const listed = new Set<string>();
  const addEntry = (id: string): void => {
    if (listed.has(id)) return;
    listed.add(id);
    const s = info.get(id) ?? {};
    if (!numberOf.has(id)) numberOf.set(id, numberOf.size + 1);
    appendix.push({ id, number: numberOf.get(id)!, label: labelOf(id), ...s, notes: notesBySource.get(id) ?? [] });
  };
  for (const s of input.sources) addEntry(s.id);
  // A cited source the caller forgot must still be traceable, even without a hash.
  for (const note of notes) addEntry(note.sourceId);

  return { sections, notes, appendix };
}

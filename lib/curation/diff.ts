// What changed between two published versions, for the version history page.
// Items are paired by key, then by the same similarity fallback used for decisions, so an item
// the engine (or an editor) reworded shows as "reworded" rather than as removed + added.

import type { BriefingSection } from "../briefing/types";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { matchItems, type MatchableItem } from "./keys";
import { SECTION_TITLES } from "./sections";
import type { PublishedBriefing } from "./publish";

export interface DiffItem {
  key: string;
  text: string;
  actor?: string | undefined;
  when?: string | undefined;
}

export type ChangedField = "actor" | "when" | "status" | "figures" | "proposedBy" | "citations";

export interface FieldChange {
  field: ChangedField;
  before: string;
  after: string;
}

export interface RewordedItem {
  key: string;
  /** Set when the pair was found by similarity rather than by key. */
  previousKey?: string | undefined;
  before: string;
  after: string;
  changes: FieldChange[];
}

/** Same wording, but another field changed (a deal term going from "proposed" to "agreed"). */
export interface UpdatedItem {
  key: string;
  text: string;
  changes: FieldChange[];
}

export interface SectionDiff {
  added: DiffItem[];
  removed: DiffItem[];
  reworded: RewordedItem[];
  updated: UpdatedItem[];
}

/** An item an editor moved to another section (same key on both sides). */
export interface MovedItem {
  key: string;
  text: string;
  from: BriefingSection;
  to: BriefingSection;
}

export interface BriefingDiff {
  title?: { before: string; after: string } | undefined;
  moved: MovedItem[];
  summary?: { before: string; after: string } | undefined;
  sections: Record<BriefingSection, SectionDiff>;
  hasChanges: boolean;
}

const FIELD_LABELS: Record<ChangedField, string> = {
  actor: "party",
  when: "date",
  status: "status",
  figures: "figures",
  proposedBy: "put forward by",
  citations: "citations",
};

const citationsField = (citations: readonly { sourceId: string; quote: string }[]): string =>
  citations.map((c) => `${c.sourceId}\u0000${c.quote}`).join("\u0001");

interface FlatItem extends MatchableItem {
  fields: Partial<Record<ChangedField, string>>;
  when?: string | undefined;
}

function flatten(briefing: PublishedBriefing, section: BriefingSection): FlatItem[] {
  return flattenFields(briefing, section).map((i) => ({
    ...i,
    fields: { ...i.fields, citations: citationsField(i.citations) },
  }));
}

function flattenFields(briefing: PublishedBriefing, section: BriefingSection): FlatItem[] {
  switch (section) {
    case "positions":
      return briefing.positions.map((i) => ({
        key: i.key,
        section,
        text: i.text,
        citations: i.citations,
        actor: i.actor,
        fields: { actor: i.actor },
      }));
    case "dealTerms":
      return briefing.dealTerms.map((i) => ({
        key: i.key,
        section,
        text: i.text,
        citations: i.citations,
        fields: { status: i.status, figures: i.figures.join(", "), proposedBy: i.proposedBy ?? "" },
      }));
    case "timeline":
      return briefing.timeline.map((i) => ({
        key: i.key,
        section,
        text: i.text,
        citations: i.citations,
        when: i.when,
        fields: { when: i.when },
      }));
    default:
      return briefing[section].map((i) => ({ key: i.key, section, text: i.text, citations: i.citations, fields: {} }));
  }
}

function fieldChanges(a: FlatItem, b: FlatItem): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys({ ...a.fields, ...b.fields }) as ChangedField[]) {
    const before = a.fields[field] ?? "";
    const after = b.fields[field] ?? "";
    if (before !== after) out.push({ field, before, after });
  }
  return out;
}

function asDiffItem(i: FlatItem): DiffItem {
  const out: DiffItem = { key: i.key, text: i.text };
  if (i.actor !== undefined) out.actor = i.actor;
  if (i.when !== undefined) out.when = i.when;
  return out;
}

export function diffBriefings(older: PublishedBriefing, newer: PublishedBriefing): BriefingDiff {
  const sections = {} as Record<BriefingSection, SectionDiff>;
  let hasChanges = false;
  const removedFrom = new Map<string, BriefingSection>();
  for (const section of BRIEFING_SECTIONS) {
    const before = flatten(older, section);
    const after = flatten(newer, section);
    const matches = matchItems(before, after);
    const afterByKey = new Map(after.map((i) => [i.key, i]));
    const matchedAfter = new Set<string>();
    const diff: SectionDiff = { added: [], removed: [], reworded: [], updated: [] };
    for (const old of before) {
      const m = matches.get(old.key);
      const now = m ? afterByKey.get(m.key) : undefined;
      if (!m || !now) {
        diff.removed.push(asDiffItem(old));
        continue;
      }
      matchedAfter.add(now.key);
      const changes = fieldChanges(old, now);
      if (old.text !== now.text) {
        diff.reworded.push({
          key: now.key,
          previousKey: m.kind === "similar" ? old.key : undefined,
          before: old.text,
          after: now.text,
          changes,
        });
      } else if (changes.length > 0) {
        diff.updated.push({ key: now.key, text: now.text, changes });
      }
    }
    for (const now of after) if (!matchedAfter.has(now.key)) diff.added.push(asDiffItem(now));
    for (const old of diff.removed) removedFrom.set(old.key, section);
    sections[section] = diff;
  }
  // The same key removed from one section and added to another is an editor's move.
  const moved: MovedItem[] = [];
  for (const section of BRIEFING_SECTIONS) {
    const d = sections[section];
    d.added = d.added.filter((i) => {
      const from = removedFrom.get(i.key);
      if (from === undefined || from === section) return true;
      moved.push({ key: i.key, text: i.text, from, to: section });
      sections[from].removed = sections[from].removed.filter((r) => r.key !== i.key);
      return false;
    });
  }
  for (const section of BRIEFING_SECTIONS) {
    const d = sections[section];
    if (d.added.length + d.removed.length + d.reworded.length + d.updated.length > 0) hasChanges = true;
  }
  if (moved.length > 0) hasChanges = true;
  const title = older.title !== newer.title ? { before: older.title, after: newer.title } : undefined;
  const summary = older.summary !== newer.summary ? { before: older.summary, after: newer.summary } : undefined;
  return { title, summary, moved, sections, hasChanges: hasChanges || title !== undefined || summary !== undefined };
}

const q = (text: string): string => `“${text}”`;

function context(i: DiffItem): string {
  const parts = [i.actor, i.when].filter((p): p is string => p !== undefined && p !== "");
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function describeCitations(value: string): string {
  if (value === "") return "none";
  const citations = value.split("\u0001");
  const sources = new Set(citations.map((c) => c.split("\u0000")[0]));
  return `${citations.length} ${citations.length === 1 ? "passage" : "passages"} from ${sources.size} ${sources.size === 1 ? "source" : "sources"}`;
}

function describeChanges(changes: readonly FieldChange[]): string {
  return changes
    .map((c) =>
      c.field === "citations"
        ? `citations: ${describeCitations(c.before)} → ${describeCitations(c.after)}${
            describeCitations(c.before) === describeCitations(c.after) ? " (other passages)" : ""
          }`
        : `${FIELD_LABELS[c.field]}: ${c.before || "—"} → ${c.after || "—"}`,
    )
    .join("; ");
}

/** One human-readable line per change, in section order; empty when nothing changed. */
export function describeDiff(diff: BriefingDiff): string[] {
  const lines: string[] = [];
  if (diff.title) lines.push(`Title changed: ${q(diff.title.before)} → ${q(diff.title.after)}`);
  if (diff.summary) lines.push(`Summary changed: ${q(diff.summary.before)} → ${q(diff.summary.after)}`);
  for (const m of diff.moved) {
    lines.push(`Moved ${q(m.text)} from ${SECTION_TITLES[m.from]} to ${SECTION_TITLES[m.to]}`);
  }
  for (const section of BRIEFING_SECTIONS) {
    const label = SECTION_TITLES[section];
    const d = diff.sections[section];
    for (const i of d.added) lines.push(`${label}: added ${q(i.text)}${context(i)}`);
    for (const i of d.removed) lines.push(`${label}: removed ${q(i.text)}${context(i)}`);
    for (const i of d.reworded) {
      const extra = i.changes.length > 0 ? ` (${describeChanges(i.changes)})` : "";
      lines.push(`${label}: reworded ${q(i.before)} → ${q(i.after)}${extra}`);
    }
    for (const i of d.updated) lines.push(`${label}: ${q(i.text)} changed ${describeChanges(i.changes)}`);
  }
  return lines;
}

// Combines the engine's latest briefing with the editor's stored decisions into the view editors
// work on. Pure: the same inputs always give the same curated briefing.

import type { Briefing, BriefingSection, BriefingSource, Citation } from "../briefing/types";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { keyBriefing, matchItems, type ItemView, type MatchableItem } from "./keys";
import { hash32 } from "./text";
import type { AddedItem, CurationState, EditableField, ItemDecision, ItemFieldEdits } from "./schema";

export type ItemOrigin = "generated" | "edited" | "added";
export type ItemStatus = "pending" | "accepted" | "rejected";

export interface CuratedItem extends ItemView {
  key: string;
  section: BriefingSection;
  /** What readers see: the editor's wording when edited, else the engine's. */
  text: string;
  /** The engine's current wording (absent for added items). */
  generatedText?: string | undefined;
  origin: ItemOrigin;
  status: ItemStatus;
  pinned: boolean;
  decidedBy?: string | undefined;
  decidedAt?: string | undefined;
  /**
   * Set when the decision was re-attached by similarity and is still stored under an older key.
   * Operations on this item move the decision to `key`; reconcileState does it for all at once.
   */
  decisionKey?: string | undefined;
  /** The engine's wording differs from what the editor saw when deciding: worth a second look. */
  changedSinceDecision: boolean;
  /** Cited sources that are no longer included in the story. */
  missingSourceIds: string[];
  /** The section the engine put it in; differs from `section` when an editor moved it. */
  homeSection: BriefingSection;
  /** Fields (other than the wording) an editor corrected on a generated item. */
  editedFields: EditableField[];
  /** The engine's own fields, before any correction (absent for added items). */
  generated?: ItemView | undefined;
  /**
   * Fingerprint of everything this item is made of (the engine's item and the editor's decision).
   * A save that names the token it saw merges into a newer draft unless this item itself changed.
   */
  token: string;
}

export type OrphanReason = "sources-removed" | "not-regenerated";

export interface OrphanedDecision {
  key: string;
  section: BriefingSection;
  decision: ItemDecision;
  reason: OrphanReason;
  message: string;
}

export interface CuratedBriefing {
  schemaVersion: 1;
  title: string;
  summary: string;
  summaryOrigin: "generated" | "edited";
  generatedSummary: string;
  /** The editor rewrote the summary and the engine's summary has changed since. */
  summaryOutdated: boolean;
  sources: BriefingSource[];
  includedSourceIds: string[];
  sections: Record<BriefingSection, CuratedItem[]>;
  /** Decisions whose item is gone after a rebuild. Shown to editors, never silently dropped. */
  orphaned: OrphanedDecision[];
}

function missingSources(citations: readonly Citation[], included: ReadonlySet<string>): string[] {
  return [...new Set(citations.map((c) => c.sourceId).filter((id) => !included.has(id)))];
}

function decisionAsMatchable(d: ItemDecision): MatchableItem {
  return {
    key: d.key,
    section: d.section,
    text: d.snapshot.text,
    actor: d.snapshot.actor,
    citations: d.snapshot.citations,
  };
}

function fromAdded(a: AddedItem, included: ReadonlySet<string>): CuratedItem {
  return {
    key: a.key,
    section: a.section,
    text: a.text,
    actor: a.actor,
    when: a.when,
    figures: a.figures,
    proposedBy: a.proposedBy,
    dealStatus: a.dealStatus,
    citations: a.citations,
    origin: "added",
    // The editor wrote it, so it is as good as accepted; it is removed, not rejected.
    status: "accepted",
    pinned: a.pinned === true,
    decidedBy: a.by,
    decidedAt: a.at,
    changedSinceDecision: false,
    missingSourceIds: missingSources(a.citations, included),
    homeSection: a.section,
    editedFields: [],
    token: hash32(JSON.stringify(a)),
  };
}

/** The engine's item with the editor's field corrections laid over it. */
function withFieldEdits(
  item: ItemView,
  fields: ItemFieldEdits | undefined,
): { view: ItemView; edited: EditableField[] } {
  if (!fields) return { view: item, edited: [] };
  const view: ItemView = { ...item };
  const edited: EditableField[] = [];
  for (const field of ["actor", "proposedBy", "dealStatus", "figures", "when", "citations"] as const) {
    if (fields[field] === undefined) continue;
    Object.assign(view, { [field]: fields[field] });
    edited.push(field);
  }
  if (fields.section !== undefined) edited.push("section");
  return { view, edited };
}

/** Party names through the editor's renames and merges. */
export function partyName(name: string | undefined, parties: CurationState["parties"]): string | undefined {
  if (name === undefined || !parties) return name;
  return parties[name] ?? name;
}

function renameParties<T extends { actor?: string | undefined; proposedBy?: string | undefined }>(
  item: T,
  parties: CurationState["parties"],
): T {
  if (!parties) return item;
  return { ...item, actor: partyName(item.actor, parties), proposedBy: partyName(item.proposedBy, parties) };
}

/**
 * @param includedSourceIds the story's currently included sources; defaults to the briefing's
 *   own source list. Added items citing anything else are flagged via `missingSourceIds`.
 */
export function applyCuration(
  generated: Briefing,
  state: CurationState,
  includedSourceIds?: Iterable<string>,
): CuratedBriefing {
  const included = new Set(includedSourceIds ?? generated.sources.map((s) => s.id));
  const keyed = keyBriefing(generated);
  const allGenerated = BRIEFING_SECTIONS.flatMap((s) => keyed[s]);
  const generatedKeys = new Set(allGenerated.map((k) => k.key));
  const addedKeys = new Set(state.added.map((a) => a.key));

  // decision key → key of the generated item it now belongs to
  const attachedTo = new Map<string, string>();
  const homeless: ItemDecision[] = [];
  for (const d of Object.values(state.items)) {
    if (generatedKeys.has(d.key)) attachedTo.set(d.key, d.key);
    else if (!addedKeys.has(d.key)) homeless.push(d);
  }
  const claimed = new Set(attachedTo.values());
  const free: MatchableItem[] = allGenerated
    .filter((k) => !claimed.has(k.key))
    .map((k) => ({
      key: k.key,
      section: k.section,
      text: k.item.text,
      actor: k.item.actor,
      citations: k.item.citations,
    }));
  const matches = matchItems(homeless.map(decisionAsMatchable), free);
  const orphaned: OrphanedDecision[] = [];
  for (const d of homeless) {
    const m = matches.get(d.key);
    if (m) {
      attachedTo.set(d.key, m.key);
      continue;
    }
    const cited = new Set(d.snapshot.citations.map((c) => c.sourceId));
    const anyStillIncluded = [...cited].some((id) => included.has(id));
    orphaned.push(
      cited.size > 0 && !anyStillIncluded
        ? {
            key: d.key,
            section: d.section,
            decision: d,
            reason: "sources-removed",
            message: "The sources this item cited are no longer included in the story.",
          }
        : {
            key: d.key,
            section: d.section,
            decision: d,
            reason: "not-regenerated",
            message: "The briefing no longer contains this item after the latest rebuild.",
          },
    );
  }
  const decisionOf = new Map<string, ItemDecision>();
  for (const [decisionKey, itemKey] of attachedTo) {
    const d = state.items[decisionKey];
    if (d) decisionOf.set(itemKey, d);
  }

  const bySection = Object.fromEntries(BRIEFING_SECTIONS.map((s) => [s, [] as CuratedItem[]])) as Record<
    BriefingSection,
    CuratedItem[]
  >;
  const moved: CuratedItem[] = [];
  for (const section of BRIEFING_SECTIONS) {
    for (const { key, item } of keyed[section]) {
      const d = decisionOf.get(key);
      const edited = d?.editedText !== undefined && d.editedText !== item.text;
      const { view, edited: editedFields } = withFieldEdits(item, d?.fields);
      const shownIn = d?.fields?.section ?? section;
      // A moved item goes after the engine's own items of its new section (before added ones).
      (shownIn === section ? bySection[shownIn] : moved).push({
        ...renameParties(view, state.parties),
        key,
        section: shownIn,
        homeSection: section,
        editedFields,
        generated: item,
        token: hash32(JSON.stringify([item, d ?? null])),
        text: edited && d?.editedText !== undefined ? d.editedText : item.text,
        generatedText: item.text,
        origin: edited || editedFields.length > 0 ? "edited" : "generated",
        status: d?.status ?? "pending",
        pinned: d?.pinned === true,
        decidedBy: d?.by,
        decidedAt: d?.at,
        decisionKey: d && d.key !== key ? d.key : undefined,
        changedSinceDecision: d !== undefined && d.snapshot.text !== item.text,
        missingSourceIds: missingSources(view.citations, included),
      });
    }
  }
  for (const m of moved) bySection[m.section].push(m);
  for (const a of state.added) bySection[a.section].push(renameParties(fromAdded(a, included), state.parties));
  const sections = {} as Record<BriefingSection, CuratedItem[]>;
  for (const section of BRIEFING_SECTIONS) {
    sections[section] = orderItems(bySection[section], state.order[section] ?? [], attachedTo);
  }

  const override = state.summary;
  return {
    schemaVersion: 1,
    title: generated.title,
    summary: override ? override.text : generated.summary,
    summaryOrigin: override ? "edited" : "generated",
    generatedSummary: generated.summary,
    summaryOutdated: override !== undefined && override.basedOn !== generated.summary,
    sources: generated.sources,
    includedSourceIds: [...included],
    sections,
    orphaned,
  };
}

/** Pinned first, then the editor's explicit order, then the generated order (added items last). */
function orderItems(
  items: CuratedItem[],
  explicit: readonly string[],
  rekey: ReadonlyMap<string, string>,
): CuratedItem[] {
  const rank = new Map<string, number>();
  explicit.forEach((k, i) => {
    const key = rekey.get(k) ?? k;
    if (!rank.has(key)) rank.set(key, i);
  });
  return items
    .map((item, base) => ({ item, base }))
    .sort(
      (a, b) =>
        Number(b.item.pinned) - Number(a.item.pinned) ||
        (rank.get(a.item.key) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.item.key) ?? Number.MAX_SAFE_INTEGER) ||
        a.base - b.base,
    )
    .map((x) => x.item);
}

// Combines the engine's latest briefing with the editor's stored decisions into the view editors
// work on. Pure: the same inputs always give the same curated briefing.

import type { Briefing, BriefingSection, BriefingSource, Citation } from "../briefing/types";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { keyBriefing, matchItems, type ItemView, type MatchableItem } from "./keys";
import type { AddedItem, CurationState, ItemDecision } from "./schema";

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
  };
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

  const sections = {} as Record<BriefingSection, CuratedItem[]>;
  for (const section of BRIEFING_SECTIONS) {
    const items: CuratedItem[] = keyed[section].map(({ key, item }) => {
      const d = decisionOf.get(key);
      const edited = d?.editedText !== undefined && d.editedText !== item.text;
      return {
        ...item,
        key,
        section,
        text: edited && d?.editedText !== undefined ? d.editedText : item.text,
        generatedText: item.text,
        origin: edited ? "edited" : "generated",
        status: d?.status ?? "pending",
        pinned: d?.pinned === true,
        decidedBy: d?.by,
        decidedAt: d?.at,
        decisionKey: d && d.key !== key ? d.key : undefined,
        changedSinceDecision: d !== undefined && d.snapshot.text !== item.text,
        missingSourceIds: missingSources(item.citations, included),
      };
    });
    for (const a of state.added) if (a.section === section) items.push(fromAdded(a, included));
    sections[section] = orderItems(items, state.order[section] ?? [], attachedTo);
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

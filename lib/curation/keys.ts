// Stable item keys, and the similarity fallback that re-attaches decisions when a key changes.
//
// A key is derived from what an item *says* — section, actor (positions) and a normalised
// fingerprint of its wording — and never from its citations, source ids or list position.
// Adding or excluding a source therefore changes an item's citations and its place in the list
// but not its key, so the editor's decisions stay attached.
//
// When the engine rewords an item slightly the key does change. matchItems then pairs each
// previous item that lost its key with the most similar new item of the same section:
//   - positions must have the same actor (normalised): "Israel rejects X" is never "Hamas rejects X";
//   - eligible when the Jaccard similarity of content tokens is ≥ SIMILARITY_THRESHOLD (0.6), or
//     when both items cite the same passage (a shared normalised quote of ≥ MIN_SHARED_QUOTE_CHARS)
//     and their wording still overlaps at least SHARED_QUOTE_MIN_SIMILARITY (0.2) — one sentence
//     often yields several distinct items, so a shared quote alone is not proof of identity;
//   - pairs are one-to-one, best score first (a shared quote adds a bonus), ties broken by list order;
//   - a new item that kept its exact key is never taken by the fallback.

import type { BriefingItemBase, BriefingSection, Citation, DealTermStatus, Briefing } from "../briefing/types";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { contentTokens, hash32, jaccard, normaliseQuote, normaliseText } from "./text";

export const SIMILARITY_THRESHOLD = 0.6;
export const SHARED_QUOTE_MIN_SIMILARITY = 0.2;
export const MIN_SHARED_QUOTE_CHARS = 20;
const SHARED_QUOTE_BONUS = 0.3;

export const SECTION_KEY_PREFIX: Record<BriefingSection, string> = {
  positions: "pos",
  dealTerms: "deal",
  keyFigures: "fig",
  openQuestions: "q",
  discrepancies: "disc",
  timeline: "tl",
};

/** The fields of any briefing item, whatever its section, under non-clashing names. */
export interface ItemView {
  text: string;
  actor?: string | undefined;
  when?: string | undefined;
  figures?: string[] | undefined;
  proposedBy?: string | undefined;
  dealStatus?: DealTermStatus | undefined;
  citations: Citation[];
}

export interface KeyedItem {
  key: string;
  section: BriefingSection;
  item: ItemView;
}

/** What matchItems needs to know about an item. */
export interface MatchableItem {
  key: string;
  section: BriefingSection;
  text: string;
  actor?: string | undefined;
  citations: readonly Citation[];
}

export interface ItemMatch {
  key: string;
  kind: "exact" | "similar";
  similarity: number;
}

function normaliseActor(actor: string | undefined): string {
  return actor === undefined ? "" : normaliseText(actor).replace(/^the /, "");
}

/**
 * Tokens that identify what an item says. For positions the actor's own words are removed,
 * since "Hamas demands …" and "Demands …" under actor Hamas say the same thing.
 */
export function itemTokens(section: BriefingSection, item: { text: string; actor?: string | undefined }): string[] {
  const actorTokens = section === "positions" && item.actor ? contentTokens(item.actor) : [];
  const tokens = contentTokens(item.text, new Set(actorTokens));
  return tokens.length > 0 ? tokens : contentTokens(item.text);
}

/** Deterministic short key, e.g. `pos-3f9a1c2b`. */
export function itemKey(section: BriefingSection, item: { text: string; actor?: string | undefined }): string {
  const tokens = itemTokens(section, item);
  // An item made only of stop words still needs a key that depends on its wording.
  const fingerprint = tokens.length > 0 ? tokens.join(" ") : normaliseText(item.text);
  const actor = section === "positions" ? normaliseActor(item.actor) : "";
  return `${SECTION_KEY_PREFIX[section]}-${hash32(`${section}|${actor}|${fingerprint}`)}`;
}

export function viewOf(item: BriefingItemBase): ItemView {
  const view: ItemView = { text: item.text, citations: item.citations };
  if ("actor" in item && typeof item.actor === "string") view.actor = item.actor;
  if ("when" in item && typeof item.when === "string") view.when = item.when;
  if ("figures" in item && Array.isArray(item.figures))
    view.figures = item.figures.filter((f) => typeof f === "string");
  if ("proposedBy" in item && typeof item.proposedBy === "string") view.proposedBy = item.proposedBy;
  if ("status" in item && typeof item.status === "string") {
    const status = item.status;
    if (status === "proposed" || status === "demanded" || status === "rejected" || status === "agreed") {
      view.dealStatus = status;
    }
  }
  return view;
}

export function sectionItems(briefing: Briefing, section: BriefingSection): readonly BriefingItemBase[] {
  return briefing[section];
}

/**
 * Keys for one section's items. Two items with the same fingerprint (the engine repeating
 * itself) get `-2`, `-3` … in list order, so keys stay unique within a briefing.
 */
export function keySectionItems(section: BriefingSection, items: readonly BriefingItemBase[]): KeyedItem[] {
  const used = new Map<string, number>();
  return items.map((raw) => {
    const item = viewOf(raw);
    const base = itemKey(section, item);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { key: n === 1 ? base : `${base}-${n}`, section, item };
  });
}

export function keyBriefing(briefing: Briefing): Record<BriefingSection, KeyedItem[]> {
  const out = {} as Record<BriefingSection, KeyedItem[]>;
  for (const section of BRIEFING_SECTIONS) out[section] = keySectionItems(section, sectionItems(briefing, section));
  return out;
}

function sharesQuote(a: readonly Citation[], b: readonly Citation[]): boolean {
  const quotes = new Set(a.map((c) => normaliseQuote(c.quote)).filter((q) => q.length >= MIN_SHARED_QUOTE_CHARS));
  return b.some((c) => quotes.has(normaliseQuote(c.quote)));
}

/** How alike two items of the same section are, or null when the fallback must not pair them. */
export function similarity(a: MatchableItem, b: MatchableItem): { similarity: number; score: number } | null {
  if (a.section !== b.section) return null;
  if (a.section === "positions" && normaliseActor(a.actor) !== normaliseActor(b.actor)) return null;
  const sim = jaccard(itemTokens(a.section, a), itemTokens(b.section, b));
  const shared = sharesQuote(a.citations, b.citations);
  if (sim >= SIMILARITY_THRESHOLD) return { similarity: sim, score: sim + (shared ? SHARED_QUOTE_BONUS : 0) };
  if (shared && sim >= SHARED_QUOTE_MIN_SIMILARITY) return { similarity: sim, score: sim + SHARED_QUOTE_BONUS };
  return null;
}

/**
 * Pairs previous items (e.g. the snapshots behind stored decisions) with new items.
 * Returns previous key → match; previous items absent from the map have no counterpart.
 */
export function matchItems(previous: readonly MatchableItem[], next: readonly MatchableItem[]): Map<string, ItemMatch> {
  const result = new Map<string, ItemMatch>();
  const nextKeys = new Set(next.map((n) => n.key));
  const taken = new Set<string>();

  for (const p of previous) {
    if (nextKeys.has(p.key) && !taken.has(p.key)) {
      result.set(p.key, { key: p.key, kind: "exact", similarity: 1 });
      taken.add(p.key);
    }
  }
  // A new item whose key a previous item already owned is not up for grabs, even if that
  // previous item was not passed in (callers pass only the items still looking for a home).
  const candidates = next.filter((n) => !taken.has(n.key));
  const pairs: { p: number; n: number; similarity: number; score: number }[] = [];
  previous.forEach((p, pi) => {
    if (result.has(p.key)) return;
    candidates.forEach((n, ni) => {
      const s = similarity(p, n);
      if (s) pairs.push({ p: pi, n: ni, ...s });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.p - y.p || x.n - y.n);
  for (const pair of pairs) {
    const p = previous[pair.p];
    const n = candidates[pair.n];
    if (!p || !n || result.has(p.key) || taken.has(n.key)) continue;
    result.set(p.key, { key: n.key, kind: "similar", similarity: pair.similarity });
    taken.add(n.key);
  }
  return result;
}

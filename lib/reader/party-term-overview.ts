// Who stands where on which deal term, derived only from items the reader can check.
//
// A cell exists only when an item backs it:
//   - a deal term whose proposedBy names the party: "demands" when the term's status is
//     "demanded", otherwise "proposed" (a rejected or agreed term was still put forward by them);
//   - a position of that party that mentions the term (shares one of its figures, or enough of
//     its content words): its stance is read from the position's own verb ("rejects", "demands",
//     "proposed", "accepts"), else it only "mentions" the term.
// Every cell keeps the keys of the items behind it so the page can link to them. The table is
// only worth showing with at least two parties and two terms that have cells.

import { contentTokens, normaliseText } from "@/lib/curation";
import type { DealTermStatus } from "@/lib/briefing/types";
import type { PublishedBriefing } from "@/lib/curation";

export type Stance = "proposed" | "demands" | "rejects" | "accepts" | "mentions";

export interface OverviewCell {
  stance: Stance;
  /** The items behind the cell, deal term first. */
  itemKeys: string[];
}

export interface OverviewRow {
  termKey: string;
  termText: string;
  status: DealTermStatus;
  /** One per party, in the order of `parties`. */
  cells: (OverviewCell | null)[];
}

export interface PartyTermOverview {
  parties: string[];
  rows: OverviewRow[];
}

// A position's own wording decides its stance; negated acceptance reads as rejection, so that
// pattern is tried first.
const STANCE_PATTERNS: [Stance, RegExp][] = [
  ["rejects", /\b(reject\w*|refus\w*|oppos\w*|dismiss\w*|(?:not|never|won't|will not|cannot) (?:accept|agree)\w*)\b/],
  ["demands", /\b(demand\w*|insist\w*|requir\w*|call(?:s|ed)? for)\b/],
  ["proposed", /\b(propos\w*|offer\w*|suggest\w*|put forward|tabl(?:ed|es))\b/],
  ["accepts", /\b(accept\w*|agree\w*|approv\w*|endors\w*)\b/],
];

const STANCE_RANK: Record<Stance, number> = { rejects: 0, demands: 1, proposed: 2, accepts: 3, mentions: 4 };

export function stanceOf(text: string): Stance {
  const lower = normaliseText(text).replace(/\bwon t\b/g, "won't");
  for (const [stance, pattern] of STANCE_PATTERNS) if (pattern.test(lower)) return stance;
  return "mentions";
}

function words(text: string): string[] {
  return normaliseText(text).split(" ").filter(Boolean);
}

/** "Hamas" matches "hamas" and "Hamas officials"; "Israel" does not match "Israeli". */
export function sameParty(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((w, j) => longer[i + j] === w)) return true;
  }
  return false;
}

/** Whether a position's text is about a deal term: a shared figure, or enough shared content words. */
export function mentionsTerm(positionText: string, term: { text: string; figures: string[] }): boolean {
  const haystack = ` ${normaliseText(positionText)} `;
  for (const figure of term.figures) {
    const needle = normaliseText(figure);
    if (needle && /\d/.test(needle) && haystack.includes(` ${needle} `)) return true;
  }
  const termTokens = contentTokens(term.text);
  if (termTokens.length === 0) return false;
  const positionTokens = new Set(contentTokens(positionText));
  const shared = termTokens.filter((t) => positionTokens.has(t)).length;
  // Two words are the least that says more than "both mention a ceasefire"; long term texts
  // need three, since a position rarely repeats a term word for word.
  const needed = termTokens.length === 1 ? 1 : Math.min(3, Math.max(2, Math.ceil(termTokens.length / 2)));
  return shared >= needed;
}

function addToCell(cell: OverviewCell | null, stance: Stance, key: string): OverviewCell {
  if (!cell) return { stance, itemKeys: [key] };
  const itemKeys = cell.itemKeys.includes(key) ? cell.itemKeys : [...cell.itemKeys, key];
  return { stance: STANCE_RANK[stance] < STANCE_RANK[cell.stance] ? stance : cell.stance, itemKeys };
}

export function derivePartyTermOverview(
  briefing: Pick<PublishedBriefing, "positions" | "dealTerms">,
): PartyTermOverview | null {
  const parties: string[] = [];
  const partyIndex = (name: string): number => {
    const trimmed = name.trim();
    if (!trimmed) return -1;
    const found = parties.findIndex((p) => normaliseText(p) === normaliseText(trimmed));
    if (found >= 0) return found;
    const similar = parties.findIndex((p) => sameParty(p, trimmed));
    if (similar >= 0) return similar;
    parties.push(trimmed);
    return parties.length - 1;
  };
  for (const position of briefing.positions) partyIndex(position.actor);

  const rows = briefing.dealTerms.map((term) => {
    const cells = new Map<number, OverviewCell>();
    if (term.proposedBy) {
      const p = partyIndex(term.proposedBy);
      if (p >= 0) cells.set(p, addToCell(null, term.status === "demanded" ? "demands" : "proposed", term.key));
    }
    for (const position of briefing.positions) {
      if (!mentionsTerm(position.text, term)) continue;
      const p = partyIndex(position.actor);
      if (p < 0) continue;
      cells.set(p, addToCell(cells.get(p) ?? null, stanceOf(position.text), position.key));
    }
    return { term, cells };
  });

  const usedParties = parties.map((_, i) => rows.some((r) => r.cells.has(i)));
  const keptParties = parties.flatMap((name, i) => (usedParties[i] ? [{ name, i }] : []));
  const keptRows = rows.filter((r) => r.cells.size > 0);
  if (keptParties.length < 2 || keptRows.length < 2) return null;

  return {
    parties: keptParties.map((p) => p.name),
    rows: keptRows.map(({ term, cells }) => ({
      termKey: term.key,
      termText: term.text,
      status: term.status,
      cells: keptParties.map((p) => cells.get(p.i) ?? null),
    })),
  };
}

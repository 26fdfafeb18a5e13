// Who stands where on which deal term, derived only from items the reader can check.
//
// A cell exists only when an item backs it:
//   - a deal term whose proposedBy names the party: "demands" when the term's status is
//     "demanded", otherwise "proposed" (a rejected or agreed term was still put forward by them;
//     the row shows the term's own status);
//   - a position of that party that mentions the term (shares one of its figures, or enough of
//     its content words) AND whose wording opens with the party taking a stance ("Israel rejects
//     …", "Hamas (spokesman) says it will not accept …"). A stance verb further into the text
//     may belong to someone else ("… after Hamas rejected the offer"), so it does not count, and
//     a mere mention is not a stance: neither makes a cell.
// Every cell keeps the keys of the items behind it so the page can link to them. The table is
// only worth showing with at least two parties and two terms that have cells.

import { contentTokens, normaliseText } from "@/lib/curation";
import type { DealTermStatus } from "@/lib/briefing/types";
import type { PublishedBriefing } from "@/lib/curation";

export type Stance = "proposed" | "demands" | "rejects" | "accepts";

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

// Tried in order: negated acceptance reads as rejection, so rejection comes first.
const STANCE_PATTERNS: [Stance, RegExp][] = [
  ["rejects", /^(reject|refus|oppos|dismiss|(?:not|never|wont|will not|cannot|can not) (?:accept|agree))/],
  ["demands", /^(demand|insist|requir|call(?:s|ed)? for)/],
  ["proposed", /^(propos|offer|suggest|put forward|tabl(?:ed|es)\b)/],
  ["accepts", /^(accept|agree|approv|endors)/],
];

const STANCE_RANK: Record<Stance, number> = { rejects: 0, demands: 1, proposed: 2, accepts: 3 };

// What may sit between the party's name and its verb: a named speaker, an attribution verb,
// a pronoun and an auxiliary ("Hamas (Taher al-Nunu) says it would not accept …").
const LEAD_IN =
  /^(?:\([^)]*\)\s*)?(?:(?:says?|said|stated|announced|insists? that|made clear)\s*:?\s*(?:that\s+)?)?(?:(?:it|they|the group|the government)\s+)?(?:(?:has|have|had|will|would|is|are|was|were|again|also|firmly|flatly)\s+)*/i;

/** The stance a position takes with its own verb, or null when it does not open with one. */
export function stanceOf(actor: string, text: string): Stance | null {
  const actorWords = words(actor);
  const textWords = words(text.replace(/\([^)]*\)/g, " "));
  let at = textWords[0] === "the" && actorWords[0] !== "the" ? 1 : 0;
  if (actorWords.length === 0 || !actorWords.every((w, i) => textWords[at + i] === w)) return null;
  at += actorWords.length;
  const rest = textWords.slice(at).join(" ").replace(LEAD_IN, "");
  for (const [stance, pattern] of STANCE_PATTERNS) if (pattern.test(rest)) return stance;
  return null;
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
      const stance = stanceOf(position.actor, position.text);
      if (!stance || !mentionsTerm(position.text, term)) continue;
      const p = partyIndex(position.actor);
      if (p < 0) continue;
      const current = cells.get(p);
      // The deal term's own record of its proposer outranks a position's wording.
      if (current?.itemKeys[0] === term.key) continue;
      cells.set(p, addToCell(current ?? null, stance, position.key));
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

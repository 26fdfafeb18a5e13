// The story's parties as the editor wants them named: rename ("of International Association of
// Machinists" → "IAM union"), merge ("Boeing Co." into "Boeing") and split (some of a party's items
// go to a new name). Renames are stored by the engine's name in `state.parties`, so they apply to
// every item, old and new, after each rebuild; a split is a party correction on the chosen items.

import type { CuratedBriefing, CuratedItem } from "./apply";
import { CurationError, editItem, type EditorStamp } from "./operations";
import { MAX_PARTY_CHARS, type CurationState, type ItemDecision } from "./schema";

export interface StoryParty {
  /** The name as shown. */
  name: string;
  /** The engine's names shown under it (more than one after a merge). */
  engineNames: string[];
  /** Items naming it, by key, in briefing order. */
  itemKeys: string[];
}

function partyOf(item: CuratedItem): { shown?: string | undefined; engine?: string | undefined } {
  if (item.section === "positions") return { shown: item.actor, engine: item.generated?.actor };
  if (item.section === "dealTerms") return { shown: item.proposedBy, engine: item.generated?.proposedBy };
  return {};
}

export function listParties(curated: CuratedBriefing): StoryParty[] {
  const byName = new Map<string, StoryParty>();
  for (const items of Object.values(curated.sections)) {
    for (const item of items) {
      const { shown, engine } = partyOf(item);
      if (!shown) continue;
      const party = byName.get(shown) ?? { name: shown, engineNames: [], itemKeys: [] };
      if (engine && !party.engineNames.includes(engine)) party.engineNames.push(engine);
      party.itemKeys.push(item.key);
      byName.set(shown, party);
    }
  }
  return [...byName.values()].sort((a, b) => b.itemKeys.length - a.itemKeys.length || a.name.localeCompare(b.name));
}

function checkName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, " ");
  if (name === "") throw new CurationError("empty-text", "Enter the party's new name.");
  if (name.length > MAX_PARTY_CHARS) {
    throw new CurationError("too-long", `Keep a party's name to ${MAX_PARTY_CHARS} characters or fewer.`);
  }
  return name;
}

function renamedDecision(d: ItemDecision, from: string, to: string): ItemDecision {
  if (!d.fields) return d;
  const fields = { ...d.fields };
  if (fields.actor === from) fields.actor = to;
  if (fields.proposedBy === from) fields.proposedBy = to;
  return { ...d, fields };
}

/**
 * Renames a party everywhere; renaming it to another party's name merges the two. Engine names,
 * corrected parties and added items are all covered, so nothing keeps the old name.
 */
export function renameParty(
  state: CurationState,
  curated: CuratedBriefing,
  from: string,
  rawTo: string,
): CurationState {
  const to = checkName(rawTo);
  const party = listParties(curated).find((p) => p.name === from);
  if (!party) throw new CurationError("unknown-item", `No item names “${from}” any more. Reload to see the parties.`);
  if (to === from) return state;
  const parties = { ...state.parties };
  for (const [engine, shown] of Object.entries(parties)) if (shown === from) parties[engine] = to;
  for (const engine of party.engineNames) parties[engine] = to;
  for (const [engine, shown] of Object.entries(parties)) if (engine === shown) delete parties[engine];
  const items = Object.fromEntries(Object.entries(state.items).map(([k, d]) => [k, renamedDecision(d, from, to)]));
  const added = state.added.map((a) => ({
    ...a,
    actor: a.actor === from ? to : a.actor,
    proposedBy: a.proposedBy === from ? to : a.proposedBy,
  }));
  const next: CurationState = { ...state, items, added };
  if (Object.keys(parties).length > 0) next.parties = parties;
  else delete next.parties;
  return next;
}

/** Gives the chosen items of a party a new (or another existing) party name. */
export function splitParty(
  state: CurationState,
  curated: CuratedBriefing,
  from: string,
  rawTo: string,
  itemKeys: readonly string[],
  who: EditorStamp,
): CurationState {
  const to = checkName(rawTo);
  const party = listParties(curated).find((p) => p.name === from);
  if (!party) throw new CurationError("unknown-item", `No item names “${from}” any more. Reload to see the parties.`);
  const chosen = itemKeys.filter((k) => party.itemKeys.includes(k));
  if (chosen.length === 0)
    throw new CurationError("missing-field", `Choose the items of “${from}” that belong to “${to}”.`);
  let next = state;
  for (const key of chosen) {
    const item = Object.values(curated.sections)
      .flat()
      .find((i) => i.key === key);
    if (!item) continue;
    next = editItem(
      next,
      curated,
      key,
      {
        text: item.text,
        section: item.section,
        party: to,
        dealStatus: item.dealStatus,
        figures: item.figures,
        when: item.when,
        keepCitations: item.citations.map((_, i) => i),
        addCitations: [],
      },
      who,
    );
  }
  return next;
}

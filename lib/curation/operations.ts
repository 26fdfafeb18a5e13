// Editing operations. Each takes the current draft state (plus the curated briefing the editor
// was looking at, to know what the item is) and returns a new state; nothing is mutated.
// Refusals throw a CurationError with a machine-readable code and an editor-readable message.

import type { BriefingSection, Citation, DealTermStatus } from "../briefing/types";
import { locateQuote } from "../citations/locate";
import { UserFacingError } from "../errors";
import { partyName } from "./apply";
import { MIN_CITED_SOURCES, SECTION_TITLES } from "./sections";
import type { CuratedBriefing, CuratedItem } from "./apply";
import { SECTION_KEY_PREFIX } from "./keys";
import {
  addedItemProblems,
  MAX_ITEM_WORDS,
  MAX_SUMMARY_WORDS,
  MIN_PASSAGE_CHARS,
  type AddedItem,
  type CurationState,
  type ItemDecision,
  type ItemFieldEdits,
} from "./schema";
import { countWords, hash32 } from "./text";

export type CurationErrorCode =
  | "unknown-item"
  | "not-generated"
  | "empty-text"
  | "too-long"
  | "passage-out-of-range"
  | "passage-mismatch"
  | "passage-too-short"
  | "missing-field"
  | "duplicate"
  | "bad-index"
  | "citations";

export class CurationError extends UserFacingError {
  readonly code: CurationErrorCode;
  constructor(code: CurationErrorCode, message: string) {
    super(message);
    this.name = "CurationError";
    this.code = code;
  }
}

/** Who made the change and when (ISO 8601); passed in so the operations stay pure. */
export interface EditorStamp {
  by: string;
  at: string;
}

function findItem(curated: CuratedBriefing, key: string): CuratedItem {
  for (const items of Object.values(curated.sections)) {
    const found = items.find((i) => i.key === key);
    if (found) return found;
  }
  throw new CurationError("unknown-item", "This item is no longer in the briefing. Reload to see the current version.");
}

function renameInOrder(order: CurationState["order"], from: string, to: string): CurationState["order"] {
  const out: CurationState["order"] = {};
  for (const [section, keys] of Object.entries(order) as [BriefingSection, string[]][]) {
    out[section] = keys.map((k) => (k === from ? to : k));
  }
  return out;
}

function withoutInOrder(order: CurationState["order"], key: string): CurationState["order"] {
  const out: CurationState["order"] = {};
  for (const [section, keys] of Object.entries(order) as [BriefingSection, string[]][]) {
    out[section] = keys.filter((k) => k !== key);
  }
  return out;
}

interface DecisionChange {
  status?: ItemDecision["status"] | null;
  editedText?: string | null;
  fields?: ItemFieldEdits | null;
  pinned?: boolean | null;
}

/**
 * Writes a generated item's decision under its current key, refreshing the snapshot. A decision
 * that no longer says anything (pending, unedited, unpinned) is deleted to keep the draft small.
 */
function changeDecision(
  state: CurationState,
  item: CuratedItem,
  change: DecisionChange,
  who: EditorStamp,
): CurationState {
  if (item.origin === "added")
    throw new CurationError("not-generated", "Added items are removed, not accepted or rejected.");
  const existing = state.items[item.key] ?? (item.decisionKey ? state.items[item.decisionKey] : undefined);
  const pick = <T>(next: T | null | undefined, prev: T | undefined): T | undefined =>
    next === null ? undefined : next === undefined ? prev : next;
  const status = pick(change.status, existing?.status);
  const editedText = pick(change.editedText, existing?.editedText);
  const fields = pick(change.fields, existing?.fields);
  const pinned = pick(change.pinned, existing?.pinned) === true ? true : undefined;

  const items = { ...state.items };
  if (item.decisionKey) delete items[item.decisionKey];
  delete items[item.key];
  if (status !== undefined || editedText !== undefined || fields !== undefined || pinned !== undefined) {
    // The snapshot is the engine's item, so a later rebuild can re-attach the decision by similarity.
    const engine = item.generated ?? item;
    const decision: ItemDecision = {
      key: item.key,
      section: item.homeSection,
      by: who.by,
      at: who.at,
      snapshot: {
        text: item.generatedText ?? item.text,
        ...(engine.actor !== undefined ? { actor: engine.actor } : {}),
        ...(engine.when !== undefined ? { when: engine.when } : {}),
        citations: engine.citations,
      },
    };
    if (status !== undefined) decision.status = status;
    if (editedText !== undefined) decision.editedText = editedText;
    if (fields !== undefined) decision.fields = fields;
    if (pinned) decision.pinned = true;
    items[item.key] = decision;
  }
  const order = item.decisionKey ? renameInOrder(state.order, item.decisionKey, item.key) : state.order;
  return { ...state, items, order };
}

function changeAdded(state: CurationState, key: string, change: (a: AddedItem) => AddedItem): CurationState {
  return { ...state, added: state.added.map((a) => (a.key === key ? change(a) : a)) };
}

function checkWording(raw: string, maxWords: number): string {
  const text = raw.trim();
  if (text === "") throw new CurationError("empty-text", "The text cannot be empty.");
  const words = countWords(text);
  if (words > maxWords) {
    throw new CurationError("too-long", `Keep it to ${maxWords} words or fewer (this has ${words}).`);
  }
  return text;
}

export function acceptItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  who: EditorStamp,
): CurationState {
  const item = findItem(curated, key);
  if (item.origin === "added") return state;
  return changeDecision(state, item, { status: "accepted" }, who);
}

export function rejectItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  who: EditorStamp,
): CurationState {
  return changeDecision(state, findItem(curated, key), { status: "rejected" }, who);
}

/** Rewords an item (trimmed, 1–60 words). Citations are untouched: the evidence stays the engine's. */
export function editItemText(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  text: string,
  who: EditorStamp,
): CurationState {
  const item = findItem(curated, key);
  const wording = checkWording(text, MAX_ITEM_WORDS);
  if (item.origin === "added") return changeAdded(state, key, (a) => ({ ...a, text: wording, by: who.by, at: who.at }));
  // Typing the engine's own words back is a restore of the wording, not an edit.
  return changeDecision(state, item, { editedText: wording === item.generatedText ? null : wording }, who);
}

export interface NewCitation {
  sourceId: string;
  /** The source's stored text; the quote is cut from it so it is verbatim. */
  sourceText: string;
  /** The passage as the editor typed or selected it (whitespace and quote marks may differ). */
  passage: string;
}

export interface ItemEditInput {
  text: string;
  section: BriefingSection;
  /** The party: the actor of a position, the side that put forward a deal term. */
  party?: string | undefined;
  dealStatus?: DealTermStatus | undefined;
  figures?: string[] | undefined;
  when?: string | undefined;
  /** Indexes of the item's current citations to keep. */
  keepCitations: number[];
  addCitations: NewCitation[];
}

function sameCitations(a: readonly Citation[], b: readonly Citation[]): boolean {
  return a.length === b.length && a.every((c, i) => c.sourceId === b[i]?.sourceId && c.quote === b[i]?.quote);
}

function editedCitations(item: CuratedItem, input: ItemEditInput): Citation[] {
  const kept = [...new Set(input.keepCitations)]
    .sort((x, y) => x - y)
    .flatMap((i) => (item.citations[i] ? [item.citations[i]] : []));
  const added = input.addCitations.map((c): Citation => {
    const at = c.passage.trim() ? locateQuote(c.sourceText, c.passage) : null;
    if (!at) {
      throw new CurationError("citations", "The added passage is not in that source. Copy it exactly as it appears.");
    }
    const quote = c.sourceText.slice(at.start, at.end).trim();
    if (quote.length < MIN_PASSAGE_CHARS) {
      throw new CurationError("passage-too-short", `Cite a passage of at least ${MIN_PASSAGE_CHARS} characters.`);
    }
    return { sourceId: c.sourceId, quote };
  });
  const all: Citation[] = [];
  for (const c of [...kept, ...added]) {
    if (!all.some((x) => x.sourceId === c.sourceId && x.quote === c.quote)) all.push(c);
  }
  if (all.length === 0) throw new CurationError("citations", "An item must keep at least one citation.");
  const need = MIN_CITED_SOURCES[input.section];
  const distinct = new Set(all.map((c) => c.sourceId)).size;
  if (distinct < need) {
    throw new CurationError(
      "citations",
      `An item in “${SECTION_TITLES[input.section]}” must cite at least ${need} different sources (this cites ${distinct}).`,
    );
  }
  return all;
}

function cleanFigures(figures: readonly string[] | undefined): string[] {
  return (figures ?? []).map((f) => f.trim()).filter((f) => f !== "");
}

/**
 * Corrects every field of an item at once: wording, section, party, deal-term status, figures,
 * timeline date and citations. For a generated item only the fields that now differ from the
 * engine's are stored, so a rebuild that fixes the engine's value needs no decision.
 */
export function editItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  input: ItemEditInput,
  who: EditorStamp,
): CurationState {
  const item = findItem(curated, key);
  const text = checkWording(input.text, MAX_ITEM_WORDS);
  const section = input.section;
  const party = input.party?.trim() || undefined;
  const when = input.when?.trim() || undefined;
  const dealStatus = section === "dealTerms" ? (input.dealStatus ?? item.dealStatus ?? "proposed") : undefined;
  const problems = addedItemProblems({
    section,
    actor: section === "positions" ? party : "-",
    when,
    dealStatus,
  }).map((p) => p.replace("an actor", "a party"));
  if (problems.length > 0) throw new CurationError("missing-field", `Cannot save: ${problems.join("; ")}.`);
  const citations = editedCitations(item, input);
  const figures = section === "dealTerms" ? cleanFigures(input.figures) : undefined;

  if (item.origin === "added") {
    return changeAdded(state, key, (a) => {
      const next: AddedItem = { key: a.key, section, text, citations, by: who.by, at: who.at };
      if (a.pinned) next.pinned = true;
      if (section === "positions" && party) next.actor = party;
      if (section === "dealTerms") {
        if (party) next.proposedBy = party;
        next.dealStatus = dealStatus;
        next.figures = figures;
      }
      if (section === "timeline" && when) next.when = when;
      return next;
    });
  }

  const engine = item.generated ?? item;
  const fields: ItemFieldEdits = {};
  if (section !== item.homeSection) fields.section = section;
  if (section === "positions" && party !== partyName(engine.actor, state.parties)) fields.actor = party;
  if (section === "dealTerms") {
    if (party !== partyName(engine.proposedBy, state.parties)) fields.proposedBy = party;
    if (dealStatus !== engine.dealStatus) fields.dealStatus = dealStatus;
    if (JSON.stringify(figures) !== JSON.stringify(engine.figures ?? [])) fields.figures = figures;
  }
  if (section === "timeline" && when !== engine.when) fields.when = when;
  if (!sameCitations(citations, engine.citations)) fields.citations = citations;
  const editedText = text === item.generatedText ? null : text;
  return changeDecision(state, item, { editedText, fields: Object.keys(fields).length > 0 ? fields : null }, who);
}

/** Back to the engine's item: wording restored and status pending. The pin is kept (unpin is separate). */
export function restoreItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  who: EditorStamp,
): CurationState {
  return changeDecision(state, findItem(curated, key), { status: null, editedText: null, fields: null }, who);
}

export function pinItem(state: CurationState, curated: CuratedBriefing, key: string, who: EditorStamp): CurationState {
  const item = findItem(curated, key);
  if (item.origin === "added") return changeAdded(state, key, (a) => ({ ...a, pinned: true }));
  return changeDecision(state, item, { pinned: true }, who);
}

export function unpinItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  who: EditorStamp,
): CurationState {
  const item = findItem(curated, key);
  if (item.origin === "added") {
    return changeAdded(state, key, (a) => {
      const { pinned: _pinned, ...rest } = a;
      return rest;
    });
  }
  return changeDecision(state, item, { pinned: null }, who);
}

/**
 * Moves an item within its section and records the section's full order.
 * `to` is "up"/"down" or a target index in the section as displayed. Pinned items always stay
 * above unpinned ones, so the target is clamped to the item's own group (pinned or not);
 * moving past the end of the group is a no-op.
 */
export function moveItem(
  state: CurationState,
  curated: CuratedBriefing,
  section: BriefingSection,
  key: string,
  to: "up" | "down" | "top" | "bottom" | number,
): CurationState {
  const list = curated.sections[section];
  const from = list.findIndex((i) => i.key === key);
  const item = list[from];
  if (!item)
    throw new CurationError("unknown-item", "This item is not in that section. Reload to see the current version.");
  if (typeof to === "number" && (!Number.isInteger(to) || to < 0 || to >= list.length)) {
    throw new CurationError("bad-index", `Position must be between 0 and ${list.length - 1}.`);
  }
  const pinnedCount = list.filter((i) => i.pinned).length;
  const [lo, hi] = item.pinned ? [0, pinnedCount - 1] : [pinnedCount, list.length - 1];
  const wanted =
    to === "up" ? from - 1 : to === "down" ? from + 1 : to === "top" ? 0 : to === "bottom" ? list.length - 1 : to;
  const target = Math.min(hi, Math.max(lo, wanted));
  if (target === from) return state;
  const keys = list.map((i) => i.key);
  keys.splice(from, 1);
  keys.splice(target, 0, key);
  // Writing keys under their current names also retires old names of re-attached decisions.
  const renamed = list.reduce(
    (order, i) => (i.decisionKey ? renameInOrder(order, i.decisionKey, i.key) : order),
    state.order,
  );
  const items = { ...state.items };
  for (const i of list) {
    const d = i.decisionKey ? items[i.decisionKey] : undefined;
    if (i.decisionKey && d) {
      delete items[i.decisionKey];
      items[i.key] = { ...d, key: i.key };
    }
  }
  return { ...state, items, order: { ...renamed, [section]: keys } };
}

/** Accepts or rejects every generated item of a section that nobody has decided on yet. */
export function decideRemaining(
  state: CurationState,
  curated: CuratedBriefing,
  section: BriefingSection,
  status: "accepted" | "rejected",
  who: EditorStamp,
): CurationState {
  let next = state;
  for (const item of curated.sections[section]) {
    if (item.origin === "added" || item.status !== "pending") continue;
    next = changeDecision(next, item, { status }, who);
  }
  return next;
}

export interface AddItemInput {
  section: BriefingSection;
  /** The editor's wording of the item. */
  text: string;
  actor?: string | undefined;
  when?: string | undefined;
  figures?: string[] | undefined;
  proposedBy?: string | undefined;
  dealStatus?: DealTermStatus | undefined;
  sourceId: string;
  /** The source's full text as stored: the passage is cut from it, so the quote is verbatim. */
  sourceText: string;
  /** Selection offsets in `sourceText`, end exclusive. */
  start: number;
  end: number;
  /** The selected text as the browser saw it; when given it must equal the slice, to catch stale offsets. */
  passage?: string | undefined;
}

/**
 * Adds an item that cites a passage the editor selected in a source. This is the only way to add
 * items, so every item in a briefing stays backed by a verbatim quote.
 */
export function addItemFromPassage(state: CurationState, input: AddItemInput, who: EditorStamp): CurationState {
  const { sourceText, start, end } = input;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > sourceText.length || start >= end) {
    throw new CurationError("passage-out-of-range", "The selected passage is not in this source. Select it again.");
  }
  const slice = sourceText.slice(start, end);
  if (input.passage !== undefined && input.passage.trim() !== slice.trim()) {
    throw new CurationError(
      "passage-mismatch",
      "The selected passage does not match the source text. Reload and select it again.",
    );
  }
  const quote = slice.trim();
  if (quote.length < MIN_PASSAGE_CHARS) {
    throw new CurationError("passage-too-short", `Select a passage of at least ${MIN_PASSAGE_CHARS} characters.`);
  }
  const text = checkWording(input.text, MAX_ITEM_WORDS);
  const fields = {
    actor: input.actor?.trim() || undefined,
    when: input.when?.trim() || undefined,
    proposedBy: input.proposedBy?.trim() || undefined,
    dealStatus: input.dealStatus,
  };
  const problems = addedItemProblems({ section: input.section, ...fields });
  if (problems.length > 0) throw new CurationError("missing-field", `Cannot add this item: ${problems.join("; ")}.`);

  const key = `add-${SECTION_KEY_PREFIX[input.section]}-${hash32(
    [input.section, text, input.sourceId, start, end, who.by, who.at].join("|"),
  )}`;
  if (key in state.items || state.added.some((a) => a.key === key)) {
    throw new CurationError("duplicate", "This item has already been added.");
  }
  const added: AddedItem = {
    key,
    section: input.section,
    text,
    citations: [{ sourceId: input.sourceId, quote }],
    by: who.by,
    at: who.at,
  };
  if (fields.actor) added.actor = fields.actor;
  if (fields.when) added.when = fields.when;
  if (fields.proposedBy) added.proposedBy = fields.proposedBy;
  if (fields.dealStatus) added.dealStatus = fields.dealStatus;
  if (input.section === "dealTerms") added.figures = (input.figures ?? []).map((f) => f.trim()).filter((f) => f !== "");
  return { ...state, added: [...state.added, added] };
}

export function removeAddedItem(state: CurationState, key: string): CurationState {
  if (!state.added.some((a) => a.key === key)) {
    throw new CurationError(
      "not-generated",
      "Only items an editor added can be removed; reject generated items instead.",
    );
  }
  return { ...state, added: state.added.filter((a) => a.key !== key), order: withoutInOrder(state.order, key) };
}

/** Deletes a decision whose item vanished, once the editor has seen it. */
export function dismissOrphan(state: CurationState, curated: CuratedBriefing, key: string): CurationState {
  if (!curated.orphaned.some((o) => o.key === key)) {
    throw new CurationError("unknown-item", "That decision is not orphaned.");
  }
  const items = { ...state.items };
  delete items[key];
  return { ...state, items, order: withoutInOrder(state.order, key) };
}

/** The summary is a few sentences, so it gets a larger word limit than an item. */
export function editSummary(
  state: CurationState,
  curated: CuratedBriefing,
  text: string,
  who: EditorStamp,
): CurationState {
  const wording = checkWording(text, MAX_SUMMARY_WORDS);
  if (wording === curated.generatedSummary) return restoreSummary(state);
  return { ...state, summary: { text: wording, basedOn: curated.generatedSummary, by: who.by, at: who.at } };
}

export function restoreSummary(state: CurationState): CurationState {
  const { summary: _summary, ...rest } = state;
  return rest;
}

/**
 * Moves every decision that was re-attached by similarity to its item's current key, so the
 * stored draft stops depending on the fallback. Safe to call before every save.
 */
export function reconcileState(state: CurationState, curated: CuratedBriefing): CurationState {
  let next = state;
  for (const items of Object.values(curated.sections)) {
    for (const item of items) {
      const d = item.decisionKey ? next.items[item.decisionKey] : undefined;
      if (!item.decisionKey || !d) continue;
      const moved = { ...next.items };
      delete moved[item.decisionKey];
      moved[item.key] = { ...d, key: item.key };
      next = { ...next, items: moved, order: renameInOrder(next.order, item.decisionKey, item.key) };
    }
  }
  return next;
}

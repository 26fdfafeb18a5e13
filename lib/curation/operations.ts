// Editing operations. Each takes the current draft state (plus the curated briefing the editor
// was looking at, to know what the item is) and returns a new state; nothing is mutated.
// Refusals throw a CurationError with a machine-readable code and an editor-readable message.

import type { BriefingSection, DealTermStatus } from "../briefing/types";
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
  | "bad-index";

export class CurationError extends Error {
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
  const pinned = pick(change.pinned, existing?.pinned) === true ? true : undefined;

  const items = { ...state.items };
  if (item.decisionKey) delete items[item.decisionKey];
  delete items[item.key];
  if (status !== undefined || editedText !== undefined || pinned !== undefined) {
    const decision: ItemDecision = {
      key: item.key,
      section: item.section,
      by: who.by,
      at: who.at,
      snapshot: {
        text: item.generatedText ?? item.text,
        ...(item.actor !== undefined ? { actor: item.actor } : {}),
        ...(item.when !== undefined ? { when: item.when } : {}),
        citations: item.citations,
      },
    };
    if (status !== undefined) decision.status = status;
    if (editedText !== undefined) decision.editedText = editedText;
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

/** Back to the engine's item: wording restored and status pending. The pin is kept (unpin is separate). */
export function restoreItem(
  state: CurationState,
  curated: CuratedBriefing,
  key: string,
  who: EditorStamp,
): CurationState {
  return changeDecision(state, findItem(curated, key), { status: null, editedText: null }, who);
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
  to: "up" | "down" | number,
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
  const wanted = to === "up" ? from - 1 : to === "down" ? from + 1 : to;
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

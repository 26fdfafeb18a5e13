// The editor's draft decisions for one story, as stored in the database `decisions` JSON column.
// Decisions are kept apart from the generated briefing because the engine re-runs whenever the
// sources change; they are re-attached to the new output by item key (see keys.ts).

import { z } from "zod";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { DEAL_TERM_STATUSES } from "./sections";
import type { BriefingSection, Citation, DealTermStatus } from "../briefing/types";
import { countWords } from "./text";

/** Longest wording an editor may give an item (the scorer calls items over 45 words "long"). */
export const MAX_ITEM_WORDS = 60;
export const MAX_SUMMARY_WORDS = 150;
/** Shortest passage an editor may cite when adding an item: shorter selections are accidental clicks. */
export const MIN_PASSAGE_CHARS = 8;
/** Longest party name ("International Association of Machinists and Aerospace Workers" fits). */
export const MAX_PARTY_CHARS = 120;

export interface ItemSnapshot {
  text: string;
  actor?: string | undefined;
  when?: string | undefined;
  citations: Citation[];
}

/**
 * Fields an editor corrected on a generated item. Each is absent when the engine's value stands.
 * `section` moves the item; `citations` replaces the whole list (each quote verbatim from its source).
 */
export interface ItemFieldEdits {
  actor?: string | undefined;
  proposedBy?: string | undefined;
  dealStatus?: DealTermStatus | undefined;
  figures?: string[] | undefined;
  when?: string | undefined;
  section?: BriefingSection | undefined;
  citations?: Citation[] | undefined;
}

export const EDITABLE_FIELDS = [
  "actor",
  "proposedBy",
  "dealStatus",
  "figures",
  "when",
  "section",
  "citations",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface ItemDecision {
  key: string;
  /** The section the engine put the item in (a move is recorded in `fields.section`). */
  section: BriefingSection;
  status?: "accepted" | "rejected" | undefined;
  /** The editor's wording. */
  editedText?: string | undefined;
  /** Every other field the editor corrected. */
  fields?: ItemFieldEdits | undefined;
  pinned?: boolean | undefined;
  by: string;
  at: string;
  /** The generated item as it was when last decided on, so a vanished item can still be shown. */
  snapshot: ItemSnapshot;
}

export interface AddedItem {
  key: string;
  section: BriefingSection;
  text: string;
  /** Required for positions. */
  actor?: string | undefined;
  /** Required for timeline events. */
  when?: string | undefined;
  figures?: string[] | undefined;
  proposedBy?: string | undefined;
  /** Required for deal terms. */
  dealStatus?: DealTermStatus | undefined;
  citations: Citation[];
  pinned?: boolean | undefined;
  by: string;
  at: string;
}

export interface SummaryOverride {
  text: string;
  /** The generated summary the editor rewrote, so the UI can say when the engine's has moved on. */
  basedOn: string;
  by: string;
  at: string;
}

export interface CurationState {
  items: Record<string, ItemDecision>;
  added: AddedItem[];
  order: Partial<Record<BriefingSection, string[]>>;
  summary?: SummaryOverride | undefined;
  /**
   * The story's party names as the editor wants them: engine name → shown name. Merging is
   * renaming several names to one. Applied to every item's party on every rebuild.
   */
  parties?: Record<string, string> | undefined;
}

export const briefingSectionSchema = z.enum(BRIEFING_SECTIONS);
export const dealTermStatusSchema = z.enum(DEAL_TERM_STATUSES);

export const citationSchema = z.object({
  sourceId: z.string().min(1),
  quote: z.string().min(1),
});

const stamp = {
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
};

const itemWording = z
  .string()
  .min(1)
  .refine((t) => t.trim() === t && countWords(t) <= MAX_ITEM_WORDS, {
    message: `must be trimmed and at most ${MAX_ITEM_WORDS} words`,
  });

export const itemSnapshotSchema = z.object({
  text: z.string(),
  actor: z.string().optional(),
  when: z.string().optional(),
  citations: z.array(citationSchema),
});

const partyName = z.string().trim().min(1).max(MAX_PARTY_CHARS);

export const itemFieldEditsSchema = z.object({
  actor: partyName.optional(),
  proposedBy: partyName.optional(),
  dealStatus: dealTermStatusSchema.optional(),
  figures: z.array(z.string().min(1).max(80)).max(20).optional(),
  when: z.string().trim().min(1).max(120).optional(),
  section: briefingSectionSchema.optional(),
  citations: z.array(citationSchema).min(1).optional(),
});

export const itemDecisionSchema = z.object({
  key: z.string().min(1),
  section: briefingSectionSchema,
  status: z.enum(["accepted", "rejected"]).optional(),
  editedText: itemWording.optional(),
  fields: itemFieldEditsSchema.optional(),
  pinned: z.boolean().optional(),
  ...stamp,
  snapshot: itemSnapshotSchema,
});

export const addedItemSchema = z
  .object({
    key: z.string().min(1),
    section: briefingSectionSchema,
    text: itemWording,
    actor: z.string().min(1).optional(),
    when: z.string().min(1).optional(),
    figures: z.array(z.string()).optional(),
    proposedBy: z.string().min(1).optional(),
    dealStatus: dealTermStatusSchema.optional(),
    // An added item exists only because an editor cited a passage: never uncited.
    citations: z.array(citationSchema).min(1),
    pinned: z.boolean().optional(),
    ...stamp,
  })
  .superRefine((item, ctx) => {
    for (const problem of addedItemProblems(item)) ctx.addIssue({ code: "custom", message: problem });
  });

export const summaryOverrideSchema = z.object({
  text: z.string().min(1),
  basedOn: z.string(),
  ...stamp,
});

export const curationStateSchema = z
  .object({
    items: z.record(z.string(), itemDecisionSchema).default({}),
    added: z.array(addedItemSchema).default([]),
    order: z.partialRecord(briefingSectionSchema, z.array(z.string())).default({}),
    summary: summaryOverrideSchema.optional(),
    parties: z.record(z.string().min(1), partyName).optional(),
  })
  .superRefine((state, ctx) => {
    for (const [key, decision] of Object.entries(state.items)) {
      if (decision.key !== key) {
        ctx.addIssue({ code: "custom", path: ["items", key], message: "decision key differs from its record key" });
      }
    }
    const seen = new Set<string>();
    for (const item of state.added) {
      if (seen.has(item.key) || item.key in state.items) {
        ctx.addIssue({ code: "custom", path: ["added"], message: `duplicate key ${item.key}` });
      }
      seen.add(item.key);
    }
  });

/** The section-specific fields an added item needs to render as a proper briefing item. */
export function addedItemProblems(item: Pick<AddedItem, "section" | "actor" | "when" | "dealStatus">): string[] {
  const problems: string[] = [];
  if (item.section === "positions" && !item.actor?.trim()) problems.push("a position needs an actor");
  if (item.section === "timeline" && !item.when?.trim()) problems.push("a timeline event needs a date or time");
  if (item.section === "dealTerms" && !item.dealStatus) problems.push("a deal term needs a status");
  return problems;
}

export function emptyCurationState(): CurationState {
  return { items: {}, added: [], order: {} };
}

/** Reads the stored draft; `null`/`{}` (a fresh story) yield the empty state. Throws a ZodError on bad data. */
export function parseCurationState(json: unknown): CurationState {
  return curationStateSchema.parse(json ?? {});
}

// Compile-time guarantee that the hand-written interfaces and the schema describe the same JSON.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof curationStateSchema>, CurationState> = true;
void schemaMatchesType;

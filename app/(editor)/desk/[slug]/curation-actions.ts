"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { editorAction, formList, runAction, type ActionState } from "@/lib/server/action";
import { changeCuration, publishBriefing, setVersionPublished, type ChangeScope } from "@/lib/server/curation";
import { includedSourceText } from "@/lib/server/sources";
import { storySlug } from "@/lib/server/stories";
import type { Actor } from "@/lib/server/authz";
import { storePublishedPdfs } from "@/lib/server/published-pdfs";
import { refreshReaderPages } from "@/lib/server/reader-cache";
import {
  acceptItem,
  addItemFromPassage,
  briefingSectionSchema,
  dealTermStatusSchema,
  decideRemaining,
  dismissOrphan,
  editItem,
  editSummary,
  MAX_PARTY_CHARS,
  moveItem,
  pinItem,
  rejectItem,
  removeAddedItem,
  renameParty,
  restoreItem,
  restoreSummary,
  splitFigures,
  splitParty,
  unpinItem,
} from "@/lib/curation";
import type { CurationChange } from "@/lib/server/curation";

async function revalidateStory(actor: Actor, storyId: string) {
  const slug = await storySlug(actor, storyId);
  if (slug) {
    revalidatePath(`/desk/${slug}`);
    revalidatePath(`/b/${slug}`);
  }
  revalidatePath("/");
  revalidatePath("/desk");
}

const revision = z.coerce.number({ error: "Reload the page: the draft revision is missing." }).int().min(0);
const key = z.string().trim().min(1).max(120);
const token = z.string().trim().max(40).optional();

const ITEM_OPS = ["accept", "reject", "restore", "pin", "unpin", "dismiss", "remove-added"] as const;

const itemOpSchema = z.object({ op: z.enum(ITEM_OPS), key, revision, token, text: z.string().optional() });

function itemScope(input: { key: string; token?: string | undefined }): ChangeScope {
  return input.token ? { item: { key: input.key, token: input.token } } : {};
}

/** Accept, reject, restore, pin, unpin: one button on one item. */
export async function curateAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(itemOpSchema, async (input, actor) => {
    const change: CurationChange = (s, c, who) => {
      switch (input.op) {
        case "accept":
          return acceptItem(s, c, input.key, who);
        case "reject":
          return rejectItem(s, c, input.key, who);
        case "restore":
          return restoreItem(s, c, input.key, who);
        case "pin":
          return pinItem(s, c, input.key, who);
        case "unpin":
          return unpinItem(s, c, input.key, who);
        case "dismiss":
          return dismissOrphan(s, c, input.key);
        case "remove-added":
          return removeAddedItem(s, input.key);
      }
    };
    await changeCuration(
      actor,
      storyId,
      input.revision,
      change,
      { change: input.op, itemKey: input.key, itemText: input.text },
      input.op === "dismiss" ? {} : itemScope(input),
    );
    await revalidateStory(actor, storyId);
    return { message: "Saved.", tone: "success" };
  })(formData);
}

const editSchema = z.object({
  key,
  revision,
  token,
  text: z.string({ error: "Write the item's wording." }).trim().min(1, "Write the item's wording.").max(5000),
  section: briefingSectionSchema,
  party: z.string().trim().max(MAX_PARTY_CHARS, `Keep the party under ${MAX_PARTY_CHARS} characters.`).optional(),
  dealStatus: dealTermStatusSchema.optional(),
  figures: z.string().max(500, "Keep the figures under 500 characters.").optional(),
  when: z.string().trim().max(120, "Keep the date under 120 characters.").optional(),
  keep: formList,
  addSourceId: z.string().max(40).optional(),
  addPassage: z.string().max(5000).optional(),
});

/** Saves every field of one item: wording, section, party, status, figures, date and citations. */
export async function editItemAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(editSchema, async (input, actor) => {
    const addCitations =
      input.addSourceId && input.addPassage
        ? [
            {
              sourceId: input.addSourceId,
              sourceText: await includedSourceText(actor, storyId, input.addSourceId),
              passage: input.addPassage,
            },
          ]
        : [];
    const change: CurationChange = (s, c, who) =>
      editItem(
        s,
        c,
        input.key,
        {
          text: input.text,
          section: input.section,
          party: input.party,
          dealStatus: input.dealStatus,
          figures: input.figures === undefined ? undefined : splitFigures(input.figures),
          when: input.when,
          keepCitations: input.keep.map(Number).filter(Number.isInteger),
          addCitations,
        },
        who,
      );
    await changeCuration(
      actor,
      storyId,
      input.revision,
      change,
      { change: "edit", itemKey: input.key, itemText: input.text, section: input.section },
      itemScope(input),
    );
    await revalidateStory(actor, storyId);
    return { message: "Item saved.", tone: "success" };
  })(formData);
}

const moveSchema = z.object({
  key,
  revision,
  token,
  section: briefingSectionSchema,
  sectionToken: token,
  to: z.union([
    z.enum(["up", "down", "top", "bottom"]),
    z.coerce.number({ error: "Enter a position number." }).int().min(1, "Positions start at 1."),
  ]),
  text: z.string().optional(),
});

/** Moves an item: one step, to the top or bottom, or to a numbered position (drag and drop too). */
export async function moveItemAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(moveSchema, async (input, actor) => {
    const to = typeof input.to === "number" ? input.to - 1 : input.to;
    const scope: ChangeScope = input.sectionToken
      ? { section: { name: input.section, token: input.sectionToken } }
      : itemScope(input);
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (s, c) => {
        const count = c.sections[input.section].length;
        return moveItem(s, c, input.section, input.key, typeof to === "number" ? Math.min(to, count - 1) : to);
      },
      { change: "move", itemKey: input.key, itemText: input.text, section: input.section, detail: String(input.to) },
      scope,
    );
    await revalidateStory(actor, storyId);
    return { message: "Moved.", tone: "success" };
  })(formData);
}

const sectionDecisionSchema = z.object({
  revision,
  section: briefingSectionSchema,
  sectionToken: token,
  status: z.enum(["accepted", "rejected"]),
});

/** Accepts or rejects every item of a section that is still pending. */
export async function decideSectionAction(
  storyId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return editorAction(sectionDecisionSchema, async (input, actor) => {
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (s, c, who) => decideRemaining(s, c, input.section, input.status, who),
      { change: input.status === "accepted" ? "accept-remaining" : "reject-remaining", section: input.section },
      input.sectionToken ? { section: { name: input.section, token: input.sectionToken } } : {},
    );
    await revalidateStory(actor, storyId);
    return { message: "Saved.", tone: "success" };
  })(formData);
}

const summarySchema = z.object({
  op: z.enum(["edit-summary", "restore-summary"]),
  revision,
  text: z.string().max(5000).optional(),
});

export async function summaryAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(summarySchema, async (input, actor) => {
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (s, c, who) => (input.op === "edit-summary" ? editSummary(s, c, input.text ?? "", who) : restoreSummary(s)),
      input.op,
    );
    await revalidateStory(actor, storyId);
    return { message: "Summary saved.", tone: "success" };
  })(formData);
}

const partyName = z
  .string({ error: "Enter the party's new name." })
  .trim()
  .min(1, "Enter the party's new name.")
  .max(MAX_PARTY_CHARS, `Keep a party's name to ${MAX_PARTY_CHARS} characters or fewer.`);

const partySchema = z.object({
  revision,
  op: z.enum(["rename", "split"]),
  from: z
    .string()
    .min(1)
    .max(MAX_PARTY_CHARS * 2),
  to: partyName,
  keys: formList,
});

/** Renames (or, with an existing name, merges) a party, or splits some of its items off. */
export async function partyAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(partySchema, async (input, actor) => {
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (s, c, who) =>
        input.op === "rename"
          ? renameParty(s, c, input.from, input.to)
          : splitParty(s, c, input.from, input.to, input.keys, who),
      { change: `party-${input.op}`, detail: `${input.from} → ${input.to}` },
    );
    await revalidateStory(actor, storyId);
    return {
      message: input.op === "rename" ? `“${input.from}” is now “${input.to}”.` : `Moved items to “${input.to}”.`,
      tone: "success",
    };
  })(formData);
}

const addItemSchema = z.object({
  revision,
  section: briefingSectionSchema,
  text: z.string({ error: "Write the item's wording." }).trim().min(1, "Write the item's wording.").max(5000),
  actor: z.string().trim().max(MAX_PARTY_CHARS).optional(),
  when: z.string().trim().max(120).optional(),
  dealStatus: dealTermStatusSchema.optional(),
  sourceId: z.string({ error: "Choose a source." }).min(1),
  start: z.coerce.number({ error: "Select the passage the item rests on." }).int().min(0),
  end: z.coerce.number({ error: "Select the passage the item rests on." }).int().min(1),
  passage: z.string().optional(),
});

export async function addItemAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(addItemSchema, async (input, actor) => {
    const sourceText = await includedSourceText(actor, storyId, input.sourceId);
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (state, _curated, who) => addItemFromPassage(state, { ...input, sourceText }, who),
      { change: "add-item", itemText: input.text, section: input.section },
    );
    await revalidateStory(actor, storyId);
    return { message: "Item added with its citation.", tone: "success" };
  })(formData);
}

/**
 * `revision` is the draft revision the editor's page showed; a form may also send `sourceSet` (the
 * draft's source fingerprint). The publish is refused when either no longer matches.
 */
export async function publishAction(
  storyId: string,
  revision: number,
  _prev: ActionState,
  formData?: FormData,
): Promise<ActionState> {
  return runAction("EDITOR", async (actor) => {
    const sourceSet = formData?.get("sourceSet");
    const row = await publishBriefing(
      actor,
      storyId,
      revision,
      typeof sourceSet === "string" && sourceSet !== "" ? sourceSet : undefined,
    );
    await revalidateStory(actor, storyId);
    await refreshReaderPages(storyId, row.version);
    // The PDFs are rendered once, right after the response, and stored with the version.
    after(() => storePublishedVersionPdfs(actor, storyId, row.version));
    return { message: `Published version ${row.version}.`, tone: "success" };
  });
}

async function storePublishedVersionPdfs(actor: Actor, storyId: string, version: number) {
  try {
    const slug = await storySlug(actor, storyId);
    if (slug) await storePublishedPdfs(slug, version);
  } catch (error) {
    // Not lost: the first download renders and stores the PDF instead.
    console.error("Rendering the published PDFs failed", error);
  }
}

const withdrawalReasonSchema = z
  .string()
  .trim()
  .min(1, "Say why the version is withdrawn: readers who open it will see your reason.")
  .max(500, "Keep the reason under 500 characters.");

/** `visible` false withdraws the version: `reason` is required and shown to its readers. */
export async function setVersionVisibilityAction(
  storyId: string,
  version: number,
  visible: boolean,
  reason?: string,
): Promise<ActionState> {
  return runAction("EDITOR", async (actor) => {
    let why: string | undefined;
    if (!visible) {
      const parsed = withdrawalReasonSchema.safeParse(reason ?? "");
      if (!parsed.success) return { message: parsed.error.issues[0]?.message, tone: "error" };
      why = parsed.data;
    }
    await setVersionPublished(actor, storyId, version, visible, why);
    await revalidateStory(actor, storyId);
    await refreshReaderPages(storyId, version);
    return {
      message: visible
        ? `Version ${version} is public again.`
        : `Version ${version} is withdrawn: readers see your reason.`,
      tone: "success",
    };
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { requireRole, AuthorizationError } from "@/lib/server/auth";
import { changeCuration, publishBriefing, setVersionPublished, type CurationChange } from "@/lib/server/curation";
import { db } from "@/lib/server/db";
import { storePublishedPdfs } from "@/lib/server/published-pdfs";
import { refreshReaderPages } from "@/lib/server/reader-cache";
import {
  acceptItem,
  addItemFromPassage,
  briefingSectionSchema,
  CurationError,
  dealTermStatusSchema,
  dismissOrphan,
  editItemText,
  editSummary,
  isConflictError,
  moveItem,
  pinItem,
  rejectItem,
  removeAddedItem,
  restoreItem,
  restoreSummary,
  unpinItem,
  type CuratedBriefing,
} from "@/lib/curation";

export interface CurateState {
  message?: string;
  tone?: "error" | "success";
  /** Someone else saved first: the editor must reload before changing anything. */
  conflict?: boolean;
}

const ITEM_OPS = [
  "accept",
  "reject",
  "restore",
  "edit",
  "pin",
  "unpin",
  "up",
  "down",
  "dismiss",
  "remove-added",
] as const;

const curateSchema = z.object({
  op: z.enum([...ITEM_OPS, "edit-summary", "restore-summary"]),
  key: z.string().trim().min(1).max(120).optional(),
  revision: z.coerce.number().int().min(0),
  text: z.string().max(5000).optional(),
});

const addItemSchema = z.object({
  revision: z.coerce.number().int().min(0),
  section: briefingSectionSchema,
  text: z.string().trim().min(1, "Write the item's wording."),
  actor: z.string().trim().max(120).optional(),
  when: z.string().trim().max(120).optional(),
  dealStatus: dealTermStatusSchema.optional(),
  sourceId: z.string().min(1),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
  passage: z.string().optional(),
});

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function sectionOf(curated: CuratedBriefing, key: string) {
  for (const [section, items] of Object.entries(curated.sections)) {
    if (items.some((i) => i.key === key)) return briefingSectionSchema.parse(section);
  }
  throw new CurationError("unknown-item", "This item is no longer in the briefing. Reload to see the current version.");
}

function changeFor(
  op: z.infer<typeof curateSchema>["op"],
  key: string | undefined,
  text: string | undefined,
): CurationChange {
  const need = (): string => {
    if (!key) throw new CurationError("unknown-item", "No item was given.");
    return key;
  };
  switch (op) {
    case "accept":
      return (s, c, who) => acceptItem(s, c, need(), who);
    case "reject":
      return (s, c, who) => rejectItem(s, c, need(), who);
    case "restore":
      return (s, c, who) => restoreItem(s, c, need(), who);
    case "edit":
      return (s, c, who) => editItemText(s, c, need(), text ?? "", who);
    case "pin":
      return (s, c, who) => pinItem(s, c, need(), who);
    case "unpin":
      return (s, c, who) => unpinItem(s, c, need(), who);
    case "up":
    case "down":
      return (s, c) => moveItem(s, c, sectionOf(c, need()), need(), op);
    case "dismiss":
      return (s, c) => dismissOrphan(s, c, need());
    case "remove-added":
      return (s) => removeAddedItem(s, need());
    case "edit-summary":
      return (s, c, who) => editSummary(s, c, text ?? "", who);
    case "restore-summary":
      return (s) => restoreSummary(s);
  }
}

async function revalidateStory(storyId: string) {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { slug: true } });
  if (story) {
    revalidatePath(`/desk/${story.slug}`);
    revalidatePath(`/b/${story.slug}`);
  }
  revalidatePath("/");
  revalidatePath("/desk");
}

function failure(error: unknown, context: string): CurateState {
  if (isConflictError(error)) return { message: error.message, tone: "error", conflict: true };
  if (error instanceof AuthorizationError || error instanceof CurationError)
    return { message: error.message, tone: "error" };
  if (error instanceof Error && error.name === "ZodError")
    return { message: "That change was not valid. Reload and try again.", tone: "error" };
  if (error instanceof Error && /add sources first|at least one source|Only published/.test(error.message)) {
    return { message: error.message, tone: "error" };
  }
  console.error(context, error);
  return { message: "The change could not be saved. Reload the page and try again.", tone: "error" };
}

export async function curateAction(storyId: string, _prev: CurateState, formData: FormData): Promise<CurateState> {
  try {
    const actor = await requireRole("EDITOR");
    const input = curateSchema.parse({
      op: formData.get("op"),
      key: field(formData, "key"),
      revision: formData.get("revision"),
      text: typeof formData.get("text") === "string" ? (formData.get("text") as string) : undefined,
    });
    await changeCuration(actor, storyId, input.revision, changeFor(input.op, input.key, input.text), input.op);
    await revalidateStory(storyId);
    return { message: "Saved.", tone: "success" };
  } catch (error) {
    return failure(error, "curateAction");
  }
}

export async function addItemAction(storyId: string, _prev: CurateState, formData: FormData): Promise<CurateState> {
  try {
    const actor = await requireRole("EDITOR");
    const input = addItemSchema.parse({
      revision: formData.get("revision"),
      section: formData.get("section"),
      text: formData.get("text") ?? "",
      actor: field(formData, "actor"),
      when: field(formData, "when"),
      dealStatus: field(formData, "dealStatus"),
      sourceId: formData.get("sourceId"),
      start: formData.get("start"),
      end: formData.get("end"),
      passage: field(formData, "passage"),
    });
    const source = await db.source.findFirst({
      where: { id: input.sourceId, storyId, included: true },
      select: { originalText: true },
    });
    if (!source)
      return { message: "That source is not included in this story any more. Reload the page.", tone: "error" };
    await changeCuration(
      actor,
      storyId,
      input.revision,
      (state, _curated, who) =>
        addItemFromPassage(
          state,
          {
            section: input.section,
            text: input.text,
            actor: input.actor,
            when: input.when,
            dealStatus: input.dealStatus,
            sourceId: input.sourceId,
            sourceText: source.originalText,
            start: input.start,
            end: input.end,
            passage: input.passage,
          },
          who,
        ),
      "add-item",
    );
    await revalidateStory(storyId);
    return { message: "Item added with its citation.", tone: "success" };
  } catch (error) {
    return failure(error, "addItemAction");
  }
}

export async function publishAction(storyId: string, revision: number, _prev: CurateState): Promise<CurateState> {
  try {
    const actor = await requireRole("EDITOR");
    const row = await publishBriefing(actor, storyId, revision);
    await revalidateStory(storyId);
    await refreshReaderPages(storyId, row.version);
    // The PDFs are rendered once, right after the response, and stored with the version.
    after(() => storePublishedVersionPdfs(storyId, row.version));
    return { message: `Published version ${row.version}.`, tone: "success" };
  } catch (error) {
    return failure(error, "publishAction");
  }
}

async function storePublishedVersionPdfs(storyId: string, version: number) {
  try {
    const story = await db.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (story) await storePublishedPdfs(story.slug, version);
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
): Promise<CurateState> {
  try {
    const actor = await requireRole("EDITOR");
    let why: string | undefined;
    if (!visible) {
      const parsed = withdrawalReasonSchema.safeParse(reason ?? "");
      if (!parsed.success) return { message: parsed.error.issues[0]?.message, tone: "error" };
      why = parsed.data;
    }
    await setVersionPublished(actor, storyId, version, visible, why);
    await revalidateStory(storyId);
    await refreshReaderPages(storyId, version);
    return {
      message: visible
        ? `Version ${version} is public again.`
        : `Version ${version} is withdrawn: readers see your reason.`,
      tone: "success",
    };
  } catch (error) {
    return failure(error, "setVersionVisibilityAction");
  }
}

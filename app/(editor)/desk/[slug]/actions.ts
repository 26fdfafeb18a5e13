"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { editorAction, runAction, type ActionState } from "@/lib/server/action";
import {
  addSources,
  deleteSource,
  setSourceIncluded,
  sourceMetadataSchema,
  updateSourceMetadata,
  type RefusedSource,
} from "@/lib/server/sources";
import { deleteStory, renameStory, setStoryArchived, storyInputSchema, storySlug } from "@/lib/server/stories";
import type { Actor } from "@/lib/server/authz";
import { ingestFiles, ingestPastedText, ingestUrl, type IngestedSource } from "@/lib/ingest";

export type AddSourcesState = ActionState;

const pasteSchema = z.object({
  text: z.string({ error: "Paste the article text." }).min(1, "Paste the article text."),
  outlet: z.string().trim().max(120, "Keep the outlet under 120 characters.").optional(),
  title: z.string().trim().max(300, "Keep the headline under 300 characters.").optional(),
  url: z
    .string()
    .trim()
    .max(2000, "Keep the address under 2,000 characters.")
    .refine((v) => /^https?:\/\//i.test(v), "Enter a web address starting with http:// or https://.")
    .optional(),
  publishedAt: z
    .string()
    .trim()
    .refine((v) => !Number.isNaN(Date.parse(v)), "Enter a date such as 2025-07-24.")
    .optional(),
});

const urlSchema = z.object({
  url: z
    .string({ error: "Enter the article's web address." })
    .trim()
    .min(1, "Enter the article's web address.")
    .max(2000, "Keep the address under 2,000 characters.")
    .refine((v) => /^https?:\/\//i.test(v), "Enter a web address starting with http:// or https://."),
});

async function revalidateStory(actor: Actor, storyId: string) {
  const slug = await storySlug(actor, storyId);
  if (slug) revalidatePath(`/desk/${slug}`);
  revalidatePath("/desk");
}

async function store(
  actor: Actor,
  storyId: string,
  sources: IngestedSource[],
  refusedEarlier: RefusedSource[],
): Promise<ActionState> {
  const result = sources.length ? await addSources(actor, storyId, sources) : { added: [], refused: [] };
  const refused = [...refusedEarlier, ...result.refused];
  await revalidateStory(actor, storyId);
  const addedCount = result.added.length;
  const message =
    addedCount && refused.length
      ? `Added ${addedCount} ${addedCount === 1 ? "source" : "sources"}; ${refused.length} refused (see below).`
      : addedCount
        ? `Added ${addedCount} ${addedCount === 1 ? "source" : "sources"}.`
        : `Nothing was added: ${refused.length === 1 ? "the upload was" : `all ${refused.length} were`} refused.`;
  return { message, tone: addedCount ? "success" : "error", refused, added: result.added.map((a) => a.name) };
}

export async function addPastedSourceAction(
  storyId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const run = editorAction(pasteSchema, async (input, actor) => {
    const source = ingestPastedText(input, { maxBytes: env.MAX_UPLOAD_BYTES });
    return store(actor, storyId, [source], []);
  });
  const state = await run(formData);
  // A refused paste keeps the text and the fields, so nothing has to be pasted twice.
  return state.tone === "error" ? { ...state, values: textValues(formData) } : state;
}

function textValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") out[key] = value;
  return out;
}

export async function uploadFilesAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(z.object({}), async (_input, actor) => {
    const files = formData
      .getAll("files")
      .filter((f): f is File => f instanceof File && f.name !== "" && f.name !== "undefined");
    if (files.length === 0) {
      return { errors: { files: ["Choose at least one file."] }, message: "Choose at least one file.", tone: "error" };
    }
    if (files.length > env.MAX_FILES_PER_UPLOAD) {
      const message = `Upload at most ${env.MAX_FILES_PER_UPLOAD} files at once.`;
      return { errors: { files: [message] }, message, tone: "error" };
    }
    const uploads = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        declaredType: file.type || undefined,
      })),
    );
    const { ok, errors } = await ingestFiles(uploads, { maxBytes: env.MAX_UPLOAD_BYTES });
    const refused = errors.map((e) => ({ name: e.fileName ?? "A file", reason: e.message }));
    return store(actor, storyId, ok, refused);
  })(formData);
}

export async function addUrlSourceAction(
  storyId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return editorAction(urlSchema, async (input, actor) => {
    const source = await ingestUrl(input.url, {
      allowPrivate: env.ALLOW_PRIVATE_URLS,
      timeoutMs: env.URL_FETCH_TIMEOUT_MS,
      maxBytes: env.MAX_UPLOAD_BYTES,
    });
    return store(actor, storyId, [source], []);
  })(formData);
}

/** The editor's corrections to a source's outlet, headline, byline, address and date. */
export async function updateSourceAction(
  sourceId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return editorAction(sourceMetadataSchema, async (input, actor) => {
    const source = await updateSourceMetadata(actor, sourceId, input);
    revalidatePath(`/desk/${source.story.slug}`);
    return { message: "Source details saved.", tone: "success" };
  })(formData);
}

export async function setSourceIncludedAction(sourceId: string, included: boolean): Promise<ActionState> {
  return runAction("EDITOR", async (actor) => {
    const source = await setSourceIncluded(actor, sourceId, included);
    revalidatePath(`/desk/${source.story.slug}`);
  });
}

export async function deleteSourceAction(sourceId: string): Promise<ActionState> {
  return runAction("EDITOR", async (actor) => {
    const source = await deleteSource(actor, sourceId);
    revalidatePath(`/desk/${source.story.slug}`);
    revalidatePath("/desk");
  });
}

export async function renameStoryAction(storyId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return editorAction(storyInputSchema, async (input, actor) => {
    const story = await renameStory(actor, storyId, input);
    revalidatePath(`/desk/${story.slug}`);
    revalidatePath(`/b/${story.slug}`);
    revalidatePath("/desk");
    return { message: "Story renamed.", tone: "success" };
  })(formData);
}

export async function setStoryArchivedAction(storyId: string, archived: boolean): Promise<ActionState> {
  return runAction("EDITOR", async (actor) => {
    const story = await setStoryArchived(actor, storyId, archived);
    revalidatePath(`/desk/${story.slug}`);
    revalidatePath("/desk");
    return { message: archived ? "Story archived." : "Story restored to the desk.", tone: "success" };
  });
}

export async function deleteStoryAction(storyId: string): Promise<ActionState> {
  const state = await runAction("EDITOR", async (actor) => {
    await deleteStory(actor, storyId);
    revalidatePath("/desk");
    revalidatePath("/");
  });
  if (state.tone === "error") return state;
  redirect("/desk?deleted=1");
}

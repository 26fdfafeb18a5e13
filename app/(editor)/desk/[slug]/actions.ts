"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";
import { requireRole, AuthorizationError } from "@/lib/server/auth";
import { addSources, deleteSource, setSourceIncluded, type RefusedSource } from "@/lib/server/sources";
import { ingestFiles, ingestPastedText, ingestUrl, isIngestError, type IngestedSource } from "@/lib/ingest";
import { db } from "@/lib/server/db";

export interface AddSourcesState {
  message?: string;
  tone?: "error" | "success";
  errors?: Record<string, string[] | undefined>;
  refused?: RefusedSource[];
  added?: string[];
}

const pasteSchema = z.object({
  text: z.string().min(1, "Paste the article text."),
  outlet: z.string().trim().max(120, "Keep the outlet under 120 characters.").optional(),
  title: z.string().trim().max(300, "Keep the headline under 300 characters.").optional(),
  url: z
    .string()
    .trim()
    .max(2000)
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
    .string()
    .trim()
    .min(1, "Enter the article's web address.")
    .max(2000)
    .refine((v) => /^https?:\/\//i.test(v), "Enter a web address starting with http:// or https://."),
});

function optionalField(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

async function storySlug(storyId: string): Promise<string | null> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { slug: true } });
  return story?.slug ?? null;
}

function failure(error: unknown, context: string): AddSourcesState {
  if (error instanceof AuthorizationError) return { message: error.message, tone: "error" };
  if (isIngestError(error)) return { message: error.message, tone: "error" };
  console.error(context, error);
  return { message: "The source could not be saved. Nothing was stored; try again.", tone: "error" };
}

async function store(
  storyId: string,
  sources: IngestedSource[],
  refusedEarlier: RefusedSource[],
): Promise<AddSourcesState> {
  const actor = await requireRole("EDITOR");
  const result = sources.length ? await addSources(actor, storyId, sources) : { added: [], refused: [] };
  const refused = [...refusedEarlier, ...result.refused];
  const slug = await storySlug(storyId);
  if (slug) revalidatePath(`/desk/${slug}`);
  revalidatePath("/desk");
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
  _prev: AddSourcesState,
  formData: FormData,
): Promise<AddSourcesState> {
  try {
    await requireRole("EDITOR");
    const parsed = pasteSchema.safeParse({
      text: formData.get("text") ?? "",
      outlet: optionalField(formData, "outlet"),
      title: optionalField(formData, "title"),
      url: optionalField(formData, "url"),
      publishedAt: optionalField(formData, "publishedAt"),
    });
    if (!parsed.success)
      return {
        errors: z.flattenError(parsed.error).fieldErrors,
        tone: "error",
        message: "Check the highlighted fields.",
      };
    const source = ingestPastedText(parsed.data, { maxBytes: env.MAX_UPLOAD_BYTES });
    return await store(storyId, [source], []);
  } catch (error) {
    return failure(error, "addPastedSourceAction");
  }
}

export async function uploadFilesAction(
  storyId: string,
  _prev: AddSourcesState,
  formData: FormData,
): Promise<AddSourcesState> {
  try {
    await requireRole("EDITOR");
    const files = formData.getAll("files").filter((f): f is File => f instanceof File && f.name !== "");
    if (files.length === 0) return { errors: { files: ["Choose one or more files to upload."] }, tone: "error" };
    if (files.length > env.MAX_FILES_PER_UPLOAD) {
      return { errors: { files: [`Upload at most ${env.MAX_FILES_PER_UPLOAD} files at once.`] }, tone: "error" };
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
    return await store(storyId, ok, refused);
  } catch (error) {
    return failure(error, "uploadFilesAction");
  }
}

export async function addUrlSourceAction(
  storyId: string,
  _prev: AddSourcesState,
  formData: FormData,
): Promise<AddSourcesState> {
  try {
    await requireRole("EDITOR");
    const parsed = urlSchema.safeParse({ url: formData.get("url") ?? "" });
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, tone: "error" };
    const source = await ingestUrl(parsed.data.url, {
      allowPrivate: env.ALLOW_PRIVATE_URLS,
      timeoutMs: env.URL_FETCH_TIMEOUT_MS,
      maxBytes: env.MAX_UPLOAD_BYTES,
    });
    return await store(storyId, [source], []);
  } catch (error) {
    return failure(error, "addUrlSourceAction");
  }
}

export interface ToggleState {
  message?: string;
}

export async function setSourceIncludedAction(sourceId: string, included: boolean): Promise<ToggleState> {
  try {
    const actor = await requireRole("EDITOR");
    const source = await setSourceIncluded(actor, sourceId, included);
    revalidatePath(`/desk/${source.story.slug}`);
    return {};
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: error.message };
    console.error("setSourceIncludedAction", error);
    return { message: "The source could not be changed. Reload the page and try again." };
  }
}

export async function deleteSourceAction(sourceId: string): Promise<ToggleState> {
  try {
    const actor = await requireRole("EDITOR");
    const source = await deleteSource(actor, sourceId);
    revalidatePath(`/desk/${source.story.slug}`);
    revalidatePath("/desk");
    return {};
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: error.message };
    console.error("deleteSourceAction", error);
    return { message: "The source could not be removed. Reload the page and try again." };
  }
}

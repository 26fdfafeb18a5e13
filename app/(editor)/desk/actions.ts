"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole, AuthorizationError } from "@/lib/server/auth";
import { createStory, storyInputSchema } from "@/lib/server/stories";

export interface CreateStoryState {
  errors?: { title?: string[] };
  message?: string;
}

export async function createStoryAction(_prev: CreateStoryState, formData: FormData): Promise<CreateStoryState> {
  let slug: string;
  try {
    const actor = await requireRole("EDITOR");
    const parsed = storyInputSchema.safeParse({ title: formData.get("title") });
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    slug = (await createStory(actor, parsed.data)).slug;
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: error.message };
    console.error("createStoryAction", error);
    return { message: "The story could not be created. Try again; if it keeps failing, tell an administrator." };
  }
  revalidatePath("/desk");
  redirect(`/desk/${slug}`);
}

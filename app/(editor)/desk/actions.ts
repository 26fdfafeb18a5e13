"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { editorAction, type ActionState } from "@/lib/server/action";
import { createStory, storyInputSchema } from "@/lib/server/stories";

export type CreateStoryState = ActionState;

export async function createStoryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let slug: string | undefined;
  const state = await editorAction(storyInputSchema, async (input, actor) => {
    slug = (await createStory(actor, input)).slug;
  })(formData);
  if (!slug) return state;
  revalidatePath("/desk");
  redirect(`/desk/${slug}`);
}

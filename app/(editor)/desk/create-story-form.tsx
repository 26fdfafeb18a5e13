"use client";

import { useActionState } from "react";
import { createStoryAction, type CreateStoryState } from "./actions";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export function CreateStoryForm() {
  const [state, action, pending] = useActionState<CreateStoryState, FormData>(createStoryAction, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold">New story</h2>
      <FormMessage message={state.message} />
      <TextField
        id="title"
        name="title"
        label="Title"
        placeholder="e.g. US and Israel recall negotiators from Doha"
        hint="3 to 200 characters."
        required
        defaultValue={state.values?.title}
        errors={state.errors?.title}
      />
      <SubmitButton pending={pending}>Create story</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionButton } from "@/components/ui/action-button";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

/** Rename, archive and delete a story; archive and delete ask first. */
export function StorySettings({
  title,
  archived,
  rename,
  setArchived,
  remove,
}: {
  title: string;
  archived: boolean;
  rename: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  setArchived: (archived: boolean) => Promise<ActionState>;
  remove: () => Promise<ActionState>;
}) {
  const [state, dispatch, pending] = useActionState(rename, {});
  const [open, setOpen] = useState(false);
  return (
    <section
      aria-labelledby="story-settings-heading"
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="story-settings-heading" className="text-base font-semibold">
          Story
        </h2>
        <button type="button" className="text-xs underline" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? "Close" : "Rename, archive or delete"}
        </button>
      </div>
      {open ? (
        <div className="mt-3 space-y-4">
          <form action={dispatch} className="space-y-2">
            <TextField
              id="story-title"
              name="title"
              label="Title"
              hint="3 to 200 characters. The address of the story stays the same."
              defaultValue={state.values?.title ?? title}
              errors={state.errors?.title}
            />
            <FormMessage message={state.message} tone={state.tone} />
            <SubmitButton pending={pending}>Rename</SubmitButton>
          </form>
          <div className="flex flex-wrap gap-2 border-t border-stone-100 pt-3">
            <ActionButton
              label={archived ? "Restore from archive" : "Archive"}
              ariaLabel={archived ? "Restore the story from the archive" : "Archive the story"}
              confirm={
                archived
                  ? undefined
                  : `Archive “${title}”? It leaves the desk's list (find it under Archived); published versions stay public.`
              }
              run={() => setArchived(!archived)}
            />
            <ActionButton
              label="Delete story"
              ariaLabel="Delete the story"
              confirm={`Delete “${title}” with all its sources and every version, published ones too? Readers will no longer find it. This cannot be undone.`}
              run={remove}
              className="border-red-300 bg-white text-red-700 hover:bg-red-50"
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}

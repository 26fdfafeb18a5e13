"use client";

import { useActionState, useState } from "react";
import { useActionResult } from "@/components/ui/use-action-result";
import type { ActionState } from "@/lib/action-state";
import type { EditorStory } from "@/lib/server/stories";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

type Source = Pick<EditorStory["sources"][number], "id" | "outlet" | "byline" | "headline" | "url" | "publishedAt">;

/** The outlet, headline, byline, address and date of one source, editable in place. */
export function SourceMetadataForm({
  source,
  label,
  action,
}: {
  source: Source;
  label: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [open, setOpen] = useState(false);
  useActionResult(state, (s) => {
    if (s.tone === "success") setOpen(false);
  });
  const id = (name: string) => `src-${source.id}-${name}`;
  const value = (name: string, stored: string | null | undefined) => state.values?.[name] ?? stored ?? "";
  if (!open) {
    return (
      <div className="mt-1 pl-9">
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="text-xs font-medium text-stone-700 underline"
          aria-label={`Edit details of ${label}`}
        >
          Edit details
        </button>
        {state.tone === "success" ? <FormMessage message={state.message} tone="success" /> : null}
      </div>
    );
  }
  return (
    <form
      action={dispatch}
      className="mt-2 space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3"
      aria-label={`Details of ${label}`}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField
          id={id("outlet")}
          name="outlet"
          label="Outlet"
          hint="Up to 120 characters."
          defaultValue={value("outlet", source.outlet)}
          errors={state.errors?.outlet}
        />
        <TextField
          id={id("byline")}
          name="byline"
          label="Byline"
          hint="Up to 200 characters."
          defaultValue={value("byline", source.byline)}
          errors={state.errors?.byline}
        />
        <div className="sm:col-span-2">
          <TextField
            id={id("headline")}
            name="headline"
            label="Headline"
            hint="Up to 300 characters."
            defaultValue={value("headline", source.headline)}
            errors={state.errors?.headline}
          />
        </div>
        <TextField
          id={id("publishedAt")}
          name="publishedAt"
          type="date"
          label="Published"
          defaultValue={value("publishedAt", source.publishedAt?.toISOString().slice(0, 10))}
          errors={state.errors?.publishedAt}
        />
        <TextField
          id={id("url")}
          name="url"
          type="url"
          label="Web address"
          defaultValue={value("url", source.url)}
          errors={state.errors?.url}
        />
      </div>
      {state.tone === "error" ? <FormMessage message={state.message} tone="error" /> : null}
      <div className="flex gap-2">
        <SubmitButton pending={pending}>Save details</SubmitButton>
        <button type="button" onClick={() => setOpen(false)} className="text-xs text-stone-600 underline">
          Cancel
        </button>
      </div>
    </form>
  );
}

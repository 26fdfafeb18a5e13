"use client";

import { useState, useTransition } from "react";
import type { ToggleState } from "@/app/(editor)/desk/[slug]/actions";

export function SourceIncludeToggle({
  included,
  label,
  action,
}: {
  included: boolean;
  label: string;
  action: (included: boolean) => Promise<ToggleState>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        aria-pressed={included}
        aria-label={`${included ? "Exclude" : "Include"} ${label}`}
        onClick={() =>
          startTransition(async () => {
            const result = await action(!included);
            setError(result.message);
          })
        }
        className={`rounded-md border px-2.5 py-1 text-xs font-medium ${
          included ? "border-stone-300 bg-white text-stone-700 hover:bg-stone-50" : "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100"
        } disabled:opacity-60`}
      >
        {pending ? "Saving…" : included ? "Exclude" : "Include"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}

"use client";

import { useState, useTransition } from "react";

export function UserStatusToggle({
  disabled,
  email,
  action,
}: {
  disabled: boolean;
  email: string;
  action: (disabled: boolean) => Promise<{ message?: string }>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}
        onClick={() => startTransition(async () => setError((await action(!disabled)).message))}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-stone-50 disabled:opacity-60"
      >
        {pending ? "Saving…" : disabled ? "Enable" : "Disable"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}

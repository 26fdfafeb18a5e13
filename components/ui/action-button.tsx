"use client";

import { useState, useTransition } from "react";

/**
 * A button that runs a bound server action and shows the refusal message it returns, if any.
 * The page re-renders from the server afterwards (the action revalidates), so no local state
 * other than the message is kept.
 */
export function ActionButton({
  label,
  ariaLabel,
  run,
  className = "border-stone-300 bg-white text-stone-700 hover:bg-stone-50",
  confirm,
}: {
  label: string;
  ariaLabel: string;
  /** Asked before running, for changes that cannot be undone. */
  confirm?: string;
  run: () => Promise<{ message?: string; tone?: "error" | "success" }>;
  className?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await run();
            setMessage(result.message ? { text: result.message, error: result.tone !== "success" } : undefined);
          });
        }}
        className={`rounded-md border px-2.5 py-1 text-xs font-medium disabled:opacity-60 ${className}`}
      >
        {pending ? "Saving…" : label}
      </button>
      {message ? (
        <span
          role={message.error ? "alert" : "status"}
          className={`text-xs ${message.error ? "text-red-700" : "text-stone-600"}`}
        >
          {message.text}
        </span>
      ) : null}
    </span>
  );
}

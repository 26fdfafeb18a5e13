"use client";

import { useId, useState, useTransition } from "react";
import type { ActionState } from "@/lib/action-state";

/**
 * Unpublishing a version, with a confirmation step: the editor writes the reason readers will see
 * on the withdrawn page (HTTP 410) and confirms. Nothing changes until "Withdraw" is pressed.
 */
export function WithdrawVersion({
  version,
  action,
}: {
  version: number;
  action: (visible: boolean, reason?: string) => Promise<ActionState>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const id = useId();
  const error = result.tone === "error" ? result.message : undefined;

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`Unpublish version ${version}`}
        className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-700 hover:bg-stone-50"
      >
        Unpublish
      </button>
    );
  }
  return (
    <form
      className="mt-2 w-full space-y-2 rounded-md border border-red-200 bg-red-50 p-3"
      aria-label={`Withdraw version ${version}`}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await action(false, reason)));
      }}
    >
      <p className="text-sm font-semibold text-red-900">Withdraw version {version}?</p>
      <p className="text-xs text-stone-700">
        Readers who open this version (or its PDF) will see that it was withdrawn, when, and your reason. The latest
        page falls back to the newest version still public.
      </p>
      <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-stone-800">
        Reason shown to readers
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={500}
        rows={2}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
        placeholder="e.g. Version 2 misattributed a quote; version 3 corrects it."
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-800 px-2.5 py-1 text-xs font-semibold text-white hover:bg-red-900 disabled:opacity-60"
        >
          {pending ? "Withdrawing…" : `Withdraw version ${version}`}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setResult({});
          }}
          className="rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-700"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";

/**
 * A refused save because someone else changed the same thing. `soft` reloads the server data in
 * place (router.refresh) so what the editor typed in open forms stays; otherwise the page reloads.
 */
export function ConflictNotice({
  message,
  soft = false,
  onReload,
}: {
  message: string;
  soft?: boolean;
  onReload?: () => void;
}) {
  const router = useRouter();
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="conflict"
    >
      <p>{message}</p>
      <button
        type="button"
        onClick={() => {
          onReload?.();
          if (soft) router.refresh();
          else window.location.reload();
        }}
        className="mt-2 rounded-md bg-amber-900 px-3 py-1 text-xs font-semibold text-white"
      >
        {soft ? "Reload the item" : "Reload the briefing"}
      </button>
    </div>
  );
}

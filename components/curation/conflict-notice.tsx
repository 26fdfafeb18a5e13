"use client";

export function ConflictNotice({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="conflict"
    >
      <p>{message}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-2 rounded-md bg-amber-900 px-3 py-1 text-xs font-semibold text-white"
      >
        Reload the briefing
      </button>
    </div>
  );
}

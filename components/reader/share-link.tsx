"use client";

import { useState } from "react";

/**
 * Copies the briefing's permanent address (or opens the device's share sheet where there is
 * one). A plain link to the same address sits beside it, so nothing depends on this script.
 */
export function ShareLink({ path, title }: { path: string; title: string }) {
  const [status, setStatus] = useState<string>("");
  async function share() {
    const url = new URL(path, window.location.origin).toString();
    try {
      if (typeof navigator.share === "function" && window.matchMedia("(pointer: coarse)").matches) {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus("Link copied");
    } catch {
      setStatus(`Copy this address: ${url}`);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void share()}
        className="inline-flex items-center rounded-md border border-stone-400 bg-white px-3 py-2 text-sm font-semibold text-ink hover:border-ink"
        data-testid="share-link"
      >
        Copy link
      </button>
      <span role="status" className="text-xs text-stone-700">
        {status}
      </span>
    </span>
  );
}

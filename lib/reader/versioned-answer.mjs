// @ts-check
// A versioned reader page's status and Cache-Control, given to it where Next's cache hands out or
// takes in the page (lib/reader/cache-handler.mjs), so no proxy runs for reader URLs.
//
// The App Router has no way for a page to answer 410, and running proxy.ts for every versioned
// page to rewrite the rare withdrawn one made each cached hit cost about a third more CPU. The
// cache handler sees every versioned page on its way out (get, for a cache hit) and right after it
// is rendered (set, which Next awaits before it sends that same value: a first reader gets the
// same answer). Next sends a cached page's `status` and `headers` with it, and a Cache-Control
// among those headers wins over its own.

import { NOT_YET, versionedPageAnswer } from "./reader-state.mjs";

/** Where Next keeps an App Router page: "/route-cache/APP_PAGE/<hash>/$/b/…" or plainly "/b/…". */
export function pagePathOfKey(/** @type {string} */ key) {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

/**
 * @typedef {{ kind?: unknown; status?: number; headers?: Record<string, unknown> }} PageValue
 * @typedef {{ withdrawn: boolean; cacheControl: string }} Answer
 */

/** @param {string} key @param {import("./reader-state.mjs").ReaderState | null} state */
export function answerForKey(key, state) {
  return versionedPageAnswer(pagePathOfKey(key), state);
}

/**
 * The status and Cache-Control the page value must be sent with. A page that rendered a 404 (a
 * version not published yet) is cached briefly whatever the state says.
 * @param {PageValue} value
 * @param {Answer} answer
 * @returns {{ status: number | undefined; headers: Record<string, unknown> }}
 */
export function answeredValue(value, answer) {
  const status = answer.withdrawn ? 410 : value.status;
  const cacheControl = status === 404 ? NOT_YET : answer.cacheControl;
  return { status, headers: { ...value.headers, "cache-control": cacheControl } };
}

/**
 * A cached entry as it is handed out: a versioned page with its status and Cache-Control (a copy:
 * the stored entry is left as it was). Anything else is returned as is.
 * @template {{ value?: unknown } | null | undefined} Entry
 * @param {Entry} entry
 * @param {Answer | null} answer
 * @returns {Entry}
 */
export function withAnswer(entry, answer) {
  const value = /** @type {PageValue | null | undefined} */ (entry?.value);
  if (!answer || !entry || !value || value.kind !== "APP_PAGE") return entry;
  return { ...entry, value: { ...value, ...answeredValue(value, answer) } };
}

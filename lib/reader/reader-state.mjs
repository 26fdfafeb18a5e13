// @ts-check
// The in-memory public state of published versions, read by the cache handler whenever Next looks
// up or stores a versioned reader page (lib/reader/cache-handler.mjs), kept fresh by
// lib/reader/cache-sync.mjs.

export const READER_STATE = Symbol.for("briefing-desk.reader-state");

/**
 * @typedef {{
 *   withdrawn: Set<string>;
 *   published: Set<string>;
 *   loadedAt: number;
 * }} ReaderState
 */

/** "slug/3": the key of one version in ReaderState.withdrawn. */
export function versionKey(/** @type {string} */ slug, /** @type {number} */ version) {
  return `${slug}/${version}`;
}

/** The state, or null before this process has loaded it. */
export function readerState() {
  const holder = /** @type {Record<symbol, ReaderState | undefined>} */ (/** @type {unknown} */ (globalThis));
  const state = holder[READER_STATE];
  return state && state.loadedAt > 0 ? state : null;
}

export function setReaderState(/** @type {ReaderState} */ state) {
  const holder = /** @type {Record<symbol, ReaderState | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[READER_STATE] = state;
}

/** Published versions never change; the latest URLs move on publish, so CDNs keep them briefly. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
// No stale-while-revalidate here: browsers honour it too and would show the previous version
// after a publish; CDNs get it in CDN-Cache-Control (LATEST_CDN).
export const LATEST = "public, max-age=0, s-maxage=60";
export const LATEST_CDN = "public, s-maxage=60, stale-while-revalidate=600";
/** A 404 may turn into a briefing at the next publish: cached briefly, never for good. */
export const NOT_YET = "public, max-age=0, s-maxage=10";

/** A withdrawn version's pages: never kept by a cache (the desk may republish it). */
export const GONE = "no-store";

/**
 * What a versioned reader page (`/b/<slug>/v/<n>` or one of its source pages) answers, from what
 * is public right now: a withdrawn version is Gone (410, never cached; its page shows the editor's
 * reason), a public one is immutable, any other (a 404 that a later publish may fill) is cached
 * briefly. Null for every other path, and while the state is not loaded yet (Next's own
 * Cache-Control then applies).
 * @param {string} pathname
 * @param {ReaderState | null} state
 * @returns {{ withdrawn: boolean; cacheControl: string } | null}
 */
export function versionedPageAnswer(pathname, state) {
  if (!state) return null;
  const match = /^\/b\/([^/]+)\/v\/([^/]+)(?:\/sources\/[^/]+)?\/?$/.exec(pathname);
  if (!match) return null;
  const version = /^[1-9]\d{0,8}$/.test(match[2] ?? "") ? Number(match[2]) : null;
  if (version === null) return { withdrawn: false, cacheControl: NOT_YET };
  let slug;
  try {
    slug = decodeURIComponent(match[1] ?? "");
  } catch {
    return { withdrawn: false, cacheControl: NOT_YET };
  }
  const key = versionKey(slug, version);
  if (state.withdrawn.has(key)) return { withdrawn: true, cacheControl: GONE };
  return { withdrawn: false, cacheControl: state.published.has(key) ? IMMUTABLE : NOT_YET };
}

// @ts-check
// The in-memory public state of published versions, read by proxy.ts on every reader request
// (kept fresh by lib/reader/cache-sync.mjs). Its own module so the proxy bundle stays tiny.

export const READER_STATE = Symbol.for("briefing-desk.reader-state");

/**
 * @typedef {{
 *   withdrawn: Set<string>;
 *   published: Set<string>;
 *   withoutPublicVersion: Set<string>;
 *   publicStories: Set<string>;
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

/**
 * Where a reader URL must go instead when its version is withdrawn: the withdrawn page, served
 * with HTTP 410. Null for every other URL (the normal, cached page).
 * @param {string} pathname
 * @param {ReaderState | null} state
 * @returns {string | null}
 */
export function withdrawnRewrite(pathname, state) {
  if (!state) return null;
  const match = /^\/b\/([^/]+)(?:\/v\/([1-9]\d{0,8}))?(?:\/(?:pdf(?:\/[^/]+)?|sources\/\d+(?:\/text)?))?\/?$/.exec(
    pathname,
  );
  if (!match) return null;
  const slug = decodeURIComponent(match[1] ?? "");
  const version = match[2];
  if (version !== undefined) {
    return state.withdrawn.has(versionKey(slug, Number(version))) ? `/b/${match[1]}/v/${version}/withdrawn` : null;
  }
  return state.withoutPublicVersion.has(slug) ? `/b/${match[1]}/withdrawn` : null;
}

/** Published versions never change; the latest URLs move on publish, so CDNs keep them briefly. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
// No stale-while-revalidate here: browsers honour it too and would show the previous version
// after a publish; CDNs get it in CDN-Cache-Control (LATEST_CDN).
export const LATEST = "public, max-age=0, s-maxage=60";
export const LATEST_CDN = "public, s-maxage=60, stale-while-revalidate=600";
/** A 404 may turn into a briefing at the next publish: cached briefly, never for good. */
export const NOT_YET = "public, max-age=0, s-maxage=10";

/**
 * The Cache-Control a reader URL gets, from what is public right now. Only a version known to be
 * public is immutable, so a CDN never keeps a 404 (a version not published yet) for good.
 * Null when the state is not loaded yet: Next's own header then applies (s-maxage only).
 * @param {string} pathname
 * @param {ReaderState | null} state
 * @returns {string | null}
 */
export function readerCacheControl(pathname, state) {
  if (!state) return null;
  const match = /^\/b\/([^/]+)(?:\/v\/([1-9]\d{0,8}))?(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const slug = decodeURIComponent(match[1] ?? "");
  const version = match[2];
  if (version !== undefined) return state.published.has(versionKey(slug, Number(version))) ? IMMUTABLE : NOT_YET;
  return state.publicStories.has(slug) ? LATEST : NOT_YET;
}

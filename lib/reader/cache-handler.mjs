// @ts-check
// Next's own file-system cache (pages and route handlers rendered once, then served from memory or
// disk), with three additions:
// - every tag revalidation is broadcast to the other app instances, and theirs are replayed here
//   (lib/reader/cache-sync.mjs);
// - a versioned reader page gets its status and Cache-Control here, from the in-memory state of
//   published versions: 410 for a withdrawn one (lib/reader/versioned-answer.mjs);
// - a cached page's HTML is handed to Next as bytes, encoded once, not on every request
//   (lib/reader/page-bytes.mjs).
// Wired up in next.config.ts.

import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { cacheSync } from "./cache-sync.mjs";
import { pageHtmlAsBytes } from "./page-bytes.mjs";
import { readerState } from "./reader-state.mjs";
import { answerForKey, answeredValue, withAnswer } from "./versioned-answer.mjs";

// Node's import gives the CommonJS exports object; a bundler (instrumentation.ts) may unwrap it.
const FileSystemCache = /** @type {typeof fileSystemCache} */ (
  "default" in fileSystemCache
    ? /** @type {{ default: typeof fileSystemCache }} */ (/** @type {unknown} */ (fileSystemCache)).default
    : fileSystemCache
);
const sync = cacheSync();
// Tags revalidated elsewhere expire here exactly as a local revalidatePath() would.
sync.setExpirer((tags) => void FileSystemCache.prototype.revalidateTag.call(null, tags));
if (process.env.NEXT_PHASE !== "phase-production-build") void sync.start();

/** @typedef {Parameters<InstanceType<typeof FileSystemCache>["get"]>} GetArgs */
/** @typedef {Parameters<InstanceType<typeof FileSystemCache>["set"]>} SetArgs */

export default class SyncedCacheHandler extends FileSystemCache {
  /** @param {GetArgs} args */
  async get(...args) {
    const [key, ctx] = args;
    const answer = ctx?.kind === "APP_PAGE" ? answerForKey(key, readerState()) : null;
    // A withdrawn version is rendered on every request (it is rare): its page shows the reason.
    if (answer?.withdrawn) return null;
    return pageHtmlAsBytes(withAnswer(await super.get(...args), answer));
  }

  /** @param {SetArgs} args */
  async set(...args) {
    const [key, data] = args;
    const value = /** @type {import("./versioned-answer.mjs").PageValue | null} */ (data);
    const answer = value?.kind === "APP_PAGE" ? answerForKey(key, readerState()) : null;
    if (value && answer) {
      // Next sends the page it just rendered from this very value once it is stored, so the first
      // reader gets the same status and Cache-Control as every later one.
      Object.assign(value, answeredValue(value, answer));
      // A withdrawn version's page is never kept: the desk may republish the version.
      if (answer.withdrawn) return;
    }
    return super.set(...args);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    try {
      await sync.broadcast(list);
    } catch (error) {
      // This instance is up to date; the others fall back to their time-based revalidation.
      console.error("Could not tell the other instances to refresh their cached pages:", error);
    }
  }
}

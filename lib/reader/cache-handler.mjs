// @ts-check
// Next's own file-system cache (pages and route handlers rendered once, then served from memory or
// disk), with two additions: every tag revalidation is broadcast to the other app instances, and
// theirs are replayed here (lib/reader/cache-sync.mjs); and a cached page's HTML is handed to Next
// as bytes, encoded once, not on every request (lib/reader/page-bytes.mjs). Wired up in
// next.config.ts.

import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { cacheSync } from "./cache-sync.mjs";
import { pageHtmlAsBytes } from "./page-bytes.mjs";

// Node's import gives the CommonJS exports object; a bundler (instrumentation.ts) may unwrap it.
const FileSystemCache = /** @type {typeof fileSystemCache.default} */ (
  "default" in fileSystemCache ? fileSystemCache.default : fileSystemCache
);
const sync = cacheSync();
// Tags revalidated elsewhere expire here exactly as a local revalidatePath() would.
sync.setExpirer((tags) => void FileSystemCache.prototype.revalidateTag.call(null, tags));
if (process.env.NEXT_PHASE !== "phase-production-build") void sync.start();

export default class SyncedCacheHandler extends FileSystemCache {
  /**
   * Next's lookup, with a page's HTML as bytes (lib/reader/page-bytes.mjs).
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>} args
   */
  async get(...args) {
    return pageHtmlAsBytes(await super.get(...args));
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

// @ts-check
// A cached App Router page handed to Next with its HTML as UTF-8 bytes (lib/reader/cache-handler.mjs).
//
// Next keeps a rendered page's HTML as a string, and on every cache hit measures it
// (Buffer.byteLength) and encodes it to UTF-8 again as it writes the response; Node makes a third
// pass over a string of 64 Ki characters or more to size its write buffer. Measured on the 2-core
// machine, a bare Node server writing the 123 KB reader page spent 0.7 ms of CPU per request on a
// string and 0.1 ms on the same bytes as a Buffer; in `next start` the cached reader page went from
// 2.0 to 1.4 ms of server CPU per request (BENCHMARKS.md, "Reader load"). Next sends a page whose
// HTML is a Buffer as it is (its RenderResult takes strings, Buffers and streams), with chunked
// transfer encoding instead of a Content-Length.

import { Buffer } from "node:buffer";

/** @type {WeakMap<object, Buffer>} */
const encoded = new WeakMap();

/**
 * The entry with its page HTML as bytes, encoded once per cached value (the bytes live as long as
 * the value does). The cached entry itself is not changed: Next's memory cache keeps its string,
 * and a caller gets a copy. Anything but an App Router page with string HTML is returned as is.
 * @template {{ value?: unknown } | null | undefined} Entry
 * @param {Entry} entry
 * @returns {Entry}
 */
export function pageHtmlAsBytes(entry) {
  const value = /** @type {{ kind?: unknown; html?: unknown } | null | undefined} */ (entry?.value);
  if (!entry || !value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return entry;
  let html = encoded.get(value);
  if (!html) {
    html = Buffer.from(value.html, "utf8");
    encoded.set(value, html);
  }
  return { ...entry, value: { ...value, html } };
}

// @ts-check
// Cached reader responses answered before Next's request pipeline (server.mjs,
// docs/decisions/010-cached-reader-responses-before-next.md).
//
// A cached App Router page or route handler costs Next about 1.1 ms of CPU per request more than a
// static file (routing, the route module's prepare, web streams); the bytes are already in Next's
// own memory cache. For a plain GET or HEAD of a reader URL whose entry is there and fresh, this
// answers it from that entry with the headers Next would send; everything else (a miss, a stale or
// revalidated entry, a withdrawn version, an RSC or prefetch request, a query string, any other
// method or URL) is left to Next, which then renders, revalidates or serves exactly as before.
//
// "Fresh" is decided as Next decides it, from the same process-wide state: the entry's
// lastModified against its revalidate and expire times, and its cache tags against Next's tags
// manifest, which revalidatePath() (here or, through lib/reader/cache-sync.mjs, on another
// instance) marks expired. A versioned URL also needs the in-memory state of published versions
// (lib/reader/reader-state.mjs): not loaded yet, or withdrawn, and Next answers.

import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { answeredValue } from "./versioned-answer.mjs";
import { versionKey, versionedPageAnswer } from "./reader-state.mjs";

/**
 * @typedef {{ kind?: unknown; status?: number; html?: unknown; body?: unknown; headers?: Record<string, unknown> }} CachedValue
 * @typedef {{ value?: CachedValue | null; lastModified?: number; cacheControl?: { revalidate?: number | false; expire?: number } }} CacheEntry
 * @typedef {{ regex: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown }} HeaderRule
 * @typedef {{
 *   entry(key: string): CacheEntry | undefined;
 *   cacheKey(pathname: string, owner: { kind: string; sourceRoute: string }): string;
 *   areTagsExpired(tags: string[], timestamp: number): boolean;
 *   areTagsStale(tags: string[], timestamp: number): boolean;
 *   readerState(): import("./reader-state.mjs").ReaderState | null;
 *   headerRules: HeaderRule[];
 *   varyHeader: string;
 *   compress: boolean;
 *   poweredByHeader: boolean;
 *   now?: () => number;
 * }} Sources
 * @typedef {{ kind: "APP_PAGE" | "APP_ROUTE"; sourceRoute: string; cachePath: string; version: { slug: string; n: number } | null }} ReaderRoute
 */

const SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
const VERSION = "([1-9]\\d{0,8})";

/**
 * The reader URLs answered here, each with the route Next serves it from (its cache identity).
 * Only canonical spellings: lower-case slugs as `slugify` makes them, no trailing slash, no
 * percent-encoding; any other spelling goes to Next, which redirects or answers 404 as before.
 */
const ROUTES = /** @type {const} */ ([
  // "/" is rewritten to the front page's cached edition (next.config.ts).
  [/^\/$/, "APP_PAGE", "/(reader)/editions/[edition]/page", () => "/editions/latest"],
  [new RegExp(`^/b/${SLUG}$`), "APP_PAGE", "/(reader)/b/[slug]/page", null],
  [new RegExp(`^/b/${SLUG}/pdf$`), "APP_ROUTE", "/(reader)/b/[slug]/pdf/route", null],
  [new RegExp(`^/b/${SLUG}/pdf/(?:a4|letter)$`), "APP_ROUTE", "/(reader)/b/[slug]/pdf/[size]/route", null],
  [new RegExp(`^/b/${SLUG}/v/${VERSION}$`), "APP_PAGE", "/(reader)/b/[slug]/v/[n]/page", null],
  [new RegExp(`^/b/${SLUG}/v/${VERSION}/pdf$`), "APP_ROUTE", "/(reader)/b/[slug]/v/[n]/pdf/route", null],
  [
    new RegExp(`^/b/${SLUG}/v/${VERSION}/pdf/(?:a4|letter)$`),
    "APP_ROUTE",
    "/(reader)/b/[slug]/v/[n]/pdf/[size]/route",
    null,
  ],
  [
    new RegExp(`^/b/${SLUG}/v/${VERSION}/sources/${VERSION}$`),
    "APP_PAGE",
    "/(reader)/b/[slug]/v/[n]/sources/[number]/page",
    null,
  ],
  [
    new RegExp(`^/b/${SLUG}/v/${VERSION}/sources/${VERSION}/text$`),
    "APP_ROUTE",
    "/(reader)/b/[slug]/v/[n]/sources/[number]/text/route",
    null,
  ],
]);

/** @param {string} pathname @returns {ReaderRoute | null} */
export function readerRoute(pathname) {
  for (const [pattern, kind, sourceRoute, rewrite] of ROUTES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const version = match[2] === undefined ? null : { slug: match[1] ?? "", n: Number(match[2]) };
    return { kind, sourceRoute, cachePath: rewrite ? rewrite() : pathname, version };
  }
  return null;
}

/**
 * Request headers that make Next answer something other than the cached document (the RSC
 * payload, a prefetch, a server action, an on-demand revalidation). Their presence hands the
 * request to Next.
 */
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-action",
  "next-url",
  "x-prerender-revalidate",
];
/** Draft mode and preview cookies: Next renders afresh for them. */
const BYPASS_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;

/** @param {import("node:http").IncomingHttpHeaders} headers */
function isPlainDocumentRequest(headers) {
  for (const name of NEXT_REQUEST_HEADERS) if (headers[name] !== undefined) return false;
  const cookie = headers.cookie;
  return !(typeof cookie === "string" && BYPASS_COOKIES.test(cookie));
}

/** Whether `Accept-Encoding` accepts gzip (explicitly or through `*`) with a non-zero quality. */
export function acceptsGzip(/** @type {string | string[] | undefined} */ header) {
  if (typeof header !== "string" || header === "") return false;
  /** @type {number | null} */
  let gzip = null;
  /** @type {number | null} */
  let any = null;
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.split(";");
    const name = token.trim().toLowerCase();
    let quality = 1;
    for (const param of params) {
      const q = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (q) quality = Number(q[1]);
    }
    if (name === "gzip") gzip = quality;
    else if (name === "*") any = quality;
  }
  return (gzip ?? any ?? 0) > 0;
}

/** Types Next's compression (the `compression` package) would gzip. */
function isCompressible(/** @type {string} */ contentType) {
  return /^(?:text\/|application\/(?:json|javascript|xml)|[^;]*\+(?:json|xml))/i.test(contentType);
}
/** The `compression` package leaves bodies under 1 KB as they are. */
const COMPRESSION_THRESHOLD = 1024;

/** Response bodies per cached value: encoded once, gzipped on first demand, dropped with the value. */
/** @type {WeakMap<object, { identity: Buffer; gzip?: Buffer }>} */
const bodies = new WeakMap();

/** @param {CachedValue} value @returns {{ identity: Buffer; gzip?: Buffer } | null} */
function bodyOf(value) {
  let body = bodies.get(value);
  if (body) return body;
  const raw = value.kind === "APP_PAGE" ? value.html : value.body;
  if (typeof raw === "string") body = { identity: Buffer.from(raw, "utf8") };
  else if (Buffer.isBuffer(raw)) body = { identity: raw };
  else return null;
  bodies.set(value, body);
  return body;
}

/** Next's own test of a cached entry's lifetime (IncrementalCache.get): fresh, or null. */
function isFresh(/** @type {CacheEntry} */ entry, /** @type {number} */ now) {
  const control = entry.cacheControl;
  const lastModified = entry.lastModified;
  if (!control || typeof lastModified !== "number" || lastModified <= 0) return false;
  if (typeof control.expire === "number" && lastModified + control.expire * 1000 < now) return false;
  if (control.revalidate === false) return true;
  return (
    typeof control.revalidate === "number" && control.revalidate > 0 && lastModified + control.revalidate * 1000 >= now
  );
}

/**
 * Answers `req` from the cache when it can, and says whether it did. Never throws once it has
 * started writing; before that, any surprise leaves the request to Next.
 * @param {Sources} sources
 */
export function createCachedResponder(sources) {
  const now = sources.now ?? Date.now;
  const rules = sources.headerRules.map((rule) => ({
    regex: new RegExp(rule.regex),
    headers: rule.headers,
    conditional: rule.has !== undefined || rule.missing !== undefined,
  }));
  /** @type {Map<string, string>} "<kind> <sourceRoute>" → key prefix, computed once per route */
  const keyPrefixes = new Map();
  const cacheKeyOf = (/** @type {ReaderRoute} */ route) => {
    const id = `${route.kind} ${route.sourceRoute}`;
    let prefix = keyPrefixes.get(id);
    if (prefix === undefined) {
      const probe = sources.cacheKey("/probe", { kind: route.kind, sourceRoute: route.sourceRoute });
      prefix = probe.slice(0, probe.length - "/probe".length);
      keyPrefixes.set(id, prefix);
    }
    return prefix + route.cachePath;
  };

  /**
   * The status, headers and body of the cached answer for `pathname`, or null to leave it to Next.
   * @param {string} pathname
   * @returns {{ value: CachedValue; headers: Record<string, string> } | null}
   */
  function cachedAnswer(pathname) {
    const route = readerRoute(pathname);
    if (!route) return null;
    const entry = sources.entry(cacheKeyOf(route));
    const value = entry?.value;
    if (!entry || !value || value.kind !== route.kind) return null;
    if (!isFresh(entry, now())) return null;
    const tagsHeader = value.headers?.["x-next-cache-tags"];
    if (typeof tagsHeader !== "string" || tagsHeader === "") return null;
    const tags = tagsHeader.split(",");
    if (sources.areTagsExpired(tags, /** @type {number} */ (entry.lastModified))) return null;
    if (sources.areTagsStale(tags, /** @type {number} */ (entry.lastModified))) return null;

    let status = value.status ?? 200;
    let valueHeaders = value.headers ?? {};
    if (route.version) {
      const state = sources.readerState();
      if (!state || state.withdrawn.has(versionKey(route.version.slug, route.version.n))) return null;
      const answer = route.kind === "APP_PAGE" ? versionedPageAnswer(pathname, state) : null;
      if (answer) ({ status = 200, headers: valueHeaders } = answeredValue(value, answer));
    }
    if (status !== 200) return null;

    /** @type {Record<string, string>} lower-cased names, as Node keeps them */
    const headers = {};
    for (const rule of rules) {
      if (!rule.regex.test(pathname)) continue;
      // Next evaluates has/missing against the request; this module does not, so it steps aside.
      if (rule.conditional) return null;
      for (const { key, value: headerValue } of rule.headers) headers[key.toLowerCase()] = headerValue;
    }
    headers["x-nextjs-cache"] = "HIT";
    if (route.kind === "APP_PAGE") {
      headers["x-nextjs-prerender"] = "1";
      headers["content-type"] = "text/html; charset=utf-8";
      if (sources.poweredByHeader) headers["x-powered-by"] = "Next.js";
    }
    for (const [name, headerValue] of Object.entries(valueHeaders)) {
      const key = name.toLowerCase();
      if (key === "x-next-cache-tags" || key === "content-length" || headerValue === undefined) continue;
      headers[key] = Array.isArray(headerValue) ? headerValue.join(", ") : String(headerValue);
    }
    // Next would derive a Cache-Control from the entry's lifetime; every reader URL sets its own.
    if (!headers["cache-control"] || !headers["content-type"]) return null;
    headers.vary = isCompressible(headers["content-type"])
      ? `${sources.varyHeader}, Accept-Encoding`
      : sources.varyHeader;
    return { value, headers };
  }

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @returns {boolean} true when answered
   */
  return function answerFromCache(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const url = req.url;
    // Readers' URLs carry no query string (?size=letter is a rewrite Next applies; ?_rsc is RSC).
    if (!url || url.length > 300 || url.includes("?") || !isPlainDocumentRequest(req.headers)) return false;
    let answer;
    let body;
    try {
      answer = cachedAnswer(url);
      body = answer && bodyOf(answer.value);
    } catch (error) {
      console.error("Cached reader response failed; Next answers instead:", error);
      return false;
    }
    if (!answer || !body) return false;
    const { headers } = answer;
    let bytes = body.identity;
    if (sources.compress && isCompressible(headers["content-type"] ?? "") && bytes.length >= COMPRESSION_THRESHOLD) {
      if (acceptsGzip(req.headers["accept-encoding"])) {
        body.gzip ??= gzipSync(body.identity);
        bytes = body.gzip;
        headers["content-encoding"] = "gzip";
      }
    }
    headers["content-length"] = String(bytes.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : bytes);
    return true;
  };
}

/**
 * The responder wired to this process's Next: its memory cache (the one FileSystemCache, and so
 * lib/reader/cache-handler.mjs, fills), its tags manifest, its cache keys, and the headers and
 * options of the build in `distDir` (`.next`). Call after Next has prepared.
 * @param {string} distDir
 */
export async function nextCachedResponder(distDir) {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const [fileSystemCache, tagsManifest, routeCacheKey] = await Promise.all([
    import("next/dist/server/lib/incremental-cache/file-system-cache.js"),
    import("next/dist/server/lib/incremental-cache/tags-manifest.external.js"),
    import("next/dist/server/lib/route-cache-key.js"),
  ]);
  /** Node's import of a CommonJS module: its exports, and a class exported as `default` within them. */
  const exportsOf = (/** @type {unknown} */ module) => /** @type {{ default?: unknown }} */ (module).default ?? module;
  const FileSystemCache = /** @type {{ memoryCache?: { get(key: string): CacheEntry | undefined } }} */ (
    exportsOf(exportsOf(fileSystemCache))
  );
  const tags = /** @type {Pick<Sources, "areTagsExpired" | "areTagsStale">} */ (exportsOf(tagsManifest));
  const keys = /** @type {{ getRouteCacheKey: Sources["cacheKey"] }} */ (exportsOf(routeCacheKey));
  const routes = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  const { config } = JSON.parse(fs.readFileSync(path.join(distDir, "required-server-files.json"), "utf8"));
  const { readerState } = await import("./reader-state.mjs");
  // A build that sends ETags (and answers 304s) or has a base path is left to Next entirely.
  if (config.generateEtags || routes.basePath) return () => false;
  return createCachedResponder({
    entry: (key) => FileSystemCache.memoryCache?.get(key),
    cacheKey: (pathname, owner) => keys.getRouteCacheKey(pathname, owner),
    areTagsExpired: (list, timestamp) => tags.areTagsExpired(list, timestamp),
    areTagsStale: (list, timestamp) => tags.areTagsStale(list, timestamp),
    readerState,
    headerRules: routes.headers ?? [],
    varyHeader: routes.rsc.varyHeader,
    compress: config.compress !== false,
    poweredByHeader: config.poweredByHeader !== false,
  });
}

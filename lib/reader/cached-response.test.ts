import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { areTagsExpired, areTagsStale } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { getRouteCacheKey } from "next/dist/server/lib/route-cache-key.js";
import { acceptsGzip, createCachedResponder, readerRoute } from "./cached-response.mjs";
import { readerStateOf } from "./cache-sync.mjs";
import { IMMUTABLE, LATEST, LATEST_CDN, NOT_YET, type ReaderState } from "./reader-state.mjs";

// The cache, tags manifest and cache keys are Next's own (the modules server.mjs wires in); the
// entries are shaped as Next stores them (checked against a running server in e2e/reader.spec.ts).
const FileSystemCache = ("default" in fileSystemCache ? fileSystemCache.default : fileSystemCache) as unknown as {
  prototype: { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };
};
const revalidateTag = (tags: string[], durations?: { expire?: number }) =>
  FileSystemCache.prototype.revalidateTag.call(null, tags, durations);

const SLUG = "port-strike";
const NOW = 1_800_000_000_000;
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
const POLICY = "default-src 'self'";
// As next.config.ts's headers() reach routes-manifest.json.
const HEADER_RULES = [
  { regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
  { regex: "^/(?:/)?$", headers: [{ key: "Content-Security-Policy", value: POLICY }] },
  {
    regex: "^/b(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
    headers: [{ key: "Content-Security-Policy", value: POLICY }],
  },
  {
    regex: "^/(?:/)?$",
    headers: [
      { key: "Cache-Control", value: LATEST },
      { key: "CDN-Cache-Control", value: LATEST_CDN },
    ],
  },
  {
    regex: "^/b(?:/([^/]+?))(?:/)?$",
    headers: [
      { key: "Cache-Control", value: LATEST },
      { key: "CDN-Cache-Control", value: LATEST_CDN },
    ],
  },
];

const HTML = `<!DOCTYPE html><html><body><h1>Port strike — “talks resume”</h1>${"<p>Dockers and ports.</p>".repeat(200)}</body></html>`;
const PDF = Buffer.from(`%PDF-1.7 ${"x".repeat(3000)}`);

type Entry = {
  value: Record<string, unknown> & { kind: string; headers: Record<string, unknown> };
  lastModified: number;
  cacheControl?: { revalidate: number | false; expire?: number };
};

let cache: Map<string, Entry>;
let state: ReaderState | null;
let tagCounter = 0;

/** Next's own cache key for a route's page (the responder is given the same function). */
const cacheKey = (pathname: string, owner: { kind: string; sourceRoute: string }) =>
  getRouteCacheKey(pathname, owner as Parameters<typeof getRouteCacheKey>[1]);
const keyOf = (kind: string, sourceRoute: string, pathname: string) => cacheKey(pathname, { kind, sourceRoute });
/** Unique tags per test: Next's tags manifest is process-wide. */
const tagFor = (pathname: string) => `_N_T_${pathname}#${++tagCounter}`;

function pageEntry(pathname: string, extra: Partial<Entry> = {}, headers: Record<string, unknown> = {}): Entry {
  return {
    value: {
      kind: "APP_PAGE",
      html: HTML,
      rscData: Buffer.from("0:{}"),
      headers: { "x-nextjs-stale-time": "300", "x-next-cache-tags": `_N_T_/layout,${tagFor(pathname)}`, ...headers },
      status: undefined,
    },
    lastModified: NOW - 1000,
    cacheControl: { revalidate: 60, expire: 31536000 },
    ...extra,
  };
}

function pdfEntry(pathname: string, cacheControl: string, extra: Partial<Entry> = {}): Entry {
  return {
    value: {
      kind: "APP_ROUTE",
      body: PDF,
      status: 200,
      headers: {
        "cache-control": cacheControl,
        "content-disposition": `attachment; filename="${SLUG}-v1.pdf"`,
        "content-length": "999999",
        "content-type": "application/pdf",
        "x-next-cache-tags": tagFor(pathname),
      },
    },
    lastModified: NOW - 1000,
    cacheControl: { revalidate: false },
    ...extra,
  };
}

const put = (kind: string, sourceRoute: string, pathname: string, entry: Entry) =>
  cache.set(keyOf(kind, sourceRoute, pathname), entry);
const putLatest = (entry = pageEntry(`/b/${SLUG}`)) => put("APP_PAGE", "/(reader)/b/[slug]/page", `/b/${SLUG}`, entry);
const putVersion = (entry = pageEntry(`/b/${SLUG}/v/1`, { cacheControl: { revalidate: false } })) =>
  put("APP_PAGE", "/(reader)/b/[slug]/v/[n]/page", `/b/${SLUG}/v/1`, entry);
const putVersionPdf = (entry = pdfEntry(`/b/${SLUG}/v/1/pdf`, IMMUTABLE)) =>
  put("APP_ROUTE", "/(reader)/b/[slug]/v/[n]/pdf/route", `/b/${SLUG}/v/1/pdf`, entry);
const tagsOf = (entry: Entry) => String(entry.value.headers["x-next-cache-tags"]).split(",");

const published = () => ({ ...readerStateOf([{ slug: SLUG, version: 1, status: "PUBLISHED" }]), loadedAt: 1 });

let server: http.Server;
let base: string;
let options = {
  compress: true,
  headerRules: HEADER_RULES as { regex: string; headers: { key: string; value: string }[]; has?: unknown }[],
};

/** The responder over this file's cache and state, with Next's tags manifest; at a fixed time or on the real clock. */
function responder(clock: "fixed" | "real" = "fixed") {
  return createCachedResponder({
    entry: (key) => cache.get(key),
    cacheKey,
    areTagsExpired,
    areTagsStale,
    readerState: () => state,
    headerRules: options.headerRules,
    varyHeader: VARY,
    compress: options.compress,
    poweredByHeader: false,
    now: clock === "fixed" ? () => NOW : undefined,
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (responder()(req, res)) return;
    // Stands in for Next's handler: whatever it is given is "left to Next".
    res.writeHead(299, { "x-left-to": "next" });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache = new Map();
  state = published();
  options = { compress: true, headerRules: HEADER_RULES };
});

/** A raw request (fetch would add Accept-Encoding and decode): status, headers and bytes as sent. */
function request(pathname: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
const leftToNext = async (pathname: string, init?: Parameters<typeof request>[1]) =>
  (await request(pathname, init)).status === 299;

describe("which URLs are reader URLs, and the route Next serves each from", () => {
  it("maps the front page to its cached edition and keeps every other path as it is", () => {
    expect(readerRoute("/")).toEqual({
      kind: "APP_PAGE",
      sourceRoute: "/(reader)/editions/[edition]/page",
      cachePath: "/editions/latest",
      version: null,
    });
    expect(readerRoute(`/b/${SLUG}`)?.sourceRoute).toBe("/(reader)/b/[slug]/page");
    expect(readerRoute(`/b/${SLUG}/pdf/letter`)?.sourceRoute).toBe("/(reader)/b/[slug]/pdf/[size]/route");
    expect(readerRoute(`/b/${SLUG}/v/12/pdf/a4`)).toMatchObject({ kind: "APP_ROUTE", version: { slug: SLUG, n: 12 } });
    expect(readerRoute(`/b/${SLUG}/v/3/sources/2/text`)).toMatchObject({
      sourceRoute: "/(reader)/b/[slug]/v/[n]/sources/[number]/text/route",
      cachePath: `/b/${SLUG}/v/3/sources/2/text`,
      version: { slug: SLUG, n: 3 },
    });
  });

  it("knows no other spelling (Next redirects or answers those)", () => {
    for (const path of [
      `/b/${SLUG}/`,
      `/B/${SLUG}`,
      `/b/Port-Strike`,
      `/b/port%2Dstrike`,
      `/b/${SLUG}/v/01`,
      `/b/${SLUG}/v/0`,
      `/b/${SLUG}/pdf/legal`,
      "/editions/latest",
      "/desk",
      "/b",
    ]) {
      expect(readerRoute(path), path).toBeNull();
    }
  });
});

describe("a cached reader page answered before Next", () => {
  it("sends the cached page with the headers Next sends on a hit", async () => {
    putLatest();
    const res = await request(`/b/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.body.toString("utf8")).toBe(HTML);
    expect(res.headers).toMatchObject({
      "x-frame-options": "DENY",
      "content-security-policy": POLICY,
      "cache-control": LATEST,
      "cdn-cache-control": LATEST_CDN,
      vary: `${VARY}, Accept-Encoding`,
      "x-nextjs-cache": "HIT",
      "x-nextjs-prerender": "1",
      "x-nextjs-stale-time": "300",
      "content-type": "text/html; charset=utf-8",
      "content-length": String(Buffer.byteLength(HTML)),
    });
    expect(res.headers["x-next-cache-tags"]).toBeUndefined();
    expect(res.headers["content-encoding"]).toBeUndefined();
  });

  it("answers the front page from the edition Next caches it under", async () => {
    put("APP_PAGE", "/(reader)/editions/[edition]/page", "/editions/latest", pageEntry("/editions/latest"));
    const res = await request("/");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(LATEST);
    expect(res.headers["content-security-policy"]).toBe(POLICY);
  });

  it("answers HEAD with the same headers and no body", async () => {
    putLatest();
    const res = await request(`/b/${SLUG}`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength(HTML)));
    expect(res.headers["cache-control"]).toBe(LATEST);
  });

  it("gzips the page once for browsers that accept it, as Next's compression would", async () => {
    putLatest();
    const gzipped = await request(`/b/${SLUG}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["content-length"]).toBe(String(gzipped.body.length));
    expect(gzipUnzip(gzipped.body)).toBe(HTML);
    const again = await request(`/b/${SLUG}`, { headers: { "accept-encoding": "gzip" } });
    expect(Buffer.compare(again.body, gzipped.body)).toBe(0);

    for (const refused of ["br", "gzip;q=0", "identity", "*;q=0"]) {
      const res = await request(`/b/${SLUG}`, { headers: { "accept-encoding": refused } });
      expect(res.headers["content-encoding"], refused).toBeUndefined();
      expect(res.body.toString("utf8")).toBe(HTML);
    }
    options.compress = false;
    const uncompressed = await request(`/b/${SLUG}`, { headers: { "accept-encoding": "gzip" } });
    expect(uncompressed.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves small bodies uncompressed, as Next's compression does under 1 KB", async () => {
    const entry = pageEntry(`/b/${SLUG}`);
    entry.value.html = "<!DOCTYPE html><p>short</p>";
    putLatest(entry);
    const res = await request(`/b/${SLUG}`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBe(`${VARY}, Accept-Encoding`);
  });

  it("reads the page's HTML from a Buffer as well as from a string", async () => {
    const entry = pageEntry(`/b/${SLUG}`);
    entry.value.html = Buffer.from(HTML, "utf8");
    putLatest(entry);
    expect((await request(`/b/${SLUG}`)).body.toString("utf8")).toBe(HTML);
  });
});

describe("what is left to Next", () => {
  it("anything not in Next's memory cache", async () => {
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
    expect(await leftToNext("/")).toBe(true);
  });

  it("other methods, query strings, RSC and prefetch requests, draft mode", async () => {
    putLatest();
    expect(await leftToNext(`/b/${SLUG}`)).toBe(false);
    expect(await leftToNext(`/b/${SLUG}`, { method: "POST" })).toBe(true);
    expect(await leftToNext(`/b/${SLUG}?_rsc=abc`)).toBe(true);
    expect(await leftToNext(`/b/${SLUG}?utm_source=mail`)).toBe(true);
    for (const header of [
      "rsc",
      "next-router-prefetch",
      "next-router-segment-prefetch",
      "next-router-state-tree",
      "next-action",
    ]) {
      expect(await leftToNext(`/b/${SLUG}`, { headers: { [header]: "1" } }), header).toBe(true);
    }
    expect(await leftToNext(`/b/${SLUG}`, { headers: { "x-prerender-revalidate": "id" } })).toBe(true);
    expect(await leftToNext(`/b/${SLUG}`, { headers: { cookie: "a=1; __prerender_bypass=x" } })).toBe(true);
    expect(await leftToNext(`/b/${SLUG}`, { headers: { cookie: "theme=dark" } })).toBe(false);
  });

  it("an entry past its revalidate or expire time (Next serves it stale and renders anew)", async () => {
    putLatest(pageEntry(`/b/${SLUG}`, { lastModified: NOW - 59_000 }));
    expect(await leftToNext(`/b/${SLUG}`)).toBe(false);
    putLatest(pageEntry(`/b/${SLUG}`, { lastModified: NOW - 61_000 }));
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
    putVersion(
      pageEntry(`/b/${SLUG}/v/1`, { lastModified: NOW - 10_000, cacheControl: { revalidate: false, expire: 5 } }),
    );
    expect(await leftToNext(`/b/${SLUG}/v/1`)).toBe(true);
    putLatest(pageEntry(`/b/${SLUG}`, { cacheControl: undefined }));
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
  });

  it("an entry whose tags were revalidated, as revalidatePath() does on a publish (here or replayed from another instance)", async () => {
    const entry = pageEntry(`/b/${SLUG}`, { lastModified: Date.now() - 1 });
    putLatest(entry);
    // The real clock: Next's tags manifest compares against it.
    const live = responder("real");
    const answers = () => {
      const res = new FakeResponse();
      return live({ method: "GET", url: `/b/${SLUG}`, headers: {} } as http.IncomingMessage, res.asResponse());
    };
    expect(answers()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await revalidateTag([tagsOf(entry)[1]!]);
    expect(answers()).toBe(false);

    // A tag marked stale (revalidateTag with a profile): Next serves stale and re-renders, so it answers.
    const other = pageEntry(`/b/${SLUG}`, { lastModified: Date.now() - 1 });
    putLatest(other);
    expect(answers()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await revalidateTag([tagsOf(other)[1]!], { expire: 300 });
    expect(answers()).toBe(false);
  });

  it("an entry without cache tags, or not a 200, or of another kind", async () => {
    const untagged = pageEntry(`/b/${SLUG}`);
    delete untagged.value.headers["x-next-cache-tags"];
    putLatest(untagged);
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
    const notFound = pageEntry(`/b/${SLUG}`);
    notFound.value.status = 404;
    putLatest(notFound);
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
    putLatest(pdfEntry(`/b/${SLUG}`, LATEST) as Entry);
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
  });

  it("paths matched by a header rule with conditions (has/missing), which are Next's to evaluate", async () => {
    putLatest();
    options.headerRules = [
      ...HEADER_RULES,
      { regex: "^/b/.*$", headers: [{ key: "X-A", value: "1" }], has: [{ type: "cookie", key: "a" }] },
    ];
    expect(await leftToNext(`/b/${SLUG}`)).toBe(true);
  });
});

describe("versioned URLs, from the state of published versions", () => {
  it("sends a public version's page as immutable, whatever the stored copy says", async () => {
    putVersion(pageEntry(`/b/${SLUG}/v/1`, { cacheControl: { revalidate: false } }, { "cache-control": NOT_YET }));
    const res = await request(`/b/${SLUG}/v/1`);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(IMMUTABLE);
    expect(res.headers["cdn-cache-control"]).toBeUndefined();
    expect(res.headers["content-security-policy"]).toBe(POLICY);
  });

  it("leaves a withdrawn version, and every versioned URL before the state is loaded, to Next", async () => {
    putVersion();
    putVersionPdf();
    expect(await leftToNext(`/b/${SLUG}/v/1`)).toBe(false);
    expect(await leftToNext(`/b/${SLUG}/v/1/pdf`)).toBe(false);

    state = { ...readerStateOf([{ slug: SLUG, version: 1, status: "UNPUBLISHED" }]), loadedAt: 2 };
    expect(await leftToNext(`/b/${SLUG}/v/1`)).toBe(true);
    expect(await leftToNext(`/b/${SLUG}/v/1/pdf`)).toBe(true);

    state = null;
    expect(await leftToNext(`/b/${SLUG}/v/1`)).toBe(true);
    expect(await leftToNext(`/b/${SLUG}/v/1/pdf`)).toBe(true);
  });

  it("sends a cached PDF with its own headers, its real length, and never gzipped", async () => {
    putVersionPdf();
    const res = await request(`/b/${SLUG}/v/1/pdf`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, PDF)).toBe(0);
    expect(res.headers).toMatchObject({
      "cache-control": IMMUTABLE,
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${SLUG}-v1.pdf"`,
      "content-length": String(PDF.length),
      vary: VARY,
      "x-nextjs-cache": "HIT",
    });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["x-nextjs-prerender"]).toBeUndefined();
  });

  it("sends the latest PDF with the latest Cache-Control its route set", async () => {
    put("APP_ROUTE", "/(reader)/b/[slug]/pdf/route", `/b/${SLUG}/pdf`, pdfEntry(`/b/${SLUG}/pdf`, LATEST));
    const res = await request(`/b/${SLUG}/pdf`);
    expect(res.headers["cache-control"]).toBe(LATEST);
    expect(res.headers["content-security-policy"]).toBe(POLICY);
  });
});

describe("Accept-Encoding", () => {
  it("accepts gzip when it is listed, or covered by *, with a quality above zero", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

function gzipUnzip(body: Buffer): string {
  return gunzipSync(body).toString("utf8");
}

/** Enough of a ServerResponse to see whether the responder answered. */
class FakeResponse {
  status = 0;
  asResponse(): http.ServerResponse {
    return {
      writeHead: (status: number) => {
        this.status = status;
      },
      end: () => {},
    } as unknown as http.ServerResponse;
  }
}

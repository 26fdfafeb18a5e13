import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readerStateOf } from "./cache-sync.mjs";
import { GONE, IMMUTABLE, NOT_YET, setReaderState } from "./reader-state.mjs";
import { answerForKey, pagePathOfKey, withAnswer } from "./versioned-answer.mjs";

// Next's key for an App Router page in its cache (Next 16: a route-cache namespace, then the path).
const KEY = (pathname: string) => `/route-cache/APP_PAGE/9c13a4d9fa470398/$${pathname}`;

function state(rows: { slug: string; version: number; status: string }[]) {
  return { ...readerStateOf(rows), loadedAt: 1 };
}

function page(status = 200, html = "<!DOCTYPE html><p>Version 1</p>") {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("0:{}"),
    headers: { "x-next-cache-tags": "_N_T_/b/strike/v/1" } as Record<string, unknown>,
    status,
    postponed: undefined,
    segmentData: undefined,
  };
}

describe("a versioned page's answer, from its cache key", () => {
  const published = state([
    { slug: "strike", version: 1, status: "PUBLISHED" },
    { slug: "strike", version: 2, status: "UNPUBLISHED" },
  ]);

  it("reads the page's path out of Next's cache key", () => {
    expect(pagePathOfKey(KEY("/b/strike/v/1"))).toBe("/b/strike/v/1");
    expect(pagePathOfKey("/b/strike/v/1")).toBe("/b/strike/v/1");
    expect(answerForKey(KEY("/b/strike/v/2"), published)).toEqual({ withdrawn: true, cacheControl: GONE });
    expect(answerForKey(KEY("/b/strike"), published)).toBeNull();
  });

  it("hands out a copy with the status and Cache-Control; a 404 is never immutable", () => {
    const entry = { lastModified: 1, value: page() };
    const out = withAnswer(entry, { withdrawn: false, cacheControl: IMMUTABLE });
    expect(out.value.headers).toEqual({ "x-next-cache-tags": "_N_T_/b/strike/v/1", "cache-control": IMMUTABLE });
    expect(out.value.status).toBe(200);
    expect(entry.value.headers).toEqual({ "x-next-cache-tags": "_N_T_/b/strike/v/1" });
    const notFound = withAnswer({ lastModified: 1, value: page(404) }, { withdrawn: false, cacheControl: IMMUTABLE });
    expect(notFound.value.headers["cache-control"]).toBe(NOT_YET);
    expect(withAnswer(entry, null)).toBe(entry);
    expect(withAnswer(null, { withdrawn: false, cacheControl: IMMUTABLE })).toBeNull();
  });
});

describe("the cache handler and versioned pages", () => {
  type Handler = {
    get(key: string, ctx: { kind: string }): Promise<{ value: ReturnType<typeof page> } | null>;
    set(key: string, data: ReturnType<typeof page>, ctx: object): Promise<void>;
  };
  let handler: Handler;
  let dir: string;

  beforeAll(async () => {
    // As during `next build`: the handler does not start listening for other instances.
    process.env.NEXT_PHASE = "phase-production-build";
    const { default: SyncedCacheHandler } = await import("./cache-handler.mjs");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "reader-cache-"));
    handler = new SyncedCacheHandler({
      fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
      flushToDisk: false,
      serverDistDir: dir,
      revalidatedTags: [],
      maxMemoryCacheSize: 8 * 1024 * 1024,
    } as never) as unknown as Handler;
  });
  afterAll(() => {
    delete process.env.NEXT_PHASE;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };

  it("sends a public version immutable, from the first reader on, and its HTML as bytes", async () => {
    setReaderState(state([{ slug: "strike", version: 1, status: "PUBLISHED" }]));
    const rendered = page();
    await handler.set(KEY("/b/strike/v/1"), rendered, ctx);
    // The first reader is sent the value just stored: it carries the answer already.
    expect(rendered.headers["cache-control"]).toBe(IMMUTABLE);
    expect(rendered.status).toBe(200);
    const hit = await handler.get(KEY("/b/strike/v/1"), ctx);
    expect(hit?.value.headers["cache-control"]).toBe(IMMUTABLE);
    expect(Buffer.isBuffer(hit?.value.html)).toBe(true);
  });

  it("a version not published yet is a briefly cached 404", async () => {
    setReaderState(state([{ slug: "strike", version: 1, status: "PUBLISHED" }]));
    const rendered = page(404, "<p>That page is not here</p>");
    await handler.set(KEY("/b/strike/v/7"), rendered, ctx);
    expect(rendered.headers["cache-control"]).toBe(NOT_YET);
    expect((await handler.get(KEY("/b/strike/v/7"), ctx))?.value.status).toBe(404);
  });

  it("a withdrawn version answers 410, no-store, and is never kept; republished, it is served again", async () => {
    setReaderState(state([{ slug: "strike", version: 1, status: "PUBLISHED" }]));
    await handler.set(KEY("/b/strike/v/1"), page(), ctx);
    setReaderState(state([{ slug: "strike", version: 1, status: "UNPUBLISHED" }]));
    // The cached briefing is not handed out any more: the page is rendered afresh (the notice) …
    expect(await handler.get(KEY("/b/strike/v/1"), ctx)).toBeNull();
    const notice = page(200, "<p>The desk withdrew version 1 of this briefing</p>");
    await handler.set(KEY("/b/strike/v/1"), notice, ctx);
    // … and sent as Gone, without being stored.
    expect(notice.status).toBe(410);
    expect(notice.headers["cache-control"]).toBe(GONE);
    setReaderState(state([{ slug: "strike", version: 1, status: "PUBLISHED" }]));
    const again = await handler.get(KEY("/b/strike/v/1"), ctx);
    expect(again?.value.status).toBe(200);
    expect(Buffer.from(again!.value.html as unknown as Buffer).toString()).toContain("Version 1");
  });

  it("leaves other pages and route handlers as Next stored them", async () => {
    setReaderState(state([{ slug: "strike", version: 1, status: "PUBLISHED" }]));
    const latest = page();
    await handler.set(KEY("/b/strike"), latest, ctx);
    expect(latest.headers["cache-control"]).toBeUndefined();
    expect((await handler.get(KEY("/b/strike"), ctx))?.value.headers["cache-control"]).toBeUndefined();
  });
});

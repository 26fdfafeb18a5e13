import { describe, expect, it } from "vitest";
import { createCacheSync, readerStateOf } from "./cache-sync.mjs";
import { GONE, IMMUTABLE, NOT_YET, readerState, versionKey, versionedPageAnswer } from "./reader-state.mjs";
import { stalePathsForVersion } from "./cache-paths";

type Row = { id: number; tags: string };

/** An in-memory CacheInvalidation table shared by several "instances", as the database is. */
function sharedTable(versions: { slug: string; version: number; status: string }[]) {
  const rows: Row[] = [];
  const listeners: (() => void)[] = [];
  return {
    versions,
    store: () => ({
      pollMs: 60_000,
      async insert(tags: string[], origin: string) {
        const id = rows.length + 1;
        rows.push({ id, tags: JSON.stringify({ origin, tags }) });
        for (const l of listeners) l();
        return id;
      },
      async since(id: number) {
        return rows.filter((r) => r.id > id);
      },
      async versions() {
        return versions;
      },
      async listen(onNotice: () => void) {
        listeners.push(onNotice);
      },
    }),
  };
}

describe("cross-instance cache invalidation", () => {
  it("replays another instance's revalidated tags here, once, and not this instance's own", async () => {
    const table = sharedTable([{ slug: "strike", version: 1, status: "PUBLISHED" }]);
    const a = createCacheSync("unused", { store: table.store() });
    const b = createCacheSync("unused", { store: table.store() });
    const expiredOnA: string[][] = [];
    const expiredOnB: string[][] = [];
    a.setExpirer((tags) => expiredOnA.push(tags));
    b.setExpirer((tags) => expiredOnB.push(tags));
    await a.start();
    await b.start();

    await a.broadcast(["_N_T_/b/strike", "_N_T_/"]);
    await b.catchUp();
    await a.catchUp();
    expect(expiredOnB).toEqual([["_N_T_/b/strike", "_N_T_/"]]);
    expect(expiredOnA).toEqual([]);

    await b.catchUp();
    expect(expiredOnB).toHaveLength(1);
  });

  it("a restarted instance replays what is in the table (its disk cache may predate it)", async () => {
    const table = sharedTable([]);
    const a = createCacheSync("unused", { store: table.store() });
    await a.start();
    await a.broadcast(["_N_T_/b/strike"]);
    const late = createCacheSync("unused", { store: table.store() });
    const expired: string[][] = [];
    late.setExpirer((tags) => expired.push(tags));
    await late.start();
    expect(expired).toEqual([["_N_T_/b/strike"]]);
  });

  it("keeps the withdrawn versions in memory and refreshes them after a change", async () => {
    const table = sharedTable([
      { slug: "strike", version: 1, status: "PUBLISHED" },
      { slug: "strike", version: 2, status: "PUBLISHED" },
    ]);
    const a = createCacheSync("unused", { store: table.store() });
    await a.start();
    expect(a.state.withdrawn.size).toBe(0);
    table.versions[1]!.status = "UNPUBLISHED";
    await a.broadcast(["_N_T_/b/strike/v/2"]);
    expect(a.state.withdrawn.has(versionKey("strike", 2))).toBe(true);
    expect(readerState()?.withdrawn.has("strike/2")).toBe(true);
  });
});

describe("withdrawn versions", () => {
  const state = {
    ...readerStateOf([
      { slug: "strike", version: 1, status: "UNPUBLISHED" },
      { slug: "strike", version: 2, status: "PUBLISHED" },
      { slug: "gone", version: 1, status: "UNPUBLISHED" },
      { slug: "draft-only", version: 1, status: "DRAFT" },
    ]),
    loadedAt: 1,
  };

  it("a withdrawn version's page and its source pages are gone, never cached", () => {
    const gone = { withdrawn: true, cacheControl: GONE };
    expect(versionedPageAnswer("/b/strike/v/1", state)).toEqual(gone);
    expect(versionedPageAnswer("/b/strike/v/1/sources/2", state)).toEqual(gone);
    expect(versionedPageAnswer("/b/gone/v/1", state)).toEqual(gone);
  });

  it("leaves public versions, other paths and an unloaded state alone", () => {
    expect(versionedPageAnswer("/b/strike/v/2", state)).toEqual({ withdrawn: false, cacheControl: IMMUTABLE });
    // The latest page, PDFs and source texts answer for themselves (route handlers, next.config.ts).
    for (const path of ["/b/strike", "/b/strike/pdf", "/b/strike/v/1/pdf", "/b/strike/v/1/sources/2/text", "/"]) {
      expect(versionedPageAnswer(path, state), path).toBeNull();
    }
    expect(versionedPageAnswer("/b/strike/v/1", null)).toBeNull();
  });
});

describe("stale reader URLs", () => {
  it("a change to version 2 refreshes the latest URLs, the front page and version 2's own URLs", () => {
    const paths = stalePathsForVersion("strike", 2, 3);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/b/strike",
        "/b/strike/pdf",
        "/b/strike/pdf/letter",
        "/",
        "/editions/latest",
        "/b/strike/v/2",
        "/b/strike/v/2/pdf",
        "/b/strike/v/2/pdf/a4",
        "/b/strike/v/2/sources/3",
      ]),
    );
    expect(paths.some((p) => p.startsWith("/b/strike/v/1"))).toBe(false);
  });
});

describe("Cache-Control for CDNs", () => {
  const state = {
    ...readerStateOf([
      { slug: "strike", version: 1, status: "PUBLISHED" },
      { slug: "strike", version: 2, status: "UNPUBLISHED" },
    ]),
    loadedAt: 1,
  };

  it("only a public version is immutable; a version not published yet is cached briefly", () => {
    expect(versionedPageAnswer("/b/strike/v/1", state)?.cacheControl).toBe(IMMUTABLE);
    expect(versionedPageAnswer("/b/strike/v/1/sources/3", state)?.cacheControl).toBe(IMMUTABLE);
    expect(versionedPageAnswer("/b/strike/v/3", state)?.cacheControl).toBe(NOT_YET);
    expect(versionedPageAnswer("/b/unknown/v/1", state)?.cacheControl).toBe(NOT_YET);
    // Not a version number (the page is a 404): never immutable.
    expect(versionedPageAnswer("/b/strike/v/1e1", state)).toEqual({ withdrawn: false, cacheControl: NOT_YET });
    expect(versionedPageAnswer("/b/strike/v/01", state)).toEqual({ withdrawn: false, cacheControl: NOT_YET });
  });
});

import { describe, expect, it } from "vitest";
import { createCacheSync, readerStateOf } from "./cache-sync.mjs";
import {
  IMMUTABLE,
  LATEST,
  NOT_YET,
  readerCacheControl,
  readerState,
  versionKey,
  withdrawnRewrite,
} from "./reader-state.mjs";
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

  it("sends a withdrawn version's page, PDF and source texts to the withdrawn page", () => {
    expect(withdrawnRewrite("/b/strike/v/1", state)).toBe("/b/strike/v/1/withdrawn");
    expect(withdrawnRewrite("/b/strike/v/1/pdf", state)).toBe("/b/strike/v/1/withdrawn");
    expect(withdrawnRewrite("/b/strike/v/1/pdf/letter", state)).toBe("/b/strike/v/1/withdrawn");
    expect(withdrawnRewrite("/b/strike/v/1/sources/2", state)).toBe("/b/strike/v/1/withdrawn");
    expect(withdrawnRewrite("/b/strike/v/1/sources/2/text", state)).toBe("/b/strike/v/1/withdrawn");
  });

  it("leaves public versions and the latest page of a story with a public version alone", () => {
    expect(withdrawnRewrite("/b/strike/v/2", state)).toBeNull();
    expect(withdrawnRewrite("/b/strike", state)).toBeNull();
    expect(withdrawnRewrite("/b/strike/pdf", state)).toBeNull();
    expect(withdrawnRewrite("/b/strike/v/1/withdrawn", state)).toBeNull();
    expect(withdrawnRewrite("/b/strike/v/1", null)).toBeNull();
  });

  it("a story with every version withdrawn is gone at its latest address too", () => {
    expect(withdrawnRewrite("/b/gone", state)).toBe("/b/gone/withdrawn");
    expect(withdrawnRewrite("/b/gone/pdf", state)).toBe("/b/gone/withdrawn");
    expect(withdrawnRewrite("/b/draft-only", state)).toBeNull();
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
    expect(readerCacheControl("/b/strike/v/1", state)).toBe(IMMUTABLE);
    expect(readerCacheControl("/b/strike/v/1/pdf/letter", state)).toBe(IMMUTABLE);
    expect(readerCacheControl("/b/strike/v/3", state)).toBe(NOT_YET);
    expect(readerCacheControl("/b/strike", state)).toBe(LATEST);
    expect(readerCacheControl("/b/strike/pdf", state)).toBe(LATEST);
    expect(readerCacheControl("/b/unknown", state)).toBe(NOT_YET);
    expect(readerCacheControl("/b/strike/v/1", null)).toBeNull();
  });
});

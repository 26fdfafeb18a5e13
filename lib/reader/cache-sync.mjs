// @ts-check
// Keeps the page caches of several app instances in step (docs/decisions/006-reader-caching.md).
//
// Next's cache is per process: revalidatePath() on the instance that ran a publish expires that
// instance's copy only. Every revalidation is therefore also written to the CacheInvalidation
// table; the other instances replay it into their own cache. On PostgreSQL a NOTIFY wakes them at
// once (a few milliseconds); a poll of the table backs it up (and is the only channel on SQLite,
// where several processes may share one database file).
//
// The same module keeps the public state of every published version (public, or withdrawn with
// the withdrawn page at HTTP 410) in memory for the cache handler, which gives a versioned page its
// status and Cache-Control from it without a query (lib/reader/versioned-answer.mjs).
//
// Plain JavaScript because Next loads the cache handler with Node's own import, outside the bundle.

import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { setInterval, setTimeout } from "node:timers";
import path from "node:path";
import { setReaderState, versionKey } from "./reader-state.mjs";

const require = createRequire(import.meta.url);
const STATE = Symbol.for("briefing-desk.cache-sync");
const CHANNEL = "briefing_desk_cache";
/** Rows kept in CacheInvalidation: enough for an instance that restarts to catch up. */
const KEEP_ROWS = 2000;

/**
 * @typedef {{ id: number; tags: string }} InvalidationRow  tags: JSON {"origin": instance, "tags": [...]}
 * @typedef {{ slug: string; version: number; status: string }} VersionRow
 * @typedef {{
 *   insert(tags: string[], origin: string): Promise<number>;
 *   since(id: number): Promise<InvalidationRow[]>;
 *   versions(): Promise<VersionRow[]>;
 *   listen(onNotice: () => void): Promise<void>;
 *   pollMs: number;
 * }} Store
 * @typedef {import("./reader-state.mjs").ReaderState} ReaderState
 */

/**
 * Which versions readers must meet as withdrawn, from every published or unpublished version.
 * @param {VersionRow[]} rows
 * @returns {Omit<ReaderState, "loadedAt">}
 */
export function readerStateOf(rows) {
  const withdrawn = new Set();
  const published = new Set();
  for (const row of rows) {
    const key = versionKey(row.slug, Number(row.version));
    if (row.status === "PUBLISHED") published.add(key);
    else if (row.status === "UNPUBLISHED") withdrawn.add(key);
  }
  return { withdrawn, published };
}

/** @param {string} url @returns {Store} */
function postgresStore(url) {
  const { Pool, Client } = require("pg");
  const pool = new Pool({ connectionString: url, max: 2 });
  return {
    pollMs: 5000,
    async insert(tags, origin) {
      const result = await pool.query(`INSERT INTO "CacheInvalidation" ("tags") VALUES ($1) RETURNING "id"`, [
        JSON.stringify({ origin, tags }),
      ]);
      const id = Number(result.rows[0].id);
      await pool.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify({ id, origin })]);
      await pool.query(
        `DELETE FROM "CacheInvalidation" WHERE "id" <= (SELECT MAX("id") - ${KEEP_ROWS} FROM "CacheInvalidation")`,
      );
      return id;
    },
    async since(id) {
      const result = await pool.query(`SELECT "id", "tags" FROM "CacheInvalidation" WHERE "id" > $1 ORDER BY "id"`, [
        id,
      ]);
      return result.rows.map((/** @type {{ id: number; tags: string }} */ r) => ({ id: Number(r.id), tags: r.tags }));
    },
    async versions() {
      const result = await pool.query(
        `SELECT s."slug" AS slug, b."version" AS version, b."status"::text AS status
           FROM "Briefing" b JOIN "Story" s ON s."id" = b."storyId" WHERE b."version" > 0`,
      );
      return result.rows;
    },
    async listen(onNotice) {
      const connect = async () => {
        const client = new Client({ connectionString: url });
        client.on("notification", () => onNotice());
        client.on("error", () => {
          // A dropped connection loses notices: catch up from the table, then listen again.
          client.end().catch(() => {});
          onNotice();
          setTimeout(() => connect().catch(() => {}), 1000).unref();
        });
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
      };
      await connect();
    },
  };
}

/** @param {string} url @returns {Store} */
function sqliteStore(url) {
  const Database = require("better-sqlite3");
  const file = path.resolve(process.cwd(), url.replace(/^file:/, ""));
  /** @type {import("better-sqlite3").Database | null} */
  let database = null;
  const open = () => {
    if (!database) {
      database = new Database(file, { fileMustExist: true });
      database.pragma("busy_timeout = 5000");
    }
    return database;
  };
  return {
    pollMs: 1000,
    async insert(tags, origin) {
      const db = open();
      const info = db
        .prepare(`INSERT INTO "CacheInvalidation" ("tags") VALUES (?)`)
        .run(JSON.stringify({ origin, tags }));
      db.prepare(
        `DELETE FROM "CacheInvalidation" WHERE "id" <= (SELECT MAX("id") - ${KEEP_ROWS} FROM "CacheInvalidation")`,
      ).run();
      return Number(info.lastInsertRowid);
    },
    async since(id) {
      return /** @type {InvalidationRow[]} */ (
        open().prepare(`SELECT "id", "tags" FROM "CacheInvalidation" WHERE "id" > ? ORDER BY "id"`).all(id)
      );
    },
    async versions() {
      return /** @type {VersionRow[]} */ (
        open()
          .prepare(
            `SELECT s."slug" AS slug, b."version" AS version, b."status" AS status
               FROM "Briefing" b JOIN "Story" s ON s."id" = b."storyId" WHERE b."version" > 0`,
          )
          .all()
      );
    },
    async listen() {},
  };
}

/**
 * @param {string} url
 * @param {{ store?: Store }} [options]
 */
export function createCacheSync(url, options = {}) {
  const store = options.store ?? (/^postgres(ql)?:\/\//.test(url) ? postgresStore(url) : sqliteStore(url));
  const origin = randomUUID();
  let lastSeen = -1;
  /** @type {(tags: string[]) => void} */
  let expire = () => {};
  /** @type {ReaderState} */
  let state = {
    withdrawn: new Set(),
    published: new Set(),
    loadedAt: 0,
  };
  /** @type {Promise<void> | null} */
  let running = null;
  /** @type {Promise<void> | null} */
  let started = null;

  const refreshState = async () => {
    state = { ...readerStateOf(await store.versions()), loadedAt: Date.now() };
    setReaderState(state);
  };

  /** Applies every row written since the last one seen (by any instance). */
  const catchUp = () => {
    running ??= (async () => {
      try {
        const rows = await store.since(lastSeen);
        let changed = false;
        for (const row of rows) {
          lastSeen = Math.max(lastSeen, row.id);
          const entry = JSON.parse(row.tags);
          // This instance's own revalidations were applied by Next when they happened.
          if (entry?.origin === origin || !Array.isArray(entry?.tags) || entry.tags.length === 0) continue;
          expire(entry.tags.map(String));
          changed = true;
        }
        if (changed || state.loadedAt === 0) await refreshState();
      } catch (error) {
        // The table may not exist yet (before `migrate deploy`); the next poll tries again.
        if (process.env.BRIEFING_CACHE_DEBUG) console.error("cache-sync:", error);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    origin,
    /** Sets how tags are expired in this process (the cache handler's own revalidateTag). */
    setExpirer(/** @type {(tags: string[]) => void} */ fn) {
      expire = fn;
    },
    /** Starts listening and polling; replays the table once, so a restarted instance catches up. */
    start() {
      started ??= (async () => {
        await catchUp();
        store.listen(() => void catchUp()).catch(() => {});
        setInterval(() => void catchUp(), store.pollMs).unref();
      })();
      return started;
    },
    /** Tells every other instance to expire `tags` (this one has done so already). */
    async broadcast(/** @type {string[]} */ tags) {
      if (tags.length === 0) return;
      await store.insert(tags, origin);
      await refreshState();
    },
    catchUp,
    get state() {
      return state;
    },
  };
}

/** @typedef {ReturnType<typeof createCacheSync>} CacheSync */

/** The process-wide instance (the cache handler and instrumentation share it). */
export function cacheSync() {
  const holder = /** @type {Record<symbol, CacheSync | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[STATE] ??= createCacheSync(process.env.DATABASE_URL ?? "file:./data/briefing-desk.db"));
}

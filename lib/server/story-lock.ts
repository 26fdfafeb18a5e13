import "server-only";
import type { Prisma } from "@/prisma/sqlite/generated/client.ts";
import { UserFacingError } from "@/lib/errors";
import { db } from "./db";

export type Tx = Prisma.TransactionClient;

// Long enough for the engine to rebuild a large story inside the transaction (BENCHMARKS.md:
// 500 articles ≈ 2 s) and for a second editor's change to wait its turn behind it.
const LOCK_WAIT_MS = 60_000;
const TRANSACTION_MS = 120_000;

/**
 * Runs `fn` in one transaction that holds the story's lock: the first statement writes the story
 * row, which on PostgreSQL takes a row lock that other transactions, on any app instance, wait for
 * until this one commits; on SQLite the first write takes the database's write lock (and the
 * adapter runs one transaction at a time per process). Every change to a story's sources and its
 * draft goes through here, so rebuilds of one story never interleave and the sources and the
 * draft built from them commit together or not at all.
 */
export async function withStoryLock<T>(storyId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.story.updateMany({ where: { id: storyId }, data: { updatedAt: new Date() } });
      if (locked.count === 0) throw new UserFacingError("That story no longer exists.");
      return fn(tx);
    },
    { maxWait: LOCK_WAIT_MS, timeout: TRANSACTION_MS },
  );
}

import "server-only";
import { db } from "./db";

/**
 * Slows password guessing with limits kept in the database, so every app instance counts the same
 * failures (issue 11, finding 8):
 * - per address: more than ADDRESS_LIMIT failures from one address within WINDOW_MS, on any
 *   accounts, and that address must wait until the window has passed;
 * - per account, with growing delays: after ACCOUNT_FREE_FAILURES failures on one account, each
 *   further try from an address that has been failing waits 1 s, 2 s, 4 s … (at most WINDOW_MS)
 *   after the account's last failure.
 * An address with no failures in the window is never held back by the account's delay, so a
 * guesser cannot lock the administrator out: the right password from a clean address gets in.
 */
export const THROTTLE = {
  WINDOW_MS: 15 * 60 * 1000,
  ADDRESS_LIMIT: 30,
  ACCOUNT_FREE_FAILURES: 5,
} as const;

export type ThrottleDecision =
  | { allowed: true }
  | { allowed: false; scope: "address" | "account"; retryAfterMs: number };

type ThrottleDb = Pick<typeof db, "signInFailure">;

export function accountDelayMs(failures: number): number {
  const over = failures - THROTTLE.ACCOUNT_FREE_FAILURES;
  if (over <= 0) return 0;
  return Math.min(1000 * 2 ** Math.min(over - 1, 30), THROTTLE.WINDOW_MS);
}

export async function checkSignInAllowed(
  email: string,
  address: string,
  now = new Date(),
  client: ThrottleDb = db,
): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - THROTTLE.WINDOW_MS);
  const [fromAddress, onAccount] = await Promise.all([
    client.signInFailure.findMany({
      where: { address, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: THROTTLE.ADDRESS_LIMIT,
    }),
    client.signInFailure.findMany({
      where: { email, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  if (fromAddress.length >= THROTTLE.ADDRESS_LIMIT) {
    const oldest = fromAddress[0]!.createdAt.getTime();
    return { allowed: false, scope: "address", retryAfterMs: oldest + THROTTLE.WINDOW_MS - now.getTime() };
  }
  const last = onAccount[0];
  if (last && fromAddress.length > 0) {
    const waitUntil = last.createdAt.getTime() + accountDelayMs(onAccount.length);
    if (waitUntil > now.getTime()) {
      return { allowed: false, scope: "account", retryAfterMs: waitUntil - now.getTime() };
    }
  }
  return { allowed: true };
}

export async function recordSignInFailure(
  email: string,
  address: string,
  now = new Date(),
  client: ThrottleDb = db,
): Promise<void> {
  await client.signInFailure.create({ data: { email, address, createdAt: now } });
  // Old rows count for nothing; removing them keeps the table as small as the window.
  await client.signInFailure.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - THROTTLE.WINDOW_MS) } },
  });
}

/** A correct password clears that address's failures on the account (others' stay counted). */
export async function recordSignInSuccess(email: string, address: string, client: ThrottleDb = db): Promise<void> {
  await client.signInFailure.deleteMany({ where: { email, address } });
}

/**
 * The client's address: the last X-Forwarded-For entry, which the nearest proxy appended (Next.js
 * sets it from the socket when no proxy did). Behind a reverse proxy that is the real client.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers?.["x-forwarded-for"] ?? headers?.["X-Forwarded-For"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries[entries.length - 1]?.slice(0, 64) ?? "unknown";
}

export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

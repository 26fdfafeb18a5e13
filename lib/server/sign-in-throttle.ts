// Slows password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS,
// further attempts are refused until the window passes. In memory, per app instance: a
// multi-instance deployment gets a per-instance limit, which still bounds guessing.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

export function createSignInThrottle(now: () => number = Date.now) {
  const failures = new Map<string, number[]>();
  const recent = (email: string) => (failures.get(email) ?? []).filter((t) => now() - t < WINDOW_MS);
  return {
    isBlocked(email: string): boolean {
      return recent(email).length >= MAX_FAILURES;
    },
    recordFailure(email: string): void {
      failures.set(email, [...recent(email), now()]);
    },
    reset(email: string): void {
      failures.delete(email);
    },
  };
}

export const signInThrottle = createSignInThrottle();
